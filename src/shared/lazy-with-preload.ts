/**
 * React.lazy with a `preload()`. Once preloaded, the component renders at once, without suspending:
 * the prerender and the hydrating browser both preload a route's components first, so the page's
 * HTML is complete and hydration finds exactly that HTML.
 */
import { type ComponentType, createElement, lazy } from "react";

export type Preloadable<P> = ComponentType<P> & { preload: () => Promise<ComponentType<P>>; isLoaded: () => boolean };

export function lazyWithPreload<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined; // asking again retries
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function LazyWithPreload(props: P) {
    return createElement((loaded ?? Lazy) as ComponentType<P>, props);
  }
  return Object.assign(LazyWithPreload, { preload, isLoaded: () => loaded !== undefined });
}
