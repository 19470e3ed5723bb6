/** The event table: date, source, event, target, place, reports; paged with the API's cursor, sortable. */
import { useState } from 'preact/hooks';
import type { DatasetEvent } from '../../../src/api/api-types.js';
import { api, type EventSort } from '../api.js';
import { describeFilters, formatHash, hasFilters, type Route } from '../filters.js';
import { dateRange, placeName, plural } from '../format.js';
import { navigate, useRecordHref } from '../router.js';
import { useApi } from '../use-api.js';
import { ActorLabel, EventCode } from '../components/actor-label.js';
import { Empty, ErrorNote, Loading } from '../components/status.js';

const SORTS: readonly EventSort[] = ['-date', 'date', '-mentions'];
const LIMITS = [25, 50, 100, 200] as const;

export function EventsView({ route }: { route: Route }) {
  const sort: EventSort = (SORTS as readonly string[]).includes(route.options.sort ?? '') ? (route.options.sort as EventSort) : '-date';
  const limitOption = Number(route.options.limit);
  const limit = (LIMITS as readonly number[]).includes(limitOption) ? limitOption : 50;
  const query = formatHash({ view: 'events', filters: route.filters, options: { sort, limit: String(limit) } });
  // Cursors of the pages before the current one, for "Previous page"; the page is not kept in the URL.
  const [paging, setPaging] = useState<{ query: string; cursors: (string | null)[] }>({ query, cursors: [null] });
  const cursors = paging.query === query ? paging.cursors : [null];
  const setCursors = (next: (string | null)[]): void => setPaging({ query, cursors: next });
  const cursor = cursors[cursors.length - 1] ?? null;
  const page = useApi((signal) => api.events(route.filters, { sort, limit, cursor }, signal), [query, cursor]);
  const recordHref = useRecordHref();

  const setOption = (changes: Record<string, string>): void =>
    navigate(formatHash({ view: 'events', filters: route.filters, options: { ...route.options, ...changes } }));
  const open = (event: DatasetEvent): void => navigate(recordHref('event', event.event_id));
  const pageIndex = cursors.length - 1;

  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading" tabIndex={-1}>
        Events
      </h2>
      <p class="view-intro">
        One row per real event, however many articles report it. {hasFilters(route.filters) ? `Filtered by ${describeFilters(route.filters)}.` : 'No filters: every event.'}{' '}
        Select a row (click, or Tab to it and press Enter) to see the reports behind it.
      </p>
      <div class="toolbar">
        <label>
          Sort by{' '}
          <select value={sort} onChange={(e) => setOption({ sort: e.currentTarget.value })}>
            <option value="-date">Date, newest first</option>
            <option value="date">Date, oldest first</option>
            <option value="-mentions">Most reported first</option>
          </select>
        </label>
        <label>
          Rows per page{' '}
          <select value={String(limit)} onChange={(e) => setOption({ limit: e.currentTarget.value })}>
            {LIMITS.map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      {page.state === 'loading' && <Loading what="events" />}
      {page.state === 'error' && <ErrorNote error={page.error} what="the events" />}
      {page.state === 'ok' && page.data.events.length === 0 && (
        <Empty>
          {hasFilters(route.filters)
            ? `No events match these filters (${describeFilters(route.filters)}). Loosen or clear a filter.`
            : 'The store has no events yet. Ingest some articles with `parley ingest`.'}
        </Empty>
      )}
      {page.state === 'ok' && page.data.events.length > 0 && (
        <>
          <p class="count" role="status">
            {`Events ${(pageIndex * limit + 1).toLocaleString('en')}–${(pageIndex * limit + page.data.events.length).toLocaleString('en')} of ${plural(page.data.total, 'event')}`}
          </p>
          <div class="table-wrap">
            <table class="events" data-testid="event-table">
              <caption class="visually-hidden">Events, {sortWords(sort)}</caption>
              <thead>
                <tr>
                  <th scope="col" aria-sort={sort === '-date' ? 'descending' : sort === 'date' ? 'ascending' : 'none'}>
                    <button
                      type="button"
                      class="sort"
                      onClick={() => setOption({ sort: sort === '-date' ? 'date' : '-date' })}
                      title="Sort by date"
                    >
                      Date {sort === '-date' ? '▼' : sort === 'date' ? '▲' : ''}
                    </button>
                  </th>
                  <th scope="col">Source</th>
                  <th scope="col">Event</th>
                  <th scope="col">Target</th>
                  <th scope="col">Place</th>
                  <th scope="col" class="num" aria-sort={sort === '-mentions' ? 'descending' : 'none'}>
                    <button type="button" class="sort" onClick={() => setOption({ sort: '-mentions' })} title="Sort by most reported">
                      Reports {sort === '-mentions' ? '▼' : ''}
                    </button>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.data.events.map((event) => (
                  <tr
                    key={event.event_id}
                    class={`event-row quad-${event.quad_class}`}
                    tabIndex={0}
                    data-testid="event-row"
                    aria-label={`${dateRange(event.date, event.date_end)}: ${event.source?.name ?? event.source?.code ?? 'unknown'} ${event.name} ${event.target?.name ?? event.target?.code ?? ''}. Open the event.`}
                    onClick={() => open(event)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        open(event);
                      }
                    }}
                  >
                    <td class="nowrap">{dateRange(event.date, event.date_end)}</td>
                    <td>
                      <ActorLabel actor={event.source} />
                    </td>
                    <td>
                      <EventCode code={event.code} name={event.name} />
                      {event.modality !== 'asserted' && <span class="tag">{event.modality}</span>}
                    </td>
                    <td>
                      <ActorLabel actor={event.target} />
                    </td>
                    <td>{placeName(event)}</td>
                    <td class="num" title={`${plural(event.num_mentions, 'sentence')} in ${plural(event.num_articles, 'article')} from ${plural(event.num_sources, 'source')}`}>
                      {event.num_mentions}
                      <span class="sub">
                        {event.num_articles} art. · {event.num_sources} src.
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav class="pager" aria-label="Pages of events">
            <button type="button" disabled={pageIndex === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
              ← Previous page
            </button>
            <span>Page {pageIndex + 1}</span>
            <button
              type="button"
              disabled={!page.data.next_cursor}
              onClick={() => setCursors([...cursors, page.data.next_cursor])}
            >
              Next page →
            </button>
          </nav>
        </>
      )}
    </section>
  );
}

function sortWords(sort: EventSort): string {
  return sort === '-date' ? 'newest first' : sort === 'date' ? 'oldest first' : 'most reported first';
}
