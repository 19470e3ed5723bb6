/** Hand-made coded mentions for the dedup and episode tests: only the fields those modules read matter. */
import type { CodedActor, CodedEvent, CodedLocation } from '../../src/output/coded-event.js';
import type { ArticleInfo, MentionInput } from '../../src/dataset/dedup.js';

export const actor = (code: string, name: string | null = null, country: string | null = code.slice(0, 3)): CodedActor => ({
  code,
  country,
  role: code.length > 3 ? code.slice(3) : null,
  name,
  text: name ?? code,
});

export const place = (name: string, country: string, precision: CodedLocation['precision'] = 'city'): CodedLocation => ({
  name,
  country,
  lat: 0,
  lon: 0,
  precision,
});

export function article(hash: string, extra: Partial<ArticleInfo> = {}): ArticleInfo {
  return { hash, doc_id: `doc-${hash}`, url: null, outlet: null, published: '2024-05-10', syndicate: null, added: '2026-01-01T00:00:00Z', ...extra };
}

let counter = 0;

export interface MentionSpec {
  code?: string;
  source?: CodedActor | null;
  target?: CodedActor | null;
  date?: string | null;
  date_end?: string;
  precision?: CodedEvent['date_precision'];
  location?: CodedLocation | null;
  article?: ArticleInfo;
  start?: number;
  sentence?: string;
  trigger?: [number, number];
}

export function mention(spec: MentionSpec = {}): MentionInput {
  const n = counter++;
  const code = spec.code ?? '042';
  const start = spec.start ?? n * 100;
  const sentence = spec.sentence ?? `Sentence ${n}.`;
  const [ts, te] = spec.trigger ?? [0, 3];
  const event: CodedEvent = {
    doc_id: spec.article?.doc_id ?? 'doc-a',
    event_id: `e${n}`,
    sentence,
    code,
    root: code.slice(0, 2),
    name: 'Make a visit',
    quad_class: 1,
    goldstein: 1.9,
    plover: null,
    source: spec.source === undefined ? actor('VNMGOV', 'Tô Lâm') : spec.source,
    target: spec.target === undefined ? actor('RUS', 'Russia') : spec.target,
    date: spec.date === undefined ? '2025-05-09' : spec.date,
    ...(spec.date_end !== undefined ? { date_end: spec.date_end } : {}),
    date_precision: spec.precision ?? (spec.date_end ? 'range' : 'day'),
    location: spec.location === undefined ? null : spec.location,
    modality: 'asserted',
    evidence: { text: sentence, start, end: start + sentence.length },
    trigger: { text: sentence.slice(ts, te), start: start + ts, end: start + te },
    rules: ['test.rule'],
  };
  return { mention_id: `m${String(n).padStart(5, '0')}`, event, sentence_index: 0, article: spec.article ?? article('a') };
}
