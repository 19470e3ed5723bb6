/**
 * Loads data/lexicon/en/boilerplate.json, validates it and compiles each rule's regular expression once. The
 * result is frozen and shared by every document (`ctx.knowledge.boilerplate`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../errors.js';
import { needsSource, prefilterOf } from '../stages/clean/prefilter.js';
import { type BoilerplateFile, type BoilerplateRule, boilerplateFileSchema } from './boilerplate-schema.js';

export interface CompiledBoilerplateRule extends BoilerplateRule {
  /**
   * Anchored to a whole trimmed line (`line`, `rest-of-document`) or to its end (`trailing`). No g/y flag.
   */
  readonly regex: RegExp;
  /**
   * Literals one of which every match contains, searched for before `regex` (same flags); null when the pattern
   * fails fast anyway (it starts with a literal, a digit or a space) or none were found (clean/prefilter.ts).
   */
  readonly prefilter: RegExp | null;
}

export interface BoilerplateRules {
  readonly rules: readonly CompiledBoilerplateRule[];
}

export function boilerplatePath(dataDir: string, lang = 'en'): string {
  return join(dataDir, 'lexicon', lang, 'boilerplate.json');
}

export function loadBoilerplate(dataDir: string, lang = 'en'): BoilerplateRules {
  const file = boilerplatePath(dataDir, lang);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new ParleyError(
      'data.unreadable',
      `cannot read boilerplate rules: ${(cause as Error).message}`,
      { file, hint: 'Check the data directory (--data-dir) and that the file is valid JSON.' },
      { cause },
    );
  }
  return compileBoilerplate(json, file);
}

/** Validates and compiles already-parsed rules; `file` is used in error messages. */
export function compileBoilerplate(json: unknown, file = '<boilerplate>'): BoilerplateRules {
  const parsed = boilerplateFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    throw new ParleyError('data.invalid', `invalid boilerplate rules at ${path}: ${issue?.message}`, {
      file,
      hint: 'Fix the file so that it matches src/knowledge/boilerplate-schema.ts.',
    });
  }
  return Object.freeze({ rules: Object.freeze(compileRules(parsed.data, file)) });
}

function compileRules(data: BoilerplateFile, file: string): CompiledBoilerplateRule[] {
  return data.rules.map((rule) => {
    const source = rule.scope === 'trailing' ? `(?:^|(?<=\\s))(?:${rule.pattern})$` : `^(?:${rule.pattern})$`;
    let regex: RegExp;
    try {
      regex = new RegExp(source, rule.caseSensitive ? 'u' : 'iu');
    } catch (cause) {
      throw new ParleyError('data.invalid', `rule ${rule.id}: bad pattern: ${(cause as Error).message}`, {
        file,
        hint: 'Patterns are JavaScript regular expressions compiled with the "u" flag.',
      });
    }
    if (!regex.test(rule.example)) {
      throw new ParleyError('data.invalid', `rule ${rule.id}: its example does not match its pattern`, {
        file,
        hint: 'Fix the pattern or the example; each rule must match its own example.',
      });
    }
    return Object.freeze({ ...rule, regex, prefilter: compilePrefilter(rule, regex.flags) });
  });
}

/** Anchored at ^, a pattern with a narrow start needs no prefilter; a `trailing` one is tried everywhere. */
function compilePrefilter(rule: BoilerplateRule, flags: string): RegExp | null {
  const found = prefilterOf(rule.pattern);
  if (!found || (found.narrowStart && rule.scope !== 'trailing')) return null;
  return new RegExp(needsSource(found.needs), flags);
}
