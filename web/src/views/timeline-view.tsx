/** The timeline: for the most active dyads, events per period and their mean Goldstein score. */
import type { Series } from '../../../src/api/api-types.js';
import { api, type Interval, type Level } from '../api.js';
import { describeFilters, formatHash, hasFilters, withFilters, type Route } from '../filters.js';
import { plural, signed } from '../format.js';
import { periodRange } from '../periods.js';
import { navigate } from '../router.js';
import { useApi } from '../use-api.js';
import { DyadChart } from '../components/dyad-chart.js';
import { LevelChoice } from '../components/level-choice.js';
import { Empty, ErrorNote, Loading } from '../components/status.js';

const INTERVALS: readonly Interval[] = ['day', 'week', 'month'];
const TOPS = [3, 6, 10, 20] as const;

export function TimelineView({ route }: { route: Route }) {
  const interval: Interval = (INTERVALS as readonly string[]).includes(route.options.interval ?? '') ? (route.options.interval as Interval) : 'week';
  const level: Level = route.options.level === 'actor' ? 'actor' : 'country';
  const topOption = Number(route.options.top);
  const top = (TOPS as readonly number[]).includes(topOption) ? topOption : 6;
  const key = formatHash({ view: 'timeline', filters: route.filters, options: { interval, level, top: String(top) } });
  const result = useApi((signal) => api.series(route.filters, { interval, level, top }, signal), [key]);
  const setOption = (changes: Record<string, string>): void =>
    navigate(formatHash({ view: 'timeline', filters: route.filters, options: { ...route.options, ...changes } }));

  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" tabIndex={-1}>
        Timeline
      </h2>
      <p class="view-intro">
        Events per {interval} (bars, left axis) and their mean Goldstein score (line and squares, right axis: −10 most conflictual,
        +10 most cooperative) for the {top} dyads with the most events.
        {hasFilters(route.filters) ? ` Filtered by ${describeFilters(route.filters)}.` : ''}
      </p>
      <div class="toolbar">
        <fieldset class="segmented">
          <legend>Period</legend>
          {INTERVALS.map((i) => (
            <label key={i} class="check">
              <input type="radio" name="interval" value={i} checked={i === interval} onChange={() => setOption({ interval: i })} />
              {i}
            </label>
          ))}
        </fieldset>
        <LevelChoice legend="Actors as" name="level" level={level} onChange={(l) => setOption({ level: l })} />
        <label>
          Dyads{' '}
          <select value={String(top)} onChange={(e) => setOption({ top: e.currentTarget.value })}>
            {TOPS.map((t) => (
              <option key={t} value={String(t)}>
                top {t}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="legend" aria-hidden="true">
        <span class="legend-item">
          <svg width="14" height="14" class="swatch">
            <rect class="bar" x="2" y="2" width="10" height="12" />
          </svg>
          events per {interval}
        </span>
        <span class="legend-item">
          <svg width="28" height="14" class="swatch">
            <path class="goldstein-line" d="M1,7L27,7" />
            <rect class="goldstein-dot" x="10.5" y="3.5" width="7" height="7" />
          </svg>
          mean Goldstein
        </span>
      </p>
      {result.state === 'loading' && <Loading what="the time series" />}
      {result.state === 'error' && <ErrorNote error={result.error} what="the time series" />}
      {result.state === 'ok' && <Charts series={result.data.series} interval={interval} route={route} />}
    </section>
  );
}

function Charts({ series, interval, route }: { series: Series[]; interval: Interval; route: Route }) {
  if (series.length === 0) {
    return (
      <Empty>
        {hasFilters(route.filters) ? `No events match these filters (${describeFilters(route.filters)}), so there is no timeline.` : 'The store has no dated events yet.'}
      </Empty>
    );
  }
  const periods = periodRange(
    series.flatMap((s) => s.points.map((p) => p.period)),
    interval,
  );
  if (periods === null) {
    return (
      <Empty>
        These events span too many {interval}s to draw one bar each. Choose a longer period, or narrow the dates with Since and Until.
        <button type="button" class="inline" onClick={() => navigate(formatHash({ view: 'timeline', filters: route.filters, options: { ...route.options, interval: 'month' } }))}>
          Show months
        </button>
      </Empty>
    );
  }
  const maxCount = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.count)));
  return (
    <div class="charts">
      {series.map((s, i) => {
        const titleId = `dyad-${i}`;
        // A side the coder could not name is "—": such a series is filtered by its other side only.
        const known = (side: string): boolean => side !== '' && side !== '—';
        const filters =
          known(s.source) && known(s.target)
            ? withFilters(route.filters, { dyad: `${s.source}>${s.target}`, actor: null })
            : withFilters(route.filters, { actor: known(s.source) ? s.source : s.target, dyad: null });
        return (
          <figure key={s.dyad} class="chart-figure">
            <figcaption>
              <h3 id={titleId}>
                {s.source} → {s.target === '—' ? '— (no target)' : s.target} <span class="muted">· {plural(s.total, 'event')}</span>
              </h3>
              <a href={formatHash({ view: 'events', filters })}>{known(s.source) && known(s.target) ? 'Show these events' : `Show the events of ${known(s.source) ? s.source : s.target}`}</a>
            </figcaption>
            <DyadChart series={s} periods={periods} interval={interval} maxCount={maxCount} titleId={titleId} />
            <details>
              <summary>The numbers</summary>
              <table class="numbers">
                <thead>
                  <tr>
                    <th scope="col">Period</th>
                    <th scope="col" class="num">
                      Events
                    </th>
                    <th scope="col" class="num">
                      Mean Goldstein
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {s.points.map((p) => (
                    <tr key={p.period}>
                      <td>{p.period}</td>
                      <td class="num">{p.count}</td>
                      <td class="num">{signed(p.goldstein_mean)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </figure>
        );
      })}
    </div>
  );
}
