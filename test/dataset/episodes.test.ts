import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DatasetEvent } from '../../src/dataset/dataset-event.js';
import { loadEpisodeLexicon } from '../../src/dataset/episode-lexicon.js';
import { buildEpisodes, type VisitEvent, type VisitReport } from '../../src/dataset/episodes.js';
import { dedupGroup, type MentionInput } from '../../src/dataset/dedup.js';
import { defaultDataDir } from '../../src/paths.js';
import { actor, article, mention, place, type MentionSpec } from './dataset-fixtures.js';

const lex = loadEpisodeLexicon(defaultDataDir());
const PM = actor('NZLGOV', 'Chris Luxon');

/** One dataset event from its mentions, with the visit reports episodes read. */
function visit(ms: MentionInput[]): VisitEvent {
  const { event } = dedupGroup(ms)[0]!;
  const reports: VisitReport[] = ms.map((m) => ({
    doc_id: m.article.doc_id,
    sentence_start: m.event.evidence.start,
    sentence: m.event.sentence,
    trigger_start: m.event.trigger.start - m.event.evidence.start,
    trigger_end: m.event.trigger.end - m.event.evidence.start,
    counterpart: m.event.target?.text ?? null,
    date: { date: m.event.date, date_precision: m.event.date_precision, ...(m.event.date_end ? { date_end: m.event.date_end } : {}) },
  }));
  return { event, reports };
}

const LISTING = 'Japan is the third stop of a four-nation tour from July 1-9 which took in Vietnam, the Philippines and South Korea.';
const listed = (country: string, name: string, extra: MentionSpec = {}) =>
  mention({
    source: PM,
    target: actor(country, name),
    date: '2025-07-01',
    date_end: '2025-07-09',
    sentence: LISTING,
    start: 5000,
    trigger: country === 'JPN' ? [24, 28] : [43, 50],
    article: article('tour'),
    ...extra,
  });
const own = (country: string, name: string, date: string, city: string) =>
  mention({ source: PM, target: actor(country, name), date, location: place(city, country), article: article(`own-${country}`) });

function tourEpisodes(extra: DatasetEvent[] = []) {
  const visits = [
    visit([listed('VNM', 'Vietnam')]),
    visit([listed('PHL', 'Philippines')]),
    visit([listed('JPN', 'Japan'), own('JPN', 'Japan', '2025-07-05', 'Tokyo'), own('JPN', 'Japan', '2025-07-06', 'Tokyo')]),
    visit([listed('KOR', 'South Korea'), own('KOR', 'South Korea', '2025-07-08', 'Seoul')]),
  ];
  return buildEpisodes(visits, [...visits.map((v) => v.event), ...extra], lex);
}

describe('buildEpisodes', () => {
  it('orders a tour by the ordinal, the dates and the listing, and dates it by the listing', () => {
    const episodes = tourEpisodes();
    const tour = episodes.find((e) => e.kind === 'tour');
    assert.ok(tour);
    assert.deepEqual(tour.traveller, { code: 'NZLGOV', name: 'Chris Luxon' });
    assert.equal(tour.start, '2025-07-01');
    assert.equal(tour.end, '2025-07-09');
    assert.deepEqual(
      tour.stops.map((s) => [s.country, s.start, s.end]),
      [
        ['VNM', '2025-07-01', null],
        ['PHL', null, null],
        ['JPN', '2025-07-05', '2025-07-06'],
        ['KOR', '2025-07-08', '2025-07-09'],
      ],
    );
    assert.equal(tour.stops[2]!.place, 'Tokyo');
    for (const id of ['en.episode.ordinal-stop', 'dataset.episode.listing', 'dataset.episode.tour', 'dataset.episode.tour-bounds']) {
      assert.ok(tour.rules.includes(id), id);
    }
    const legs = episodes.filter((e) => e.parent === tour.id);
    assert.equal(legs.length, 4);
  });

  it('puts the traveller’s events during a stop, in its country, inside the visit', () => {
    const talks = dedupGroup([
      mention({ code: '040', source: PM, target: actor('JPNGOV', 'Shigeru Ishiba'), date: '2025-07-06', location: place('Tokyo', 'JPN'), article: article('t') }),
    ])[0]!.event;
    const elsewhere = dedupGroup([
      mention({ code: '040', source: PM, target: actor('CHNGOV', 'Li Qiang'), date: '2025-07-06', location: place('Beijing', 'CHN'), article: article('u') }),
    ])[0]!.event;
    const episodes = tourEpisodes([talks, elsewhere]);
    const japan = episodes.find((e) => e.kind === 'visit' && e.stops[0]!.country === 'JPN')!;
    assert.ok(japan.events.includes(talks.event_id));
    assert.ok(!japan.events.includes(elsewhere.event_id), 'an event placed in another country is not inside the visit');
  });

  it('gives the same episodes in any order of the events', () => {
    const a = JSON.stringify(tourEpisodes());
    const visits = [
      visit([listed('KOR', 'South Korea'), own('KOR', 'South Korea', '2025-07-08', 'Seoul')]),
      visit([listed('JPN', 'Japan'), own('JPN', 'Japan', '2025-07-05', 'Tokyo'), own('JPN', 'Japan', '2025-07-06', 'Tokyo')]),
      visit([listed('PHL', 'Philippines')]),
      visit([listed('VNM', 'Vietnam')]),
    ];
    // Fresh mentions have fresh ids: compare the shape, not the ids.
    const shape = (eps: ReturnType<typeof buildEpisodes>) => JSON.stringify(eps.map((e) => [e.kind, e.stops, e.start, e.end]));
    assert.equal(shape(buildEpisodes(visits, visits.map((v) => v.event), lex)), shape(JSON.parse(a)));
  });
});

describe('buildEpisodes negatives', () => {
  it('is no trip when the traveller is at home, or a host receives visitors abroad', () => {
    const home = visit([mention({ source: actor('VNMGOV', 'Tô Lâm'), target: actor('VNM', 'Vietnam'), location: place('Hanoi', 'VNM') })]);
    const abroad = visit([
      mention({ code: '043', source: actor('VNMGOV', 'Tô Lâm'), target: actor('RUSBUS'), location: place('Moscow', 'RUS') }),
    ]);
    assert.deepEqual(buildEpisodes([home, abroad], [], lex), []);
  });

  it('makes no episode for a bare country travelling, and no tour of visits a month apart', () => {
    const bare = visit([mention({ source: actor('HUN', 'Hungary'), target: actor('CHN', 'China') })]);
    assert.deepEqual(buildEpisodes([bare], [], lex), []);
    const may = visit([own('JPN', 'Japan', '2025-05-05', 'Tokyo')]);
    const june = visit([own('KOR', 'South Korea', '2025-06-05', 'Seoul')]);
    const episodes = buildEpisodes([may, june], [], lex);
    assert.deepEqual(episodes.map((e) => e.kind), ['visit', 'visit']);
  });

  it('leaves intended visits out', () => {
    const planned = dedupGroup([mention({ source: PM, target: actor('IND', 'India') })])[0]!.event;
    planned.modality = 'intended';
    assert.deepEqual(buildEpisodes([{ event: planned, reports: [] }], [], lex), []);
  });
});
