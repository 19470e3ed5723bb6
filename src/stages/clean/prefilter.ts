/**
 * A cheap test to run before an expensive boilerplate pattern: literal strings, one of which every match of the
 * pattern contains, read off the pattern's source. `.{0,200}\b(?:we use cookies|...|cookie policy)\b.{0,300}`
 * gives "we use cookies", ..., "cookie policy"; `(?:©|\(c\)|copyright\s*...).{0,200}|.{0,200}\ball rights
 * reserved\.?` gives "©", "(c)", "copyright", "all rights reserved". Searched for with the pattern's own flags,
 * a literal matches exactly what the same characters match inside the pattern, so the test never turns away a
 * line the pattern would match. Only the syntax the boilerplate patterns use is read (groups, lookarounds,
 * classes, escapes, quantifiers); anything else gives no prefilter, never a wrong one.
 */

export interface Prefilter {
  /** Literal strings, one of which every match contains (never ""). */
  readonly needs: readonly string[];
  /**
   * Every match starts with a literal, a digit or a space (perhaps after optional parts that do): anchored at ^,
   * the pattern fails at once on most lines, so the prefilter would only cost time.
   */
  readonly narrowStart: boolean;
}

/** What a piece of a pattern says about the strings it matches. */
interface Info {
  /** All the strings it can match, when they are a few literals ([""] for an assertion). */
  exact: string[] | null;
  /** Strings one of which every match contains; null when nothing is known. */
  needs: string[] | null;
  /** Its matches start with a literal, a digit or a space. */
  narrowStart: boolean;
  /** It can match the empty string. */
  nullable: boolean;
}

interface Cursor {
  readonly s: string;
  i: number;
}

/** Longest list of literals tracked (products of alternatives grow fast). */
const MAX_EXACT = 64;
/** Largest character class expanded into its characters. */
const MAX_CLASS = 8;
const SYNTAX = '^$\\.*+?()[]{}|/-';

class Unsupported extends Error {}

