/**
 * The search and filter bar: the API's event filters, applied to every view. The form edits a copy; Apply (or Enter
 * in any field) writes the filters to the URL hash, which every view reads.
 */
import { useEffect, useState } from 'preact/hooks';
import { FILTER_KEYS, formatHash, hasFilters, type FilterKey, type Filters, type Route, type ViewName } from '../filters.js';
import { CAMEO_CODES, PLOVER_TYPES } from '../ontology.js';
import { QUAD_NAMES } from '../format.js';
import { navigate } from '../router.js';
import { ActorInput } from './actor-input.js';

/** Applying filters on one record goes back to the list it came from. */
const LIST_OF: Record<ViewName, ViewName> = {
  events: 'events',
  event: 'events',
  article: 'events',
  timeline: 'timeline',
  network: 'network',
  map: 'map',
  episodes: 'episodes',
  episode: 'episodes',
};

/** Filters behind "More filters": that part opens by itself when one of them is set. */
const MORE_KEYS: readonly FilterKey[] = ['country', 'root', 'plover', 'quad', 'modality', 'min_sources'];

/** View options that depend on the filters (a page cursor) are dropped when the filters change. */
function keptOptions(options: Record<string, string>): Record<string, string> {
  const { cursor: _cursor, ...rest } = options;
  return rest;
}

export function FilterBar({ route }: { route: Route }) {
  const [draft, setDraft] = useState<Filters>(route.filters);
  const routeKey = formatHash({ view: 'events', filters: route.filters });
  // A filter set elsewhere (a network node, a link) replaces the form's copy.
  useEffect(() => setDraft(route.filters), [routeKey]);

  const set = (key: FilterKey) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: FilterKey) => ({
    value: draft[key] ?? '',
    onInput: (e: { currentTarget: HTMLInputElement | HTMLSelectElement }) => set(key)(e.currentTarget.value),
  });
  const quads = new Set((draft.quad ?? '').split(',').map((s) => s.trim()).filter(Boolean));
  const toggleQuad = (q: string, on: boolean): void => {
    const next = new Set(quads);
    if (on) next.add(q);
    else next.delete(q);
    set('quad')([...next].sort().join(','));
  };

  const moreSet = MORE_KEYS.filter((key) => route.filters[key]).length;

  const apply = (filters: Filters): void => {
    const clean: Filters = {};
    for (const key of FILTER_KEYS) {
      const value = filters[key]?.trim();
      if (value) clean[key] = value;
    }
    const view = LIST_OF[route.view];
    navigate(formatHash({ view, filters: clean, options: view === route.view ? keptOptions(route.options) : {} }));
  };

  return (
    <form
      class="filter-bar"
      role="search"
      aria-label="Filter events"
      onSubmit={(e) => {
        e.preventDefault();
        apply(draft);
      }}
    >
      <div class="filter-grid">
        <div class="field">
          <label for="f-actor">Actor</label>
          <ActorInput
            id="f-actor"
            value={draft.actor ?? ''}
            onInput={set('actor')}
            testid="filter-actor"
            describedBy="f-actor-hint"
            placeholder="VNM, VNMGOV, Putin…"
          />
          <small id="f-actor-hint">Code or country, either side</small>
        </div>
        <div class="field">
          <label for="f-dyad">Dyad</label>
          <input id="f-dyad" type="text" {...text('dyad')} placeholder="VNM-RUS" aria-describedby="f-dyad-hint" data-testid="filter-dyad" />
          <small id="f-dyad-hint">VNM-RUS either way, VNM&gt;RUS one way</small>
        </div>
        <div class="field">
          <label for="f-code">CAMEO code</label>
          <input id="f-code" type="text" list="cameo-codes" {...text('code')} placeholder="04, 042" aria-describedby="f-code-hint" data-testid="filter-code" />
          <datalist id="cameo-codes">
            {CAMEO_CODES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </datalist>
          <small id="f-code-hint">Code or prefix</small>
        </div>
        <div class="field">
          <label for="f-place">Place</label>
          <input id="f-place" type="text" {...text('place')} placeholder="Moscow" aria-describedby="f-place-hint" />
          <small id="f-place-hint">Name, or ISO3 of its country</small>
        </div>
        <div class="field">
          <label for="f-q">Text</label>
          <input id="f-q" type="search" {...text('q')} placeholder="ceasefire" aria-describedby="f-q-hint" data-testid="filter-q" />
          <small id="f-q-hint">Words in a reporting sentence</small>
        </div>
        <div class="field">
          <label for="f-since">Since</label>
          <input id="f-since" type="date" {...text('since')} data-testid="filter-since" />
        </div>
        <div class="field">
          <label for="f-until">Until</label>
          <input id="f-until" type="date" {...text('until')} data-testid="filter-until" />
        </div>
      </div>
      <details class="more-filters" open={moreSet > 0 || undefined}>
        <summary>
          More filters: country, roots, PLOVER type, quad class, modality, sources{moreSet > 0 ? ` (${moreSet} set)` : ''}
        </summary>
        <div class="filter-grid">
          <div class="field">
            <label for="f-country">Country</label>
            <input id="f-country" type="text" {...text('country')} placeholder="RUS" aria-describedby="f-country-hint" maxLength={3} />
            <small id="f-country-hint">ISO3 code, either side</small>
          </div>
          <div class="field">
            <label for="f-root">Roots</label>
            <input id="f-root" type="text" {...text('root')} placeholder="04,05" aria-describedby="f-root-hint" />
            <small id="f-root-hint">Comma list of 2-digit roots</small>
          </div>
          <div class="field">
            <label for="f-plover">PLOVER type</label>
            <select id="f-plover" {...text('plover')}>
              <option value="">any</option>
              {PLOVER_TYPES.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-modality">Modality</label>
            <select id="f-modality" {...text('modality')}>
              <option value="">any</option>
              <option value="asserted">asserted</option>
              <option value="intended">intended</option>
              <option value="negated">negated</option>
            </select>
          </div>
          <div class="field">
            <label for="f-min-sources">At least … sources</label>
            <input id="f-min-sources" type="number" min={1} step={1} inputMode="numeric" {...text('min_sources')} />
          </div>
          <fieldset class="field field-quads">
            <legend>Quad class</legend>
            {(['1', '2', '3', '4'] as const).map((q) => (
              <label key={q} class="check">
                <input type="checkbox" checked={quads.has(q)} onChange={(e) => toggleQuad(q, e.currentTarget.checked)} />
                {q} {QUAD_NAMES[Number(q)]}
              </label>
            ))}
          </fieldset>
        </div>
      </details>
      <div class="filter-actions">
        <button type="submit" class="primary" data-testid="filter-apply">
          Apply filters
        </button>
        <button
          type="button"
          disabled={!hasFilters(draft) && !hasFilters(route.filters)}
          onClick={() => {
            setDraft({});
            apply({});
          }}
        >
          Clear
        </button>
      </div>
    </form>
  );
}
