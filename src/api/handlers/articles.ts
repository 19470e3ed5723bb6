/**
 * GET /api/articles/{id} (an article with its sentences, actor spans and coded mentions) and POST /api/articles
 * (code one article and store it; token required).
 */
import { contentHash } from '../../store/article-rows.js';
import { deriveDataset } from '../../store/derive.js';
import { ingestItems } from '../../store/ingest.js';
import { eventsById, getArticle } from '../../store/read-reports.js';
import { parseJsonlRecord } from '../../ingest/index.js';
import type { ParleyError } from '../../errors.js';
import type { ApiContext } from '../api-context.js';
import type { ArticleDetail, PostedArticle } from '../api-types.js';
import { HttpError } from '../http-error.js';
import { mentionSpans } from '../spans.js';

export async function articleDetail(ctx: ApiContext, id: string): Promise<ArticleDetail> {
  const stored = await getArticle(ctx.store, id);
  if (!stored) {
    throw new HttpError(404, 'not-found', `No article with id or document id "${id}" in this store. Article ids come from an event's reports.`, 'id');
  }
  const a = stored.article;
  return {
    id: a.hash,
    doc_id: a.doc_id,
    url: a.url,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    origin: a.origin,
    added: a.added,
    text: a.text,
    sentences: stored.sentences,
    actors: stored.actors.map(({ idx: _idx, ...rest }) => rest),
    mentions: stored.mentions.map((m) => ({
      mention_id: m.mention_id,
      event_id: m.event_id,
      code: m.record.code,
      name: m.record.name,
      source: m.record.source?.code ?? null,
      target: m.record.target?.code ?? null,
      sentence_index: m.sentence_index,
      trigger: { start: m.record.trigger.start, end: m.record.trigger.end },
      evidence: { start: m.record.evidence.start, end: m.record.evidence.end },
      spans: mentionSpans(m.record).map((s) => ({ ...s, start: s.start + m.record.evidence.start, end: s.end + m.record.evidence.start })),
    })),
  };
}

/**
 * Codes and stores one article given as JSON in the body: the fields of a JSONL input line
 * ({id?, text | html, title?, url?, date?, source?}). The dataset is then brought up to date (deduplication,
 * episodes) before the answer, so the article's events are in it.
 */
export async function postArticle(ctx: ApiContext, body: string): Promise<{ status: 200 | 201; body: PostedArticle }> {
  const item = parseJsonlRecord(body, 'POST /api/articles', 1);
  const expected = 'Send one JSON object: {"id"?, "text" or "html", "title"?, "url"?, "date"? (YYYY-MM-DD), "source"?}.';
  if (item === null) throw new HttpError(400, 'bad-body', `The body is empty. ${expected}`, 'body');
  if (item.kind === 'error') {
    const reason = item.error.message.replace(/^bad JSONL record: /u, '');
    throw new HttpError(400, 'bad-body', `The body is not an article: ${reason}. ${expected}`, 'body');
  }
  const hash = contentHash(item.article);
  // Without an "id" the JSONL reader names the article after its place in the input; here that is meaningless.
  if (item.article.id === 'POST /api/articles:1') item.article.id = `posted-${hash.slice(0, 12)}`;
  item.article.origin = { file: 'POST /api/articles' };
  return ctx.serialWrite(async () => {
    const errors: ParleyError[] = [];
    const progress = await ingestItems(ctx.store, ctx.coder(), [item], { batchSize: 1, onError: (e) => errors.push(e) });
    if (progress.stored === 0 && progress.skipped === 0) {
      throw new HttpError(422, 'not-coded', errors[0]?.message ?? 'The article could not be coded.', 'body');
    }
    await deriveDataset(ctx.store, ctx.episodeLexicon());
    const ids = await ctx.store.db.selectFrom('mentions').select('event_id').distinct().where('article', '=', hash).where('event_id', 'is not', null).execute();
    const events = await eventsById(ctx.store, ids.map((r) => r.event_id!));
    const created = progress.stored > 0;
    return { status: created ? 201 : 200, body: { id: hash, doc_id: item.article.id, created, events } };
  });
}
