/**
 * `npm run eval`: scores the coder on the peer suites (../shared/peer-suites) and the local negatives, prints the
 * figures and writes them to eval/RESULTS.md. Rules and the dev / held-out split: eval/README.md.
 *
 *   --verbose, -v       per-case diffs (missed / extra triples) for dev cases
 *   --split held-out    per-case diffs for held-out cases instead (spoils the held-out set: avoid)
 *   --suite NAME        run one suite: universalpetrarch, plover or negatives (RESULTS.md is then not written)
 */
import { formatError, isParleyError } from '../src/errors.js';
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Coder, createCoder } from '../src/coder.js';
import { repoRoot as findRepoRoot } from '../src/paths.js';
import { countryCodes } from './country-codes.js';
import { evaluateNegatives, evaluateSuite } from './evaluate.js';
import { runInfo } from './provenance.js';
import { type EvalReport, renderCaseDiff, renderReport } from './report.js';
import { loadCases, SUITES, type Suite } from './suites.js';
import { importDictionaries, importVerbDictionaries } from '../src/dictionaries/import.js';
import { readFileSync } from 'node:fs';
import { evaluateWhenWhere, renderWhenWhereDiff } from './when-where.js';

const USAGE =
  'usage: npm run eval -- [--verbose] [--split dev|held-out] [--suite universalpetrarch|plover|petrarch2|negatives|when-where]';

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

const { values } = parseArgs({
  options: {
    verbose: { type: 'boolean', short: 'v', default: false },
    split: { type: 'string', default: 'dev' },
    suite: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values.split !== 'dev' && values.split !== 'held-out') fail(`--split must be dev or held-out\n${USAGE}`);
const known = [...SUITES.map((s) => s.name), 'negatives', 'when-where'];
if (values.suite !== undefined && !known.includes(values.suite))
  fail(`unknown suite "${values.suite}"\n${USAGE}`);
const wants = (name: string) => values.suite === undefined || values.suite === name;
const diffSplit = values.split;
const showDiffs = values.verbose || diffSplit === 'held-out';
if (diffSplit === 'held-out') {
  console.error(
    'WARNING: showing held-out cases. Every look at them spoils the held-out set: do not tune on them.\n',
  );
}

const repoRoot = findRepoRoot();
const peerDir = resolve(repoRoot, '../shared/peer-suites');
const show = (path: string) => relative(process.cwd(), path) || '.';

let coder: Coder;
try {
  coder = createCoder();
} catch (err) {
  // a data-file error is the user's to fix and says where; anything else is a bug and keeps its stack
  const text = isParleyError(err) ? formatError(err) : err instanceof Error ? (err.stack ?? err.message) : String(err);
  fail(`could not create the coder: ${text}`, 1);
}

/**
 * The PETRARCH verb dictionaries a suite's expected codes were made with (paths below the peer-suites folder), beside
 * its actor and agent dictionaries (Suite.dictionaries).
 */
const SUITE_VERB_DICTIONARIES: Readonly<Record<string, readonly string[]>> = {
  petrarch2: ['petrarch2/PETR.Validate.verbs.txt'],
};

/**
 * A coder that also loads the suite's own PETRARCH dictionaries, imported in memory: actors and agents as an actor
 * dictionary, verbs as event rules tried after Parley's own.
 */
function suiteCoder(suite: Suite): Coder {
  const files = (suite.dictionaries ?? []).map((f) => join(peerDir, f));
  const { dictionary, reports } = importDictionaries(files.map((file) => ({ file, text: readFileSync(file, 'utf8') })));
  const unreadable = reports.flatMap((r) => r.problems.filter((p) => p.severity === 'error').map((p) => `${show(r.file)}:${p.line}`));
  const verbFiles = (SUITE_VERB_DICTIONARIES[suite.name] ?? []).map((f) => join(peerDir, f)).filter((f) => existsSync(f));
  const verbs = importVerbDictionaries(
    verbFiles.map((file) => ({ file, text: readFileSync(file, 'utf8') })),
    (code) => coder.knowledge.ontology.has(code),
  );
  const verbNote = verbs.reports.map((r) => {
    const s = r.stats;
    const bad = r.problems.filter((p) => p.severity === 'error').length;
    return (
      `${show(r.file)}: ${s.verbsConverted} of ${s.verbs} verbs and ${s.patternsConverted} of ${s.patterns} patterns ` +
      `-> ${s.rules} event rules (${bad} lines not converted, mostly codes outside CAMEO such as 345, 9xx, 223)`
    );
  });
  report.notes.push(
    `${suite.name}: coded with its own dictionaries (${files.map(show).join(', ')}): ${dictionary.actors.length} actors, ` +
      `${dictionary.agents.length} agents` +
      (unreadable.length > 0 ? `; unreadable lines skipped: ${unreadable.join(', ')}` : '') +
      (verbNote.length > 0
        ? `; verbs: ${verbNote.join('; ')}, tried after Parley's own lexicon.`
        : '. No verb dictionary: events come from Parley\'s own lexicon.'),
  );
  return createCoder({
    actorDictionaries: [dictionary],
    eventFiles: verbs.reports.length > 0 ? [{ file: verbFiles.join(', '), rules: verbs.rules }] : [],
  });
}

const codes = countryCodes((code) => coder.knowledge.countries.cameoToIso3(code));
const report: EvalReport = { info: runInfo(repoRoot), suites: [], negatives: null, whenWhere: null, notes: [] };
const peerSuites = SUITES.filter((s) => wants(s.name));
const havePeers = existsSync(peerDir);
if (!havePeers && peerSuites.length > 0) {
  console.error('../shared/peer-suites not found: peer suites skipped');
  report.notes.push('../shared/peer-suites not found: peer suites skipped.');
}
for (const suite of havePeers ? peerSuites : []) {
  const path = join(peerDir, suite.file);
  if (!existsSync(path)) {
    report.notes.push(`${suite.name}: ${show(path)} not found: skipped.`);
    continue;
  }
  const { report: r, results } = evaluateSuite(
    suite.dictionaries ? suiteCoder(suite) : coder,
    suite,
    loadCases(suite, path, codes),
    show(path),
    codes,
  );
  report.suites.push(r);
  if (!showDiffs) continue;
  for (const res of results) {
    if (res.split !== diffSplit) continue;
    const diff = renderCaseDiff(res.case, res.split, res.diffs);
    if (diff) console.log(diff);
  }
}

if (wants('negatives')) {
  const path = join(repoRoot, 'test/fixtures/negatives.jsonl');
  if (existsSync(path)) report.negatives = evaluateNegatives(coder, path, show(path));
  else report.notes.push(`${show(path)} not found: local negatives skipped.`);
}

if (wants('when-where')) {
  const path = join(repoRoot, 'eval/suites/when-where.jsonl');
  if (existsSync(path)) {
    report.whenWhere = evaluateWhenWhere(coder, path, show(path));
    if (showDiffs) {
      for (const res of report.whenWhere.results) {
        if (res.split !== diffSplit) continue;
        const diff = renderWhenWhereDiff(res);
        if (diff) console.log(diff);
      }
    }
  } else report.notes.push(`${show(path)} not found: dates and places not scored.`);
}

const text = renderReport(report);
console.log(text);
if (values.suite === undefined && havePeers) {
  writeFileSync(join(repoRoot, 'eval/RESULTS.md'), text);
  console.log(`Written to ${show(join(repoRoot, 'eval/RESULTS.md'))}.`);
} else {
  console.log('eval/RESULTS.md not updated (partial run).');
}
