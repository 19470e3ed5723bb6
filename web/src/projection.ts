/** Map projections: the whole world, or zoomed to fit a set of points with a margin. */
import { geoNaturalEarth1, type GeoProjection } from 'd3-geo';

export type LonLat = [number, number];

export function worldProjection(width: number, height: number): GeoProjection {
  return geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    { type: 'Sphere' },
  );
}

/** The mean longitude on the circle (a tour across the antimeridian is centred on the Pacific). */
function meanLongitude(points: readonly LonLat[]): number {
  let x = 0;
  let y = 0;
  for (const [lon] of points) {
    x += Math.cos((lon * Math.PI) / 180);
    y += Math.sin((lon * Math.PI) / 180);
  }
  return (Math.atan2(y, x) * 180) / Math.PI;
}

/**
 * A projection centred on the points and scaled so that their box, widened by a margin (a quarter of its size, at
 * least `minPad` degrees), fills the frame. One point gets a box of 2 × minPad degrees around it.
 */
export function fitPoints(points: readonly LonLat[], width: number, height: number, minPad = 6): GeoProjection {
  if (points.length === 0) return worldProjection(width, height);
  const centre = meanLongitude(points);
  // Longitudes relative to the centre, so the box never wraps.
  const rel = points.map(([lon, lat]): LonLat => [((((lon - centre + 540) % 360) + 360) % 360) - 180, lat]);
  const lons = rel.map((p) => p[0]);
  const lats = rel.map((p) => p[1]);
  const [w0, w1] = [Math.min(...lons), Math.max(...lons)];
  const [s0, s1] = [Math.min(...lats), Math.max(...lats)];
  const padLon = Math.max(minPad, (w1 - w0) * 0.25);
  const padLat = Math.max(minPad * 0.6, (s1 - s0) * 0.25);
  const west = Math.max(-179, w0 - padLon);
  const east = Math.min(179, w1 + padLon);
  const south = Math.max(-85, s0 - padLat);
  const north = Math.min(85, s1 + padLat);
  const box: LonLat[] = [];
  for (let i = 0; i <= 4; i++) {
    const lon = west + ((east - west) * i) / 4;
    const lat = south + ((north - south) * i) / 4;
    box.push([lon + centre, south], [lon + centre, north], [west + centre, lat], [east + centre, lat]);
  }
  return geoNaturalEarth1()
    .rotate([-centre, 0])
    .fitExtent(
      [
        [12, 12],
        [width - 12, height - 12],
      ],
      { type: 'MultiPoint', coordinates: box },
    );
}
