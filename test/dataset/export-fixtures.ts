/**
 * Hand-made DatasetEvents for the export tests, and one export context over the repository's data. Ontology fields
 * (name, root, quad class, Goldstein, PLOVER) are filled from data/ontology/cameo.json so the fixtures stay
 * consistent with the data they are exported with.
 */
import { createExportContext, type ExportContext } from '../../src/dataset/exports/export-context.js';
import type { DatasetEvent } from '../../src/dataset/dataset-event.js';
import { defaultDataDir } from '../../src/paths.js';

let shared: ExportContext | undefined;

export function exportContext(): ExportContext {
  shared ??= createExportContext(defaultDataDir());
  return shared;
}

/** An event of `code` with every field filled; `fields` overrides any of them. */
export function datasetEvent(code: string, fields: Partial<DatasetEvent> = {}): DatasetEvent {
  const def = exportContext().ontology.get(code);
  if (!def) throw new Error(`no CAMEO code ${code}`);
  const sentence = fields.sentence ?? 'A sentence of our own.';
  return {
    doc_id: 'doc-1',
    event_id: '0123456789abcdef',
    sentence,
    code: def.code,
    root: def.root,
    name: def.name,
    quad_class: def.quad_class,
    goldstein: def.goldstein,
    plover: def.plover ? { type: def.plover.type, mode: def.plover.mode } : null,
    source: null,
    target: null,
    date: null,
    date_precision: 'publication',
    location: null,
    modality: 'asserted',
    evidence: { text: sentence, start: 120, end: 120 + sentence.length },
    trigger: { text: sentence.split(' ')[0] ?? '', start: 120, end: 121 },
    rules: ['en.test.rule'],
    num_mentions: 1,
    num_sources: 1,
    num_articles: 1,
    mentions: [{ doc_id: 'doc-1', sentence, start: 120, end: 120 + sentence.length }],
    source_url: null,
    source_name: null,
    added: '2024-01-01T00:00:00.000Z',
    sentence_index: 3,
    ...fields,
  };
}

/** A state visit, VNMGOV -> RUS, in Moscow; a lead sentence with a comma, double quotes and a line break. */
export function visitToMoscow(): DatasetEvent {
  const sentence = 'The Vietnamese leader, who called the trip "a new chapter",\nlanded in Moscow on Monday.';
  return datasetEvent('042', {
    event_id: 'a3f19c0b7d2e4f61',
    doc_id: 'hanoi-wire-0912',
    sentence,
    source: { code: 'VNMGOV', country: 'VNM', role: 'GOV', name: 'Tô Lâm', text: 'The Vietnamese leader' },
    target: { code: 'RUS', country: 'RUS', role: null, name: 'Russia', text: 'Moscow' },
    date: '2016-09-12',
    date_end: '2016-09-14',
    date_precision: 'range',
    location: {
      name: 'Moscow',
      country: 'RUS',
      lat: 55.75222,
      lon: 37.61556,
      precision: 'city',
      admin1: '48',
      geonames_id: 524901,
    },
    num_mentions: 4,
    num_sources: 2,
    num_articles: 3,
    source_url: 'https://news.example.org/2016/09/12/visit',
    source_name: 'Example Wire',
    added: '2016-09-13T08:15:00.000Z',
    sentence_index: 0,
    rules: ['en.consult.visit', 'en.actor.demonym', 'en.place.nearest'],
  });
}

/** Rebels of no known country attack Nigerian troops; the text says nowhere where. */
export function rebelAttack(): DatasetEvent {
  return datasetEvent('190', {
    event_id: 'f00dfeed12345678',
    sentence: 'Rebels opened fire on an army convoy overnight.',
    source: { code: '---REB', country: null, role: 'REB', name: null, text: 'Rebels' },
    target: { code: 'NGAMIL', country: 'NGA', role: 'MIL', name: null, text: 'an army convoy' },
    date: '2024-03-01',
    date_precision: 'day',
    sentence_index: 5,
  });
}

/** The United Nations says it is ready to talk, in Texas, on no date the text or the input gives. */
export function undatedOffer(): DatasetEvent {
  return datasetEvent('036', {
    event_id: 'undated-offer-1',
    sentence: 'The United Nations said it was ready to hold talks in Texas.',
    source: { code: 'IGOUNO', country: null, role: null, name: 'United Nations', text: 'The United Nations' },
    date: null,
    date_precision: 'publication',
    location: { name: 'Texas', country: 'USA', lat: 31.2, lon: -99.5, precision: 'admin1', admin1: 'TX' },
    sentence_index: 1,
  });
}

export function fixtures(): DatasetEvent[] {
  return [visitToMoscow(), rebelAttack(), undatedOffer()];
}
