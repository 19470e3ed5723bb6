/**
 * The event lexicon compiled for matching: every rule's pattern compiled once, indexed by the words that can start
 * it, and every code checked against the CAMEO table at load time.
 */
import { ParleyError } from '../errors.js';
import type { Ontology } from '../knowledge/ontology.js';
import { EVENT_LEXICON_DIR, type EventRuleFile } from '../knowledge/event-files.js';
import type { EventRule } from '../knowledge/schemas.js';
import type { VerbData } from './inflect.js';
import { passiveOf } from './passive.js';
import { type CompiledPattern, compilePattern } from './pattern.js';

export interface CompiledEventRule extends EventRule {
  readonly compiled: CompiledPattern;
  /** The data file the rule comes from (relative to the data directory). */
  readonly file: string;
  /** Position in the lexicon: earlier rules win ties. */
  readonly order: number;
  readonly hasSource: boolean;
  readonly hasTarget: boolean;
  /** Ids of the rule's required word sets (see LexiconWord). */
  readonly requiredIds: readonly number[];
}

export interface EventLexicon {
  readonly rules: readonly CompiledEventRule[];
  /** For each word: the rules it starts and the required word sets it is in, so matching looks a token up once. */
  readonly words: ReadonlyMap<string, LexiconWord>;
  /** How many distinct required word sets there are (their ids are 0 .. requiredSets - 1). */
  readonly requiredSets: number;
}

/**
 * The prefilter: every distinct required word set of the rules (after the anchor) has an id, and a sentence
 * satisfies a set when one of its words lists it. Sets holding a common word ("to", "the", "with") are left out:
 * nearly every sentence satisfies them.
 */
export interface LexiconWord {
  /** Rules that start with the word. */
  readonly rules: readonly CompiledEventRule[] | undefined;
  /** Required word sets the word is in. */
  readonly sets: readonly number[] | undefined;
}

export function compileEventLexicon(
  files: readonly EventRuleFile[],
  verbs: VerbData,
  ontology: Ontology,
  commonWords: ReadonlySet<string>,
): EventLexicon {
  const compiled: CompiledEventRule[] = [];
  const setIds = new Map<string, number>();
  const requiredByWord = new Map<string, number[]>();
  const idOf = (set: ReadonlySet<string>): number => {
    const key = [...set].sort().join('|');
    let id = setIds.get(key);
    if (id === undefined) {
      id = setIds.size;
      setIds.set(key, id);
      for (const w of set) {
        const list = requiredByWord.get(w);
        if (list) list.push(id);
        else requiredByWord.set(w, [id]);
      }
    }
    return id;
  };
  const byAnchor = new Map<string, CompiledEventRule[]>();
  const ids = new Set<string>();
  const participles = new Set(Object.values(verbs.irregular).map((forms) => forms[1]));
  // Parley's files are named relative to data/, a user's by their own path
  const where = (f: EventRuleFile) => (f.file.startsWith(EVENT_LEXICON_DIR) ? `data/${f.file}` : f.file);
  const rules = files.flatMap((f) => f.rules.map((rule) => ({ rule, file: where(f) })));
  rules.forEach(({ rule, file }, order) => {
    if (ids.has(rule.id)) {
      throw new ParleyError('lexicon.duplicate-id', `rule id ${rule.id} is used twice (in this file or an earlier one).`, {
        file,
        hint: "Give every rule its own id (a user's ids must differ from Parley's; imported ids start with user.<file>).",
      });
    }
    ids.add(rule.id);
    if (rule.code !== null && !ontology.has(rule.code)) {
      throw new ParleyError('lexicon.unknown-code', `rule ${rule.id}: CAMEO code ${rule.code} is not in the CAMEO table.`, {
        file,
        hint: 'Use a code from data/ontology/cameo.json; `parley dict import` skips such lines of a PETRARCH dictionary.',
      });
    }
    const pattern = compilePattern(rule.id, rule.pattern, verbs, file);
    const c: CompiledEventRule = {
      ...rule,
      compiled: pattern,
      file,
      order,
      hasSource: pattern.elements.some((e) => e.kind === 'slot' && e.role === 'S'),
      hasTarget: pattern.elements.some((e) => e.kind === 'slot' && e.role === 'T'),
      requiredIds: pattern.required.filter((set) => ![...set].some((w) => commonWords.has(w))).map(idOf),
    };
    compiled.push(c);
    const passive = passiveOf(c, participles);
    if (passive) compiled.push(passive);
  });
  for (const c of compiled) {
    for (const a of c.compiled.anchors) {
      const list = byAnchor.get(a);
      if (list) list.push(c);
      else byAnchor.set(a, [c]);
    }
  }
  const words = new Map<string, LexiconWord>();
  for (const w of new Set([...byAnchor.keys(), ...requiredByWord.keys()])) {
    words.set(w, { rules: byAnchor.get(w), sets: requiredByWord.get(w) });
  }
  return { rules: compiled, words, requiredSets: setIds.size };
}
