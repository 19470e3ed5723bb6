/**
 * The dataset is derived from the stored mentions, in three idempotent steps that an interrupted ingest can always
 * finish by running them again:
 *   1. syndication: near-duplicate articles (MinHash, LSH bands) share a `syndicate` id, the smallest hash of the group;
 *   2. deduplication: every dirty group's mentions are clustered into events (dataset/dedup.ts);
 *   3. episodes: visits and tours are rebuilt from the visit events (dataset/episodes.ts).
 * Each step commits in chunks; a dirty mark is removed in the transaction that rebuilt its group.
 */
import type { Kysely } from 'kysely';
import type { DatasetEvent } from '../dataset/dataset-event.js';
import { type ArticleInfo, dedupGroup, type MentionInput } from '../dataset/dedup.js';
import type { EpisodeLexicon } from '../dataset/episode-lexicon.js';
import { buildEpisodes, type VisitEvent } from '../dataset/episodes.js';
import { estimateJaccard, signatureFromHex, SYNDICATED_JACCARD } from '../dataset/minhash.js';
import type { CodedEvent } from '../output/coded-event.js';
import { eventFilterColumns } from './migrations.js';
import type { Store } from './open-store.js';
import type { Tables } from './tables.js';
import { chunk, markDirty } from './write-articles.js';

export interface DeriveProgress {
  step: 'syndication' | 'dedup' | 'episodes';
  done: number;
  total: number;
}

export interface DeriveSummary {
  syndicated: number;
  groups: number;
  events: number;
  episodes: number;
}

const GROUPS_PER_TRANSACTION = 500;

export async function deriveDataset(
  store: Store,
  lex: EpisodeLexicon,
  onProgress: (p: DeriveProgress) => void = () => undefined,
): Promise<DeriveSummary> {
  const syndicated = await linkSyndicatedCopies(store, onProgress);
  const { groups, events } = await dedupDirtyGroups(store, onProgress);
  const episodes = await rebuildEpisodes(store, lex, onProgress);
  return { syndicated, groups, events, episodes };
}

/** Step 1. Returns how many new articles turned out to be copies of others. */
async function linkSyndicatedCopies(store: Store, onProgress: (p: DeriveProgress) => void): Promise<number> {
  const pending = (await store.db.selectFrom('articles').select('hash').where('syndicate', 'is', null).orderBy('hash').execute()).map(
    (r) => r.hash,
  );
  let copies = 0;
  for (const [n, part] of chunk(pending, 50).entries()) {
    await store.db.transaction().execute(async (trx) => {
      for (const hash of part) if (await linkOne(trx, hash)) copies++;
    });
    onProgress({ step: 'syndication', done: Math.min((n + 1) * 50, pending.length), total: pending.length });
  }
  return copies;
}

async function linkOne(db: Kysely<Tables>, hash: string): Promise<boolean> {
  const me = await db.selectFrom('articles').select(['minhash']).where('hash', '=', hash).executeTakeFirstOrThrow();
  const bands = (await db.selectFrom('article_bands').select('band').where('article', '=', hash).execute()).map((b) => b.band);
  const candidates = new Set<string>();
  for (const part of chunk(bands, 1)) {
    const rows = await db.selectFrom('article_bands').select('article').where('band', 'in', part).where('article', '!=', hash).execute();
    for (const r of rows) candidates.add(r.article);
  }
  const mine = signatureFromHex(me.minhash);
  const copies: { hash: string; syndicate: string | null }[] = [];
  for (const part of chunk([...candidates].sort(), 1)) {
    const rows = await db.selectFrom('articles').select(['hash', 'minhash', 'syndicate']).where('hash', 'in', part).execute();
    for (const r of rows) if (estimateJaccard(mine, signatureFromHex(r.minhash)) >= SYNDICATED_JACCARD) copies.push(r);
  }
  const labels = new Set<string>([hash, ...copies.map((c) => c.hash), ...copies.flatMap((c) => (c.syndicate ? [c.syndicate] : []))]);
  const root = [...labels].sort()[0]!;
  await db.updateTable('articles').set({ syndicate: root }).where('hash', '=', hash).execute();
  if (copies.length === 0) return false;
  // Relabel every article of the groups joined here, and recount the sources of their events.
  const others = [...labels].filter((l) => l !== root);
  for (const part of chunk(others, 1)) {
    const moved = await db.selectFrom('articles').select('hash').where((eb) => eb.or([eb('syndicate', 'in', part), eb('hash', 'in', part)])).execute();
    await db.updateTable('articles').set({ syndicate: root }).where((eb) => eb.or([eb('syndicate', 'in', part), eb('hash', 'in', part)])).execute();
    await dirtyGroupsOf(db, moved.map((m) => m.hash));
  }
  await dirtyGroupsOf(db, [hash]);
  return true;
}

