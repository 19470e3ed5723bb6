/**
 * Date restrictions of PETRARCH/TABARI actor dictionaries: `[CODE]` (the default), `[CODE >YYMMDD]` (on or after),
 * `[CODE <YYMMDD]` (on or before), `[CODE YYMMDD-YYMMDD]` (between, both ends included). Dates are YYMMDD or
 * YYYYMMDD; a two-digit year below 30 is 20YY, otherwise 19YY (the convention of the Phoenix dictionaries, whose
 * entries run from the 1940s to 2014).
 */

export interface DatedCode {
  code: string;
  /** First day the code applies (YYYY-MM-DD), or null: no lower limit. */
  from: string | null;
  /** Last day the code applies (YYYY-MM-DD), or null: no upper limit. */
  to: string | null;
}

/** YYMMDD or YYYYMMDD -> YYYY-MM-DD, or null when it is not a calendar day. */
export function petrarchDate(raw: string): string | null {
  let year: number;
  let rest: string;
  if (/^\d{8}$/.test(raw)) {
    year = Number(raw.slice(0, 4));
    rest = raw.slice(4);
  } else if (/^\d{6}$/.test(raw)) {
    const yy = Number(raw.slice(0, 2));
    year = yy < 30 ? 2000 + yy : 1900 + yy;
    rest = raw.slice(2);
  } else {
    return null;
  }
  const iso = `${String(year).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * CAMEO actor codes in dictionaries: letters, digits and "-" ("---GOV"); PETRARCH accepts lower case too. TABARI's
 * compound actors list several codes with "/" ("FRO/BIL/SAM": the phrase names three actors).
 */
const CODE = /^[A-Za-z0-9-]{1,30}(?:\/[A-Za-z0-9-]{1,30})*$/;

/** Parses the inside of a `[...]` code block of an actor dictionary; a string is an error message. */
export function parseDatedCode(inside: string): DatedCode | string {
  const parts = inside.trim().split(/\s+/);
  const code = parts[0] ?? '';
  if (!CODE.test(code)) return `"${code}" is not an actor code (letters, digits and "-"; "/" between compound codes)`;
  const upper = code.toUpperCase();
  if (parts.length === 1) return { code: upper, from: null, to: null };
  // "19950601 - 19990815" and "< 950601" are written with blanks too
  const restriction = parts.slice(1).join('');
  const before = /^<(\d+)$/.exec(restriction);
  const after = /^>(\d+)$/.exec(restriction);
  const range = /^(\d+)-(\d+)$/.exec(restriction);
  const day = (raw: string) => petrarchDate(raw);
  if (before?.[1]) {
    const to = day(before[1]);
    return to ? { code: upper, from: null, to } : `"${before[1]}" is not a date (YYMMDD or YYYYMMDD)`;
  }
  if (after?.[1]) {
    const from = day(after[1]);
    return from ? { code: upper, from, to: null } : `"${after[1]}" is not a date (YYMMDD or YYYYMMDD)`;
  }
  if (range?.[1] && range[2]) {
    const from = day(range[1]);
    const to = day(range[2]);
    if (!from) return `"${range[1]}" is not a date (YYMMDD or YYYYMMDD)`;
    if (!to) return `"${range[2]}" is not a date (YYMMDD or YYYYMMDD)`;
    if (to < from) return `the range ${range[1]}-${range[2]} ends before it starts`;
    return { code: upper, from, to };
  }
  return `"${restriction}" is not a date restriction (use >YYMMDD, <YYMMDD or YYMMDD-YYMMDD)`;
}
