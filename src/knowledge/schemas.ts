/**
 * Schemas of Parley's data files (data/**). Every file is validated when loaded; `npm run data:build` also writes
 * them as JSON Schema under data/schemas/ for editors and other tools.
 */
import { z } from 'zod';

const ruleId = z
  .string()
  .regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/, 'rule ids are dotted lower-case paths such as "en.visit.pay-visit"');

export const cameoCodeSchema = z.object({
  code: z.string().regex(/^\d{2,4}$/),
  name: z.string().min(1),
  root: z.string().regex(/^\d{2}$/),
  goldstein: z.number().min(-10).max(10),
  quad_class: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  plover: z
    .object({
      type: z.string().min(1),
      mode: z.string().nullable(),
      context: z.string().nullable(),
    })
    .nullable(),
});
export type CameoCode = z.infer<typeof cameoCodeSchema>;

export const cameoFileSchema = z.object({
  notice: z.string(),
  codes: z.array(cameoCodeSchema).min(1),
});

export const ploverFileSchema = z.object({
  notice: z.string(),
  types: z.array(
    z.object({
      type: z.string(),
      description: z.string(),
      modes: z.array(z.object({ mode: z.string(), description: z.string() })),
    }),
  ),
});
export type PloverFile = z.infer<typeof ploverFileSchema>;

export const countrySchema = z.object({
  /** ISO 3166-1 alpha-3 */
  iso3: z.string().regex(/^[A-Z]{3}$/),
  /** CAMEO country code (mostly equal to iso3) */
  cameo: z.string().regex(/^[A-Z]{3}$/),
  /** FIPS 10-4, for GDELT's geo columns */
  fips: z.string().nullable(),
  /** ISO 3166-1 alpha-2 */
  iso2: z.string().nullable(),
  name: z.string(),
  /** Every name that denotes the country itself: "Viet Nam", "Việt Nam", "Vietnam". */
  names: z.array(z.string()),
  /** Adjectives and demonyms: "Vietnamese". */
  demonyms: z.array(z.string()),
  capitals: z.array(z.string()),
  /** Major cities: used as metonyms only when listed in `metonyms`, and as places. */
  cities: z.array(z.string()),
  /** Seats of government that stand for the government: "the Kremlin", "the White House". */
  seats: z.array(z.string()),
});
export type Country = z.infer<typeof countrySchema>;
export const countriesFileSchema = z.object({ notice: z.string(), countries: z.array(countrySchema) });

export const organisationSchema = z.object({
  id: ruleId,
  names: z.array(z.string()).min(1),
  /** Full CAMEO actor code, e.g. IGOUNO, NGOAMN, PSEREBHMS */
  code: z.string().regex(/^[A-Z0-9-]{3,15}$/),
  country: z.string().regex(/^[A-Z]{3}$/).nullable(),
  role: z.string().nullable(),
  reason: z.string(),
});
export type Organisation = z.infer<typeof organisationSchema>;
export const organisationsFileSchema = z.object({ notice: z.string().optional(), organisations: z.array(organisationSchema) });

/**
 * A role rule: a title ("Prime Minister"), an agent noun ("troops") or an institution ("the State Duma") and the
 * CAMEO role it gives. `kind: "title"` precedes a name ("President Vladimir Putin"); `kind: "agent"` stands alone
 * ("Russian troops"); `kind: "institution"` heads an organisation name and gives its role to a generic title
 * ("Chairman of the State Duma" -> LEG). `role: null` marks a generic title whose role comes from the institution.
 */
