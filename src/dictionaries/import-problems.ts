/** What an import could not read, with the line it is on. An import never stops at the first problem. */
export interface ImportProblem {
  line: number;
  message: string;
  /** "error": the line was skipped; "warning": it was read, with a loss the user should know of. */
  severity: 'error' | 'warning';
}

/** Turns "Hamid Karzai" or "HAMAS WING" into an id part: "hamid-karzai", "hamas-wing". */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'x';
}

/** Gives each id once: the second "dict.x.hamas" becomes "dict.x.hamas-2". */
export function uniqueIds(): (base: string) => string {
  const seen = new Map<string, number>();
  return (base) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}
