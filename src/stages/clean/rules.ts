/** Applies the compiled boilerplate and byline rules (data/lexicon/en/boilerplate.json) to lines of text. */

import type { BoilerplateRules, CompiledBoilerplateRule } from '../../knowledge/boilerplate.js';
import type { BoilerplateScope } from '../../knowledge/boilerplate-schema.js';

/** Lines longer than this are paragraphs of text, never boilerplate or bylines (and not worth matching). */
export const MAX_RULE_LINE = 600;

/** The first rule of `scope` matching the whole trimmed line, or null. */
export function matchLine(
  rules: BoilerplateRules,
  scope: Exclude<BoilerplateScope, 'trailing'>,
  line: string,
): CompiledBoilerplateRule | null {
  if (line.length > MAX_RULE_LINE) return null;
  for (const rule of rules.rules) if (rule.scope === scope && matches(rule, line)) return rule;
  return null;
}

function matches(rule: CompiledBoilerplateRule, line: string): boolean {
  return (rule.prefilter === null || rule.prefilter.test(line)) && rule.regex.test(line);
}

export interface TrailingMatch {
  rule: CompiledBoilerplateRule;
  /** Offset into the line where the signature starts (0: the whole line is the signature). */
  index: number;
}

/** A `trailing` rule matching the end of the line ("... in the world. — VNS"), or null. */
export function matchTrailing(rules: BoilerplateRules, line: string): TrailingMatch | null {
  const tail = line.length > MAX_RULE_LINE ? line.slice(-MAX_RULE_LINE) : line;
  const shift = line.length - tail.length;
  for (const rule of rules.rules) {
    if (rule.scope !== 'trailing' || (rule.prefilter !== null && !rule.prefilter.test(tail))) continue;
    const m = rule.regex.exec(tail);
    if (m) return { rule, index: m.index + shift };
  }
  return null;
}