export const roleRuleSchema = z.object({
  id: ruleId,
  pattern: z.string().min(1),
  /** A CAMEO role code ("GOV"); imported agents may give several ("GOVMED"). */
  role: z
    .string()
    .regex(/^(?:[A-Z]{3})+$/)
    .nullable(),
  kind: z.enum(['title', 'agent', 'institution']),
  /** An agent noun that is also an adjective ("official"): an actor only after a country modifier. */
  modifier_required: z.boolean().optional(),
  /** For titles: the person leads (head of state, party leader) rather than serves; used for coreference. */
  leader: z.boolean().optional(),
  /** The role code goes before the country code (PETRARCH's "[NGO~]" agents): peacekeepers of Ghana = IGOGHA. */
  code_before: z.boolean().optional(),
  reason: z.string().min(1),
  example: z.string().min(1),
});
export type RoleRule = z.infer<typeof roleRuleSchema>;
const roleCode = z.string().regex(/^[A-Z]{3}$/);
const ruleWords = z.object({
  id: ruleId,
  reason: z.string().min(1),
  words: z.array(z.string().min(1)),
  example: z.string().min(1),
});
export type GroupModifiersData = z.infer<typeof rolesFileSchema>['group_modifiers'];
export const rolesFileSchema = z.object({
  /** Countries where the ruling party's leaders act as the government (CAMEO codes them GOV, not PTY). */
  one_party_states: z.object({ reason: z.string(), countries: z.array(z.string().regex(/^[A-Z]{3}$/)) }),
  /** Nouns that make a demonym name a team, product or market rather than an actor ("the Turkish national team"). */
  non_actor_heads: z.object({ reason: z.string(), words: z.array(z.string()) }),
  /** Words around a group noun that say whose it is: "Saudi-led", "Iran-backed", "UK-based", "ethnic", "of President X". */
  group_modifiers: z.object({
    hyphen_led: ruleWords,
    hyphen_backed: ruleWords,
    hyphen_based: ruleWords.extend({ group_nouns: z.array(z.string().min(1)), group_role: roleCode }),
    ethnic: ruleWords.extend({ role: roleCode }),
    body_of_leader: z.object({ id: ruleId, reason: z.string().min(1), roles: z.array(roleCode), example: z.string().min(1) }),
    noun_modifier: z.object({
      id: ruleId,
      reason: z.string().min(1),
      not_nouns: z.array(z.string().min(1)),
      example: z.string().min(1),
    }),
  }),
  /** Two group nouns in a row ("opposition activists"): one group; `head_roles` keep the second noun's role. */
  compound_groups: z.object({
    id: ruleId,
    reason: z.string().min(1),
    head_roles: z.array(z.string().regex(/^[A-Z]{3}$/)),
    example: z.string().min(1),
  }),
  /** Roles whose unnamed groups take the country they are "in" ("demonstrators in Baghdad" = IRQOPP). */
  located_groups: z.object({
    id: ruleId,
    reason: z.string().min(1),
    roles: z.array(z.string().regex(/^[A-Z]{3}$/)),
    prepositions: z.array(z.string().min(1)),
    example: z.string().min(1),
  }),
  /** Lower-case words allowed inside a personal name ("Luiz Inácio Lula da Silva"). */
  name_particles: z.array(z.string()),
  rules: z.array(roleRuleSchema),
});

/**
 * An event rule. `pattern` is a token pattern (see data/README.md): literal words, `<verb>` for all inflections of a
 * verb, `(a|b)` alternatives, `?` optional, `*N` a gap of up to N words, `@S`/`@T` the source/target slots.
 * `code` is a CAMEO code, or null for a blocking rule that stops other rules on the same words.
 */
export const eventRuleSchema = z.object({
  id: ruleId,
  pattern: z.string().min(1),
  code: z
    .string()
    .regex(/^\d{3,4}$/)
    .nullable(),
  /** Swap source and target, or emit both directions. */
  direction: z.enum(['forward', 'reciprocal', 'among']).optional(),
  /** A general verb ("agreed to", "demanded"): used only when no other rule codes an event in the sentence. */
  backoff: z.boolean().optional(),
  /**
   * A noun trigger ("shelling", "air strikes"): its agent is only the possessor or demonym inside its noun phrase
   * ("Israeli shelling", "Russia's strikes") or its @S, never the subject of the sentence.
   */
  nominal: z.boolean().optional(),
  /**
   * The rule codes an event only when it finds a target (its object, or the first actor of its complement): a verb
   * imported alone from a PETRARCH dictionary codes its verb against an object, never alone ("said" is no event).
   */
  needs_target: z.boolean().optional(),
  /** A rule for a plan or intention: the event is emitted with modality "intended". */
  modality: z.enum(['asserted', 'intended']).optional(),
  reason: z.string().min(1),
  example: z.string().min(1),
});
export type EventRule = z.infer<typeof eventRuleSchema>;
export const eventsFileSchema = z.object({ rules: z.array(eventRuleSchema) });

