/** One coder for the tests of a file, and short ways to ask what it finds in a sentence. */
import { type Coder, createCoder } from '../../src/coder.js';
import type { CodedEvent } from '../../src/output/coded-event.js';

let shared: Coder | undefined;

/** A coder built once per test process (building one takes ~150 ms). */
export function coder(): Coder {
  shared ??= createCoder();
  return shared;
}

export function code(text: string, date = '2024-06-01'): CodedEvent[] {
  return coder().code({ id: 'test', text, date, origin: { file: '<test>' } }).events;
}

/** "SRC CODE TGT" for every event, e.g. "RUSGOV 042 VNM"; "-" for a missing actor. */
export function triples(text: string, date?: string): string[] {
  return code(text, date).map((e) => `${e.source?.code ?? '-'} ${e.code} ${e.target?.code ?? '-'}`);
}

/** The actors of a text as "CODE text" strings. */
export function actors(text: string, date = '2024-06-01'): string[] {
  const { doc } = coder().code({ id: 'test', text, date, origin: { file: '<test>' } });
  return doc.actors.map((m) => `${m.code} ${doc.text.slice(m.start, m.end)}`);
}
