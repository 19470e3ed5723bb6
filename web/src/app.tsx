/** The page: header with the store's figures, view tabs, the filter bar, and the view the hash names. */
import { useEffect, useRef } from 'preact/hooks';
import type { Route, ViewName } from './filters.js';
import { formatHash } from './filters.js';
import { api } from './api.js';
import { dateRange, plural } from './format.js';
import { RouteContext, useHashRoute } from './router.js';
import { useApi } from './use-api.js';
import { FilterBar } from './components/filter-bar.js';
import { ArticleView } from './views/article-view.js';
import { EpisodeView } from './views/episode-view.js';
import { EpisodesView } from './views/episodes-view.js';
import { EventView } from './views/event-view.js';
import { EventsView } from './views/events-view.js';
import { MapView } from './views/map-view.js';
import { NetworkView } from './views/network-view.js';
import { TimelineView } from './views/timeline-view.js';

const TABS: { view: ViewName; label: string; also: ViewName[] }[] = [
  { view: 'events', label: 'Events', also: ['event', 'article'] },
  { view: 'timeline', label: 'Timeline', also: [] },
  { view: 'network', label: 'Network', also: [] },
  { view: 'map', label: 'Map', also: [] },
  { view: 'episodes', label: 'Visits and tours', also: ['episode'] },
];

const TITLES: Record<ViewName, string> = {
  events: 'Events',
  event: 'Event',
  article: 'Article',
  timeline: 'Timeline',
  network: 'Actor network',
  map: 'Map',
  episodes: 'Visits and tours',
  episode: 'Itinerary',
};

export function App() {
  const route = useHashRoute();
  const main = useRef<HTMLElement>(null);
  const place = `${route.view}/${route.id ?? ''}`;
  const first = useRef(true);
  // A new view (not new filters) moves the focus to its heading and the page to the top, as a page load would.
  useEffect(() => {
    document.title = `${TITLES[route.view]} · Parley`;
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    const heading = main.current?.querySelector<HTMLElement>('h2');
    heading?.focus({ preventScroll: true });
  }, [place]);

  return (
    <RouteContext.Provider value={route}>
      <a
        class="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          main.current?.focus();
          main.current?.scrollIntoView();
        }}
      >
        Skip to the results
      </a>
      <header class="site-header">
        <div class="brand">
          <h1>
            <a href={formatHash({ view: 'events', filters: {} })}>Parley</a>
          </h1>
          <Stats />
        </div>
        <nav aria-label="Views" class="tabs">
          <ul>
            {TABS.map((tab) => {
              const current = tab.view === route.view || tab.also.includes(route.view);
              return (
                <li key={tab.view}>
                  <a
                    href={formatHash({ view: tab.view, filters: route.filters })}
                    class={current ? 'tab tab-current' : 'tab'}
                    aria-current={current ? 'page' : undefined}
                    data-testid={`tab-${tab.view}`}
                  >
                    {tab.label}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
        <FilterBar route={route} />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <View route={route} />
      </main>
      <footer class="site-footer">
        <p>
          Parley codes news into CAMEO/PLOVER events; every event links to the sentences that report it. Data: this server's store. Map: Natural
          Earth via world-atlas.{' '}
          <a href="/openapi.json">API description (OpenAPI)</a>
        </p>
      </footer>
    </RouteContext.Provider>
  );
}

function View({ route }: { route: Route }) {
  switch (route.view) {
    case 'event':
      return <EventView key={route.id} route={route} id={route.id!} />;
    case 'article':
      return <ArticleView key={route.id} route={route} id={route.id!} />;
    case 'episode':
      return <EpisodeView key={route.id} route={route} id={route.id!} />;
    case 'timeline':
      return <TimelineView route={route} />;
    case 'network':
      return <NetworkView route={route} />;
    case 'map':
      return <MapView route={route} />;
    case 'episodes':
      return <EpisodesView route={route} />;
    case 'events':
    default:
      return <EventsView route={route} />;
  }
}

function Stats() {
  const stats = useApi((signal) => api.stats(signal), []);
  if (stats.state === 'loading') return <p class="stats muted">Loading the store…</p>;
  if (stats.state === 'error') {
    return (
      <p class="stats stats-error" role="alert">
        {stats.error.message}
      </p>
    );
  }
  const s = stats.data;
  return (
    <p class="stats">
      {plural(s.articles, 'article')} · {plural(s.events, 'event')} · {plural(s.episodes, 'visit or tour', 'visits and tours')}
      {s.first_date && ` · ${dateRange(s.first_date, s.last_date)}`}
      {s.pending > 0 && ` · ${plural(s.pending, 'article')} waiting to be coded`}
    </p>
  );
}
