/**
 * Converts a PETRARCH verb dictionary (read by petrarch-verbs.ts) into Parley event rules, the format of
 * data/lexicon/en/events/*.json (`{"rules": [...]}`, schema in src/knowledge/schemas.ts):
 *
 * - every verb with a code becomes a rule of its own: `<verb>` (all forms, Parley's inflection) or the forms listed
 *   in "{...}"; a multi-word verb keeps its fixed words ("WIRE_+TAP {WIRE_+TAPPED}" -> `wire tap|tapped`); it is a
 *   backoff rule, since without a parser a verb also matches its noun;
 * - every pattern becomes a rule whose verb slot holds every verb of its block: `- * AID [070]` under RUSH and SPEED
 *   -> `<rush>|speed|speeding|sped *3 aid`. "_" (and "{...}") joins consecutive words, a blank becomes a gap of up to
 *   three words, "^" one of up to three more, "$" the source slot `@S`, "+" the target `@T`, "%" a coordinated target
 *   `@T+` with both directions; a slot before the first word is the subject, which Parley finds itself;
 * - "&SET" becomes the alternatives of its one-word members (with regular plurals), and one more rule for each group
 *   of multi-word members that differ in one word only ("cruise|guided missile"); the verb slot likewise;
 * - codes: "042" forward; "050:050" both directions (`direction: "reciprocal"`); ":173" the reverse only (source and
 *   target slots swapped); "042:043" keeps 042 and drops the reversed 043 (a warning); "---" on a pattern is a blocking
 *   rule (`code: null`: those words are no event), on a verb no rule at all.
 *
 * A code that is not in the CAMEO table, an undefined set, or a pattern Parley cannot express is reported with its
 * line and skipped. A line that would become more than `maxRulesPerLine` rules matches its sets loosely (a warning).
 * Ids are `user.<file>.<line>` (`-2`, `-3` for the other rules of a line).
 */
import type { VerbData } from '../events/inflect.js';
import { compilePattern } from '../events/pattern.js';
import { isParleyError } from '../errors.js';
import type { EventRule } from '../knowledge/schemas.js';
import { regularPlural } from './import-agents.js';
import { type ImportProblem, slug, uniqueIds } from './import-problems.js';
import { type PatternPart, type Synset, type VerbCode, parseVerbDictionary } from './petrarch-verbs.js';
import {
  type El,
  type Seq,
  exampleOf,
  factor,
  list,
  loosen,
  phraseSeq,
  render,
  tidy,
  usable,
  verbPhrases,
  wordTokens,
  wordsSeq,
} from './verb-sequences.js';

export { factor, wordTokens };

export interface VerbImportOptions {
  /** Is this a CAMEO event code Parley knows (data/ontology/cameo.json)? */
  knownCode: (code: string) => boolean;
  /** When given, every rule is compiled as the coder will compile it, and a rule that fails is reported. */
  verbs?: VerbData;
  /** Gap for a blank between two words (default 3). */
  blankGap?: number;
  /** Gap for "^", a skipped phrase (default 3). */
  skipGap?: number;
  /** Id prefix (default "user.<file>", the file's name without ".txt" or "verbs"). */
  prefix?: string;
  /**
   * Most rules one line may become (default 128). Beyond it, multi-word set members of one length share their words
   * position by position; a line still beyond it is reported and skipped.
   */
  maxRulesPerLine?: number;
}

export interface VerbImportStats {
  blocks: number;
  /** Verb lines (read or not); of them, converted to a rule, and coding no event on their own ("---"). */
  verbs: number;
  verbsConverted: number;
  verbsWithoutCode: number;
  /** Pattern lines (read or not), and those converted. */
  patterns: number;
  patternsConverted: number;
  synsets: number;
  rules: number;
  /** Every non-comment line of the file. */
  lines: number;
}

export interface VerbImport {
  rules: EventRule[];
  problems: ImportProblem[];
  stats: VerbImportStats;
}

interface CodeChoice {
  code: string | null;
  direction?: 'reciprocal';
  /** Only the reversed event: source and target swap. */
  reversed: boolean;
  /** A second, reversed event that Parley cannot emit beside the first. */
  dropped?: string;
}

