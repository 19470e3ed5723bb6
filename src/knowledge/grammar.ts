/**
 * English function words the parser leans on (data/lexicon/en/grammar.json): determiners, premodifiers, object
 * prepositions, list separators, quantity nouns, group references. Compiled once into sets.
 */
import { z } from 'zod';

const words = z.object({ reason: z.string().min(1), words: z.array(z.string().min(1)) });
export const grammarFileSchema = z.object({
  determiners: words,
  possessives: words,
  premodifiers: words,
  slot_skippable: words,
  quantifiers: words,
  list_separators: z.object({ reason: z.string().min(1), sequences: z.array(z.array(z.string().min(1)).min(1)) }),
  group_openers: words,
  object_prepositions: words,
  quantity_heads: words,
  subject_pronouns: words,
  place_modifiers: words,
  clause_verbs: words,
  complement_ends: words,
  hyphen_participles: words,
  number_words: words,
  ing_nouns: words,
  gerund_charges: words,
  envoy_titles: words,
  weapon_modifiers: words,
  directive_words: words,
  partitive_heads: words,
  group_reference: z.object({
    reason: z.string().min(1),
    pair_heads: z.array(z.string()),
    group_heads: z.array(z.string()),
    determiners: z.array(z.string()),
    foreign: z.array(z.string()),
  }),
});
export type GrammarFile = z.infer<typeof grammarFileSchema>;

export interface Grammar {
  readonly determiners: ReadonlySet<string>;
  readonly possessives: ReadonlySet<string>;
  readonly premodifiers: ReadonlySet<string>;
  /** Everything an actor slot may step over: determiners, possessives, premodifiers and slot_skippable words. */
  readonly slotSkippable: ReadonlySet<string>;
  readonly quantifiers: ReadonlySet<string>;
  readonly listSeparators: readonly (readonly string[])[];
  readonly groupOpeners: ReadonlySet<string>;
  readonly objectPrepositions: ReadonlySet<string>;
  readonly quantityHeads: ReadonlySet<string>;
  readonly subjectPronouns: ReadonlySet<string>;
  readonly placeModifiers: ReadonlySet<string>;
  /** Words where the search for a verb's complement target stops: ";", "which", "after". */
  readonly complementEnds: ReadonlySet<string>;
  /** Verbs of saying and thinking: what follows them is a clause with its own subject. */
  readonly clauseVerbs: ReadonlySet<string>;
  /** Time words and adverbs that may stand inside a verb group: "threatened on Monday to". */
  readonly adjuncts: ReadonlySet<string>;
  /** Numbers written as words: "twelve", "a dozen". */
  readonly numberWords: ReadonlySet<string>;
  /** Words in -ing that are not participles: "morning", "during". */
  readonly ingNouns: ReadonlySet<string>;
  /** Prepositions before a gerund that names a charge: "accused X of killing". */
  readonly gerundCharges: ReadonlySet<string>;
  /** Title heads that take "to" + a country: "ambassador to France". */
  readonly envoyTitles: ReadonlySet<string>;
  /** Words of asking or urging: the infinitive after them is what was asked for ("urged Turkey to halt"). */
  readonly directiveWords: ReadonlySet<string>;
  /** Nouns between a demonym and a nominal attack: "Israeli tank shelling". */
  readonly weaponModifiers: ReadonlySet<string>;
  /** Second parts of hyphenated participles used as adjectives: "government-held" ends in "held". */
  readonly hyphenParticiples: ReadonlySet<string>;
  /** Nouns naming a part or place of an actor before "of": "part of Syria", "the outskirts of Kabul". */
  readonly partitiveHeads: ReadonlySet<string>;
  readonly pairHeads: ReadonlySet<string>;
  readonly groupHeads: ReadonlySet<string>;
  readonly groupDeterminers: ReadonlySet<string>;
  readonly foreign: ReadonlySet<string>;
}

export function compileGrammar(g: GrammarFile): Grammar {
  return {
    determiners: new Set(g.determiners.words),
    possessives: new Set(g.possessives.words),
    premodifiers: new Set(g.premodifiers.words),
    slotSkippable: new Set([
      ...g.determiners.words,
      ...g.possessives.words,
      ...g.premodifiers.words,
      ...g.slot_skippable.words,
    ]),
    quantifiers: new Set(g.quantifiers.words),
    listSeparators: g.list_separators.sequences,
    groupOpeners: new Set(g.group_openers.words),
    objectPrepositions: new Set(g.object_prepositions.words),
    quantityHeads: new Set(g.quantity_heads.words),
    subjectPronouns: new Set(g.subject_pronouns.words),
    placeModifiers: new Set(g.place_modifiers.words),
    clauseVerbs: new Set(g.clause_verbs.words),
    complementEnds: new Set(g.complement_ends.words),
    hyphenParticiples: new Set(g.hyphen_participles.words),
    numberWords: new Set(g.number_words.words),
    adjuncts: new Set(g.slot_skippable.words),
    ingNouns: new Set(g.ing_nouns.words),
    gerundCharges: new Set(g.gerund_charges.words),
    envoyTitles: new Set(g.envoy_titles.words),
    weaponModifiers: new Set(g.weapon_modifiers.words),
    directiveWords: new Set(g.directive_words.words),
    partitiveHeads: new Set(g.partitive_heads.words),
    pairHeads: new Set(g.group_reference.pair_heads),
    groupHeads: new Set(g.group_reference.group_heads),
    groupDeterminers: new Set(g.group_reference.determiners),
    foreign: new Set(g.group_reference.foreign),
  };
}

/** "government-held", "Iran-backed": a hyphenated participle used as an adjective. */
export function isHyphenParticiple(g: Grammar, norm: string): boolean {
  const dash = norm.lastIndexOf('-');
  return dash > 0 && g.hyphenParticiples.has(norm.slice(dash + 1));
}
