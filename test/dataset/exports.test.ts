import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { csvField } from '../../src/dataset/exports/csv.js';
import { FLAT_COLUMNS, flatValues } from '../../src/dataset/exports/flat-columns.js';
import { GDELT_COLUMNS, globalEventId } from '../../src/dataset/exports/gdelt.js';
import { ICEWS_COLUMNS } from '../../src/dataset/exports/icews.js';
import { exportFormats, type ExportFormatName } from '../../src/dataset/exports/index.js';
import { ploverRecord } from '../../src/dataset/exports/plover.js';
import type { DatasetEvent } from '../../src/dataset/dataset-event.js';
import { repoRoot } from '../../src/paths.js';
import { datasetEvent, exportContext, fixtures, rebelAttack, undatedOffer, visitToMoscow } from './export-fixtures.js';

const ctx = exportContext();
const shared = join(repoRoot(), '..', 'shared', 'standards');

function line(format: ExportFormatName, event: DatasetEvent): string {
  const text = exportFormats[format].line(event, ctx);
  assert.ok(text !== null, `${format} gave no line for ${event.event_id}`);
  return text;
}

/** The GDELT row of an event as column name -> value. */
function gdelt(event: DatasetEvent): Record<string, string> {
  const cells = line('gdelt', event).split('\t');
  assert.equal(cells.length, 61, `${event.event_id}: ${cells.length} columns`);
  return Object.fromEntries(GDELT_COLUMNS.map((name, i) => [name, cells[i] ?? '']));
}

