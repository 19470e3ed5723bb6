/**
 * The event lexicon compiled for matching: every rule's pattern compiled once, indexed by the words that can start
 * it, and every code checked against the CAMEO table at load time.
 */
import { ParleyError } from '../errors.js';
import type { Ontology } from '../knowledge/ontology.js';
import type { EventRuleFile } from '../knowledge/event-files.js';
import type { EventRule } from '../knowledge/schemas.js';
import type { VerbData } from './inflect.js';
import { type CompiledPattern, compilePattern } from './pattern.js';

export interface CompiledEventRule extends EventRule {
  readonly compiled: CompiledPattern;
  /** The data file the rule comes from (relative to the data directory). */
  readonly file: string;
  /** Position in the lexicon: earlier rules win ties. */
  readonly order: number;
  readonly hasSource: boolean;
  readonly hasTarget: boolean;
}

export interface EventLexicon {
  readonly rules: readonly CompiledEventRule[];
  readonly byAnchor: ReadonlyMap<string, readonly CompiledEventRule[]>;
}

export function compileEventLexicon(files: readonly EventRuleFile[], verbs: VerbData, ontology: Ontology): EventLexicon {
  const compiled: CompiledEventRule[] = [];
  const byAnchor = new Map<string, CompiledEventRule[]>();
  const ids = new Set<string>();
  const rules = files.flatMap((f) => f.rules.map((rule) => ({ rule, file: `data/${f.file}` })));
  rules.forEach(({ rule, file }, order) => {
    if (ids.has(rule.id)) {
      throw new ParleyError('lexicon.duplicate-id', `rule id ${rule.id} is used twice.`, {
        file,
        hint: 'Give every rule its own id.',
      });
    }
    ids.add(rule.id);
    if (rule.code !== null && !ontology.has(rule.code)) {
      throw new ParleyError('lexicon.unknown-code', `rule ${rule.id}: CAMEO code ${rule.code} does not exist.`, {
        file,
        hint: 'Use a code from data/ontology/cameo.json.',
      });
    }
    const pattern = compilePattern(rule.id, rule.pattern, verbs, file);
    const c: CompiledEventRule = {
      ...rule,
      compiled: pattern,
      file,
      order,
      hasSource: pattern.elements.some((e) => e.kind === 'slot' && e.role === 'S'),
      hasTarget: pattern.elements.some((e) => e.kind === 'slot' && e.role === 'T'),
    };
    compiled.push(c);
    for (const a of pattern.anchors) {
      const list = byAnchor.get(a);
      if (list) list.push(c);
      else byAnchor.set(a, [c]);
    }
  });
  return { rules: compiled, byAnchor };
}
