/**
 * The non-blank lines of a text, as trimmed spans into it, with the paragraph (blank-line-separated) each is
 * in.
 */

export interface TextLine {
  /** Offset of the first non-space character. */
  start: number;
  /** Offset just after the last non-space character. */
  end: number;
  /** `text.slice(start, end)` */
  text: string;
  /** Index of the paragraph: lines with no blank line between them share one. */
  para: number;
}

export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let para = 0;
  let blankSeen = false;
  let from = 0;
  while (from <= text.length) {
    const nl = text.indexOf('\n', from);
    const to = nl === -1 ? text.length : nl;
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') {
      blankSeen = true;
    } else {
      if (blankSeen && lines.length > 0) para += 1;
      blankSeen = false;
      const start = from + lead;
      lines.push({ start, end: start + trimmed.length, text: trimmed, para });
    }
    if (nl === -1) break;
    from = nl + 1;
  }
  return lines;
}

/** A line ending a sentence: ".", "!", "?" or "…", perhaps followed by closing quotes or brackets. */
export function endsSentence(line: string): boolean {
  return /[.!?…]["'”’»)\]]*$/u.test(line);
}

/** Offset of the first non-space character at or after `from`, not past `to`. */
export function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/u.test(text[i] as string)) i++;
  return i;
}
