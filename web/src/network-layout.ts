/**
 * A deterministic force layout of the actor network: d3-force run synchronously for a fixed number of ticks (d3's
 * own seeded random source, no animation), then fitted into the frame.
 */
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { NetworkEdge, NetworkNode } from '../../src/api/api-types.js';

export interface PlacedNode extends NetworkNode {
  x: number;
  y: number;
  r: number;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
}

const TICKS = 300;

export function layoutNetwork(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[], width: number, height: number, margin = 60): PlacedNode[] {
  if (nodes.length === 0) return [];
  const maxEvents = Math.max(1, ...nodes.map((n) => n.events));
  const radius = (events: number): number => 6 + 22 * Math.sqrt(events / maxEvents);
  // Sorted by id so that the same data always gives the same layout, whatever order the API sends.
  const sorted = [...nodes].sort((a, b) => a.id.localeCompare(b.id));
  const simNodes: SimNode[] = sorted.map((n) => ({ id: n.id, r: radius(n.events) }));
  const known = new Set(simNodes.map((n) => n.id));
  const maxCount = Math.max(1, ...edges.map((e) => e.count));
  const links = edges
    .filter((e) => known.has(e.source) && known.has(e.target) && e.source !== e.target)
    .map((e) => ({ source: e.source, target: e.target, count: e.count }));
  const simulation = forceSimulation<SimNode>(simNodes)
    .force(
      'link',
      forceLink<SimNode, { source: string | SimNode; target: string | SimNode; count: number }>(links)
        .id((d) => d.id)
        .distance((l) => 150 - 60 * Math.sqrt(l.count / maxCount))
        .strength(0.4),
    )
    .force('charge', forceManyBody<SimNode>().strength(-420))
    .force('collide', forceCollide<SimNode>((d) => d.r + 14))
    // A wider pull vertically than horizontally: the frame is wider than it is tall.
    .force('x', forceX<SimNode>(0).strength(0.03))
    .force('y', forceY<SimNode>(0).strength(0.08))
    .force('center', forceCenter(0, 0))
    .stop();
  simulation.tick(TICKS);

  // Fit the layout into the frame, keeping its proportions.
  const xs = simNodes.map((n) => n.x ?? 0);
  const ys = simNodes.map((n) => n.y ?? 0);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 2 * margin) / Math.max(1, x1 - x0), (height - 2 * margin) / Math.max(1, y1 - y0), 1.6);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const byId = new Map(sorted.map((n) => [n.id, n]));
  return simNodes.map((n) => ({
    ...byId.get(n.id)!,
    r: n.r,
    x: width / 2 + ((n.x ?? 0) - cx) * scale,
    y: height / 2 + ((n.y ?? 0) - cy) * scale,
  }));
}
