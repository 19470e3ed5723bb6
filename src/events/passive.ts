/**
 * The passive of an active event rule, derived once at load time: a rule whose pattern is a verb followed by its
 * object ("<attack> @T+") also reads "Kenya was attacked by Somalia" — the agent after "by" is the source and the
 * subject of the clause the target. English forms the passive of any transitive verb this way, so the lexicon need
 * not spell each one out; rules that already name their source (@S), are nouns (nominal) or need words after the
 * object ("<hold> @T responsible") get none.
 */
import type { PatternElement } from './pattern.js';
import type { CompiledEventRule } from './lexicon.js';

/** Words that end a past participle's passive reading: "was attacked by". */
const BY_WORDS: ReadonlySet<string> = new Set(['by']);
const BY: PatternElement = { kind: 'word', words: BY_WORDS, optional: false };
const AGENT: PatternElement = { kind: 'slot', role: 'S', list: true, optional: false };

export function passiveOf(rule: CompiledEventRule, irregularParticiples: ReadonlySet<string>): CompiledEventRule | null {
  if (rule.code === null || rule.nominal || rule.direction === 'among' || rule.hasSource) return null;
  const verb = rule.compiled.elements[0];
  const object = rule.compiled.elements[1];
  if (!verb || verb.kind !== 'word' || verb.optional) return null;
  if (!object || object.kind !== 'slot' || object.role !== 'T') return null;
  // "<hold> @T responsible for": a rule whose meaning needs words after the object has no bare passive ("the talks
  // were held by Egypt" is not holding anyone responsible)
  const needed = (e: PatternElement) => e.kind !== 'gap' && !((e.kind === 'word' || e.kind === 'slot') && e.optional);
  if (rule.compiled.elements.slice(2).some(needed)) return null;
  const forms: ReadonlySet<string> = verb.words;
  const participles = new Set([...forms].filter((w) => w.endsWith('ed') || irregularParticiples.has(w)));
  if (participles.size === 0) return null;
  const first: PatternElement = { kind: 'word', words: participles, optional: false };
  return {
    ...rule,
    id: `${rule.id}.passive`,
    pattern: `${[...participles].join('|')} by @S+`,
    compiled: { elements: [first, BY, AGENT], anchors: participles, required: [BY_WORDS] },
    hasSource: true,
    hasTarget: false,
    requiredIds: [],
  };
}
