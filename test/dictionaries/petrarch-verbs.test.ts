/**
 * PETRARCH verb dictionaries -> Parley event rules: reading the format, converting verbs, patterns, sets and codes,
 * reporting what cannot be converted with its line, `parley dict import` on verb files, and loading the rules with
 * --events / createCoder({ eventFiles }). The dictionaries are small ones written for these tests.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type Coder, createCoder } from '../../src/coder.js';
import { detectKind, importVerbDictionaries } from '../../src/dictionaries/import.js';
import { factor, importVerbs } from '../../src/dictionaries/import-verbs.js';
import { parsePatternBody, parseVerbDictionary } from '../../src/dictionaries/petrarch-verbs.js';
import { isParleyError } from '../../src/errors.js';
import { verbDataSchema } from '../../src/events/inflect.js';
import { loadOntology } from '../../src/knowledge/ontology.js';
import { readDataFile } from '../../src/knowledge/read-data.js';
import { type EventRule, eventsFileSchema } from '../../src/knowledge/schemas.js';
import { repoRoot } from '../../src/paths.js';
import { dataDir } from '../helpers/repo.js';
import { tmpFiles } from '../helpers/tmp-files.js';

const LINES = [
  '<!-- A verb dictionary written for Parley tests -->',
  'STRAY [051]',
  '&GIFT',
  '+PARCEL',
  '+HAMPER',
  '+FRUIT_BASKET',
  '+WELCOME BASKET',
  '',
  '&AUX_',
  '+HAS',
  '+HAD',
  '',
  '--- SERENADE [051] ---',
  'SERENADE  # praise in song',
  '- * OFF_KEY [---]',
  '- * GOSSIP [042:043]',
  '- * &NOSUCHSET [051]',
  '- * APPLAUSE [999]',
  '- + * [051]',
  '- NO VERB HERE [051]',
  '~ a (a b SERENADE) SAY = a b 051',
  '',
  '--- TRUNDLE [---] ---',
  'TRUNDLE',
  '+WHEEL_OVER {+WHEELED_OVER +WHEELS_OVER +WHEELING_OVER} [073]',
  'DRUM UP [070]',
  '- * &GIFT (TO +) [071]',
  '- % &AUX * TOGETHER [050:050]',
  '- * + ONTO_STAGE [:043]',
  '- $ * ^ WITH_DRUMS [070]',
  '',
  '--- HUM ---',
  'HUM {HUMS HUMMED HUMMING}',
  '- * ANTHEM_ [051]',
];
const TEXT = LINES.join('\n');
/** The line number of the first line starting with `prefix`. */
const lineOf = (prefix: string) => LINES.findIndex((l) => l.startsWith(prefix)) + 1;

const ontology = loadOntology(dataDir());
const verbData = readDataFile(dataDir(), 'lexicon/en/verbs.json', verbDataSchema);
const known = (c: string) => ontology.has(c);
const converted = importVerbs(TEXT, 't.verbs.txt', { knownCode: known, verbs: verbData });
const rulesOf = (line: number) => converted.rules.filter((r) => r.id === `user.t.${line}` || r.id.startsWith(`user.t.${line}-`));
const errorsAt = (line: number) => converted.problems.filter((p) => p.line === line && p.severity === 'error').map((p) => p.message);

describe('reading a PETRARCH verb dictionary', () => {
  const parsed = parseVerbDictionary(TEXT);
  it('reads sets, with the "_" label that turns plurals off', () => {
    assert.deepEqual(
      parsed.synsets.get('&GIFT')?.members.map((m) => m.words.join(' ')),
      ['PARCEL', 'HAMPER', 'FRUIT BASKET', 'WELCOME BASKET'],
    );
    assert.equal(parsed.synsets.get('&AUX')?.members.every((m) => !m.plural), true);
  });
  it('reads blocks, their codes, verbs with forms and multi-word verbs', () => {
    assert.deepEqual(
      parsed.blocks.map((b) => [b.name, b.code.raw, b.verbs.length, b.patterns.length]),
      [
        ['SERENADE', '051', 1, 5],
        ['TRUNDLE', '---', 3, 4],
        ['HUM', '---', 1, 1],
      ],
    );
    const wheel = parsed.blocks[1]?.verbs[1];
    assert.deepEqual(wheel?.base, { before: [], verb: 'WHEEL', after: ['OVER'] });
    assert.deepEqual(wheel?.forms?.map((f) => f.verb), ['WHEELED', 'WHEELS', 'WHEELING']);
    assert.deepEqual(wheel?.code, { raw: '073', forward: '073', reverse: null });
    assert.deepEqual(parsed.blocks[2]?.verbs[0]?.forms?.map((f) => f.verb), ['HUMS', 'HUMMED', 'HUMMING']);
  });
  it('reads pattern codes: both directions, the reverse only, none', () => {
    const codes = parsed.blocks.flatMap((b) => b.patterns.map((p) => p.code));
    assert.ok(codes.some((c) => c.forward === '042' && c.reverse === '043'));
    assert.ok(codes.some((c) => c.forward === null && c.reverse === '043'));
    assert.ok(codes.some((c) => c.forward === null && c.reverse === null && c.raw === '---'));
  });
  it('splits a pattern into words, markers and sets, "_" joining and blanks separating', () => {
    const parts = parsePatternBody('SAID_* {MOCK ATTACK} (ON ^) NEW_&TIETYPES_TIES $');
    assert.ok(typeof parts !== 'string');
    assert.deepEqual(
      parts.map((p) => `${p.join === 'adjacent' ? '_' : ' '}${p.item.kind === 'word' ? p.item.text : p.item.kind === 'synset' ? p.item.name : p.item.kind}`),
      [' SAID', '_verb', ' MOCK', '_ATTACK', ' ON', ' skip', ' NEW', '_&TIETYPES_TIES', ' source'],
    );
    assert.match(String(parsePatternBody('* (TO BORDER')), /not closed/);
  });
});