/** A CSV reader for the round trip: RFC 4180 quoting, CRLF or LF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

test('GDELT: 61 tab-separated columns for every fixture, named as in GDELT 2.0', (t) => {
  assert.equal(GDELT_COLUMNS.length, 61);
  for (const event of fixtures()) gdelt(event);
  const labels = join(shared, 'gdelt', 'GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv');
  if (!existsSync(labels)) return t.skip('../shared/standards not found: column names not checked');
  const names = readFileSync(labels, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(',')[0]);
  assert.deepEqual([...GDELT_COLUMNS], names);
});

test('GDELT: the visit to Moscow — dates, actors, FIPS country codes, ADM1 RS48, GeoNames id', () => {
  const row = gdelt(visitToMoscow());
  assert.equal(row.SQLDATE, '20160912');
  assert.equal(row.MonthYear, '201609');
  assert.equal(row.Year, '2016');
  assert.equal(row.FractionDate, '2016.6904');
  assert.equal(row.Actor1Code, 'VNMGOV');
  assert.equal(row.Actor1Name, 'Tô Lâm');
  assert.equal(row.Actor1CountryCode, 'VNM');
  assert.equal(row.Actor1Type1Code, 'GOV');
  assert.equal(row.Actor2Code, 'RUS');
  assert.equal(row.Actor2CountryCode, 'RUS');
  assert.equal(row.Actor2Type1Code, '');
  assert.equal(row.IsRootEvent, '1');
  assert.equal(row.EventCode, '042');
  assert.equal(row.EventBaseCode, '042');
  assert.equal(row.EventRootCode, '04');
  assert.equal(row.QuadClass, '1');
  assert.equal(row.GoldsteinScale, '1.9');
  assert.deepEqual([row.NumMentions, row.NumSources, row.NumArticles], ['4', '2', '3']);
  assert.equal(row.AvgTone, '');
  // Actors are placed at their country (GDELT's FIPS codes: Vietnam VM, Russia RS), with the centroid.
  assert.equal(row.Actor1Geo_Type, '1');
  assert.equal(row.Actor1Geo_FullName, 'Vietnam');
  assert.equal(row.Actor1Geo_CountryCode, 'VM');
  assert.equal(row.Actor1Geo_FeatureID, 'VM');
  assert.ok(Number(row.Actor1Geo_Lat) > 8 && Number(row.Actor1Geo_Lat) < 24, row.Actor1Geo_Lat);
  assert.equal(row.Actor2Geo_CountryCode, 'RS');
  // The event's place: a world city.
  assert.equal(row.ActionGeo_Type, '4');
  assert.equal(row.ActionGeo_FullName, 'Moscow, Russia');
  assert.equal(row.ActionGeo_CountryCode, 'RS');
  assert.equal(row.ActionGeo_ADM1Code, 'RS48');
  assert.equal(row.ActionGeo_ADM2Code, '');
  assert.equal(row.ActionGeo_Lat, '55.75222');
  assert.equal(row.ActionGeo_Long, '37.61556');
  assert.equal(row.ActionGeo_FeatureID, '524901');
  assert.equal(row.DATEADDED, '20160913081500');
  assert.equal(row.SOURCEURL, 'https://news.example.org/2016/09/12/visit');
});

test('GDELT: FractionDate as in GDELT files (the sample rows of 2016-09-12 say 2016.6904)', (t) => {
  const sample = join(shared, 'cameo', 'gdelt1_export_sample.tsv');
  if (!existsSync(sample)) return t.skip('../shared/standards not found: GDELT sample not checked');
  const rows = readFileSync(sample, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => l.split('\t'));
  assert.ok(rows.length > 0);
  for (const cells of rows) {
    const sqlDate = cells[1] ?? '';
    const date = `${sqlDate.slice(0, 4)}-${sqlDate.slice(4, 6)}-${sqlDate.slice(6, 8)}`;
    const row = gdelt(datasetEvent('042', { date }));
    assert.deepEqual([row.SQLDATE, row.MonthYear, row.Year, row.FractionDate], cells.slice(1, 5));
  }
});

test('GDELT: a countryless rebel group and no place — no country codes, Type 0 geo blocks', () => {
  const row = gdelt(rebelAttack());
  assert.equal(row.Actor1Code, '---REB');
  assert.equal(row.Actor1Name, 'Rebels');
  assert.equal(row.Actor1CountryCode, '');
  assert.equal(row.Actor1Type1Code, 'REB');
  assert.equal(row.Actor2Code, 'NGAMIL');
  assert.equal(row.Actor2CountryCode, 'NGA');
  assert.equal(row.Actor2Type1Code, 'MIL');
  assert.equal(row.Actor2Name, 'Nigeria');
  assert.equal(row.IsRootEvent, '0');
  assert.equal(row.GoldsteinScale, '-10.0');
  assert.equal(row.QuadClass, '4');
  assert.deepEqual(
    GDELT_COLUMNS.filter((c) => c.startsWith('Actor1Geo_')).map((c) => row[c]),
    ['0', '', '', '', '', '', '', ''],
  );
  assert.equal(row.Actor2Geo_CountryCode, 'NI');
  assert.equal(row.ActionGeo_Type, '0');
  assert.equal(row.ActionGeo_FullName, '');
  assert.equal(row.SOURCEURL, 'doc-1', 'no URL: the document id');
});

test('GDELT: an undated event has empty date columns; IGOUNO is type IGO, known group UNO; a US state is Type 2', () => {
  const text = line('gdelt', undatedOffer());
  assert.doesNotMatch(text, /NaN|undefined|null/);
  const row = gdelt(undatedOffer());
  assert.deepEqual([row.SQLDATE, row.MonthYear, row.Year, row.FractionDate], ['', '', '', '']);
  assert.equal(row.IsRootEvent, '1');
  assert.equal(row.Actor1CountryCode, '');
  assert.equal(row.Actor1KnownGroupCode, 'UNO');
  assert.equal(row.Actor1Type1Code, 'IGO');
  assert.equal(row.Actor1Type2Code, '');
  assert.equal(row.Actor1Geo_Type, '0');
  assert.equal(row.Actor2Code, '');
  assert.equal(row.ActionGeo_Type, '2');
  assert.equal(row.ActionGeo_FullName, 'Texas, United States');
  assert.equal(row.ActionGeo_CountryCode, 'US');
  assert.equal(row.ActionGeo_ADM1Code, 'USTX');
  assert.equal(row.ActionGeo_FeatureID, 'TX');
});

test('GDELT: GLOBALEVENTID is a stable integer below 2^53 made from event_id', () => {
  const id = globalEventId('a3f19c0b7d2e4f61');
  assert.equal(id, Number.parseInt('a3f19c0b7d2e4', 16));
  assert.equal(gdelt(visitToMoscow()).GLOBALEVENTID, String(id));
  const other = globalEventId('undated-offer-1');
  assert.ok(Number.isSafeInteger(other) && other >= 0 && other < 2 ** 53, String(other));
  assert.equal(globalEventId('undated-offer-1'), other);
  assert.notEqual(globalEventId('undated-offer-2'), other);
});

test('CSV: a sentence with a comma, quotes and a line break survives the round trip', () => {
  const events = fixtures();
  const csv = [exportFormats.csv.header?.(), ...events.map((e) => line('csv', e))].join('\r\n');
  const rows = parseCsv(csv);
  assert.equal(rows.length, events.length + 1);
  assert.deepEqual(rows[0], [...FLAT_COLUMNS]);
  const sentenceColumn = FLAT_COLUMNS.indexOf('sentence');
  assert.equal(rows[1]?.[sentenceColumn], visitToMoscow().sentence);
  events.forEach((event, i) => {
    const expected = flatValues(event).map((v) => (v === null || v === undefined ? '' : String(v)));
    assert.deepEqual(rows[i + 1], expected, event.event_id);
  });
  assert.equal(rows[1]?.[FLAT_COLUMNS.indexOf('rules')], 'en.consult.visit;en.actor.demonym;en.place.nearest');
  assert.equal(csvField('say "no", twice'), '"say ""no"", twice"');
});

test('TSV: 30 columns under the header; tabs and line breaks in a field become spaces', () => {
  assert.equal(exportFormats.tsv.header?.(), FLAT_COLUMNS.join('\t'));
  const event = visitToMoscow();
  const cells = line('tsv', event).split('\t');
  assert.equal(cells.length, FLAT_COLUMNS.length);
  assert.equal(cells[FLAT_COLUMNS.indexOf('sentence')], event.sentence.replace('\n', ' '));
  assert.equal(cells[FLAT_COLUMNS.indexOf('source_country')], 'VNM');
  assert.equal(cells[FLAT_COLUMNS.indexOf('date_end')], '2016-09-14');
  assert.equal(line('tsv', rebelAttack()).split('\t')[FLAT_COLUMNS.indexOf('date_end')], '');
});

test('ICEWS: the header names in order; full names, sectors, story and sentence number', () => {
  assert.deepEqual(exportFormats.icews.header?.().split('\t'), [
    'Event ID', 'Event Date', 'Source Name', 'Source Sectors', 'Source Country', 'Event Text', 'CAMEO Code',
    'Intensity', 'Target Name', 'Target Sectors', 'Target Country', 'Story ID', 'Sentence Number', 'Publisher',
    'City', 'District', 'Province', 'Country', 'Latitude', 'Longitude',
  ]);
  const cells = line('icews', visitToMoscow()).split('\t');
  const row = Object.fromEntries(ICEWS_COLUMNS.map((name, i) => [name, cells[i]]));
  assert.equal(cells.length, 20);
  assert.equal(row['Event ID'], 'a3f19c0b7d2e4f61');
  assert.equal(row['Event Date'], '2016-09-12');
  assert.equal(row['Source Name'], 'Tô Lâm');
  assert.equal(row['Source Sectors'], 'Government');
  assert.equal(row['Source Country'], 'Vietnam');
  assert.equal(row['Event Text'], 'Make a visit');
  assert.equal(row['CAMEO Code'], '042');
  assert.equal(row.Intensity, '1.9');
  assert.equal(row['Target Name'], 'Russia');
  assert.equal(row['Target Country'], 'Russia');
  assert.equal(row['Story ID'], 'hanoi-wire-0912');
  assert.equal(row['Sentence Number'], '1');
  assert.equal(row.Publisher, 'Example Wire');
  assert.deepEqual([row.City, row.District, row.Province, row.Country], ['Moscow', '', '', 'Russia']);
  assert.deepEqual([row.Latitude, row.Longitude], ['55.75222', '37.61556']);

  const rebels = line('icews', rebelAttack()).split('\t');
  assert.deepEqual(rebels.slice(2, 5), ['Rebels', 'Rebels', '']);
  assert.deepEqual(rebels.slice(8, 11), ['Nigeria', 'Military', 'Nigeria']);
  const undated = line('icews', undatedOffer()).split('\t');
  assert.equal(undated[1], '');
  assert.equal(undated[3], 'Inter-Governmental Organization');
  assert.deepEqual(undated.slice(14, 18), ['', '', 'Texas', 'United States']);
});

test('PLOVER: records have the required fields (id, date, actor, event) and the optional ones Parley knows', () => {
  for (const event of fixtures()) {
    const text = line('plover', event);
    assert.doesNotMatch(text, /\n/);
    const record = JSON.parse(text) as Record<string, unknown>;
    for (const key of ['id', 'date', 'actor', 'event']) assert.ok(key in record, `${event.event_id}: ${key}`);
    assert.equal(record.id, event.event_id);
    assert.ok(Array.isArray(record.actor));
    assert.ok(Array.isArray(record.event) && record.event.length === 1);
    for (const type of record.event as string[]) assert.ok(ctx.ontology.ploverTypes.has(type), type);
    assert.equal(record.coder, 'parley 0.1');
    assert.equal(record.event_text, event.sentence);
  }
  const visit = ploverRecord(visitToMoscow(), ctx);
  assert.ok(visit);
  assert.equal(visit.date, '2016-09-12');
  assert.equal(visit.enddate, '2016-09-14');
  assert.deepEqual(visit.event, ['CONSULT']);
  assert.deepEqual(visit.mode, ['visit']);
  assert.deepEqual(visit.actor, [
    { code: 'VNM', sector: 'GOV', entity_text: 'The Vietnamese leader', identifier_text: 'Tô Lâm', cameo_code: 'VNMGOV' },
  ]);
  assert.deepEqual(visit.recipient?.map((r) => r.code), ['RUS']);
  assert.deepEqual(visit.event_loc, {
    resolved_place: 'Moscow',
    geonameid: 524901,
    lat: 55.75222,
    lon: 37.61556,
    city: 'Moscow',
    country: 'Russia',
    country_code: 'RUS',
    resolution: 4,
  });
  assert.deepEqual(visit.text_info, { sequence: 1, start: 120, end: 120 + visitToMoscow().sentence.length });
  assert.deepEqual(visit.cite_info, {
    url: 'https://news.example.org/2016/09/12/visit',
    publication: 'Example Wire',
    citation: 'hanoi-wire-0912',
  });
  assert.equal(visit.coded_date, '2016-09-13');
  assert.equal(visit.quad_code, 1);

  const nato = { code: 'IGOWSTNAT', country: null, role: 'IGO', name: 'NATO', text: 'NATO' };
  assert.deepEqual(ploverRecord(datasetEvent('150', { source: nato }), ctx)?.actor, [
    { code: 'IGO', entity_text: 'NATO', identifier_text: 'NATO', cameo_code: 'IGOWSTNAT' },
  ]);

  const offer = ploverRecord(undatedOffer(), ctx);
  assert.equal(offer?.date, null, 'an undated event keeps its record, with a null date');
  assert.deepEqual(offer?.actor.map((a) => a.code), ['IGO']);
  assert.deepEqual(offer?.context, ['diplomatic']);
  assert.equal(offer?.recipient, undefined);
  assert.deepEqual(ploverRecord(rebelAttack(), ctx)?.actor, [
    { sector: 'REB', entity_text: 'Rebels', cameo_code: '---REB' },
  ]);
});

test('PLOVER: an event of CAMEO 01/02 (dropped by PLOVER) has no record; the other formats keep it', () => {
  const statement = datasetEvent('010', { source: visitToMoscow().source, date: '2024-05-05' });
  assert.equal(statement.plover, null);
  assert.equal(exportFormats.plover.line(statement, ctx), null);
  for (const format of ['jsonl', 'csv', 'tsv', 'gdelt', 'icews'] as const) assert.ok(line(format, statement));
});

test('registry: every format writes a line per fixture; JSONL is the event itself; headers only where they belong', () => {
  for (const [name, format] of Object.entries(exportFormats)) {
    assert.ok(format.description.length > 0 && format.extension.length > 0, name);
    for (const event of fixtures()) {
      const text = format.line(event, ctx);
      assert.ok(text !== null, `${name}: ${event.event_id}`);
      // A line break stays only inside a quoted CSV field (RFC 4180); every other format keeps a record on one line.
      const outsideQuotes = name === 'csv' ? text.replace(/"(?:[^"]|"")*"/g, '') : text;
      assert.ok(!/[\r\n]/.test(outsideQuotes), `${name}: ${event.event_id} spans lines`);
    }
  }
  assert.deepEqual(
    Object.entries(exportFormats)
      .filter(([, f]) => f.header !== undefined)
      .map(([name]) => name),
    ['csv', 'tsv', 'icews'],
  );
  const event = visitToMoscow();
  assert.deepEqual(JSON.parse(line('jsonl', event)), event);
});
