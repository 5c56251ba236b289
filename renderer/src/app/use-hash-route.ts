import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { formatRoute, parseRoute, type Route } from './route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = (): string => window.location.hash;

/** The current route, kept in the URL hash so a reload (or the Back button) keeps the place. */
export function useHashRoute(): [Route, (route: Route) => void] {
  const hash = useSyncExternalStore(subscribe, readHash);
  const route = useMemo(() => parseRoute(hash), [hash]);
  const navigate = useCallback((next: Route) => {
    const target = formatRoute(next);
    if (window.location.hash !== target) window.location.hash = target;
  }, []);
  return [route, navigate];
}