describe('converting it to Parley event rules', () => {
  it('makes a backoff rule of each verb with a code, with Parley inflecting it', () => {
    const [r] = rulesOf(lineOf('SERENADE  #'));
    assert.equal(r?.pattern, '<serenade>');
    assert.equal(r?.code, '051');
    assert.equal(r?.backoff, true);
    assert.equal(r?.needs_target, true);
    assert.equal(r?.id, `user.t.${lineOf('SERENADE  #')}`);
  });
  it('keeps the listed forms of a verb, and the fixed words of a multi-word verb', () => {
    assert.deepEqual(rulesOf(lineOf('+WHEEL_OVER')).map((r) => [r.pattern, r.code]), [
      ['wheel|wheeled|wheels|wheeling over', '073'],
    ]);
    assert.deepEqual(rulesOf(lineOf('DRUM UP')).map((r) => r.pattern), ['<drum> up']);
  });
  it('gives no rule to a verb whose block codes nothing', () => {
    assert.deepEqual(rulesOf(lineOf('TRUNDLE')), []);
    assert.deepEqual(rulesOf(lineOf('HUM {')), []);
    assert.equal(converted.stats.verbsWithoutCode, 2);
  });
  it('puts every verb of the block in the verb slot, sets as alternatives with plurals, gaps for blanks', () => {
    const patterns = rulesOf(lineOf('- * &GIFT')).map((r) => r.pattern);
    assert.deepEqual(patterns, [
      '<trundle> *3 parcel|parcels|hamper|hampers *3 to *3 @T',
      '<trundle> *3 fruit|welcome basket|baskets *3 to *3 @T',
      'wheel|wheeled|wheels|wheeling over *3 parcel|parcels|hamper|hampers *3 to *3 @T',
      'wheel|wheeled|wheels|wheeling over *3 fruit|welcome basket|baskets *3 to *3 @T',
      '<drum> up *3 parcel|parcels|hamper|hampers *3 to *3 @T',
      '<drum> up *3 fruit|welcome basket|baskets *3 to *3 @T',
    ]);
    assert.deepEqual(rulesOf(lineOf('- * ANTHEM_')).map((r) => r.pattern), ['hum|hums|hummed|humming *3 anthem']);
  });
  it('reads "%" as both directions and "[X:X]" as reciprocal, the subject slot left to Parley', () => {
    const [r] = rulesOf(lineOf('- % &AUX'));
    assert.equal(r?.pattern, 'has|had *3 <trundle> *3 together');
    assert.equal(r?.direction, 'reciprocal');
  });
  it('swaps source and target for a reversed-only code', () => {
    const [r] = rulesOf(lineOf('- * + ONTO_STAGE'));
    assert.equal(r?.pattern, '<trundle> *3 @S *3 onto stage');
    assert.equal(r?.code, '043');
  });
  it('drops a leading source slot and merges "^" with its blanks into one gap', () => {
    assert.equal(rulesOf(lineOf('- $ * ^'))[0]?.pattern, '<trundle> *6 with drums');
  });
  it('makes a blocking rule of a "[---]" pattern, and keeps the first of two codes with a warning', () => {
    assert.equal(rulesOf(lineOf('- * OFF_KEY'))[0]?.code, null);
    assert.equal(rulesOf(lineOf('- * GOSSIP'))[0]?.code, '042');
    const w = converted.problems.find((p) => p.line === 0 && /two codes/.test(p.message));
    assert.match(w?.message ?? '', new RegExp(`lines ${lineOf('- * GOSSIP')}\\)`));
  });
  it('factors multi-word members into as few exact rows as it can', () => {
    assert.deepEqual(factor([['cruise', 'missile'], ['guided', 'missile'], ['gun']]), [
      [['cruise', 'guided'], ['missile']],
      [['gun']],
    ]);
  });
  it('writes rules that match the schema of event-rule files', () => {
    assert.equal(eventsFileSchema.safeParse({ rules: converted.rules }).success, true);
    assert.equal(new Set(converted.rules.map((r) => r.id)).size, converted.rules.length);
  });
});

