/**
 * The motivating input: two real reports of one state visit (../shared/seeds). What Parley must recover from them,
 * checked end to end through the coder. Skips when ../shared is not beside the checkout.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { readInputs } from '../src/ingest/index.js';
import type { CodedEvent } from '../src/output/coded-event.js';
import { repoRoot } from '../src/paths.js';
import { coder } from './helpers/coder.js';

const seeds = join(repoRoot(), '..', 'shared', 'seeds');
const has = existsSync(seeds) && readdirSync(seeds).length > 0;
const events: CodedEvent[] = [];
const texts = new Map<string, string>();

const find = (p: (e: CodedEvent) => boolean) => events.filter(p);
const dyad = (e: CodedEvent, s: string, t: string) => e.source?.country === s && e.target?.country === t;

describe('the seed reports', { skip: has ? false : '../shared/seeds not found: seed tests skipped' }, () => {
  before(async () => {
    for await (const item of readInputs([seeds])) {
      if (item.kind !== 'article') continue;
      const { doc, events: found } = coder().code(item.article);
      texts.set(doc.id, doc.text);
      events.push(...found);
    }
  });

  it('find the Việt Nam → Russia visit by Tô Lâm, dated 2025-05-08..11', () => {
    const visits = find((e) => e.root === '04' && e.code === '042' && dyad(e, 'VNM', 'RUS'));
    assert.ok(visits.length > 0);
    assert.ok(visits.every((e) => e.source?.code === 'VNMGOV' && e.source.name === 'Tô Lâm'));
    assert.ok(visits.some((e) => e.date === '2025-05-08' && e.date_end === '2025-05-11'));
    assert.ok(visits.some((e) => e.date === '2025-05-08' && e.date_precision === 'day'), 'the arrival, "on Thursday"');
  });

  it('find the signing between Việt Nam and Russia, both ways', () => {
    assert.ok(find((e) => e.code === '057' && dyad(e, 'VNM', 'RUS')).length > 0);
    assert.ok(find((e) => e.code === '057' && dyad(e, 'RUS', 'VNM')).length > 0);
  });

  it('find the meetings with the seven foreign leaders', () => {
    const met = new Set(find((e) => e.root === '04' && e.source?.code === 'VNMGOV').map((e) => e.target?.country));
    for (const c of ['CUB', 'CHN', 'UZB', 'BRA', 'VEN', 'MNG', 'ARM']) assert.ok(met.has(c), `meeting with ${c}`);
    // "On this occasion, ... held bilateral meetings": dated within the visit
    const meetings = find((e) => e.code === '040' && e.source?.code === 'VNMGOV' && e.target?.country === 'CUB');
    assert.ok(meetings.some((e) => e.date === '2025-05-08' && e.date_end === '2025-05-11'));
    // "the foreign leaders congratulated Việt Nam": the seven leaders, not the Vietnamese one
    const congratulations = find((e) => e.root === '05' && e.code === '051' && e.target?.country === 'VNM');
    assert.deepEqual(
      [...new Set(congratulations.map((e) => e.source?.country))].sort(),
      ['ARM', 'BRA', 'CHN', 'CUB', 'MNG', 'UZB', 'VEN'],
    );
    const xi = find((e) => e.target?.name === 'Xi Jinping')[0];
    assert.equal(xi?.target?.code, 'CHNGOV');
    const lula = find((e) => e.target?.name === 'Luiz Inácio Lula da Silva')[0];
    assert.equal(lula?.target?.code, 'BRAGOV');
  });

  it('resolve Russian officials to their roles', () => {
    const code = (name: string) => find((e) => e.target?.name === name)[0]?.target?.code;
    assert.equal(code('Mikhail Mishustin'), 'RUSGOV');
    assert.equal(code('Valentina Matviyenko'), 'RUSLEG');
    assert.equal(code('Vyacheslav Volodin'), 'RUSLEG');
  });

  it('find the Belarus leg and the other tour stops', () => {
    const blr = find((e) => e.code === '042' && dyad(e, 'VNM', 'BLR'));
    assert.ok(blr.some((e) => e.date === '2025-05-11'));
    for (const c of ['KAZ', 'AZE']) assert.ok(find((e) => e.root === '04' && dyad(e, 'VNM', c)).length > 0, c);
  });

  it('date and place the Russia leg: arrival 2025-05-08 in Moscow, departure and the Belarus leg 2025-05-11', () => {
    const visits = find((e) => e.code === '042' && dyad(e, 'VNM', 'RUS'));
    const arrival = visits.find((e) => e.date === '2025-05-08' && e.date_precision === 'day');
    assert.ok(arrival, 'the arrival, "on Thursday"');
    const at = arrival.location;
    assert.ok(at && at.country === 'RUS', `arrival placed in Russia, got ${JSON.stringify(at)}`);
    assert.ok(at.name === 'Moscow' || at.name === 'Vnukovo Airport', `arrival at Moscow, got ${at.name}`);
    assert.ok(visits.some((e) => e.date === '2025-05-08' && e.date_end === '2025-05-11' && e.date_precision === 'range'));
    assert.ok(visits.some((e) => e.date === '2025-05-11' && e.date_precision === 'day'), 'left Moscow "on Sunday"');
    const belarus = find((e) => e.code === '042' && dyad(e, 'VNM', 'BLR') && e.date === '2025-05-11');
    assert.ok(belarus.length > 0, 'the Belarus leg, 2025-05-11');
    assert.ok(belarus.every((e) => e.location?.country === 'BLR'), 'placed in Belarus (Minsk)');
  });

  it('place the dairy plant ceremony in Kaluga oblast, an admin1 region of Russia', () => {
    const kaluga = events.filter((e) => e.sentence.includes('Kaluga'));
    assert.ok(kaluga.length > 0);
    const placed = kaluga.filter((e) => e.location?.name === 'Kaluga Oblast');
    assert.ok(placed.length > 0, 'an event of that sentence placed in Kaluga Oblast');
    for (const e of placed) {
      assert.equal(e.location?.country, 'RUS');
      assert.equal(e.location?.precision, 'admin1');
      assert.ok(Math.abs((e.location?.lat ?? 0) - 54.4) < 1 && Math.abs((e.location?.lon ?? 0) - 35.5) < 1.5, 'near Kaluga');
    }
  });

  it('never place an event at a guessed capital: every location is said in the text or is the visited country', () => {
    for (const e of events) {
      if (!e.location) continue;
      const doc = texts.get(e.doc_id) ?? '';
      // the place's proper name (its first word: "Kaluga" Oblast, "Vnukovo" Airport) is in the report
      const name = e.location.name.split(' ')[0] ?? '';
      const said = doc.toUpperCase().includes(name.toUpperCase());
      const visited = e.code === '042' && e.location.precision === 'country' && e.target?.country === e.location.country;
      assert.ok(said || visited, `${e.code} placed at ${e.location.name}: not in the text`);
    }
  });

  it('code nothing from the "Related posts" block', () => {
    for (const e of events) {
      const text = texts.get(e.doc_id) ?? '';
      const related = text.indexOf('Related posts');
      assert.ok(related < 0 || e.evidence.start < related, `event from boilerplate: ${e.sentence}`);
    }
  });

  it('emit only codes of the CAMEO table, with evidence that slices the document', () => {
    const ontology = coder().knowledge.ontology;
    for (const e of events) {
      assert.ok(ontology.has(e.code), e.code);
      assert.equal(texts.get(e.doc_id)?.slice(e.evidence.start, e.evidence.end), e.evidence.text);
    }
  });
});
