/**
 * GET /api/events (a page, or every matching event in an export format) and GET /api/events/{id} (the event, every
 * report with its highlight spans, and the episodes that contain it).
 */
import type { z } from 'zod';
import { exportFormats } from '../../dataset/exports/index.js';
import type { Episode } from '../../dataset/dataset-event.js';
import type { EventFilter } from '../../store/event-filter.js';
import { type EventSort, type PageKey, queryEventPage } from '../../store/event-page.js';
import { getEvent, queryEvents } from '../../store/read-dataset.js';
import { eventReports, travellerEpisodes } from '../../store/read-reports.js';
import type { ApiContext } from '../api-context.js';
import type { EpisodeSummary, EventDetail, EventPage } from '../api-types.js';
import { HttpError } from '../http-error.js';
import { type eventListQuery, toEventFilter } from '../params.js';
import { mentionSpans } from '../spans.js';

export function encodeCursor(sort: EventSort, key: PageKey): string {
  return Buffer.from(JSON.stringify([sort, key.key, key.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, sort: EventSort): PageKey {
  const bad = (why: string) =>
    new HttpError(400, 'bad-parameter', `Query parameter "cursor" ${why}. Pass the next_cursor of the previous page unchanged, with the same sort.`, 'cursor');
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad('is not a cursor this server made');
  }
  if (!Array.isArray(value) || value.length !== 3 || typeof value[2] !== 'string' || !['string', 'number'].includes(typeof value[1])) {
    throw bad('is not a cursor this server made');
  }
  if (value[0] !== sort) throw bad(`was made for sort=${String(value[0])}, not sort=${sort}`);
  return { key: value[1] as string | number, id: value[2] };
}

/** A 400 when the date range is empty: since after until. */
export function checkRange(filter: EventFilter): void {
  if (filter.since && filter.until && filter.since > filter.until) {
    throw new HttpError(400, 'bad-parameter', `Query parameter "until" (${filter.until}) is before "since" (${filter.since}); swap them.`, 'until');
  }
}

const CONTENT_TYPES: Record<string, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  plover: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
  gdelt: 'text/tab-separated-values; charset=utf-8',
  icews: 'text/tab-separated-values; charset=utf-8',
};

/** Every matching event in an export format, streamed page by page from the store. */
function exportResponse(ctx: ApiContext, filter: EventFilter, name: Exclude<z.infer<typeof eventListQuery>['format'], 'json' | undefined>): Response {
  const format = exportFormats[name];
  const exportCtx = ctx.exportContext();
  const events = queryEvents(ctx.store, filter)[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  let headerSent = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const lines: string[] = [];
      if (!headerSent) {
        headerSent = true;
        if (format.header) lines.push(format.header());
      }
      while (lines.length < 200) {
        const next = await events.next();
        if (next.done) {
          if (lines.length > 0) controller.enqueue(encoder.encode(`${lines.join('\n')}\n`));
          controller.close();
          return;
        }
        const line = format.line(next.value, exportCtx);
        if (line !== null) lines.push(line);
      }
      controller.enqueue(encoder.encode(`${lines.join('\n')}\n`));
    },
    async cancel() {
      await events.return?.(undefined);
    },
  });
  return new Response(body, {
    headers: {
      'content-type': CONTENT_TYPES[name] ?? 'text/plain; charset=utf-8',
      'content-disposition': `attachment; filename="parley-events.${format.extension}"`,
    },
  });
}

export async function listEvents(ctx: ApiContext, q: z.infer<typeof eventListQuery>): Promise<EventPage | Response> {
  const filter = toEventFilter(q);
  checkRange(filter);
  if (q.format && q.format !== 'json') return exportResponse(ctx, filter, q.format);
  const sort = q.sort ?? 'date';
  const after = q.cursor ? decodeCursor(q.cursor, sort) : undefined;
  const page = await queryEventPage(ctx.store, filter, { sort, limit: q.limit ?? 50, after });
  return { events: page.events, total: page.total, next_cursor: page.next ? encodeCursor(sort, page.next) : null };
}

export function episodeSummary(e: Episode): EpisodeSummary {
  return {
    id: e.id,
    kind: e.kind,
    traveller: e.traveller,
    start: e.start,
    end: e.end,
    countries: e.stops.map((s) => s.country),
  };
}

export async function eventDetail(ctx: ApiContext, id: string): Promise<EventDetail> {
  const event = await getEvent(ctx.store, id);
  if (!event) throw new HttpError(404, 'not-found', `No event with id "${id}" in this store. Event ids come from GET /api/events.`, 'id');
  const reports = (await eventReports(ctx.store, id)).map(({ record, ...report }) => ({
    ...report,
    sentence: record.sentence,
    spans: mentionSpans(record),
    code: record.code,
    name: record.name,
    date: record.date,
    date_end: record.date_end ?? null,
    modality: record.modality,
    rules: record.rules,
  }));
  const travellers = [event.source?.code, event.target?.code].filter((c): c is string => typeof c === 'string');
  const episodes = (await travellerEpisodes(ctx.store, [...new Set(travellers)])).filter((e) => e.events.includes(id)).map(episodeSummary);
  return { event, reports, episodes };
}