/** The prefilter of a pattern source (compiled with the "u" flag), or null when nothing useful is found. */
export function prefilterOf(pattern: string): Prefilter | null {
  const p: Cursor = { s: pattern, i: 0 };
  try {
    const found = alternation(p);
    if (p.i !== pattern.length || !found.needs) return null;
    return { needs: commonPart(found.needs) ?? found.needs, narrowStart: found.narrowStart };
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/** A regex source matching any of `needs`, for the flags of the pattern they came from ("u" or "iu"). */
export function needsSource(needs: readonly string[]): string {
  return needs.map((n) => n.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('|');
}

function info(exact: string[] | null, needs: string[] | null, narrowStart: boolean, nullable?: boolean): Info {
  const whole = exact && !exact.includes('') ? minimal(exact) : null;
  return { exact, needs: whole ?? needs, narrowStart, nullable: nullable ?? exact?.includes('') ?? false };
}

/** One character of a wide class: `.`, `\p{L}`, `[^.!?]`. */
const WIDE: Info = info(null, null, false);
/** One character of a narrow class: `\d`, `\s`, `\t`. */
const NARROW: Info = info(null, null, true);
/** An assertion: `^`, `\b`, `(?<=\s)`. */
const EMPTY: Info = info([''], null, true);

/** Drops duplicates and strings containing another one: needing "cookie" or "cookies" is needing "cookie". */
function minimal(strings: string[]): string[] {
  const unique = [...new Set(strings)];
  return unique.filter((s) => !unique.some((t) => t !== s && s.includes(t)));
}

/** The longest string (3 characters or more) that all of several strings contain: one literal is faster. */
function commonPart(strings: readonly string[]): [string] | null {
  const [first, ...rest] = [...strings].sort((a, b) => a.length - b.length);
  if (!first || rest.length === 0) return null;
  for (let n = first.length; n >= 3; n--) {
    for (let k = 0; k + n <= first.length; k++) {
      const part = first.slice(k, k + n);
      if (rest.every((s) => s.includes(part))) return [part];
    }
  }
  return null;
}

function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

/** The most selective list: longest shortest string, then fewest strings. */
function best(lists: string[][]): string[] | null {
  const score = (l: string[]) => Math.min(...l.map((s) => s.length)) * 1000 - l.length;
  return lists.reduce<string[] | null>((b, l) => (b === null || score(l) > score(b) ? l : b), null);
}

function alternation(p: Cursor): Info {
  const branches = [sequence(p)];
  while (p.s[p.i] === '|') {
    p.i++;
    branches.push(sequence(p));
  }
  if (branches.length === 1) return branches[0] as Info;
  const exacts = branches.map((b) => b.exact);
  const exact = exacts.every((e) => e !== null) ? [...new Set(exacts.flat())] : null;
  const needs = branches.map((b) => b.needs);
  const known = (n: string[] | null): n is string[] => n !== null;
  return info(
    exact && exact.length <= MAX_EXACT ? exact : null,
    needs.every(known) ? minimal(needs.flat()) : null,
    branches.every((b) => b.narrowStart),
    branches.some((b) => b.nullable),
  );
}

function sequence(p: Cursor): Info {
  const lists: string[][] = [];
  let run = ['']; // the literals of the items since the last one that is not literal
  let exact: string[] | null = [''];
  let narrowStart: boolean | null = null; // decided by the first item that cannot be empty
  let nullable = true;
  const flush = () => {
    if (!run.includes('')) lists.push(minimal(run));
  };
  while (p.i < p.s.length && p.s[p.i] !== '|' && p.s[p.i] !== ')') {
    const item = quantified(p);
    if (narrowStart === null && (!item.narrowStart || !item.nullable)) narrowStart = item.narrowStart;
    nullable &&= item.nullable;
    if (item.needs) lists.push(item.needs);
    if (item.exact) {
      const joined = product(run, item.exact);
      if (!joined) flush();
      run = joined ?? item.exact;
      exact = exact && product(exact, item.exact);
    } else {
      flush();
      run = [''];
      exact = null;
    }
  }
  flush();
  return info(exact, best(lists), narrowStart ?? true, nullable);
}

function quantified(p: Cursor): Info {
  const atom = atomAt(p);
  const q = quantifier(p);
  if (!q) return atom;
  if (q.min === 0) return info(q.max === 1 && atom.exact ? ['', ...atom.exact] : null, null, atom.narrowStart, true);
  if (q.max === 1) return atom;
  return info(null, atom.needs, atom.narrowStart, atom.nullable);
}

function quantifier(p: Cursor): { min: number; max: number } | null {
  const c = p.s[p.i];
  let q: { min: number; max: number } | null = null;
  if (c === '?') q = { min: 0, max: 1 };
  else if (c === '*') q = { min: 0, max: Infinity };
  else if (c === '+') q = { min: 1, max: Infinity };
  if (q) p.i++;
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.s.slice(p.i));
    if (!m) throw new Unsupported();
    const min = Number(m[1]);
    q = { min, max: m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity };
    p.i += m[0].length;
  }
  if (q && p.s[p.i] === '?') p.i++; // lazy
  return q;
}

function atomAt(p: Cursor): Info {
  const c = p.s[p.i] as string;
  if (c === '(') return group(p);
  if (c === '[') return charClass(p);
  if (c === '\\') return escape(p);
  if ('*+?{}]'.includes(c)) throw new Unsupported();
  p.i += 1;
  if (c === '.') return WIDE;
  if (c === '^' || c === '$') return EMPTY;
  const ch = String.fromCodePoint(p.s.codePointAt(p.i - 1) as number);
  p.i += ch.length - 1;
  return info([ch], null, true);
}

function group(p: Cursor): Info {
  const rest = p.s.slice(p.i + 1);
  const lookaround = /^\?(?:[=!]|<[=!])/.exec(rest);
  const named = /^\?<[\p{L}\p{N}_$]+>/u.exec(rest);
  if (rest.startsWith('?:')) p.i += 3;
  else if (lookaround) p.i += 1 + lookaround[0].length;
  else if (named) p.i += 1 + named[0].length;
  else if (rest.startsWith('?')) throw new Unsupported();
  else p.i += 1;
  const inner = alternation(p);
  if (p.s[p.i] !== ')') throw new Unsupported();
  p.i++;
  return lookaround ? EMPTY : inner;
}

const ESCAPE = /^(?:[bB]|[dstnrfv0]|c[A-Za-z]|x[\da-fA-F]{2}|u(?:[\da-fA-F]{4}|\{[\da-fA-F]+\})|[DSwW]|[pP]\{[^}]*\})/;

/** `\.` is a literal, `\b` an assertion, `\d` `\s` `\t` narrow, `\w` `\p{L}` `\S` wide; back-references unread. */
function escape(p: Cursor): Info {
  const rest = p.s.slice(p.i + 1);
  const c = rest[0] ?? '';
  if (c !== '' && SYNTAX.includes(c)) {
    p.i += 2;
    return info([c], null, true);
  }
  const m = ESCAPE.exec(rest);
  if (!m) throw new Unsupported();
  p.i += 1 + m[0].length;
  if (c === 'b' || c === 'B') return EMPTY;
  return /^[DSwWpP]/.test(c) ? WIDE : NARROW;
}

/** A class of a few plain characters is their alternation; any other class (ranges, \p, negated) is wide. */
function charClass(p: Cursor): Info {
  const end = classEnd(p.s, p.i);
  const body = p.s.slice(p.i + 1, end);
  p.i = end + 1;
  const chars: string[] = [];
  for (let k = 0; k < body.length; ) {
    let ch = String.fromCodePoint(body.codePointAt(k) as number);
    if (ch === '\\') {
      ch = body[k + 1] ?? '';
      if (ch === '' || !SYNTAX.includes(ch)) return WIDE;
      k += 1;
    } else if ((ch === '^' && k === 0) || (ch === '-' && k > 0 && k < body.length - 1)) return WIDE;
    chars.push(ch);
    k += ch.length;
  }
  if (chars.length === 0 || chars.length > MAX_CLASS) return WIDE;
  return info([...new Set(chars)], null, true);
}

/** Index of the "]" closing the class opened at `i`. */
function classEnd(s: string, i: number): number {
  for (let k = i + 1; k < s.length; k++) {
    if (s[k] === '\\') k++;
    else if (s[k] === ']') return k;
  }
  throw new Unsupported();
}
