/**
 * Splits an article's text into blocks (spans into the text, which is never changed): a leading date-line,
 * title and subtitle, a dateline, bylines, boilerplate and body paragraphs. Also collects the dates the
 * blocks state.
 */
import type { Block, Dateline, Span } from '../../document.js';
import type { BoilerplateRules, CompiledBoilerplateRule } from '../../knowledge/boilerplate.js';
import { matchDateLine } from './date-line.js';
import { matchDateline } from './dateline.js';
import { fullDateIn } from './dates.js';
import { endsSentence, skipSpace, splitLines, type TextLine } from './lines.js';
import { matchLine, matchTrailing } from './rules.js';
import { isHeadingLine, isKnownTitle } from './title.js';

export interface CleanInput {
  text: string;
  rules: BoilerplateRules;
  /**
   * The text was extracted from HTML: title and subtitle must be paragraphs of their own (block elements).
   */
  isHtml: boolean;
  title?: string | undefined;
}

export interface DateCandidate extends Span {
  source: 'date-line' | 'dateline' | 'byline';
  /** The full date the block states, or null. Reading it may run chrono: done only when a date is needed. */
  read: () => string | null;
}

export interface CleanOutput {
  blocks: Block[];
  dateline: Dateline | null;
  /** Blocks that may state a date (the date-line, the dateline, bylines), in document order. */
  dates: DateCandidate[];
}

/** The first `line` rule and the first `rest-of-document` rule matching a line, or null. */
interface LineRules {
  line: CompiledBoilerplateRule | null;
  rest: CompiledBoilerplateRule | null;
}

/** A block under construction, with the lines it covers. */
interface Draft extends Block {
  firstLine: number;
  lastLine: number;
}

export function buildBlocks(input: CleanInput): CleanOutput {
  const { text, rules } = input;
  const lines = splitLines(text);
  const { matched, cut } = findCut(lines, rules);
  const end = cut ? cut.index : lines.length;
  const drafts: Draft[] = [];
  const dates: DateCandidate[] = [];
  let dateline: Dateline | null = null;
  const add = (kind: Block['kind'], span: Span, line: number, rule?: CompiledBoilerplateRule) =>
    drafts.push({ kind, ...span, firstLine: line, lastLine: line, ...(rule ? { rule: rule.id } : {}) });

  // A leading "date 2025-05-11": the rest of its line is read on as usual.
  let i = 0;
  let resumeAt = lines[0]?.start ?? 0;
  const dl = end > 0 && lines[0] ? matchDateLine(lines[0].text) : null;
  if (dl && lines[0]) {
    const span = { start: lines[0].start + dl.start, end: lines[0].start + dl.end };
    add('date-line', span, 0);
    dates.push({ source: 'date-line', ...span, read: () => dl.value });
    resumeAt = skipSpace(text, span.end, lines[0].end);
    if (resumeAt >= lines[0].end) i = 1;
  }
  if (i < end && resumeAt <= (lines[i]?.start ?? 0)) i = addHeadings(lines, i, end, input, add);

  let datelineTried = false;
  for (; i < end; i++) {
    const line = lines[i] as TextLine;
    const from = Math.max(line.start, resumeAt);
    if (from === line.start) {
      const m = matched[i] as LineRules;
      const rule = m.line ?? m.rest;
      if (rule) {
        add(rule.kind, line, i, rule);
        continue;
      }
    }
    let bodyStart = from;
    if (!datelineTried) {
      datelineTried = true;
      const m = matchDateline(text.slice(from, line.end));
      if (m) {
        const span = { start: from + m.start, end: from + m.end };
        add('dateline', span, i);
        dateline = { place: m.place, ...span };
        dates.push({ source: 'dateline', ...span, read: () => fullDateIn(m.qualifier) });
        bodyStart = skipSpace(text, span.end, line.end);
      }
    }
    if (bodyStart >= line.end) continue;
    const prev = drafts.at(-1);
    const prevLine = lines[i - 1];
    if (
      prev?.kind === 'body' &&
      prev.lastLine === i - 1 &&
      prevLine?.para === line.para &&
      !endsSentence(prevLine.text)
    ) {
      prev.end = line.end; // a wrapped line continues the paragraph
      prev.lastLine = i;
    } else {
      add('body', { start: bodyStart, end: line.end }, i);
    }
  }

  splitTrailingSignature(text, lines, drafts, rules);
  for (const { kind, start, end } of drafts) {
    if (kind === 'byline') dates.push({ source: 'byline', start, end, read: () => fullDateIn(text.slice(start, end)) });
  }
  const last = lines.at(-1);
  if (cut && last)
    add('boilerplate', { start: (lines[cut.index] as TextLine).start, end: last.end }, cut.index, cut.rule);

  const blocks = drafts.map(({ firstLine: _f, lastLine: _l, ...block }) => block);
  return { blocks, dateline, dates };
}

/**
 * The cut: the first rest-of-document heading that comes after some body text (a heading before any text is one
 * line); and the rules matching each line before it. Lines after the cut are never matched.
 */
function findCut(
  lines: readonly TextLine[],
  rules: BoilerplateRules,
): { matched: LineRules[]; cut: { index: number; rule: CompiledBoilerplateRule } | null } {
  const matched: LineRules[] = [];
  let bodySeen = false;
  for (const [index, { text }] of lines.entries()) {
    const rest = matchLine(rules, 'rest-of-document', text);
    if (rest && bodySeen) return { matched, cut: { index, rule: rest } };
    const line = matchLine(rules, 'line', text);
    matched.push({ line, rest });
    if (!rest && !line) bodySeen = true;
  }
  return { matched, cut: null };
}

/** Title (and subtitle) lines from line `i`; returns the index of the first line after them. */
function addHeadings(
  lines: TextLine[],
  i: number,
  end: number,
  input: CleanInput,
  add: (kind: Block['kind'], span: Span, line: number) => void,
): number {
  const at = (k: number) => (k < end ? lines[k] : undefined);
  const heading = (k: number) => {
    const line = at(k);
    return line !== undefined && isHeadingLine(line, at(k + 1), input.rules, input.isHtml);
  };
  const first = lines[i] as TextLine;
  if (!isKnownTitle(first.text, input.title) && !heading(i)) return i;
  add('title', first, i);
  if (!heading(i + 1)) return i + 1;
  add('subtitle', lines[i + 1] as TextLine, i + 1);
  return i + 2;
}

/** "... in the world. — VNS": the last body block loses its closing agency signature to a byline block. */
function splitTrailingSignature(
  text: string,
  lines: TextLine[],
  drafts: Draft[],
  rules: BoilerplateRules,
): void {
  const index = drafts.findLastIndex((b) => b.kind === 'body');
  const body = drafts[index];
  const line = body ? lines[body.lastLine] : undefined;
  if (!body || !line) return;
  const from = Math.max(line.start, body.start);
  const m = matchTrailing(rules, text.slice(from, line.end));
  if (!m) return;
  const sigStart = from + m.index;
  let bodyEnd = sigStart;
  while (bodyEnd > body.start && /\s/u.test(text[bodyEnd - 1] as string)) bodyEnd--;
  const byline: Draft = {
    kind: 'byline',
    start: sigStart,
    end: line.end,
    rule: m.rule.id,
    firstLine: body.lastLine,
    lastLine: body.lastLine,
  };
  if (bodyEnd > body.start) {
    body.end = bodyEnd;
    drafts.splice(index + 1, 0, byline);
  } else {
    drafts.splice(index, 1, byline);
  }
}
