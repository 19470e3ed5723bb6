/**
 * Schemas of the place data: the facts in data/places/ (aliases, regions, landmarks; the gazetteer itself is a TSV,
 * see gazetteer-file.ts) and the English place grammar in data/lexicon/en/places.json.
 */
import { z } from 'zod';

const iso3 = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code');
const ruleId = z.string().regex(/^[a-z]{2}\.[a-z0-9.-]+$/, 'a rule id such as "en.place.preposition"');

export const placeAliasesFileSchema = z.strictObject({
  reason: z.string().min(1),
  aliases: z.array(z.strictObject({ alias: z.string().min(1), name: z.string().min(1), country: iso3 })),
});

export const regionsFileSchema = z.strictObject({
  reason: z.string().min(1),
  regions: z.array(
    z
      .strictObject({
        name: z.string().min(1),
        country: iso3,
        /** GeoNames admin1 code of the division ("TX", "GZ"). */
        admin: z.string().min(1).optional(),
        /** Name of a gazetteer place in the division (its seat), when the admin1 code is not given. */
        seat: z.string().min(1).optional(),
        aliases: z.array(z.string().min(1)).default([]),
      })
      .refine((r) => (r.admin === undefined) !== (r.seat === undefined), 'give exactly one of "admin" or "seat"'),
  ),
});

export const landmarksFileSchema = z.strictObject({
  reason: z.string().min(1),
  landmarks: z.array(
    z.strictObject({
      name: z.string().min(1),
      aliases: z.array(z.string().min(1)),
      country: iso3,
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
    }),
  ),
});

const wordRule = z.strictObject({ id: ruleId, reason: z.string().min(1), words: z.array(z.string().min(1)).min(1) });
const phraseRule = z.strictObject({ id: ruleId, reason: z.string().min(1), phrases: z.array(z.string().min(1)).min(1) });

export const placeGrammarFileSchema = z.strictObject({
  prepositions: phraseRule,
  destination: phraseRule.extend({ codes: z.array(z.string().regex(/^\d{2,4}$/)).min(1) }),
  descriptors: wordRule,
  admin_suffixes: wordRule,
  modifier_heads: wordRule,
  name_particles: wordRule,
  qualifier: z.strictObject({ id: ruleId, reason: z.string().min(1), separator: z.string().min(1) }),
  small_place: z.strictObject({ id: ruleId, reason: z.string().min(1), min_population: z.number().int().min(0) }),
});

export type RegionsFile = z.output<typeof regionsFileSchema>;
export type LandmarksFile = z.output<typeof landmarksFileSchema>;
export type PlaceAliasesFile = z.output<typeof placeAliasesFileSchema>;
export type PlaceGrammarFile = z.output<typeof placeGrammarFileSchema>;
