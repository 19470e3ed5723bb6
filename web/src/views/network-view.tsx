/**
 * The actor network: who did what to whom. Nodes are countries or actor codes (area = events), arrows are directed
 * dyads (width = events; blue and solid when mostly cooperation, red and dashed when mostly conflict, grey and dotted
 * when mixed). A node filters by that actor, an arrow by that dyad.
 */
import { useMemo } from 'preact/hooks';
import type { NetworkEdge, NetworkResponse } from '../../../src/api/api-types.js';
import { api, type Level } from '../api.js';
import { describeFilters, formatHash, hasFilters, withFilters, type Route } from '../filters.js';
import { plural, signed } from '../format.js';
import { layoutNetwork, type PlacedNode } from '../network-layout.js';
import { navigate } from '../router.js';
import { useApi } from '../use-api.js';
import { LevelChoice } from '../components/level-choice.js';
import { Empty, ErrorNote, Loading } from '../components/status.js';

const W = 960;
const H = 620;
const LIMITS = [25, 50, 100] as const;

type Tone = 'coop' | 'conflict' | 'mixed';

function tone(edge: NetworkEdge): Tone {
  const coop = edge.quads[0] + edge.quads[1];
  const conflict = edge.quads[2] + edge.quads[3];
  const total = Math.max(1, coop + conflict);
  if (coop / total >= 0.6) return 'coop';
  if (conflict / total >= 0.6) return 'conflict';
  return 'mixed';
}

const TONE_WORDS: Record<Tone, string> = {
  coop: 'mostly cooperation',
  conflict: 'mostly conflict',
  mixed: 'mixed',
};

export function NetworkView({ route }: { route: Route }) {
  const level: Level = route.options.level === 'actor' ? 'actor' : 'country';
  const limitOption = Number(route.options.limit);
  const limit = (LIMITS as readonly number[]).includes(limitOption) ? limitOption : 50;
  const key = formatHash({ view: 'network', filters: route.filters, options: { level, limit: String(limit) } });
  const result = useApi((signal) => api.network(route.filters, { level, limit }, signal), [key]);
  const setOption = (changes: Record<string, string>): void =>
    navigate(formatHash({ view: 'network', filters: route.filters, options: { ...route.options, ...changes } }));

  return (
    <section aria-labelledby="network-heading">
      <h2 id="network-heading" tabIndex={-1}>
        Actor network
      </h2>
      <p class="view-intro">
        Who met, helped, threatened or attacked whom. Circle size: events of the actor; arrow width: events from one to the other.
        Select a circle to filter by that actor, an arrow to filter by that dyad.
        {hasFilters(route.filters) ? ` Filtered by ${describeFilters(route.filters)}.` : ''}
      </p>
      <div class="toolbar">
        <LevelChoice legend="Nodes" name="net-level" level={level} onChange={(l) => setOption({ level: l })} />
        <label>
          Show{' '}
          <select value={String(limit)} onChange={(e) => setOption({ limit: e.currentTarget.value })}>
            {LIMITS.map((n) => (
              <option key={n} value={String(n)}>
                {n} busiest
              </option>
            ))}
          </select>
        </label>
      </div>
      <NetworkLegend />
      {result.state === 'loading' && <Loading what="the network" />}
      {result.state === 'error' && <ErrorNote error={result.error} what="the network" />}
      {result.state === 'ok' && <Network data={result.data} route={route} />}
    </section>
  );
}

function NetworkLegend() {
  return (
    <p class="legend">
      {(['coop', 'conflict', 'mixed'] as const).map((t) => (
        <span class="legend-item" key={t}>
          <svg width="36" height="12" class="swatch" aria-hidden="true">
            <line class={`edge edge-${t}`} x1="2" y1="6" x2="34" y2="6" stroke-width="3" />
          </svg>
          {TONE_WORDS[t]}
        </span>
      ))}
      <span class="legend-note">(cooperation: quad classes 1–2; conflict: 3–4)</span>
    </p>
  );
}

