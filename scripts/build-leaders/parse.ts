/**
 * Reads the <Leaders> and <Government> blocks of CountryInfo.120116.txt (see its header). Both hold one person a
 * line: a name in capitals joined by "_" ("BARACK_OBAMA_") or synonyms in braces ("{VLADIMIR_PUTIN_}{...}"), then
 * bracketed terms. In <Leaders>, sub-tags name the position ("<Prime ministers>") and a term is "[YYYYMMDD -
 * YYYYMMDD]" or "[>YYYYMMDD]" (in office at the last update); a few carry a CAMEO code ("[YUGGOV 1989... - ...]").
 * In <Government> (the CIA World Leaders directory, Jan 2003 - Feb 2011) every term starts with a CAMEO actor code
 * ("[RUSGOVMIL >20070301]", "[RUSGOV <20040331]": "<" = already in office in Jan 2003) and the titles follow "#",
 * joined by "&" when the line has terms in several posts; the USA block gives its titles as "#<Secretary of State>"
 * lines above each group instead. [B:...] and [D:...] (birth, death) are ignored.
 */
import { countryInfoText } from '../build-data/countryinfo.js';
import { inputError } from '../build-data/io.js';

export interface RawTerm {
  /** The CAMEO code in the brackets, if any ("RUSGOVMIL"). */
  code: string | null;
  /** YYYYMMDD as written, or null for "[<date]" (in office when the directory began, Jan 2003). */
  start: string | null;
  /** YYYYMMDD as written, or null for "[>date]" (in office at the last update). */
  end: string | null;
}

export interface RawEntry {
  /** Name forms as written, "_" read as a space; the first is the main one. */
  names: string[];
  terms: RawTerm[];
  /** <Leaders>: the sub-tag; <Government>: the titles after "#" (split on "&") or the "#<...>" group title. */
  titles: string[];
}

export interface RawBlock {
  /** <CountryCode> as written (the uncommented one): "RUS", "USAASM", "KSV". */
  code: string;
  alpha3: string | null;
  name: string;
  /** Inside a <Comment> section (the former Yugoslavia, Jersey, ...). */
  commented: boolean;
  leaders: RawEntry[];
  government: RawEntry[];
  /** Bracketed terms that could not be read, e.g. "[ SEP 1991 -  19940101]". */
  problems: string[];
}

const TERM = /^([A-Z]{3,12})?\s*(?:([<>])\s*(\d{8})|(\d{8})\s*-\s*(\d{8}))$/;

function section(block: string, tag: string): string {
  const match = new RegExp(`^<${tag}>([\\s\\S]*?)^</${tag}>`, 'm').exec(block);
  return match?.[1] ?? '';
}

function oneLine(block: string, tag: string): string | null {
  const match = new RegExp(`^<${tag}>([^\\n<]*)</${tag}>`, 'm').exec(block);
  const value = match?.[1]?.trim() ?? '';
  return value === '' ? null : value;
}

/** Control characters stand for letters lost in a conversion ("LIAMINE_Z\u001aROUAL"): they are dropped. */
function withoutControls(text: string): string {
  return [...text].filter((ch) => ch === '\t' || ch.charCodeAt(0) >= 0x20).join('');
}

function cleanName(raw: string): string {
  return withoutControls(raw)
    .replace(/\(.*$/, '') // "STANKO_TODOROV (ACTING_", "TSAKHIAGIYN_ELBEGDORJ_(1ST_TIME)"
    .replace(/"[^"]*"?/g, '') // nicknames: OSMAN_HASSAN_ALI_"ATO"
    .replace(/`/g, '') // ayn: "`ISA", "SA`ID"
    .replace(/\uFFFD/g, "'")
    .replace(/_/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One person line, or null for a line without a readable term. */
function entry(line: string, titles: string[], problems: string[]): RawEntry | null {
  const hash = line.indexOf('#');
  const body = hash >= 0 ? line.slice(0, hash) : line;
  const bracket = body.indexOf('[');
  if (bracket < 0) return null;
  const namePart = body.slice(0, bracket);
  const braced = [...namePart.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? '');
  const forms = namePart.includes('{') ? braced : [namePart];
  const names = forms.map(cleanName).filter((name) => name !== '');
  if (names.length === 0) return null;
  const terms: RawTerm[] = [];
  for (const match of body.slice(bracket).matchAll(/\[([^\]]*)\]/g)) {
    const text = (match[1] ?? '').trim();
    if (/^[BD]:/.test(text)) continue;
    const term = TERM.exec(text);
    if (!term) {
      problems.push(`${names[0]}: [${text}]`);
      continue;
    }
    const [, code, open, date, start, end] = term;
    const at = date ?? null;
    terms.push(
      open === undefined
        ? { code: code ?? null, start: start ?? null, end: end ?? null }
        : { code: code ?? null, start: open === '>' ? at : null, end: open === '<' ? at : null },
    );
  }
  if (terms.length === 0) return null;
  return { names, terms, titles };
}

function leaders(text: string, problems: string[]): RawEntry[] {
  const out: RawEntry[] = [];
  let position: string | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('</')) {
      position = null;
      continue;
    }
    const open = /^<([^>]+)>/.exec(line);
    if (open) {
      position = cleanName(open[1] ?? '').toLowerCase();
      continue;
    }
    if (position === null) continue;
    const found = entry(line, [position], problems);
    if (found) out.push(found);
  }
  return out;
}

function government(text: string, problems: string[]): RawEntry[] {
  const out: RawEntry[] = [];
  let group: string | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const heading = /^#\s*<([^>]+)>\s*$/.exec(line);
    if (heading) {
      group = (heading[1] ?? '').trim();
      continue;
    }
    if (line === '' || line.startsWith('#')) continue;
    const hash = line.indexOf('#');
    const comment = hash >= 0 ? line.slice(hash + 1).trim() : '';
    const titles = comment !== '' ? comment.split('&').map((title) => title.trim()) : group ? [group] : [];
    const found = entry(line, titles, problems);
    if (found) out.push(found);
  }
  return out;
}

export function readCountryInfoLeaders(file: string): RawBlock[] {
  const { text, inComment } = countryInfoText(file);
  // Split at each <Country> rather than pairing tags: a few blocks lack their </Country>.
  const blocks = [...text.matchAll(/<Country>([\s\S]*?)(?=<Country>|$)/g)];
  if (blocks.length < 100) {
    throw inputError(file, `found ${blocks.length} <Country> blocks, expected about 240`);
  }
  const out: RawBlock[] = [];
  for (const match of blocks) {
    const block = match[1] ?? '';
    const code = oneLine(block, 'CountryCode');
    if (code === null) continue;
    const problems: string[] = [];
    out.push({
      code: code.replace(/#.*$/, '').trim(),
      alpha3: oneLine(block, 'ISO3166-alpha3'),
      name: cleanName(oneLine(block, 'CountryName') ?? ''),
      commented: inComment(match.index),
      leaders: leaders(section(block, 'Leaders'), problems),
      government: government(section(block, 'Government'), problems),
      problems,
    });
  }
  return out;
}
