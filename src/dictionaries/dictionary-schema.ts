/**
 * Parley's actor dictionary: a user's own actors and agents, in JSON (or YAML), validated when loaded. `parley dict
 * import` writes it from PETRARCH/TABARI dictionaries; users may also write it by hand. Schema in
 * data/schemas/actor-dictionary.schema.json; format described in docs/dictionaries.md.
 */
import { z } from 'zod';
import { isoDateSchema } from '../knowledge/leader-schema.js';

const id = z
  .string()
  .regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/, 'ids are dotted lower-case paths such as "dict.phoenix.hamid-karzai"');

/**
 * A CAMEO actor code: country or group code and role codes, 3 letters each ("AFGGOV", "IGOUNO", "---GOV"); a
 * compound actor lists several with "/" ("FRO/BIL/SAM": the phrase names three actors).
 */
const actorCode = z
  .string()
  .regex(/^[A-Z0-9-]{3,30}(?:\/[A-Z0-9-]{3,30})*$/, 'codes are CAMEO actor codes such as "AFGGOV" (or "A/B" for a compound)');

export const datedCodeSchema = z
  .object({
    code: actorCode,
    /** First day the code applies, or null: no lower limit. */
    from: isoDateSchema.nullable(),
    /** Last day the code applies (included), or null: no upper limit. */
    to: isoDateSchema.nullable(),
  })
  .strict()
  .refine((c) => c.from === null || c.to === null || c.from <= c.to, { message: 'to is before from', path: ['to'] });

export const dictActorSchema = z
  .object({
    id,
    /** Every name of the actor as the press writes it; matched as whole words, case-insensitively. */
    names: z.array(z.string().min(1)).min(1),
    /**
     * The codes, tried in order: the first whose dates cover the article's date wins; an undated code is the default
     * when no dated one applies. No applicable code means the phrase names no actor on that date.
     */
    codes: z.array(datedCodeSchema).min(1),
    /** Where the entry came from ("Phoenix.Countries.actors.txt:45"), for debugging. */
    source: z.string().optional(),
  })
  .strict();
export type DictActor = z.infer<typeof dictActorSchema>;

export const dictAgentSchema = z
  .object({
    id,
    /** Singular and plural forms: "farmer", "farmers". */
    names: z.array(z.string().min(1)).min(1),
    /** Role codes the agent adds: "GOV", "GOVMED", "AGR". */
    code: z.string().regex(/^[A-Z0-9]{3,27}$/, 'agent codes are CAMEO role codes such as "GOV" or "GOVMED"'),
    /** "after": the code follows the actor's ("RUS" + "MIL"); "before": it precedes it ("IGO" + "RUS"). */
    position: z.enum(['after', 'before']),
    source: z.string().optional(),
  })
  .strict();
export type DictAgent = z.infer<typeof dictAgentSchema>;

export const ACTOR_DICTIONARY_FORMAT = 'parley-actor-dictionary/1';

export const actorDictionarySchema = z
  .object({
    format: z.literal(ACTOR_DICTIONARY_FORMAT),
    /** Where the entries come from and under which licence. */
    notice: z.string().optional(),
    actors: z.array(dictActorSchema),
    agents: z.array(dictAgentSchema),
  })
  .strict();
export type ActorDictionary = z.infer<typeof actorDictionarySchema>;
