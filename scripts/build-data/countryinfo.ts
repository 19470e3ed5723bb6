/**
 * Reads standards/countryinfo/CountryInfo.120116.txt: "almost but not quite XML" (see its header). Each
 * <Country> block has one-line tags (<CountryCode>, <CountryName>, <FIPS-10>, <ISO3166-alpha2>, <ISO3166-alpha3>) and
 * list tags with one entry a line (<Nationality>, <Capital>, <MajorCities>); "#" starts a comment; <!-- --> and
 * <Doc> hold documentation. Names are upper case with "_" for spaces and a trailing "_". Some whole <Country> blocks
 * are wrapped in <Comment> (the former Yugoslavia, Jersey, Kosovo, Western Sahara ...; the last <Comment> is never
 * closed): they are read too, marked `commented`, and used only for countries no other block covers.
 */
import { inputError, readText } from './io.js';
import { titleCase } from './text.js';

export interface CountryInfoEntry {
  /** <CountryName>, title-cased: "Democratic Republic of the Congo". */
  name: string;
  /** The current code of <CountryCode> (its last 3 letters; "[YUGSRB ...][SRB >20030101]" -> "SRB"), if any. */
  code: string | null;
  alpha3: string | null;
  alpha2: string | null;
  fips: string | null;
  /** <Nationality> entries as found, "_" read as a space: "NORTHERN IRISH", "VIET NAM". */
  nationality: string[];
  capitals: string[];
  cities: string[];
  /** Inside a <Comment> section. */
  commented: boolean;
  /** Malformed one-line tags, e.g. "<FIPS-10>p/FIPS-10>" in the Cyprus block. */
  problems: string[];
}

function tag(block: string, name: string): string | undefined {
  const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(block);
  return match?.[1];
}

/** Entries of a list tag: comments and blank lines dropped, "_" as space, trailing "_" removed. */
function entries(block: string, name: string): string[] {
  return (tag(block, name) ?? '')
    .split('\n')
    .map((line) =>
      line
        .replace(/#.*$/, '')
        .replace(/\uFFFD/g, "'")
        .replace(/_+$/, '')
        .replace(/_/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((entry) => entry !== '');
}

/** A one-line code tag; "---", "--", "000" and "NOT_YET" mean no code. A tag not closed on its line is a problem. */
function code(block: string, name: string, pattern: RegExp, problems: string[]): string | null {
  const match = new RegExp(`<${name}>([^\\n]*?)</${name}>`).exec(block);
  if (!match && block.includes(`<${name}>`)) problems.push(`malformed <${name}> tag`);
  const value = (match?.[1] ?? '').replace(/#.*$/, '').trim();
  return pattern.test(value) ? value : null;
}

function currentCode(block: string): string | null {
  const raw = (tag(block, 'CountryCode') ?? '').trim();
  const groups = [...raw.matchAll(/\[([A-Z]+)/g)].map((m) => m[1] ?? '');
  const last = groups.length > 0 ? groups[groups.length - 1] : raw;
  return last && /^[A-Z]{3,}$/.test(last) ? last.slice(-3) : null;
}

/**
 * CountryInfo's text without XML comments and <Doc> notes, and the ranges of its <Comment> blocks (countries inside
 * one are commented out).
 */
export function countryInfoText(file: string): { text: string; inComment: (offset: number) => boolean } {
  const text = readText(file)
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<Doc>.*?<\/Doc>/g, '');
  const comments = [...text.matchAll(/<Comment>[\s\S]*?(<\/Comment>|$)/g)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
  const inComment = (offset: number) => comments.some(([start = 0, end = 0]) => offset >= start && offset < end);
  return { text, inComment };
}

export function readCountryInfo(file: string): CountryInfoEntry[] {
  const { text, inComment } = countryInfoText(file);
  const matches = [...text.matchAll(/<Country>([\s\S]*?)<\/Country>/g)];
  if (matches.length < 100)
    throw inputError(file, `found ${matches.length} <Country> blocks, expected about 240`);
  return matches.map((match, index) => {
    const block = match[1] ?? '';
    const commented = inComment(match.index);
    const rawName = (tag(block, 'CountryName') ?? '').trim();
    if (rawName === '') throw inputError(file, `<Country> block ${index + 1} has no <CountryName>`);
    const problems: string[] = [];
    return {
      name: titleCase(rawName),
      code: currentCode(block),
      alpha3: code(block, 'ISO3166-alpha3', /^[A-Z]{3}$/, problems),
      alpha2: code(block, 'ISO3166-alpha2', /^[A-Z]{2}$/, problems),
      fips: code(block, 'FIPS-10', /^[A-Z]{2}$/, problems),
      nationality: entries(block, 'Nationality'),
      capitals: entries(block, 'Capital').map(titleCase),
      cities: entries(block, 'MajorCities').map(titleCase),
      commented,
      problems,
    };
  });
}
