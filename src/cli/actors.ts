/**
 * `parley actors`: the actors found in each document, with their spans, codes, the rules that built them and what
 * they were resolved to: the debugging view of a dictionary maintainer.
 */
import { createCoder } from '../coder.js';
import { formatError } from '../errors.js';
import { readInputs } from '../ingest/index.js';
import { type KnowledgeFlags, knowledgeConfig } from './knowledge-flags.js';

export async function runActors(inputs: string[], opts: KnowledgeFlags & { json?: boolean }): Promise<number> {
  const coder = createCoder(knowledgeConfig(opts));
  let articles = 0;
  for await (const item of readInputs(inputs)) {
    if (item.kind === 'error') {
      process.stderr.write(`${formatError(item.error)}\n`);
      continue;
    }
    articles++;
    const { doc } = coder.code(item.article);
    if (opts.json) {
      for (const m of doc.actors) {
        const { id, sentence, start, end, code, country, role, name, kind, rules, antecedent } = m;
        const text = doc.text.slice(start, end);
        process.stdout.write(
          `${JSON.stringify({ doc_id: doc.id, id, sentence, start, end, text, code, country, role, name, kind, rules, antecedent })}\n`,
        );
      }
      continue;
    }
    process.stdout.write(`== ${doc.id} (${doc.actors.length} actor mentions)\n`);
    for (const m of doc.actors) {
      const text = doc.text.slice(m.start, m.end).replace(/\s+/g, ' ');
      const ref = m.antecedent !== undefined ? ` = #${m.antecedent}` : '';
      process.stdout.write(
        `  #${m.id} s${m.sentence} [${m.start},${m.end}) ${m.code.padEnd(10)} ${m.kind.padEnd(12)} "${text}"${m.name ? ` name="${m.name}"` : ''}${ref}  ${m.rules.join(' ')}\n`,
      );
    }
    for (const n of doc.nonActors) {
      const text = doc.text.slice(n.start, n.end).replace(/\s+/g, ' ');
      process.stdout.write(`  -- s${n.sentence} [${n.start},${n.end}) not an actor: "${text}"  ${n.rule}\n`);
    }
  }
  return articles > 0 ? 0 : 1;
}
