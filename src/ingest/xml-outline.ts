/**
 * The tag structure of an XML text, checked in one pass: every start tag closed by an end tag of the same name,
 * one root element, nothing cut short. linkedom's parser repairs such faults silently (a truncated download
 * would come out as a shorter feed), so this check comes first; it also gives the line of each element a
 * reader asks for, which the DOM does not keep. Entities and attribute syntax are not checked: feeds often
 * use HTML entities such as &nbsp; that strict XML refuses and every feed reader accepts.
 */

export interface OutlineElement {
  /** The qualified name as written ("item", "atom:entry"). */
  name: string;
  /** 0 for the root element, 1 for its children, ... */
  depth: number;
  /** 1-based line of the start tag. */
  line: number;
}

export type Outline =
  | { ok: true; root: string; elements: OutlineElement[] }
  | { ok: false; line: number; problem: string };

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[\w.:-]/;

/** Checks the tag structure of `text`; records the start tags whose (qualified) name `wanted` accepts. */
export function xmlOutline(text: string, wanted: (name: string) => boolean): Outline {
  const elements: OutlineElement[] = [];
  const open: { name: string; line: number }[] = [];
  let root: string | undefined;
  let line = 1;
  let counted = 0;
  /** The line at `pos`, counting newlines from where the last call stopped (calls go forwards). */
  const lineAt = (pos: number): number => {
    for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < pos; nl = text.indexOf('\n', nl + 1)) line += 1;
    counted = Math.max(counted, pos);
    return line;
  };
  const fail = (pos: number, problem: string): Outline => ({ ok: false, line: lineAt(pos), problem });

  for (let lt = text.indexOf('<'); lt !== -1; lt = text.indexOf('<', lt + 1)) {
    const skip = skipMarkup(text, lt);
    if (skip !== null) {
      if (skip.end === -1) return fail(lt, `${skip.what} that is never closed`);
      lt = skip.end - 1;
      continue;
    }
    const closing = text[lt + 1] === '/';
    const start = lt + (closing ? 2 : 1);
    const name = nameAt(text, start);
    if (name === undefined) continue; // a stray "<" in text: not XML, but harmless for reading a feed
    const gt = tagEnd(text, start + name.length);
    if (gt === -1) return fail(lt, `the tag <${closing ? '/' : ''}${name} is never closed with ">"`);
    if (closing) {
      const top = open.pop();
      if (top === undefined) return fail(lt, `</${name}> closes no open element`);
      if (top.name !== name) return fail(lt, `</${name}> closes <${top.name}> (opened on line ${top.line})`);
    } else {
      if (open.length === 0 && root !== undefined) return fail(lt, `a second root element <${name}>`);
      root ??= name;
      const at = lineAt(lt);
      if (wanted(name)) elements.push({ name, depth: open.length, line: at });
      if (text[gt - 1] !== '/') open.push({ name, line: at });
    }
    lt = gt;
  }
  const last = open.at(-1);
  if (last !== undefined) {
    return fail(text.length, `the text ends inside <${last.name}> (opened on line ${last.line}): it is cut short`);
  }
  if (root === undefined) return fail(0, 'there is no XML element in it');
  return { ok: true, root, elements };
}

/** The element name at `pos` ("item", "dc:date"), or undefined when no name starts there. */
function nameAt(text: string, pos: number): string | undefined {
  if (!NAME_START.test(text[pos] ?? '')) return undefined;
  let end = pos + 1;
  while (end < text.length && NAME_CHAR.test(text[end] as string)) end += 1;
  return text.slice(pos, end);
}

/** Comments, CDATA, processing instructions and DOCTYPE at `lt`: what it is and one past its end (-1: none). */
function skipMarkup(text: string, lt: number): { what: string; end: number } | null {
  if (text.startsWith('<!--', lt)) return { what: 'a comment', end: after(text, '-->', lt + 4) };
  if (text.startsWith('<![CDATA[', lt)) return { what: 'a CDATA section', end: after(text, ']]>', lt + 9) };
  if (text.startsWith('<?', lt)) return { what: 'a processing instruction', end: after(text, '?>', lt + 2) };
  if (text.startsWith('<!', lt)) return { what: 'a declaration', end: declarationEnd(text, lt + 2) };
  return null;
}

function after(text: string, close: string, from: number): number {
  const at = text.indexOf(close, from);
  return at === -1 ? -1 : at + close.length;
}

/** "<!DOCTYPE rss [ <!ENTITY ...> ]>": the end of a declaration, over an internal subset in brackets. */
function declarationEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = text.indexOf(c, i + 1);
      if (i === -1) return -1;
    } else if (c === '[') depth += 1;
    else if (c === ']') depth -= 1;
    else if (c === '>' && depth <= 0) return i + 1;
  }
  return -1;
}

/** The index of the ">" that ends a tag whose name ends at `from`, over quoted attribute values; -1 if none. */
function tagEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '>') return i;
    if (c === '<') return -1;
    if (c === '"' || c === "'") {
      i = text.indexOf(c, i + 1);
      if (i === -1) return -1;
    }
  }
  return -1;
}
