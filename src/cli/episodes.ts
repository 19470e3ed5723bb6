/**
 * `parley episodes`: visits and tours in the store, as a readable outline (default) or JSON.
 */
import type { DatasetEvent, Episode } from '../dataset/dataset-event.js';
import type { Store } from '../store/open-store.js';
import { type EpisodeFilter, getEvent, listEpisodes } from '../store/read-dataset.js';
import { openForReading } from './open-for-reading.js';
import { checkDay } from './events.js';

export interface EpisodesCliOptions extends EpisodeFilter {
  db: string;
  format: 'text' | 'json' | 'jsonl';
  out?: NodeJS.WritableStream;
  err?: NodeJS.WritableStream;
}

const who = (a: { code: string; name: string | null } | null) => (a ? (a.name ? `${a.code} (${a.name})` : a.code) : '—');
const days = (s: string | null, e: string | null) => (s === null && e === null ? 'dates not reported' : s === e ? `${s}` : `${s ?? '?'} → ${e ?? '?'}`);

export async function outline(store: Store, episodes: readonly Episode[]): Promise<string> {
  const lines: string[] = [];
  const legsOf = new Map<string, Episode[]>();
  for (const e of episodes) if (e.parent) legsOf.set(e.parent, [...(legsOf.get(e.parent) ?? []), e]);
  const describe = async (ep: Episode, indent: string) => {
    const stop = ep.stops[0]!;
    lines.push(`${indent}${ep.kind === 'visit' ? 'visit' : 'tour '} ${who(ep.traveller)} → ${stop.country}${stop.place ? ` (${stop.place})` : ''}  ${days(ep.start, ep.end)}  [${ep.sources.length} report${ep.sources.length === 1 ? '' : 's'}]`);
    const events: DatasetEvent[] = [];
    for (const id of ep.events) {
      const ev = await getEvent(store, id);
      if (ev) events.push(ev);
    }
    events.sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : a.code < b.code ? -1 : 1));
    for (const ev of events) {
      const when = ev.date ? (ev.date_end ? `${ev.date}..${ev.date_end.slice(5)}` : ev.date) : 'undated';
      lines.push(`${indent}    ${when.padEnd(16)} ${who(ev.source)} ${ev.code} ${ev.name} → ${who(ev.target)}  ×${ev.num_mentions}`);
    }
  };
  for (const ep of episodes) {
    if (ep.parent && episodes.some((t) => t.id === ep.parent)) continue;
    if (ep.kind === 'tour') {
      lines.push(
        `tour  ${who(ep.traveller)}  ${days(ep.start, ep.end)}  ${ep.stops.map((s) => s.country).join(' → ')}  [${ep.sources.length} report${ep.sources.length === 1 ? '' : 's'}]`,
      );
      const at = (leg: Episode) => ep.stops.findIndex((s) => s.country === leg.stops[0]!.country && s.start === leg.start);
      legsOf.get(ep.id)?.sort((a, b) => at(a) - at(b));
      for (const [i, leg] of (legsOf.get(ep.id) ?? []).entries()) {
        const s = leg.stops[0]!;
        lines.push(`  ${i + 1}. ${s.country}${s.place ? ` (${s.place})` : ''}  ${days(s.start, s.end)}`);
      }
      for (const leg of (legsOf.get(ep.id) ?? []).filter((l) => l.events.length > 1)) await describe(leg, '  ');
    } else {
      await describe(ep, '');
    }
    lines.push('');
  }
  return lines.join('\n');
}

export async function runEpisodes(opts: EpisodesCliOptions): Promise<number> {
  checkDay(opts.since, '--since');
  checkDay(opts.until, '--until');
  const out = opts.out ?? process.stdout;
  const err = opts.err ?? process.stderr;
  const store = await openForReading(opts.db, err);
  if (!store) return 1;
  try {
    const episodes = await listEpisodes(store, opts);
    if (opts.format === 'json') out.write(`${JSON.stringify(episodes, null, 2)}\n`);
    else if (opts.format === 'jsonl') for (const e of episodes) out.write(`${JSON.stringify(e)}\n`);
    else out.write(episodes.length > 0 ? await outline(store, episodes) : 'No visits or tours in the store.\n');
    return 0;
  } finally {
    await store.close();
  }
}
