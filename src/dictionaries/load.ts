/**
 * Loads a user's actor dictionaries for a coder: Parley's own format (.json, .yaml, .yml), or a PETRARCH/TABARI
 * dictionary (.txt) imported on the fly. A PETRARCH file with unreadable lines is refused with the first of them;
 * `parley dict import` lists them all.
 */
import { ParleyError } from '../errors.js';
import { parseDataText, readTextFile } from '../knowledge/read-data.js';
import { type ActorDictionary, actorDictionarySchema } from './dictionary-schema.js';
import { importDictionaries } from './import.js';

export function loadActorDictionary(file: string): ActorDictionary {
  const text = readTextFile(file, 'actor dictionary', 'Check the path given with --actors.', 'dict.missing');
  if (/\.(json|ya?ml)$/i.test(file)) return parseDataText(file, text, actorDictionarySchema);
  const { dictionary, reports } = importDictionaries([{ file, text }]);
  const first = reports.flatMap((r) => r.problems).find((p) => p.severity === 'error');
  if (first) {
    throw new ParleyError('dict.invalid', first.message, {
      file,
      line: first.line,
      hint: 'Run `parley dict import` on this file to see every problem, and fix or convert it.',
    });
  }
  return dictionary;
}
