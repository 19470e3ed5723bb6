/**
 * The line layer shared by PETRARCH/TABARI dictionary files: comments removed (`<!-- ... -->`, possibly over
 * several lines; `#` and the legacy `;` to the end of a line), blank lines skipped, the original line number kept and
 * whether the line was indented (date restrictions in actor files start with a tab).
 */

export interface DictLine {
  /** 1-based line number in the file. */
  line: number;
  /** The line without comments, trimmed. Never empty. */
  text: string;
  /** The line started with a tab or a space. */
  indented: boolean;
}

export function* petrarchLines(text: string): Generator<DictLine> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let inComment = false;
  for (let index = 0; index < lines.length; index++) {
    let raw = lines[index] ?? '';
    const indented = /^[\t ]/.test(raw);
    let out = '';
    // XML comments may open and close on one line, or span several
    for (;;) {
      if (inComment) {
        const close = raw.indexOf('-->');
        if (close < 0) {
          raw = '';
          break;
        }
        raw = raw.slice(close + 3);
        inComment = false;
        continue;
      }
      const open = raw.indexOf('<!--');
      if (open < 0) {
        out += raw;
        break;
      }
      out += raw.slice(0, open);
      raw = raw.slice(open + 4);
      inComment = true;
    }
    const hash = out.search(/[#;]/);
    if (hash >= 0) out = out.slice(0, hash);
    const trimmed = out.trim();
    if (trimmed) yield { line: index + 1, text: trimmed, indented };
  }
}

/** "HAMID_KARZAI_" -> "HAMID KARZAI": underscores join words; a trailing one (TABARI's "no stem") is dropped. */
export function phraseText(raw: string): string {
  return raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}
