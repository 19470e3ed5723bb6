/** Visits and tours: who travelled where, when, in what order. */
import type { EpisodeList, MappedStop } from '../../../src/api/api-types.js';
import { api } from '../api.js';
import { formatHash, type Filters, type Route } from '../filters.js';
import { dateRange, plural } from '../format.js';
import { navigate, useRecordHref } from '../router.js';
import { useApi } from '../use-api.js';
import { Empty, ErrorNote, Loading } from '../components/status.js';

type Kind = 'visit' | 'tour' | 'all';

/** The filters /api/episodes understands. */
function episodeQuery(filters: Filters): { actor?: string; country?: string; since?: string; until?: string } {
  const query: { actor?: string; country?: string; since?: string; until?: string } = {};
  if (filters.actor) query.actor = filters.actor;
  if (filters.country) query.country = filters.country;
  if (filters.since) query.since = filters.since;
  if (filters.until) query.until = filters.until;
  return query;
}

export function EpisodesView({ route }: { route: Route }) {
  const kind: Kind = route.options.kind === 'visit' || route.options.kind === 'tour' ? route.options.kind : 'all';
  const query = episodeQuery(route.filters);
  const key = JSON.stringify([query, kind]);
  const result = useApi((signal) => api.episodes(kind === 'all' ? query : { ...query, kind }, signal), [key]);
  const used = Object.entries(query).map(([k, v]) => `${k} ${v}`);
  const ignored = Object.keys(route.filters).filter((k) => !(k in query));
  return (
    <section aria-labelledby="episodes-heading">
      <h2 id="episodes-heading" tabIndex={-1}>
        Visits and tours
      </h2>
      <p class="view-intro">
        A visit is one trip to one country; a tour joins the visits of one trip, stop by stop.
        {used.length > 0 ? ` Filtered by ${used.join(', ')}.` : ''}
        {ignored.length > 0 ? ` Episodes are filtered by actor, country and dates only; the other filters (${ignored.join(', ')}) do not apply here.` : ''}
      </p>
      <div class="toolbar">
        <fieldset class="segmented">
          <legend>Show</legend>
          {(['all', 'tour', 'visit'] as const).map((k) => (
            <label key={k} class="check">
              <input
                type="radio"
                name="episode-kind"
                value={k}
                checked={k === kind}
                onChange={() => navigate(formatHash({ view: 'episodes', filters: route.filters, options: k === 'all' ? {} : { kind: k } }))}
              />
              {k === 'all' ? 'visits and tours' : `${k}s`}
            </label>
          ))}
        </fieldset>
      </div>
      {result.state === 'loading' && <Loading what="the visits and tours" />}
      {result.state === 'error' && <ErrorNote error={result.error} what="the visits and tours" />}
      {result.state === 'ok' && <Episodes list={result.data} filtered={used.length > 0 || kind !== 'all'} />}
    </section>
  );
}

function Episodes({ list, filtered }: { list: EpisodeList; filtered: boolean }) {
  const recordHref = useRecordHref();
  if (list.episodes.length === 0) {
    return <Empty>{filtered ? 'No visit or tour matches these filters.' : 'No visits or tours in the store yet.'}</Empty>;
  }
  return (
    <>
      <p class="count">{plural(list.episodes.length, 'episode')}</p>
      <div class="table-wrap">
        <table class="episodes">
          <thead>
            <tr>
              <th scope="col">Dates</th>
              <th scope="col">Kind</th>
              <th scope="col">Traveller</th>
              <th scope="col">Stops, in order (open the itinerary)</th>
              <th scope="col" class="num">
                Events
              </th>
              <th scope="col" class="num">
                Reports
              </th>
            </tr>
          </thead>
          <tbody>
            {list.episodes.map((ep) => (
              <tr key={ep.id} class={ep.parent ? 'episode-leg' : undefined}>
                <td class="nowrap">{dateRange(ep.start, ep.end)}</td>
                <td>
                  {ep.kind}
                  {ep.parent && <span class="muted"> (leg of a tour)</span>}
                </td>
                <td>
                  {ep.traveller.name ?? ep.traveller.code} <code class="code muted">{ep.traveller.code}</code>
                </td>
                <td>
                  <a href={recordHref('episode', ep.id)}>{(ep.stops as MappedStop[]).map((s) => s.country_name ?? s.country).join(' → ')}</a>
                </td>
                <td class="num">{ep.events.length}</td>
                <td class="num">{ep.sources.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
