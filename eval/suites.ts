/**
 * The scored peer suites: how their cases are read and how expected and predicted events become triples.
 * Format of the files: ../shared/peer-suites/README.md.
 */
import { readFileSync } from 'node:fs';
import type { CodedActor, CodedEvent } from '../src/output/coded-event.js';
import { type CountryCodes, TRANSNATIONAL_PREFIXES } from './country-codes.js';
import { key, type Triples } from './score.js';

export interface EvalCase {
  id: string;
  /** 1-based line in the suite's cases.jsonl. */
  line: number;
  text: string;
  date?: string;
  negative: boolean;
  expected: Triples;
  /**
   * PLOVER records a reciprocal event ("(SRC/TAR: A) and (SRC/TAR: B) signed ...") as each party with no target;
   * the countries of those parties, so that a predicted A→B between them is read as A→(none).
   */
  reciprocalParties?: ReadonlySet<string>;
}

export interface Suite {
  name: string;
  /** Path below the peer-suites folder. */
  file: string;
  toCase(raw: RawCase, line: number, codes: CountryCodes): EvalCase;
  predict(events: readonly CodedEvent[], codes: CountryCodes, c?: EvalCase): Triples;
  /**
   * PETRARCH-format dictionaries (paths below the peer-suites folder) the suite's expected codes were made with;
   * the suite is coded by a coder that loads them with `parley dict import`'s reader, on top of Parley's own.
   */
  dictionaries?: readonly string[];
  /** Cases to leave out (the suite's own exclusions). */
  include?: (raw: RawCase) => boolean;
}

/** One JSONL line, the fields the eval reads. */
export interface RawCase {
  id: string;
  text: string;
  date?: string;
  expected?: RawExpected[];
  expect_no_event?: boolean;
  expect_error?: string;
  included_by_default?: boolean;
  reciprocal_markup?: boolean;
}

interface RawExpected {
  source: string;
  target: string;
  code: string;
  source_country?: string;
  target_country?: string;
}

/** The country slot of a predicted actor: its ISO3, else a transnational prefix of its code (IGO...), else "---". */
export function predictedCountry(
  actor: Pick<CodedActor, 'code' | 'country'> | null,
  codes: CountryCodes,
): string {
  if (!actor) return '---';
  if (actor.country) return codes.country(actor.country);
  const prefix = actor.code.slice(0, 3);
  return TRANSNATIONAL_PREFIXES.has(prefix) ? prefix : '---';
}

/** The country slot of an expected CAMEO actor code: its first three characters ("IMGMUSISI" → "IMG"). */
export function expectedCountry(code: string, codes: CountryCodes): string {
  return codes.country(code.slice(0, 3));
}

/**
 * PLOVER categories renamed between the gold set's version (v0.5, 2016) and the CAMEO→PLOVER table Parley maps
 * with (Draft 0.8, 2021): DEMAND became REQUEST, DISAPPROVE and INVESTIGATE became modes of ACCUSE, and FIGHT was
 * merged into ASSAULT (19x maps to ASSAULT in the 2021 table).
 */
const PLOVER_RENAMED: Readonly<Record<string, string>> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

/** PLOVER event type as compared: upper case, old names read as their 2021 names, missing → NONE. */
export function ploverType(type: string | null | undefined): string {
  const t = (type ?? '').trim().toUpperCase();
  if (t === '') return 'NONE';
  return PLOVER_RENAMED[t] ?? t;
}

/** One event (expected or predicted) as its three keys. */
function row(
  codes: CountryCodes,
  src: { country: string; code: string },
  tgt: { country: string; code: string },
  rootCode: string,
  fullCode: string,
) {
  return {
    root: key(src.country, tgt.country, rootCode),
    strict: key(codes.actorCode(src.code), codes.actorCode(tgt.code), fullCode),
    actors: key(src.country, tgt.country),
  };
}

function triples(rows: readonly ReturnType<typeof row>[]): Triples {
  return {
    root: rows.map((r) => r.root),
    strict: rows.map((r) => r.strict),
    actors: rows.map((r) => r.actors),
  };
}

function predictedActor(actor: CodedActor | null, codes: CountryCodes) {
  return { country: predictedCountry(actor, codes), code: actor?.code ?? '' };
}

function isNegative(raw: RawCase): boolean {
  return raw.expect_no_event === true || raw.expect_error !== undefined || (raw.expected ?? []).length === 0;
}

function baseCase(raw: RawCase, line: number, expected: Triples): EvalCase {
  const c: EvalCase = { id: raw.id, line, text: raw.text, negative: isNegative(raw), expected };
  if (raw.date) c.date = raw.date;
  return c;
}

