/**
 * CountryInfo writes names in capitals ("LUIZ_INACIO_LULA_DA_SILVA_", "BASHAR_AL-ASSAD_"). `personName` puts them
 * in the case the press uses ("Luiz Inacio Lula da Silva", "Bashar al-Assad"); `surname` picks the word(s) a bare
 * mention would use ("da Silva", "al-Assad", and for family-name-first countries the first word: "Hu").
 */

import { foldText } from '../../src/text/fold.js';

/** Particles kept in lower case inside a name (not as its first word). */
const PARTICLES = new Set([
  'al',
  'el',
  'ad',
  'ash',
  'as',
  'at',
  'az',
  'ud',
  'ul',
  'bin',
  'ibn',
  'bint',
  'de',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'del',
  'della',
  'la',
  'le',
  'du',
  'des',
  'y',
  'e',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'zu',
]);

/** Where Dutch and Italian particles are capitalised by convention ("Herman Van Rompuy", "Alcide De Gasperi"). */
const CAPITAL_PARTICLE_COUNTRIES = new Set(['BEL', 'ITA', 'SMR']);

/** Countries whose names have no particles: Vietnamese "Van" is a middle name ("Phan Van Khai"). */
const NO_PARTICLE_COUNTRIES = new Set('VNM LAO KHM THA MMR CHN TWN HKG KOR PRK JPN SGP'.split(' '));

/** Countries whose leaders' names are written family name first ("Hu Jintao", "Kim Jong Il", "Lee Myung-bak"). */
const FAMILY_FIRST = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'KOR', 'PRK']);

const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/i;
const SUFFIX = /^(?:jr\.?|sr\.?|junior|filho)$/i;
/** Honorifics before a name; the name without them is an alias ("Sheikh Hasina Wajed" -> "Hasina Wajed"). */
const HONORIFIC = new RegExp(
  String.raw`^(?:(?:sheikh?|shaikh|sir|dame|mullah|ayatollah|hojj?atol[ei]slam|haji|alhaji|crown prince|prince|` +
    String.raw`princess|emir|` +
    String.raw`dr\.?|gen\.?|general|col\.?|colonel|field marshal|marshal)\s+)+`,
  'i',
);
/** Words that show a name is not a person's: "Islamic Revolutionary Council". */
const NOT_A_PERSON = /\b(?:council|junta|committee|commission|directorate|triumvirate|presidium)\b/i;

export function isPersonName(name: string): boolean {
  return !NOT_A_PERSON.test(name);
}

/** The name without leading honorifics, or null if it has none or would be left with one word. */
export function withoutHonorific(name: string): string | null {
  const rest = name.replace(HONORIFIC, '');
  return rest === name || !rest.includes(' ') ? null : rest;
}

function capitalise(part: string): string {
  if (part === '') return part;
  const lower = part.toLowerCase();
  if (/^mc[a-z]{2,}/.test(lower)) return `Mc${lower.charAt(2).toUpperCase()}${lower.slice(3)}`;
  // O'Neill, D'Alema: capital after the apostrophe too.
  if (/^'[a-z]/.test(lower)) return `'${capitalise(lower.slice(1))}`; // Tongan 'Ulukalala
  const apostrophe = /^([a-z])'([a-z].*)$/.exec(lower);
  if (apostrophe) return `${apostrophe[1]?.toUpperCase()}'${capitalise(apostrophe[2] ?? '')}`;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function word(raw: string, first: boolean, last: boolean, capitalParticles: boolean): string {
  if (ROMAN.test(raw.replace(/,$/, '')) && !first && last) return raw.toUpperCase();
  if (/^[A-Z]\.$/.test(raw)) return raw;
  if (/^([A-Z]\.)+$/.test(raw)) return raw;
  return raw
    .split('-')
    .map((part, index) => {
      const lower = part.toLowerCase();
      const inside = !first || index > 0;
      if (inside && PARTICLES.has(lower) && !capitalParticles) return lower;
      if (inside && /^d'[a-z]/.test(lower) && !capitalParticles) return `d'${capitalise(lower.slice(2))}`;
      return capitalise(part);
    })
    .join('-');
}

/** "BARACK_OBAMA" (already read with spaces) -> "Barack Obama"; "CHARLES_DE_GAULLE" -> "Charles de Gaulle". */
export function personName(raw: string, iso3: string): string {
  const capitalParticles = CAPITAL_PARTICLE_COUNTRIES.has(iso3) || NO_PARTICLE_COUNTRIES.has(iso3);
  const tokens = raw.replace(/\s+/g, ' ').trim().split(' ');
  return tokens
    .map((token, index) => word(token, index === 0, index === tokens.length - 1, capitalParticles))
    .join(' ')
    .replace(/\bJr\b\.?/g, 'Jr.')
    .replace(/\bSr\b\.?/g, 'Sr.');
}

/**
 * The surname a bare mention would use, or null for one-word names and names ending in an initial. Particles
 * before the last word stay with it ("da Silva", "de Gaulle", "Van Rompuy"); suffixes ("Jr.", "II") are dropped.
 */
export function surname(name: string, iso3: string): string | null {
  const words = name.replace(HONORIFIC, '').replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  while (words.length > 1 && SUFFIX.test(words[words.length - 1] ?? '')) words.pop();
  if (words.length < 2) return null;
  // Regnal names ("Carl XVI Gustaf") and patronymic chains ("Hamad ibn Khalifah al Thani", "Mahathir bin
  // Mohamad") are not called by their last word.
  if (words.some((w, i) => i > 0 && (ROMAN.test(w) || /^(?:ibn|bin|bint|binti)$/i.test(w)))) return null;
  const chineseSingaporean = iso3 === 'SGP' && words.length === 3 && words.every((w) => !w.includes('.'));
  if (FAMILY_FIRST.has(iso3) || chineseSingaporean) {
    const family = words[0] ?? '';
    return family.includes('.') ? null : family;
  }
  let start = words.length - 1;
  const particles = NO_PARTICLE_COUNTRIES.has(iso3) ? new Set<string>() : PARTICLES;
  while (start > 1 && particles.has((words[start - 1] ?? '').toLowerCase())) start--;
  const last = words.slice(start).join(' ');
  return last.includes('.') || (words[words.length - 1] ?? '').length < 2 ? null : last;
}

/** The first word of a name that is not an honorific, when names in `iso3` put the given name first. */
export function givenName(name: string, iso3: string): string | null {
  if (FAMILY_FIRST.has(iso3)) return null;
  const first = name.replace(HONORIFIC, '').split(' ')[0] ?? '';
  return first.length > 1 && !first.includes('.') ? first : null;
}

/** "al-Assad" -> "Assad", "el-Sisi" -> "Sisi", "al Thani" -> "Thani"; null when there is no such prefix. */
export function withoutArticle(surnameText: string): string | null {
  const match = /^(?:al|el|ad|as|ash|at|az)[- ](\p{L}.*)$/iu.exec(surnameText);
  return match?.[1] ?? null;
}

/** "usa.barack-obama": the country and the name folded to ASCII letters and digits joined by "-". */
export function personId(iso3: string | null, name: string, prefix?: string): string {
  const slug = foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${prefix ?? (iso3 ?? 'igo').toLowerCase()}.${slug}`;
}