function Network({ data, route }: { data: NetworkResponse; route: Route }) {
  const nodes = useMemo(() => layoutNetwork(data.nodes, data.edges, W, H), [data]);
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  if (data.nodes.length === 0) {
    return (
      <Empty>
        {hasFilters(route.filters) ? `No events match these filters (${describeFilters(route.filters)}), so there is no network.` : 'The store has no events with both a source and a target yet.'}
      </Empty>
    );
  }
  const maxCount = Math.max(1, ...data.edges.map((e) => e.count));
  const width = (count: number): number => 1.5 + 8 * Math.sqrt(count / maxCount);
  const pairs = new Set(data.edges.map((e) => `${e.source}\u0000${e.target}`));
  const nodeHref = (id: string): string => formatHash({ view: 'network', filters: withFilters(route.filters, { actor: id, dyad: null }), options: route.options });
  const edgeHref = (e: NetworkEdge): string =>
    formatHash({ view: 'network', filters: withFilters(route.filters, { dyad: `${e.source}>${e.target}`, actor: null }), options: route.options });
  const name = (id: string): string => {
    const n = byId.get(id);
    return n?.name && n.name !== id ? `${n.name} (${id})` : id;
  };
  const edges = [...data.edges].sort((a, b) => b.count - a.count);
  return (
    <>
      <svg class="network" viewBox={`0 0 ${W} ${H}`} role="group" aria-label={`Network of ${plural(data.nodes.length, 'actor')} and ${plural(data.edges.length, 'dyad')}`}>
        <defs>
          {(['coop', 'conflict', 'mixed'] as const).map((t) => (
            <marker key={t} id={`arrow-${t}`} viewBox="0 0 10 10" refX="8" refY="5" markerUnits="userSpaceOnUse" markerWidth="13" markerHeight="13" orient="auto">
              <path d="M0,0L10,5L0,10z" class={`arrow arrow-${t}`} />
            </marker>
          ))}
        </defs>
        <g class="edges">
          {[...edges].reverse().map((e) => {
            const a = byId.get(e.source);
            const b = byId.get(e.target);
            if (!a || !b || a === b) return null;
            const t = tone(e);
            const d = edgePath(a, b, pairs.has(`${e.target}\u0000${e.source}`));
            const label = `${name(e.source)} to ${name(e.target)}: ${plural(e.count, 'event')}, ${TONE_WORDS[t]} (${e.quads[0] + e.quads[1]} cooperation, ${e.quads[2] + e.quads[3]} conflict), mean Goldstein ${signed(e.goldstein_mean)}. Filter by this dyad.`;
            return (
              <a key={`${e.source}>${e.target}`} href={edgeHref(e)} class="edge-link" aria-label={label}>
                <title>{label}</title>
                <path class="edge-hit" d={d} />
                <path class={`edge edge-${t}`} d={d} stroke-width={width(e.count)} marker-end={`url(#arrow-${t})`} />
              </a>
            );
          })}
        </g>
        <g class="nodes">
          {nodes.map((n) => {
            const label = `${name(n.id)}: ${plural(n.events, 'event')}. Filter by this actor.`;
            const selected = route.filters.actor === n.id;
            return (
              <a key={n.id} href={nodeHref(n.id)} class={selected ? 'node-link node-selected' : 'node-link'} aria-label={label}>
                <title>{label}</title>
                <circle class="node" cx={n.x} cy={n.y} r={n.r} />
                <text class="node-label" x={n.x} y={n.y + n.r + 14} text-anchor="middle">
                  {n.name && n.name !== n.id ? n.name : n.id}
                </text>
              </a>
            );
          })}
        </g>
      </svg>
      <details class="numbers-details">
        <summary>The dyads as a table</summary>
        <table class="numbers">
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col" class="num">
                Events
              </th>
              <th scope="col">Tone</th>
              <th scope="col" class="num">
                Mean Goldstein
              </th>
            </tr>
          </thead>
          <tbody>
            {edges.map((e) => (
              <tr key={`${e.source}>${e.target}`}>
                <td>{name(e.source)}</td>
                <td>{name(e.target)}</td>
                <td class="num">
                  <a href={edgeHref(e)}>{e.count}</a>
                </td>
                <td>{TONE_WORDS[tone(e)]}</td>
                <td class="num">{signed(e.goldstein_mean)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}

/** A gently curved arrow from the rim of `a` to the rim of `b`; a pair with both directions bends apart. */
function edgePath(a: PlacedNode, b: PlacedNode, both: boolean): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.max(1, Math.hypot(dx, dy));
  const ux = dx / len;
  const uy = dy / len;
  const bend = both ? 0.18 : 0.08;
  // Control point off the middle, to the left of the direction of travel.
  const mx = (a.x + b.x) / 2 - uy * len * bend;
  const my = (a.y + b.y) / 2 + ux * len * bend;
  const start = towards(a, mx, my, a.r + 2);
  const end = towards(b, mx, my, b.r + 4);
  return `M${start[0].toFixed(1)},${start[1].toFixed(1)}Q${mx.toFixed(1)},${my.toFixed(1)} ${end[0].toFixed(1)},${end[1].toFixed(1)}`;
}

function towards(n: PlacedNode, x: number, y: number, distance: number): [number, number] {
  const dx = x - n.x;
  const dy = y - n.y;
  const len = Math.max(1, Math.hypot(dx, dy));
  return [n.x + (dx / len) * distance, n.y + (dy / len) * distance];
}
