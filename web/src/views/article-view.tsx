/**
 * One article: its text as blocks of sentences, every actor the coder resolved and every event trigger highlighted;
 * a trigger links to its event. `?s=N` marks sentence N (the one a report came from) and scrolls to it.
 */
import { useEffect, useMemo } from 'preact/hooks';
import type { ArticleDetail } from '../../../src/api/api-types.js';
import { api } from '../api.js';
import { formatHash, type Route } from '../filters.js';
import { plural } from '../format.js';
import { useRecordHref } from '../router.js';
import { useApi } from '../use-api.js';
import { EventCode } from '../components/actor-label.js';
import { HighlightedText, SpanLegend, type TextSpan } from '../components/highlighted-text.js';
import { Empty, ErrorNote, Loading } from '../components/status.js';

export function ArticleView({ route, id }: { route: Route; id: string }) {
  const article = useApi((signal) => api.article(id, signal), [id]);
  const focus = route.options.s !== undefined ? Number(route.options.s) : null;
  return (
    <section aria-labelledby="article-heading" data-testid="article-view">
      <p class="breadcrumb">
        <a href={formatHash({ view: 'events', filters: route.filters })}>← Back to the events</a>
      </p>
      {/* One heading element in every state, so the focus put on it when the view opens stays there. */}
      <h2 id="article-heading" tabIndex={-1}>
        {article.state === 'ok' ? (article.data.title ?? article.data.doc_id) : 'Article'}
      </h2>
      {article.state === 'loading' && <Loading what="the article" />}
      {article.state === 'error' && <ErrorNote error={article.error} what="the article" />}
      {article.state === 'ok' && <Article article={article.data} focus={focus} />}
    </section>
  );
}

interface Block {
  id: string;
  sentences: { idx: number; start: number; end: number }[];
}

function Article({ article, focus }: { article: ArticleDetail; focus: number | null }) {
  const recordHref = useRecordHref();
  const blocks = useMemo(() => {
    const list: Block[] = [];
    for (const s of [...article.sentences].sort((a, b) => a.start - b.start)) {
      const last = list[list.length - 1];
      if (last && last.id === s.block) last.sentences.push(s);
      else list.push({ id: s.block, sentences: [s] });
    }
    return list;
  }, [article]);
  const spans = useMemo(() => {
    const all: TextSpan[] = article.actors.map((a) => ({
      kind: 'actor',
      start: a.start,
      end: a.end,
      label: `${a.code}${a.name && a.name !== a.code ? ` ${a.name}` : ''}`,
    }));
    for (const m of article.mentions) {
      all.push({
        kind: 'trigger',
        start: m.trigger.start,
        end: m.trigger.end,
        label: `${m.code} ${m.name}${m.source || m.target ? ` (${m.source ?? '?'} → ${m.target ?? '—'})` : ''}`,
        ...(m.event_id ? { href: recordHref('event', m.event_id) } : {}),
      });
    }
    return all;
  }, [article]);

  useEffect(() => {
    if (focus === null) return;
    document.getElementById(`sentence-${focus}`)?.scrollIntoView({ block: 'center' });
  }, [article, focus]);

  const sentenceSpans = (start: number, end: number): TextSpan[] =>
    spans.filter((s) => s.start < end && s.end > start).map((s) => ({ ...s, start: s.start - start, end: s.end - start }));

  return (
    <>
      <p class="muted">
        {article.outlet ?? 'Unknown outlet'} · {article.published ?? 'undated'} · {article.doc_id} · {plural(article.sentences.length, 'sentence')},{' '}
        {plural(article.mentions.length, 'event mention')}
        {article.url && (
          <>
            {' · '}
            <a href={article.url} rel="noopener noreferrer" target="_blank">
              original page (online)
            </a>
          </>
        )}
      </p>
      <SpanLegend kinds={['actor', 'trigger']} />
      <p class="muted small">Select a highlighted trigger to open its event.</p>
      <div class="article-text">
        {blocks.length === 0 && <Empty>The article has no sentences.</Empty>}
        {blocks.map((block) => (
          <p key={`${block.id}-${block.sentences[0]?.idx}`} class={`block block-${block.id.replace(/[^a-z0-9-]/gi, '')}`}>
            {block.sentences.map((s) => (
              <span
                key={s.idx}
                id={`sentence-${s.idx}`}
                class={s.idx === focus ? 'sentence-text sentence-focus' : 'sentence-text'}
                title={`Sentence ${s.idx + 1}`}
              >
                <HighlightedText text={article.text.slice(s.start, s.end)} spans={sentenceSpans(s.start, s.end)} />{' '}
              </span>
            ))}
          </p>
        ))}
      </div>
      <section aria-labelledby="article-events-heading">
        <h3 id="article-events-heading">Events coded in this article</h3>
        {article.mentions.length === 0 ? (
          <Empty>The coder found no event in this article.</Empty>
        ) : (
          <ol class="article-events">
            {article.mentions.map((m) => (
              <li key={m.mention_id}>
                <span class="muted">Sentence {m.sentence_index + 1}: </span>
                {m.source ?? '?'} <EventCode code={m.code} name={m.name} /> {m.target ?? '—'}{' '}
                {m.event_id ? <a href={recordHref('event', m.event_id)}>open the event</a> : <span class="muted">(not in the dataset yet)</span>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
