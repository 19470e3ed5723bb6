/**
 * A text with spans highlighted as `<mark>` elements: one class and one `data-testid` per kind, a `title` saying what
 * the span is (the actor or the event), and a link for spans that lead somewhere (an event's trigger). Overlapping
 * spans are nested, outermost first; a piece of text gets at most one link.
 */
import type { ComponentChildren } from 'preact';

export type SpanKind = 'source' | 'target' | 'trigger' | 'actor';

export interface TextSpan {
  kind: SpanKind;
  /** Offsets into `text` (UTF-16 code units, as the API gives them). */
  start: number;
  end: number;
  label: string;
  href?: string;
}

export const SPAN_WORDS: Record<SpanKind, string> = {
  source: 'Source',
  target: 'Target',
  trigger: 'Event trigger',
  actor: 'Actor',
};

const KIND_ORDER: Record<SpanKind, number> = { actor: 0, source: 1, target: 2, trigger: 3 };

export function HighlightedText({ text, spans }: { text: string; spans: readonly TextSpan[] }) {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start);
  if (valid.length === 0) return <>{text}</>;
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: ComponentChildren[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const piece = text.slice(a, b);
    const covering = valid
      .filter((s) => s.start <= a && s.end >= b)
      .sort((x, y) => y.end - y.start - (x.end - x.start) || KIND_ORDER[x.kind] - KIND_ORDER[y.kind]);
    if (covering.length === 0) {
      pieces.push(piece);
      continue;
    }
    // The innermost span with a link carries it; the others are plain marks.
    const linked = [...covering].reverse().find((s) => s.href);
    let node: ComponentChildren = linked ? <a href={linked.href}>{piece}</a> : piece;
    for (let k = covering.length - 1; k >= 0; k--) {
      const s = covering[k]!;
      node = (
        <mark class={`mark mark-${s.kind}`} data-testid={`span-${s.kind}`} title={`${SPAN_WORDS[s.kind]}: ${s.label}`}>
          {node}
        </mark>
      );
    }
    pieces.push(node);
  }
  return <>{pieces}</>;
}

/** The key to the highlight colours and underlines. */
export function SpanLegend({ kinds }: { kinds: readonly SpanKind[] }) {
  return (
    <p class="legend" aria-label="Highlight key">
      <span class="legend-title">Key:</span>
      {kinds.map((kind) => (
        <span class="legend-item" key={kind}>
          <mark class={`mark mark-${kind}`}>{SPAN_WORDS[kind].toLowerCase()}</mark>
          <span class="legend-note">{LEGEND_NOTES[kind]}</span>
        </span>
      ))}
    </p>
  );
}

const LEGEND_NOTES: Record<SpanKind, string> = {
  source: '(blue, solid underline)',
  target: '(orange, dashed underline)',
  trigger: '(yellow, double underline)',
  actor: '(green, dotted underline)',
};
