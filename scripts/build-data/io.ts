/** Reading the fact tables and writing the data files, with one-line errors for anything missing or malformed. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { ParleyError } from '../../src/errors.js';

/** A missing or malformed input: the build stops with this one-line message. */
export function inputError(file: string, message: string): ParleyError {
  return new ParleyError('data.build', message, { file });
}

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw inputError(file, code === 'ENOENT' ? 'input file is missing' : `cannot read input file (${code})`);
  }
}

export function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw inputError(file, `not valid JSON: ${(error as Error).message}`);
  }
}

/** A tab-separated table whose first line must be exactly `header`; rows must have that many columns. */
export function readTsv(file: string, header: readonly string[]): string[][] {
  const lines = readText(file)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const first = lines[0]?.split('\t') ?? [];
  if (first.join('\t') !== header.join('\t')) {
    throw inputError(file, `expected the header "${header.join('\\t')}", found "${first.join('\\t')}"`);
  }
  return lines.slice(1).map((line, index) => {
    const cells = line.split('\t');
    if (cells.length !== header.length) {
      throw inputError(file, `line ${index + 2} has ${cells.length} columns, expected ${header.length}`);
    }
    return cells;
  });
}

/** Pretty-printed JSON with 2-space indent and a trailing newline; key order is the order the value was built in. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Writes `text` to `file`, creating folders; returns the path relative to `root` for the report. */
export function writeOutput(root: string, file: string, text: string): string {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return relative(root, file);
}

/** Collects the lines of the build report, grouped by section, in the order they were noted. */
export class Report {
  private readonly sections = new Map<string, string[]>();

  note(section: string, line: string): void {
    const lines = this.sections.get(section) ?? [];
    lines.push(line);
    this.sections.set(section, lines);
  }

  toString(): string {
    return [...this.sections]
      .map(([section, lines]) => [`${section}:`, ...lines.map((line) => `  - ${line}`)].join('\n'))
      .join('\n');
  }
}