describe('lines that cannot be converted are reported with their numbers', () => {
  const cases: [string, RegExp][] = [
    ['STRAY', /before the first block header/],
    ['- * &NOSUCHSET', /set &NOSUCHSET is not defined/],
    ['- * APPLAUSE', /"999" .* not a CAMEO event code/],
    ['- + * [051]', /subject is the target/],
    ['- NO VERB HERE', /needs a "\*"/],
    ['~ a (a b', /transformation/],
  ];
  for (const [prefix, message] of cases) {
    it(`${prefix} -> ${message.source}`, () => {
      assert.match(errorsAt(lineOf(prefix)).join(' | '), message);
    });
  }
  it('warns about a verb of several words written with blanks, and reads it', () => {
    const w = converted.problems.find((p) => p.line === lineOf('DRUM UP'));
    assert.equal(w?.severity, 'warning');
    assert.match(w?.message ?? '', /read as "\+DRUM_UP"/);
  });
  it('counts what was converted', () => {
    assert.deepEqual(
      [converted.stats.verbs, converted.stats.verbsConverted, converted.stats.patterns, converted.stats.patternsConverted],
      [6, 3, 11, 7],
    );
  });
});

describe('recognising verb dictionaries', () => {
  it('by name, and by their block headers', () => {
    assert.equal(detectKind('my.verbs.txt', ''), 'verbs');
    assert.equal(detectKind('CAMEO.txt', TEXT), 'verbs');
    assert.equal(detectKind('x.txt', 'NORTHLAND_ [NTH]\n'), 'actors');
  });
  it('gives two files of one name their own ids', () => {
    const { rules } = importVerbDictionaries(
      [
        { file: 'a/v.verbs.txt', text: '--- X [051] ---\nSERENADE\n' },
        { file: 'b/v.verbs.txt', text: '--- X [051] ---\nSERENADE\n' },
      ],
      known,
    );
    assert.deepEqual(
      rules.map((r) => r.id),
      ['user.v.2', 'user.v-2.2'],
    );
  });
});

function codeWith(coder: Coder, text: string): string[] {
  const { events } = coder.code({ id: 't', text, date: '2024-05-06', origin: { file: '<test>' } });
  return events.map((e) => `${e.source?.code ?? '-'}>${e.target?.code ?? '-'} ${e.code} ${e.rules[0]}`);
}

describe('loading converted rules into a coder', () => {
  let shared: Coder | undefined;
  const coder = () => (shared ??= createCoder({ eventFiles: [{ file: 't.json', rules: converted.rules }] }));
  it('codes with a verb alone', () => {
    assert.deepEqual(codeWith(coder(), 'Norway serenaded Chile on Monday.'), [
      `NOR>CHL 051 user.t.${lineOf('SERENADE  #')}`,
    ]);
  });
  it('codes a verb alone only against an object, as PETRARCH does', () => {
    assert.deepEqual(codeWith(coder(), 'Norway serenaded on Monday.'), []);
  });
  it('codes with a pattern, its set member and its target slot', () => {
    assert.deepEqual(codeWith(coder(), 'Norway trundled a fruit basket to Chile on Monday.'), [
      `NOR>CHL 071 user.t.${lineOf('- * &GIFT')}-2`,
    ]);
  });
  it('codes a reversed pattern from the object to the subject', () => {
    assert.deepEqual(codeWith(coder(), 'Norway trundled Chile onto stage.'), [
      `CHL>NOR 043 user.t.${lineOf('- * + ONTO_STAGE')}`,
    ]);
  });
  it('codes a compound subject both ways', () => {
    assert.deepEqual(codeWith(coder(), 'Norway and Chile had trundled together.').sort(), [
      `CHL>NOR 050 user.t.${lineOf('- % &AUX')}`,
      `NOR>CHL 050 user.t.${lineOf('- % &AUX')}`,
    ]);
  });
  it('lets a blocking pattern stop the verb alone', () => {
    assert.deepEqual(codeWith(coder(), 'Norway serenaded Chile off key.'), []);
  });
  it("leaves Parley's own coding as it is", () => {
    const plain = createCoder();
    const text = 'Japan paid an official visit to Vietnam on Monday.';
    assert.deepEqual(codeWith(coder(), text), codeWith(plain, text));
  });
});

