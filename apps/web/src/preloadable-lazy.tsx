import { createElement, lazy, type ComponentType } from 'react';

/**
 * `React.lazy` that renders the component directly once its chunk has arrived. A plain lazy
 * component suspends on its first render even when the chunk is already loaded, and React 19 holds
 * a revealed Suspense boundary back for up to 300 ms: the worklist, whose chunk is fetched while the
 * session loads, waited ~250 ms idle before its first query.
 */
export function preloadableLazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
): { Component: ComponentType<P>; preload: () => Promise<ComponentType<P>> } {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load().then((c) => {
      loaded = c;
      return c;
    }));
  const Lazy = lazy(() => preload().then((c) => ({ default: c })));
  function Component(props: P) {
    return createElement((loaded ?? Lazy) as ComponentType<P>, props);
  }
  return { Component, preload };
}
