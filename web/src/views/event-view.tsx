/**
 * One event: its fields, every report of it (article, outlet, date, the sentence with source, target and trigger
 * highlighted), and the visits and tours that contain it.
 */
import type { DatasetEvent, EpisodeSummary, EventReport } from '../../../src/api/api-types.js';
import { api } from '../api.js';
import { formatHash, type Route } from '../filters.js';
import { dateRange, placeName, plural, precisionWords, QUAD_NAMES, signed } from '../format.js';
import { useRecordHref } from '../router.js';
import { useApi } from '../use-api.js';
import { ActorLabel, EventCode } from '../components/actor-label.js';
import { HighlightedText, SpanLegend } from '../components/highlighted-text.js';
import { Empty, ErrorNote, Loading } from '../components/status.js';

export function EventView({ route, id }: { route: Route; id: string }) {
  const detail = useApi((signal) => api.event(id, signal), [id]);
  const back = formatHash({ view: 'events', filters: route.filters });
  return (
    <section aria-labelledby="event-heading" data-testid="event-detail">
      <p class="breadcrumb">
        <a href={back}>← Back to the events</a>
      </p>
      {/* One heading element in every state, so the focus put on it when the view opens stays there. */}
      <h2 id="event-heading" tabIndex={-1}>
        {detail.state === 'ok' ? headline(detail.data.event) : 'Event'}
      </h2>
      {detail.state === 'loading' && <Loading what="the event" />}
      {detail.state === 'error' && <ErrorNote error={detail.error} what={`the event ${id}`} />}
      {detail.state === 'ok' && (
        <>
          <EventFields event={detail.data.event} />
          <Episodes episodes={detail.data.episodes} />
          <Reports reports={detail.data.reports} />
        </>
      )}
    </section>
  );
}

function headline(event: DatasetEvent): string {
  const side = (a: DatasetEvent['source']): string => (a ? (a.name ?? a.code) : 'someone');
  return `${side(event.source)} — ${event.name} — ${event.target ? side(event.target) : 'no target'}`;
}

function EventFields({ event }: { event: DatasetEvent }) {
  return (
    <dl class="fields">
      <dt>Date</dt>
      <dd>
        {dateRange(event.date, event.date_end)} <span class="muted">({precisionWords(event.date_precision)})</span>
      </dd>
      <dt>Source</dt>
      <dd>
        <ActorLabel actor={event.source} />
        {event.source?.role && <span class="muted"> · role {event.source.role}</span>}
      </dd>
      <dt>Event</dt>
      <dd>
        <EventCode code={event.code} name={event.name} />
        <span class="muted"> · root {event.root}</span>
      </dd>
      <dt>Target</dt>
      <dd>
        <ActorLabel actor={event.target} />
        {event.target?.role && <span class="muted"> · role {event.target.role}</span>}
      </dd>
      <dt>Quad class</dt>
      <dd>
        {event.quad_class} · {QUAD_NAMES[event.quad_class]}
      </dd>
      <dt>Goldstein</dt>
      <dd>{signed(event.goldstein)}</dd>
      <dt>PLOVER</dt>
      <dd>{event.plover ? `${event.plover.type}${event.plover.mode ? ` (${event.plover.mode})` : ''}` : 'none (PLOVER has no type for this root)'}</dd>
      <dt>Place</dt>
      <dd>
        {placeName(event)}
        {event.location && (
          <span class="muted">
            {' '}
            · {event.location.precision}
            {event.location.lat !== null && event.location.lon !== null && ` · ${event.location.lat.toFixed(2)}, ${event.location.lon.toFixed(2)}`}
          </span>
        )}
      </dd>
      <dt>Modality</dt>
      <dd>{event.modality}</dd>
      <dt>Reported by</dt>
      <dd>
        {plural(event.num_mentions, 'sentence')} in {plural(event.num_articles, 'article')}, {plural(event.num_sources, 'independent source')}
      </dd>
      <dt>Event id</dt>
      <dd>
        <code class="code">{event.event_id}</code> <span class="muted">· stored {event.added}</span>
      </dd>
    </dl>
  );
}

function Episodes({ episodes }: { episodes: EpisodeSummary[] }) {
  const recordHref = useRecordHref();
  if (episodes.length === 0) return null;
  return (
    <section aria-labelledby="event-episodes-heading" class="event-episodes">
      <h3 id="event-episodes-heading">Part of {episodes.length === 1 ? 'a visit or tour' : 'these visits and tours'}</h3>
      <ul>
        {episodes.map((ep) => (
          <li key={ep.id}>
            <a href={recordHref('episode', ep.id)} data-testid="episode-link">
              {ep.kind === 'tour' ? 'Tour' : 'Visit'} of {ep.traveller.name ?? ep.traveller.code}: {ep.countries.join(' → ')}
            </a>{' '}
            <span class="muted">{dateRange(ep.start, ep.end)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Reports({ reports }: { reports: EventReport[] }) {
  // Articles per syndicate: a story syndicated to several outlets counts as one source.
  const copies = new Map<string, Set<string>>();
  for (const r of reports) {
    if (!r.syndicate) continue;
    const set = copies.get(r.syndicate) ?? new Set<string>();
    set.add(r.article);
    copies.set(r.syndicate, set);
  }
  return (
    <section aria-labelledby="reports-heading">
      <h3 id="reports-heading">
        {reports.length === 1 ? 'The report' : `${reports.length} reports`} behind this event
      </h3>
      <SpanLegend kinds={['source', 'trigger', 'target']} />
      {reports.length === 0 && <Empty>No report of this event is stored.</Empty>}
      <ol class="reports">
        {reports.map((report) => (
          <li key={report.mention_id}>
            <Report report={report} syndicated={(copies.get(report.syndicate ?? '')?.size ?? 0) > 1} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function Report({ report, syndicated }: { report: EventReport; syndicated: boolean }) {
  const recordHref = useRecordHref();
  const articleHref = recordHref('article', report.article, { s: String(report.sentence_index) });
  return (
    <article class="report" data-testid="report" data-doc={report.doc_id} data-article={report.article} aria-label={`Report in ${report.title ?? report.doc_id}`}>
      <header class="report-head">
        <a href={articleHref} class="report-title">
          {report.title ?? report.doc_id}
        </a>
        <span class="muted">
          {' · '}
          {report.outlet ?? 'unknown outlet'}
          {' · '}
          {report.published ?? 'undated'}
          {syndicated && ' · same story as another report (syndicated copy)'}
        </span>
      </header>
      <blockquote class="sentence" cite={report.url ?? undefined}>
        <HighlightedText text={report.sentence} spans={report.spans} />
      </blockquote>
      <p class="report-meta muted">
        Coded here as <EventCode code={report.code} name={report.name} />, {dateRange(report.date, report.date_end)}, {report.modality}.{' '}
        <a href={articleHref}>Read the whole article (sentence {report.sentence_index + 1})</a>
        {report.url && (
          <>
            {' · '}
            <a href={report.url} rel="noopener noreferrer" target="_blank">
              original page (online)
            </a>
          </>
        )}
      </p>
      <details class="rules">
        <summary>Rules that fired ({report.rules.length})</summary>
        <ul>
          {report.rules.map((rule) => (
            <li key={rule}>
              <code>{rule}</code>
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}