function chooseCode(c: VerbCode, knownCode: (code: string) => boolean): CodeChoice | string {
  // event rules take three- and four-digit codes; a root alone ("04") is not one
  const known = (code: string) => /^\d{3,4}$/.test(code) && knownCode(code);
  const bad = (code: string) => `"${code}" in [${c.raw}] is not a CAMEO event code (data/ontology/cameo.json)`;
  if (c.forward === null && c.reverse === null) return { code: null, reversed: false };
  if (c.forward === null) {
    const r = c.reverse ?? '';
    return known(r) ? { code: r, reversed: true } : bad(r);
  }
  if (!known(c.forward)) return bad(c.forward);
  if (c.reverse === null) return { code: c.forward, reversed: false };
  if (c.reverse === c.forward) return { code: c.forward, direction: 'reciprocal', reversed: false };
  return { code: c.forward, reversed: false, dropped: c.reverse };
}

export function importVerbs(content: string, source: string, opts: VerbImportOptions): VerbImport {
  const parsed = parseVerbDictionary(content);
  const problems = [...parsed.problems];
  const blankGap = opts.blankGap ?? 3;
  const skipGap = opts.skipGap ?? 3;
  const maxRules = opts.maxRulesPerLine ?? 128;
  const rules: EventRule[] = [];
  const idFor = uniqueIds();
  const prefix = opts.prefix ?? `user.${slug(source.replace(/\.txt$/i, '').replace(/[._-]?verbs?$/i, ''))}`;
  const stats: VerbImportStats = {
    blocks: parsed.blocks.length,
    verbs: parsed.verbLines,
    verbsConverted: 0,
    verbsWithoutCode: 0,
    patterns: parsed.patternLines,
    patternsConverted: 0,
    synsets: parsed.synsets.size,
    rules: 0,
    lines: parsed.lines,
  };
  const error = (line: number, message: string) => problems.push({ line, severity: 'error', message });
  const droppedSecond: number[] = [];
  const loosened: number[] = [];

  // ---- sets: each becomes its alternatives, one Seq per group of members
  const setSeqs = new Map<string, Seq[] | string>();
  const resolveSet = (name: string, stack: readonly string[]): Seq[] | string => {
    const done = setSeqs.get(name);
    if (done !== undefined) return done;
    if (stack.includes(name)) return `the set ${name} contains itself`;
    const set = parsed.synsets.get(name) as Synset;
    const tuples: string[][] = [];
    const nested: Seq[] = [];
    for (const m of set.members) {
      if (m.words[0]?.startsWith('&')) {
        const ref = splitSetRef(m.words[0]);
        if (!ref || ref.rest.length > 0) return `the set ${m.words[0]} (line ${m.line}) is not defined`;
        const inner = resolveSet(ref.name, [...stack, name]);
        if (typeof inner === 'string') return inner;
        nested.push(...inner);
        continue;
      }
      const tokens = m.words.flatMap(wordTokens);
      if (!tokens.every(usable)) return `a word of the member on line ${m.line} cannot be written in a Parley pattern`;
      tuples.push(tokens);
      // a noun's regular plural, unless the word already looks plural ("DOLLARS")
      const last = tokens[tokens.length - 1] ?? '';
      if (m.plural && /^[a-z]+$/.test(last) && !/[^s]s$/.test(last)) {
        tuples.push([...tokens.slice(0, -1), regularPlural(last)]);
      }
    }
    const seqs: Seq[] = [
      ...factor(tuples).map((alts) => alts.map((a): El => ({ kind: 'words', alts: a }))),
      ...nested,
    ];
    const out = seqs.length > 0 ? seqs : `the set ${name} has no members`;
    setSeqs.set(name, out);
    return out;
  };
  /** "&TIETYPES_MEMOS" -> the set &TIETYPES and the word MEMOS: the longest defined set name, then words. */
  const splitSetRef = (ref: string): { name: string; rest: string[] } | null => {
    const pieces = ref.split('_');
    for (let n = pieces.length; n >= 1; n--) {
      const name = pieces.slice(0, n).join('_');
      if (parsed.synsets.has(name)) return { name, rest: pieces.slice(n).filter(Boolean) };
    }
    return null;
  };

  const emit = (line: number, seqs: Seq[], make: (seq: Seq, pattern: string) => Omit<EventRule, 'id'>): boolean => {
    const patterns = new Map<string, Seq>();
    for (const s of seqs) {
      const t = tidy(s);
      if (t[0]?.kind !== 'words') {
        error(line, 'the pattern does not start with a word (Parley indexes rules by their first word)');
        return false;
      }
      patterns.set(render(t), t);
    }
    if (patterns.size > maxRules) {
      error(line, `the line would become ${patterns.size} rules; the limit is ${maxRules}`);
      return false;
    }
    const made: EventRule[] = [];
    for (const [pattern, seq] of patterns) {
      const rule = { id: idFor(`${prefix}.${line}`), ...make(seq, pattern) };
      if (opts.verbs) {
        try {
          compilePattern(rule.id, rule.pattern, opts.verbs, source);
        } catch (e) {
          if (!isParleyError(e)) throw e;
          error(line, e.message);
          return false;
        }
      }
      made.push(rule);
    }
    rules.push(...made);
    return true;
  };

  /** A pattern's parts -> every Seq it stands for (sets and multi-word verbs multiply them), or an error. */
  function patternSeqs(
    parts: readonly PatternPart[],
    choice: CodeChoice,
    verbChoices: Seq[],
  ): { seqs: Seq[]; reciprocal: boolean; subject: string; loose: boolean } | string {
    let items = parts.map((p) => {
      if (!choice.reversed) return p;
      if (p.item.kind === 'source') return { ...p, item: { kind: 'target' as const } };
      if (p.item.kind === 'target') return { ...p, item: { kind: 'source' as const } };
      return p;
    });
    const isSlot = (k: string) => k === 'source' || k === 'target' || k === 'compound' || k === 'skip';
    // a reversed code with no named object: the object after the verb is the source
    if (choice.reversed && !items.some((p) => p.item.kind === 'source') && !items.some((p) => p.item.kind === 'compound')) {
      items = [...items, { item: { kind: 'source' }, join: 'gap' }];
    }
    // slots before the first word are the subject, which Parley finds on its own
    const firstWord = items.findIndex((p) => !isSlot(p.item.kind));
    const leading = new Set(items.slice(0, firstWord).map((p) => p.item.kind));
    const rest = items.slice(firstWord);
    const count = (k: string) => rest.filter((p) => p.item.kind === k).length;
    const [sources, targets, compounds] = [count('source'), count('target'), count('compound')];
    if (choice.code !== null) {
      if (leading.has('source') && leading.has('target')) return 'both "$" and "+" come before the first word';
      if (sources > 1 || targets > 1 || compounds > 1) return 'Parley patterns name one source ("$") and one target ("+")';
      if (leading.has('source') && sources > 0) return 'two sources ("$")';
      if (leading.has('target') && (targets > 0 || sources === 0)) {
        return (
          'the subject is the target ("+" before the first word) but no "$" after it names the source; Parley ' +
          'takes the subject as the source'
        );
      }
      if (compounds > 0 && targets > 0) return 'a compound actor ("%") and a target ("+") after the verb';
    }
    const reciprocal = choice.direction === 'reciprocal' || leading.has('compound') || compounds > 0;
    // build: each position is a choice of Seqs, joined by gaps where the dictionary has a blank
    let positions: Seq[][] = [];
    for (const [i, p] of rest.entries()) {
      if (i > 0 && p.join === 'gap') positions.push([[{ kind: 'gap', max: blankGap }]]);
      const it = p.item;
      switch (it.kind) {
        case 'word': {
          const s = wordsSeq([it.text]);
          if (typeof s === 'string') return s;
          positions.push([s]);
          break;
        }
        case 'synset': {
          const ref = splitSetRef(it.name);
          if (!ref) return `the set ${it.name} is not defined`;
          const seqs = resolveSet(ref.name, []);
          if (typeof seqs === 'string') return seqs;
          positions.push(seqs);
          if (ref.rest.length > 0) {
            const s = wordsSeq(ref.rest);
            if (typeof s === 'string') return s;
            positions.push([s]);
          }
          break;
        }
        case 'verb':
          positions.push(verbChoices);
          break;
        case 'source':
          positions.push([[{ kind: 'slot', text: '@S' }]]);
          break;
        case 'target':
          positions.push([[{ kind: 'slot', text: '@T' }]]);
          break;
        case 'compound':
          positions.push([[{ kind: 'slot', text: '@T+' }]]);
          break;
        case 'skip':
          positions.push([[{ kind: 'gap', max: skipGap }]]);
          break;
      }
    }
    const product = (ps: Seq[][]) => ps.reduce((n, choices) => n * choices.length, 1);
    let loose = false;
    if (product(positions) > maxRules) {
      // too many rules: let the members of each length share their words position by position
      const total = product(positions);
      positions = positions.map((choices) => (choices.length > 1 ? loosen(choices) : choices));
      loose = true;
      if (product(positions) > maxRules) {
        return `the pattern would become ${total} rules (its sets have many multi-word members); the limit is ${maxRules}`;
      }
    }
    let seqs: Seq[] = [[]];
    for (const choices of positions) seqs = seqs.flatMap((s) => choices.map((c) => [...s, ...c]));
    const hasS = rest.some((p) => p.item.kind === 'source');
    const hasT = rest.some((p) => p.item.kind === 'target' || p.item.kind === 'compound');
    const subject = reciprocal && !hasT ? 'A and B' : hasS && !hasT ? 'B' : 'A';
    return { seqs, reciprocal, subject, loose };
  }

  for (const block of parsed.blocks) {
    // ---- the block's verbs: their own rules, and the verb slot of its patterns
    const verbTuples: string[][] = [];
    const blockCode = chooseCode(block.code, opts.knownCode);
    if (typeof blockCode === 'string' && block.verbs.some((v) => v.code === null)) {
      error(block.line, `${blockCode}; the block's verbs without a code of their own give no event`);
    }
    for (const v of block.verbs) {
      const phrases = verbPhrases(v);
      if (typeof phrases === 'string') {
        error(v.line, phrases);
        continue;
      }
      for (const p of phrases) for (const a of p.alts) verbTuples.push([...p.before, a, ...p.after]);
      const choice = v.code === null ? blockCode : chooseCode(v.code, opts.knownCode);
      if (typeof choice === 'string') {
        if (v.code !== null) error(v.line, choice);
        continue;
      }
      if (choice.code === null) {
        stats.verbsWithoutCode++;
        continue;
      }
      if (choice.dropped) droppedSecond.push(v.line);
      const code = choice.code;
      const seqs = phrases.map((p) => {
        const s = phraseSeq(p);
        return choice.reversed ? [...s, { kind: 'gap', max: blankGap } as El, { kind: 'slot', text: '@S' } as El] : s;
      });
      const ok = emit(v.line, seqs, (seq, pattern) => ({
        pattern,
        code,
        ...(choice.direction ? { direction: choice.direction } : {}),
        // without a parser a verb alone also matches its noun ("aid", "visit"): it speaks only when no other rule
        // codes an event in the sentence, as PETRARCH codes a verb's own code only when none of its patterns matches
        backoff: true,
        // PETRARCH codes a verb's own code against its object: a verb with nothing after it is no event
        needs_target: true,
        reason:
          `From ${source}:${v.line}, verb block ${block.name}: the verb alone codes ${code}` +
          `${choice.reversed ? ' (from the object to the subject)' : ''} against its object; used when no other rule ` +
          'codes the sentence.',
        example: `${exampleOf(seq, choice.reversed ? 'B' : 'A').slice(0, -1)} ${choice.reversed ? 'A' : 'B'}.`,
      }));
      if (ok) stats.verbsConverted++;
    }
    // the verb slot of the block's patterns: every verb, multi-word ones factored like set members
    const verbChoices: Seq[] = factor(verbTuples).map((alts) => alts.map((a): El => ({ kind: 'words', alts: a })));

    // ---- the block's patterns
    for (const p of block.patterns) {
      if (verbChoices.length === 0) {
        error(p.line, 'the block has no verb that could be read');
        continue;
      }
      const choice = chooseCode(p.code, opts.knownCode);
      if (typeof choice === 'string') {
        error(p.line, choice);
        continue;
      }
      const seqs = patternSeqs(p.parts, choice, verbChoices);
      if (typeof seqs === 'string') {
        error(p.line, seqs);
        continue;
      }
      if (choice.dropped) droppedSecond.push(p.line);
      if (seqs.loose) loosened.push(p.line);
      const ok = emit(p.line, seqs.seqs, (seq, pattern) => ({
        pattern,
        code: choice.code,
        ...(seqs.reciprocal ? { direction: 'reciprocal' as const } : {}),
        reason:
          `From ${source}:${p.line}, verb block ${block.name}: "${p.text.replace(/\s+/g, ' ')}"` +
          (choice.code === null ? ' (no event: these words block other rules).' : '.'),
        example: exampleOf(seq, seqs.subject),
      }));
      if (ok) stats.patternsConverted++;
    }
  }
  if (droppedSecond.length > 0) {
    problems.push({
      line: 0,
      severity: 'warning',
      message:
        `${droppedSecond.length} line(s) give two codes ("[042:043]": a second event from the target back to the source); ` +
        `Parley emits one event per match and keeps the first code (lines ${list(droppedSecond)})`,
    });
  }
  if (loosened.length > 0) {
    problems.push({
      line: 0,
      severity: 'warning',
      message:
        `${loosened.length} pattern(s) would become more than ${maxRules} rules (sets with many multi-word members): ` +
        `their multi-word members of one length share their words position by position, so the rules also match ` +
        `mixtures of those members (lines ${list(loosened)})`,
    });
  }
  stats.rules = rules.length;
  problems.sort((a, b) => a.line - b.line);
  return { rules, problems, stats };
}
