/**
 * The current route from `location.hash`, and links to other routes. Links keep the current filters, so that going
 * from the event list to an event and back (or to another view) keeps what the user asked for.
 */
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { formatHash, parseHash, type Filters, type Route, type ViewName } from './filters.js';

export function useHashRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = (): void => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return parseHash(hash);
}

export const RouteContext = createContext<Route>(parseHash(''));

/** The route being shown. */
export function useRoute(): Route {
  return useContext(RouteContext);
}

/** A link to a view with the given filters and view options. */
export function href(view: ViewName, filters: Filters, options: Record<string, string> = {}, id: string | null = null): string {
  return formatHash({ view, id, filters, options });
}

/** A link to one record (an event, an episode, an article), keeping the current filters for the way back. */
export function useRecordHref(): (view: 'event' | 'episode' | 'article', id: string, options?: Record<string, string>) => string {
  const { filters } = useRoute();
  return (view, id, options = {}) => href(view, filters, options, id);
}

export function navigate(hash: string): void {
  if (window.location.hash !== hash) window.location.hash = hash;
}