/** UniversalPetrarch GSR: CAMEO actor codes and CAMEO event codes; the root is the code's first two digits. */
export const universalPetrarch: Suite = {
  name: 'universalpetrarch',
  file: 'universalpetrarch/cases.jsonl',
  toCase(raw, line, codes) {
    const rows = (raw.expected ?? []).map((e) =>
      row(
        codes,
        { country: expectedCountry(e.source, codes), code: e.source },
        { country: expectedCountry(e.target, codes), code: e.target },
        e.code.slice(0, 2),
        e.code,
      ),
    );
    return baseCase(raw, line, triples(rows));
  },
  predict(events, codes) {
    const actor = (a: CodedActor | null) => predictedActor(a, codes);
    return triples(
      events.map((e) => row(codes, actor(e.source), actor(e.target), e.code.slice(0, 2), e.code)),
    );
  },
};

/** PLOVER GSR: ISO3 countries with sectors ("HUNGOV"), PLOVER event types at both levels. */
export const plover: Suite = {
  name: 'plover',
  file: 'plover/cases.jsonl',
  toCase(raw, line, codes) {
    const rows = (raw.expected ?? []).map((e) => {
      const type = ploverType(e.code);
      return row(
        codes,
        { country: codes.country(e.source_country), code: e.source },
        { country: codes.country(e.target_country), code: e.target },
        type,
        type,
      );
    });
    const c = baseCase(raw, line, triples(rows));
    if (raw.reciprocal_markup === true) {
      c.reciprocalParties = new Set((raw.expected ?? []).map((e) => codes.country(e.source_country)));
    }
    return c;
  },
  predict(events, codes, c) {
    const actor = (a: CodedActor | null) => predictedActor(a, codes);
    const parties = c?.reciprocalParties;
    return triples(
      events.map((e) => {
        const type = ploverType(e.plover?.type);
        const src = actor(e.source);
        let tgt = actor(e.target);
        if (parties?.has(src.country) && parties.has(tgt.country)) tgt = { country: '---', code: '' };
        return row(codes, src, tgt, type, type);
      }),
    );
  },
};

/**
 * PETRARCH's unit tests, coded with their own fictional dictionaries (Arnor=ARN, Gondor=GON) imported from
 * PETR.Validate.actors/agents.txt. Their verb dictionary is not imported (Parley's event lexicon is its own), so the
 * root level measures Parley's verbs on PETRARCH's sentences and the actor level the dictionary import. Codes are
 * compared as strings: the country slot is the code's first three characters, real or fictional.
 */
export const petrarch2: Suite = {
  name: 'petrarch2',
  file: 'petrarch2/cases.jsonl',
  dictionaries: ['petrarch2/PETR.Validate.actors.txt', 'petrarch2/PETR.Validate.agents.txt'],
  include: (raw) => raw.included_by_default !== false,
  toCase(raw, line, codes) {
    const side = (code: string) => ({ country: codes.country(code.slice(0, 3)), code });
    const rows = (raw.expected ?? []).map((e) => row(codes, side(e.source), side(e.target), e.code.slice(0, 2), e.code));
    return baseCase(raw, line, triples(isNegative(raw) ? [] : rows));
  },
  predict(events, codes) {
    const side = (a: CodedActor | null) => ({ country: codes.country(a?.code.slice(0, 3) ?? '---'), code: a?.code ?? '' });
    return triples(events.map((e) => row(codes, side(e.source), side(e.target), e.code.slice(0, 2), e.code)));
  },
};

export const SUITES: readonly Suite[] = [universalPetrarch, plover, petrarch2];

/** Reads a JSONL file: one parsed object per non-empty line, with its 1-based line number. */
export function readJsonl(path: string): { line: number; value: unknown }[] {
  const out: { line: number; value: unknown }[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (text.trim() === '') return;
      try {
        out.push({ line: i + 1, value: JSON.parse(text) });
      } catch (err) {
        throw new Error(`${path}:${i + 1}: not valid JSON (${(err as Error).message})`);
      }
    });
  return out;
}

export function loadCases(suite: Suite, path: string, codes: CountryCodes): EvalCase[] {
  return readJsonl(path).flatMap(({ line, value }) => {
    const raw = value as RawCase;
    if (typeof raw?.id !== 'string' || typeof raw.text !== 'string') {
      throw new Error(`${path}:${line}: a case needs a string "id" and "text"`);
    }
    return suite.include && !suite.include(raw) ? [] : [suite.toCase(raw, line, codes)];
  });
}
