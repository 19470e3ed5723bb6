/**
 * Element to plain text with paragraph breaks kept: block elements (p, h1-h6, li, div, ...) become paragraphs
 * separated by a blank line, <br> a line break, and runs of spaces inside a paragraph one space.
 */
import { type DomNode, ELEMENT_NODE, TEXT_NODE } from './dom.js';

const BLOCKS: ReadonlySet<string> = new Set(
  (
    'ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DETAILS|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H1|' +
    'H2|H3|H4|H5|H6|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|SUMMARY|TABLE|TBODY|TD|TFOOT|TH|THEAD|TR|' +
    'UL|CAPTION'
  ).split('|'),
);

const SKIPPED: ReadonlySet<string> = new Set(
  'SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|IFRAME|HEAD|TITLE'.split('|'),
);

/** The text of `root` as paragraphs joined by blank lines; NFC. */
export function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  let current = '';
  const endLine = () => {
    const line = current.replace(/\s+/gu, ' ').trim();
    if (line !== '') lines.push(line);
    current = '';
  };
  const endParagraph = () => {
    endLine();
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    lines = [];
  };
  const visit = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') {
      endLine();
      return;
    }
    const block = BLOCKS.has(name);
    if (block) endParagraph();
    for (let k = 0; k < node.childNodes.length; k++) visit(node.childNodes[k] as DomNode);
    if (block) endParagraph();
  };
  visit(root);
  endParagraph();
  return paragraphs.join('\n\n').normalize('NFC');
}
