/**
 * Reads a PETRARCH/TABARI actor dictionary (`.actors.txt`) into Parley's actor entries. A record is
 *
 *     PRIMARY_PHRASE  [CODE]          the code is optional: the default when no dated code applies
 *     +SYNONYM_PHRASE                 any number of synonyms
 *     <tab>[CODE 460101-820701]       any number of dated codes, one per indented line
 *
 * Phrases are words joined by blanks or underscores; a trailing underscore (TABARI's "no stemming" mark) is
 * dropped, since Parley matches whole words. Unreadable lines are reported with their numbers and skipped.
 */
import type { DictActor } from './dictionary-schema.js';
import { type ImportProblem, slug, uniqueIds } from './import-problems.js';
import { type DatedCode, parseDatedCode } from './petrarch-dates.js';
import { petrarchLines, phraseText } from './petrarch-lines.js';

export interface ActorImport {
  actors: DictActor[];
  problems: ImportProblem[];
  /** Synonym lines read (each is one more name of an entry). */
  synonyms: number;
}

interface OpenRecord {
  line: number;
  names: string[];
  codes: DatedCode[];
}

interface Parsed {
  phrase: string;
  /** The inside of each "[...]" block, in order ("AFGGOV >011222"). */
  codes: string[];
  /** Text after the last block that is not a comment, which PETRARCH ignores ("Newspapers $137,000,000"). */
  trailing: string;
}

/** "PHRASE [CODE ...] [CODE ...]" -> the phrase and the blocks' insides, or an error message. */
function splitLine(text: string): Parsed | string {
  const open = text.indexOf('[');
  if (open < 0) {
    if (text.includes(']')) return 'a "]" without its "["';
    return { phrase: phraseText(text), codes: [], trailing: '' };
  }
  const codes: string[] = [];
  let rest = text.slice(open);
  for (;;) {
    const block = /^\s*\[([^\][]*)\]/.exec(rest);
    if (!block) break;
    codes.push(block[1] ?? '');
    rest = rest.slice(block[0].length);
  }
  const trailing = rest.trim();
  if (/[[\]]/.test(trailing)) return `a "[" without its "]" in "${trailing}"`;
  return { phrase: phraseText(text.slice(0, open)), codes, trailing };
}

export function importActors(content: string, source: string): ActorImport {
  const problems: ImportProblem[] = [];
  const actors: DictActor[] = [];
  const idFor = uniqueIds();
  const prefix = `dict.${slug(source.replace(/\.(actors?)?\.?txt$/i, ''))}`;
  let synonyms = 0;
  let open: OpenRecord | null = null;

  const close = () => {
    if (!open) return;
    const primary = open.names[0] ?? '';
    if (open.codes.length === 0) {
      problems.push({ line: open.line, severity: 'warning', message: `"${primary}" has no code; skipped` });
    } else {
      actors.push({ id: idFor(`${prefix}.${slug(primary)}`), names: open.names, codes: open.codes, source: `${source}:${open.line}` });
    }
    open = null;
  };
  const error = (line: number, message: string) => problems.push({ line, severity: 'error', message });

  const addCodes = (line: number, parsed: Parsed) => {
    if (parsed.trailing) problems.push({ line, severity: 'warning', message: `text after the code ignored: "${parsed.trailing}"` });
    for (const inside of parsed.codes) {
      const dated = parseDatedCode(inside);
      if (typeof dated === 'string') error(line, dated);
      else open?.codes.push(dated);
    }
  };

  for (const { line, text, indented } of petrarchLines(content)) {
    const kind = text.startsWith('[') ? 'codes' : text.startsWith('+') ? 'synonym' : 'entry';
    const parsed = splitLine(kind === 'synonym' ? text.slice(1) : text);
    if (typeof parsed === 'string') {
      error(line, parsed);
      continue;
    }
    if (kind === 'codes') {
      // dated (or default) codes of the open record, one or more per line
      if (!open) error(line, 'a code line with no actor above it');
      else {
        if (!indented) problems.push({ line, severity: 'warning', message: 'a code line should be indented with a tab' });
        addCodes(line, parsed);
      }
      continue;
    }
    if (kind === 'synonym') {
      if (!open) error(line, 'a synonym ("+...") with no actor above it');
      else if (!parsed.phrase) error(line, 'an empty synonym');
      else {
        if (parsed.codes.length > 0) {
          problems.push({ line, severity: 'warning', message: 'a synonym takes the codes of its entry; its own code is ignored' });
        }
        open.names.push(parsed.phrase);
        synonyms++;
      }
      continue;
    }
    close();
    if (!parsed.phrase) {
      error(line, 'an entry with no phrase');
      continue;
    }
    open = { line, names: [parsed.phrase], codes: [] };
    addCodes(line, parsed);
  }
  close();
  return { actors, problems, synonyms };
}
