/**
 * Schema of data/actors/leaders.json (generated from CountryInfo by scripts/build-leaders.ts),
 * data/actors/leaders-recent.json (written by hand) and of users' extra leader files: one entry per person and
 * post, valid from `start` to `end`.
 */
import { z } from 'zod';

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** YYYY-MM-DD, a real calendar day. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD')
  .refine(isCalendarDate, 'not a calendar date');

/** "RUSGOVMIL" has the roles GOV and MIL after its country; "IGOUNO" (no country) has IGO and UNO. */
function roleInCode(leader: { code: string; country: string | null; role: string }): boolean {
  const parts = leader.code.match(/.{3}/g) ?? [];
  return parts.slice(leader.country === null ? 0 : 1).includes(leader.role);
}

export const leaderSchema = z
  .object({
    /** The person: "<iso3>.<folded-name>" ("usa.barack-obama"); the same for each of a person's posts and terms. */
    id: z
      .string()
      .regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/, 'ids are dotted lower-case paths such as "usa.barack-obama"'),
    /** The name as the press writes it, with diacritics: "Tô Lâm". */
    name: z.string().min(1),
    /** Other forms a mention may use: "To Lam", "Obama". Never a bare surname shared by other leaders. */
    aliases: z.array(z.string().min(1)),
    /** ISO 3166-1 alpha-3, or null for international organisations (the UN Secretary-General). */
    country: z
      .string()
      .regex(/^[A-Z]{3}$/, 'country is an ISO 3166 alpha-3 code such as "USA"')
      .nullable(),
    /** Full CAMEO actor code: country (its CAMEO code) + role ("USAGOV", "RUSGOVMIL"), or "IGOUNO". */
    code: z.string().regex(/^(?:[A-Z]{3}){2,4}$/, 'codes are CAMEO actor codes such as "USAGOV"'),
    /** The CAMEO role: "GOV", "MIL"; "IGO" for international organisations. */
    role: z.string().regex(/^[A-Z]{3}$/, 'role is a 3-letter CAMEO code such as "GOV"'),
    /** "President", "Prime Minister", "General Secretary", "Foreign Minister", ... */
    title: z.string().min(1),
    start: isoDateSchema,
    /** The day the term ended (the successor's first day), or null if in office at the file's date. */
    end: isoDateSchema.nullable(),
    /** countryinfo: generated; parley: Parley's hand-written file; user: a user's own file (preferred to both). */
    source: z.enum(['countryinfo', 'parley', 'user']),
  })
  .strict()
  .refine((leader) => leader.end === null || leader.end >= leader.start, {
    message: 'end is before start',
    path: ['end'],
  })
  .refine(roleInCode, { message: 'role is not part of code', path: ['role'] });
export type Leader = z.infer<typeof leaderSchema>;

export const leadersFileSchema = z.object({
  notice: z.string().optional(),
  leaders: z.array(leaderSchema),
});
export type LeadersFile = z.infer<typeof leadersFileSchema>;