async function dirtyGroupsOf(db: Kysely<Tables>, articles: readonly string[]): Promise<void> {
  for (const part of chunk(articles, 1)) {
    const groups = await db.selectFrom('mentions').select('group_key').distinct().where('article', 'in', part).execute();
    await markDirty(db, groups.map((g) => g.group_key));
  }
}

/** Step 2. */
async function dedupDirtyGroups(store: Store, onProgress: (p: DeriveProgress) => void): Promise<{ groups: number; events: number }> {
  const total = Number((await store.db.selectFrom('dirty_groups').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  let groups = 0;
  let events = 0;
  for (;;) {
    const keys = (await store.db.selectFrom('dirty_groups').select('group_key').orderBy('group_key').limit(GROUPS_PER_TRANSACTION).execute()).map(
      (r) => r.group_key,
    );
    if (keys.length === 0) break;
    await store.db.transaction().execute(async (trx) => {
      const mentions = await loadMentions(trx, keys);
      const byGroup = new Map<string, MentionInput[]>();
      for (const m of mentions) {
        const list = byGroup.get(m.group);
        if (list) list.push(m.input);
        else byGroup.set(m.group, [m.input]);
      }
      await trx.deleteFrom('events').where('group_key', 'in', keys).execute();
      const rows: Tables['events'][] = [];
      const assign: [string, string[]][] = [];
      for (const [group, inputs] of [...byGroup].sort(([a], [b]) => (a < b ? -1 : 1))) {
        for (const { event, mentionIds } of dedupGroup(inputs)) {
          rows.push(eventRow(group, event));
          assign.push([event.event_id, mentionIds]);
        }
      }
      for (const part of chunk(rows, 15)) await trx.insertInto('events').values(part).execute();
      for (const [eventId, ids] of assign) {
        for (const part of chunk(ids, 1)) await trx.updateTable('mentions').set({ event_id: eventId }).where('mention_id', 'in', part).execute();
      }
      await trx.deleteFrom('dirty_groups').where('group_key', 'in', keys).execute();
      events += rows.length;
    });
    groups += keys.length;
    onProgress({ step: 'dedup', done: groups, total: Math.max(total, groups) });
  }
  return { groups, events };
}

async function loadMentions(db: Kysely<Tables>, keys: readonly string[]): Promise<{ group: string; input: MentionInput }[]> {
  const out: { group: string; input: MentionInput }[] = [];
  for (const part of chunk(keys, 1)) {
    const rows = await db
      .selectFrom('mentions as m')
      .innerJoin('articles as a', 'a.hash', 'm.article')
      .select([
        'm.mention_id',
        'm.group_key',
        'm.sentence_index',
        'm.record',
        'a.hash',
        'a.doc_id',
        'a.url',
        'a.outlet',
        'a.published',
        'a.syndicate',
        'a.added',
      ])
      .where('m.group_key', 'in', part)
      .execute();
    for (const r of rows) {
      const article: ArticleInfo = {
        hash: r.hash,
        doc_id: r.doc_id,
        url: r.url,
        outlet: r.outlet,
        published: r.published,
        syndicate: r.syndicate,
        added: r.added,
      };
      out.push({
        group: r.group_key,
        input: { mention_id: r.mention_id, event: JSON.parse(r.record) as CodedEvent, sentence_index: r.sentence_index, article },
      });
    }
  }
  return out;
}

function eventRow(group: string, e: DatasetEvent): Tables['events'] {
  return {
    event_id: e.event_id,
    group_key: group,
    code: e.code,
    root: e.root,
    source_code: e.source?.code ?? null,
    source_country: e.source?.country ?? null,
    target_code: e.target?.code ?? null,
    target_country: e.target?.country ?? null,
    date: e.date,
    date_end: e.date_end ?? null,
    modality: e.modality,
    num_mentions: e.num_mentions,
    num_sources: e.num_sources,
    num_articles: e.num_articles,
    ...eventFilterColumns(e),
    record: JSON.stringify(e),
  };
}

/** Step 3: every episode, rebuilt in one transaction. */
async function rebuildEpisodes(store: Store, lex: EpisodeLexicon, onProgress: (p: DeriveProgress) => void): Promise<number> {
  return store.db.transaction().execute(async (trx) => {
    const codes = [...lex.visit_codes.travel, ...lex.visit_codes.host];
    const visitRows = await trx.selectFrom('events').select('record').where('code', 'in', codes).where('modality', '=', 'asserted').orderBy('event_id').execute();
    const visits: VisitEvent[] = [];
    const travellers = new Set<string>();
    for (const row of visitRows) {
      const event = JSON.parse(row.record) as DatasetEvent;
      visits.push({ event, reports: [] });
      for (const a of [event.source, event.target]) if (a) travellers.add(a.code);
    }
    const byId = new Map(visits.map((v) => [v.event.event_id, v]));
    for (const part of chunk([...byId.keys()], 1)) {
      const rows = await trx.selectFrom('mentions').select(['event_id', 'doc_id', 'record']).where('event_id', 'in', part).execute();
      for (const r of rows) {
        const m = JSON.parse(r.record) as CodedEvent;
        const counterpart = lex.visit_codes.travel.includes(m.code) ? m.target : m.source;
        byId.get(r.event_id!)?.reports.push({
          doc_id: r.doc_id,
          sentence_start: m.evidence.start,
          sentence: m.sentence,
          trigger_start: m.trigger.start - m.evidence.start,
          trigger_end: m.trigger.end - m.evidence.start,
          counterpart: counterpart?.text ?? null,
          date: { date: m.date, date_precision: m.date_precision, ...(m.date_end !== undefined ? { date_end: m.date_end } : {}) },
        });
      }
    }
    for (const v of visits) v.reports.sort((a, b) => (a.doc_id < b.doc_id ? -1 : a.doc_id > b.doc_id ? 1 : a.sentence_start - b.sentence_start));
    const related: DatasetEvent[] = [];
    for (const part of chunk([...travellers].sort(), 2)) {
      const rows = await trx
        .selectFrom('events')
        .select('record')
        .where('modality', '=', 'asserted')
        .where((eb) => eb.or([eb('source_code', 'in', part), eb('target_code', 'in', part)]))
        .execute();
      for (const r of rows) related.push(JSON.parse(r.record) as DatasetEvent);
    }
    const episodes = buildEpisodes(visits, related, lex);
    await trx.deleteFrom('episodes').execute();
    const rows = episodes.map((e) => ({
      episode_id: e.id,
      kind: e.kind,
      traveller_code: e.traveller.code,
      start: e.start,
      end: e.end,
      record: JSON.stringify(e),
    }));
    for (const part of chunk(rows, 6)) await trx.insertInto('episodes').values(part).execute();
    onProgress({ step: 'episodes', done: episodes.length, total: episodes.length });
    return episodes.length;
  });
}
