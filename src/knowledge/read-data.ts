/**
 * Reads one of Parley's data files: readFileSync + JSON.parse (or YAML for a user's .yaml/.yml file) + zod. Every
 * problem becomes a ParleyError that names the file (and the line, for syntax errors), so a broken data file is
 * reported in one line instead of a stack trace.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { YAMLParseError, parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ParleyError } from '../errors.js';

/** "codes.3.goldstein" for zod's issue path ["codes", 3, "goldstein"]; "(root)" for the whole file. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map((part) => String(part)).join('.');
}

function parseYamlText(file: string, text: string): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0]?.line : undefined;
    const message = (error as Error).message.split('\n')[0] ?? 'syntax error';
    const where = line === undefined ? { file } : { file, line };
    throw new ParleyError('data.invalid', `not valid YAML: ${message}`, where, { cause: error });
  }
}

function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ParleyError('data.invalid', `not valid JSON: ${(error as Error).message}`, { file }, { cause: error });
  }
}

/** Parses `text` (the contents of `file`) as JSON, or YAML when `file` ends in .yaml/.yml, and validates it. */
export function parseDataText<S extends z.ZodType>(file: string, text: string, schema: S): z.output<S> {
  const json = /\.ya?ml$/i.test(file) ? parseYamlText(file, text) : parseJsonText(file, text);
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? `${issuePath(issue.path)}: ${issue.message}` : result.error.message;
    const more =
      result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problems)` : '';
    throw new ParleyError('data.invalid', `does not match its schema at ${where}${more}`, {
      file,
      hint: 'Fix the file, or regenerate it with `npm run data:build` if it is generated.',
    });
  }
  return result.data;
}

/**
 * Reads a text file; a missing or unreadable file becomes a ParleyError: "<what> not found" or "cannot read <what>",
 * with the file and the hint.
 */
export function readTextFile(file: string, what: string, hint: string, code = 'data.missing'): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code;
    const message = errno === 'ENOENT' ? `${what} not found` : `cannot read ${what} (${errno ?? 'error'})`;
    throw new ParleyError(code, message, { file, hint }, { cause: error });
  }
}

/** Reads `relPath` under `dataDir` (e.g. "ontology/cameo.json") and validates it with `schema`. */
export function readDataFile<S extends z.ZodType>(dataDir: string, relPath: string, schema: S): z.output<S> {
  const file = join(dataDir, relPath);
  return parseDataText(file, readTextFile(file, 'data file', 'Check the data directory.'), schema);
}
