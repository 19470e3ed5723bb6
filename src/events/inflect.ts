/**
 * All forms of an English verb, for `<verb>` slots in event patterns: base, 3rd person -s, past, past participle,
 * -ing. Irregular forms and consonant doubling come from data/lexicon/en/verbs.json.
 */
import { z } from 'zod';

export const verbDataSchema = z.object({
  reason: z.string(),
  irregular: z.record(z.string(), z.tuple([z.string(), z.string()])),
  double_final: z.array(z.string()),
  double_final_british: z.array(z.string()),
});
export type VerbData = z.infer<typeof verbDataSchema>;

const VOWEL = /[aeiouy]/;

export function verbForms(base: string, data: VerbData): string[] {
  const b = base.toLowerCase();
  const forms = new Set<string>([b]);
  // third person singular
  if (/(s|sh|ch|x|z|o)$/.test(b)) forms.add(`${b}es`);
  else if (/[^aeiou]y$/.test(b)) forms.add(`${b.slice(0, -1)}ies`);
  else forms.add(`${b}s`);
  // -ing
  const doubled = data.double_final.includes(b) ? b + b.slice(-1) : null;
  if (doubled) forms.add(`${doubled}ing`);
  else if (/ie$/.test(b)) forms.add(`${b.slice(0, -2)}ying`);
  else if (/[^aeiouy]e$/.test(b) && b !== 'be') forms.add(`${b.slice(0, -1)}ing`);
  else forms.add(`${b}ing`);
  // past and past participle
  const irregular = data.irregular[b];
  if (irregular) {
    forms.add(irregular[0]);
    forms.add(irregular[1]);
    if (b === 'be') for (const f of ['am', 'is', 'are', 'were', 'being']) forms.add(f);
  } else if (doubled) forms.add(`${doubled}ed`);
  else if (/e$/.test(b)) forms.add(`${b}d`);
  else if (/[^aeiou]y$/.test(b)) forms.add(`${b.slice(0, -1)}ied`);
  else forms.add(`${b}ed`);
  if (data.double_final_british.includes(b)) {
    const d = b + b.slice(-1);
    forms.add(`${d}ed`);
    forms.add(`${d}ing`);
  }
  if (!VOWEL.test(b)) return [b];
  return [...forms];
}
