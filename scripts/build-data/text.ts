/** Small text helpers for names taken from the fact tables. */

/** Lower case, diacritics removed, NFC: the key used to compare names and to deduplicate them. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFC');
}

/** "MAKE PUBLIC STATEMENT" -> "Make public statement"; names with any lower-case letter are kept as they are. */
export function sentenceCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Words kept in lower case inside a title-cased place name ("Dar es Salaam", "Aix-la-Chapelle"). */
const SMALL_WORDS = new Set([
  'of',
  'the',
  'and',
  'upon',
  'on',
  'de',
  'la',
  'le',
  'les',
  'du',
  'des',
  'del',
  'es',
]);

/** "NEWCASTLE_UPON_TYNE_" -> "Newcastle upon Tyne" (CountryInfo writes names in capitals joined by "_"). */
export function titleCase(raw: string): string {
  const words = raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase().split(' ');
  return words
    .map((word, index) =>
      word
        .split('-')
        .map((part, partIndex) =>
          (index > 0 || partIndex > 0) && SMALL_WORDS.has(part)
            ? part
            : part.charAt(0).toUpperCase() + part.slice(1),
        )
        .join('-'),
    )
    .join(' ');
}

/** True when every letter of `text` is in the Latin script ("Việt Nam" yes, "Россия" no). */
export function isLatin(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length > 0 && letters.every((letter) => /\p{Script=Latin}/u.test(letter));
}

/** Keeps the first of each group of strings equal under `key`, in order; drops empty strings. */
export function dedupe(
  values: Iterable<string>,
  key: (value: string) => string = (value) => value,
): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const trimmed = value.normalize('NFC').trim();
    const k = key(trimmed);
    if (trimmed === '' || seen.has(k)) continue;
    seen.add(k);
    out.push(trimmed);
  }
  return out;
}

/** Levenshtein distance, for telling a misspelt country name from a demonym. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
