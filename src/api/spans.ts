/**
 * What to highlight in a reporting sentence: the source actor, the target actor and the trigger words, as offsets
 * relative to the sentence. Records stored before actor offsets were recorded carry only the actor's words; their
 * span is then the first place those words occur in the sentence outside the trigger, and left out if they do not.
 */
import type { CodedActor, CodedEvent } from '../output/coded-event.js';
import type { Span } from './api-types.js';

function actorLabel(a: CodedActor): string {
  return a.name ? `${a.code} (${a.name})` : a.code;
}

function actorSpan(kind: 'source' | 'target', a: CodedActor | null, e: CodedEvent, taken: Span[]): Span | null {
  if (!a) return null;
  const base = e.evidence.start;
  const length = e.evidence.end - base;
  if (a.start !== undefined && a.end !== undefined) {
    const start = a.start - base;
    const end = a.end - base;
    if (start >= 0 && end <= length && start < end) return { kind, start, end, label: actorLabel(a) };
    return null;
  }
  if (a.text === '') return null;
  for (let from = 0; ; ) {
    const at = e.sentence.indexOf(a.text, from);
    if (at < 0) return null;
    const end = at + a.text.length;
    if (!taken.some((t) => at < t.end && t.start < end)) return { kind, start: at, end, label: actorLabel(a) };
    from = at + 1;
  }
}

/** Spans of one coded mention, in sentence offsets, sorted by start; overlapping spans are dropped after the first. */
export function mentionSpans(e: CodedEvent): Span[] {
  const spans: Span[] = [];
  const trigger: Span = {
    kind: 'trigger',
    start: e.trigger.start - e.evidence.start,
    end: e.trigger.end - e.evidence.start,
    label: `${e.code} ${e.name}`,
  };
  if (trigger.start >= 0 && trigger.end <= e.evidence.end - e.evidence.start && trigger.start < trigger.end) spans.push(trigger);
  for (const [kind, actor] of [['source', e.source], ['target', e.target]] as const) {
    const span = actorSpan(kind, actor, e, spans);
    if (span && !spans.some((t) => span.start < t.end && t.start < span.end)) spans.push(span);
  }
  return spans.sort((a, b) => a.start - b.start);
}
