/**
 * Reads a PETRARCH agent dictionary (`.agents.txt`) into Parley's agent entries. A record is
 *
 *     PHRASE {PLURAL ...} [~CODE]     "~CODE": the code follows the actor's; "CODE~": it precedes it
 *     !PERSON! = MAN, MEN, WOMAN      a substitution set, used as CATTLE!PERSON!
 *
 * Regular plurals are made as PETRARCH makes them, with English spelling: +s, consonant+y -> ies, s/x/z/ch/sh -> es.
 * `{}` means no plural; `{FORMS}` gives the irregular ones. Substituted forms get no plural. PETRARCH lets a blank
 * between words skip other words; Parley matches agent phrases as consecutive words, and says so once per file.
 */
import type { DictAgent } from './dictionary-schema.js';
import { type ImportProblem, slug, uniqueIds } from './import-problems.js';
import { petrarchLines, phraseText } from './petrarch-lines.js';

export interface AgentImport {
  agents: DictAgent[];
  problems: ImportProblem[];
}

/** The regular English plural of a phrase's last word. */
export function regularPlural(phrase: string): string {
  const words = phrase.split(' ');
  const last = words.pop() ?? '';
  const lower = last.toLowerCase();
  const upper = last === last.toUpperCase();
  let plural: string;
  if (/[^aeiou]y$/.test(lower)) plural = `${last.slice(0, -1)}${upper ? 'IES' : 'ies'}`;
  else if (/(s|x|z|ch|sh)$/.test(lower)) plural = `${last}${upper ? 'ES' : 'es'}`;
  else plural = `${last}${upper ? 'S' : 's'}`;
  return [...words, plural].join(' ');
}

const MACRO_DEF = /^!([A-Za-z0-9_]+)!\s*=\s*(.+)$/;
const MACRO_USE = /!([A-Za-z0-9_]+)!/;

/** Every form of `raw` with its substitution markers replaced, or an error message for an undefined marker. */
function expand(raw: string, macros: ReadonlyMap<string, readonly string[]>): { forms: string[]; substituted: boolean } | string {
  const use = MACRO_USE.exec(raw);
  if (!use?.[1]) return { forms: [raw], substituted: false };
  const values = macros.get(use[1].toUpperCase());
  if (!values) return `the substitution set !${use[1]}! is not defined above this line`;
  const out: string[] = [];
  for (const v of values) {
    const rest = expand(raw.replace(use[0], v), macros);
    if (typeof rest === 'string') return rest;
    out.push(...rest.forms);
  }
  return { forms: out, substituted: true };
}

export function importAgents(content: string, source: string): AgentImport {
  const problems: ImportProblem[] = [];
  const agents: DictAgent[] = [];
  const macros = new Map<string, string[]>();
  const idFor = uniqueIds();
  const prefix = `dict.${slug(source.replace(/\.(agents?)?\.?txt$/i, ''))}`;
  let gaps = 0;
  const error = (line: number, message: string) => problems.push({ line, severity: 'error', message });

  for (const { line, text } of petrarchLines(content)) {
    const def = MACRO_DEF.exec(text);
    if (def?.[1] && def[2]) {
      macros.set(def[1].toUpperCase(), def[2].split(',').map((v) => v.trim()).filter(Boolean));
      continue;
    }
    const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*\[\s*([^\]]*?)\s*\]\s*$/.exec(text);
    if (!m?.[1] || m[3] === undefined) {
      error(line, 'expected "PHRASE {PLURALS} [~CODE]"');
      continue;
    }
    const [, rawPhrase, rawPlurals, rawCode] = m;
    const code = /^~([A-Za-z0-9]{3,27})$/.exec(rawCode) ?? /^([A-Za-z0-9]{3,27})~$/.exec(rawCode);
    if (!code?.[1]) {
      error(line, `"[${rawCode}]" is not an agent code ("[~GOV]" after the actor, "[NGO~]" before it)`);
      continue;
    }
    const position = rawCode.startsWith('~') ? 'after' : 'before';
    if (/\S\s+\S/.test(rawPhrase.trim())) gaps++;
    const singular = expand(rawPhrase.trim(), macros);
    if (typeof singular === 'string') {
      error(line, singular);
      continue;
    }
    const names = singular.forms.map(phraseText);
    if (rawPlurals !== undefined) {
      for (const p of rawPlurals.trim().split(/\s+/).filter(Boolean)) {
        const plural = expand(p, macros);
        if (typeof plural === 'string') error(line, plural);
        else names.push(...plural.forms.map(phraseText));
      }
    } else if (!singular.substituted) {
      names.push(...names.map(regularPlural));
    }
    const base = names[0] ?? '';
    if (!base) {
      error(line, 'an agent with no phrase');
      continue;
    }
    agents.push({
      id: idFor(`${prefix}.${slug(base)}`),
      names: [...new Set(names)],
      code: code[1].toUpperCase(),
      position,
      source: `${source}:${line}`,
    });
  }
  if (gaps > 0) {
    problems.push({
      line: 0,
      severity: 'warning',
      message: `${gaps} agent phrase(s) separate words with a blank, which PETRARCH lets skip words; Parley matches them as consecutive words`,
    });
  }
  return { agents, problems };
}