describe('event-rule files', () => {
  const good: EventRule = { id: 'user.my.1', pattern: '<serenade>', code: '051', reason: 'A test rule.', example: 'A serenade B.' };
  const dir = tmpFiles({
    'ok.json': JSON.stringify({ rules: [good] }),
    'ok.yaml': `rules:\n  - id: user.my.1\n    pattern: <serenade>\n    code: "051"\n    reason: A test rule.\n    example: A serenade B.\n`,
    'bad-code.json': JSON.stringify({ rules: [{ ...good, code: '999' }] }),
    'dup.json': JSON.stringify({ rules: [good, good] }),
    'parley-id.json': JSON.stringify({ rules: [{ ...good, id: 'en.consult.pay-visit' }] }),
    'raw.verbs.txt': TEXT,
  });
  const fails = (file: string, pattern: RegExp) =>
    assert.throws(
      () => createCoder({ eventFiles: [join(dir, file)] }),
      (e: unknown) => isParleyError(e) && e.where.file === join(dir, file) && pattern.test(`${e.message} ${e.hint ?? ''}`),
    );
  it('loads JSON and YAML', () => {
    for (const f of ['ok.json', 'ok.yaml']) {
      assert.deepEqual(codeWith(createCoder({ eventFiles: [join(dir, f)] }), 'Norway serenaded Chile.'), ['NOR>CHL 051 user.my.1']);
    }
  });
  it('refuses a code not in the CAMEO table, naming the file', () => fails('bad-code.json', /999 is not in the CAMEO table/));
  it('refuses an id used twice, also against Parley\'s own', () => {
    fails('dup.json', /used twice/);
    fails('parley-id.json', /used twice/);
  });
  it('refuses a PETRARCH text file, pointing to dict import', () => fails('raw.verbs.txt', /parley dict import/));
});

describe('parley dict import and --events', () => {
  const main = new URL('../../src/cli/main.js', import.meta.url).href;
  const run = (args: string[]) =>
    spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `const { main } = await import(${JSON.stringify(main)}); await main(['node', 'parley', ...process.argv.slice(1)]);`, ...args],
      { encoding: 'utf8', timeout: 120_000, cwd: repoRoot() },
    );
  const dir = tmpFiles({
    'mine.verbs.txt': TEXT,
    'plain.txt': TEXT,
    'n.actors.txt': 'NORTHLAND_ [NTH]\n',
    'story.txt': 'Norway trundled a parcel to Chile on Monday.\n',
  });
  it('writes the rule file, lists each line it could not convert as file:line: error, and exits 1', () => {
    const out = join(dir, 'events.json');
    const r = run(['dict', 'import', join(dir, 'mine.verbs.txt'), '-o', out]);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`mine\\.verbs\\.txt:${lineOf('- * APPLAUSE')}: error: "999"`));
    assert.match(r.stderr, new RegExp(`mine\\.verbs\\.txt:${lineOf('STRAY')}: error:`));
    assert.match(r.stderr, /verb dictionary: 3 of 6 verbs .* -> \d+ rules; 6 lines not converted/);
    const written = eventsFileSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    assert.equal(written.rules.length, converted.rules.length);
    const e = run(['extract', '--events', out, join(dir, 'story.txt')]);
    assert.equal(e.status, 0, e.stderr);
    const event = JSON.parse(e.stdout.trim().split('\n')[0] ?? '{}');
    assert.deepEqual([event.source.code, event.target.code, event.code, event.rules[0]], ['NOR', 'CHL', '071', `user.mine.${lineOf('- * &GIFT')}`]);
  });
  it('reads a file as verbs by its contents, or with --kind verbs', () => {
    const r = run(['dict', 'import', join(dir, 'plain.txt')]);
    assert.match(r.stderr, /plain\.txt: verb dictionary/);
    const k = run(['dict', 'import', '--kind', 'verbs', join(dir, 'story.txt')]);
    assert.match(k.stderr, /story\.txt:1: error: a verb or pattern before the first block header/);
  });
  it('refuses to mix verb and actor dictionaries in one output', () => {
    const r = run(['dict', 'import', join(dir, 'mine.verbs.txt'), join(dir, 'n.actors.txt')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /two runs/);
  });
  it('shows --events on extract and actors', () => {
    for (const cmd of ['extract', 'actors']) assert.match(run([cmd, '--help']).stdout, /--events <file>/);
  });
  it('keeps the --events file path in its errors', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"rules": [{"id": "x"}]}');
    const r = run(['extract', '--events', bad, join(dir, 'story.txt')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /bad\.json: does not match its schema/);
  });
});
