/**
 * Data a page needs, loaded once and readable synchronously once loaded. The prerender and the
 * browser both load a route's resources *before* rendering it, so the first render already has
 * the data: the server writes it into the HTML and the browser hydrates that HTML with the same
 * data, without a loading state in between (which would be a hydration mismatch). A failed load
 * is forgotten, so asking again retries.
 */
import { useEffect, useState } from "react";

export type Loaded<T> = { status: "loading" } | { status: "ready"; data: T } | { status: "error"; error: Error };

export interface Resource<T> {
  load(): Promise<T>;
  /** The data if it has loaded, else undefined. */
  peek(): T | undefined;
}

export function resource<T>(loader: () => Promise<T>): Resource<T> {
  let pending: Promise<T> | null = null;
  let value: { data: T } | null = null;
  return {
    load() {
      if (value) return Promise.resolve(value.data);
      pending ??= loader().then(
        (data) => {
          value = { data };
          return data;
        },
        (error: unknown) => {
          pending = null;
          throw error instanceof Error ? error : new Error(String(error));
        },
      );
      return pending;
    },
    peek: () => value?.data,
  };
}

/** One resource per key, created on first use. */
export function resourceFamily<T>(loader: (key: string) => Promise<T>): (key: string) => Resource<T> {
  const family = new Map<string, Resource<T>>();
  return (key) => {
    let r = family.get(key);
    if (!r) family.set(key, (r = resource(() => loader(key))));
    return r;
  };
}

/**
 * The resource's state for rendering: ready at once if it was loaded before the render (always so
 * for the page being prerendered or hydrated), else loading until it arrives.
 */
export function useResource<T>(r: Resource<T> | null): Loaded<T> {
  const [state, setState] = useState<{ r: Resource<T> | null; value: Loaded<T> } | null>(null);
  const known = r?.peek();
  useEffect(() => {
    if (!r || r.peek() !== undefined) return;
    let live = true;
    r.load().then(
      (data) => live && setState({ r, value: { status: "ready", data } }),
      (error: Error) => live && setState({ r, value: { status: "error", error } }),
    );
    return () => {
      live = false;
    };
  }, [r]);
  if (known !== undefined) return { status: "ready", data: known };
  // A previous resource's result never shows under a new one.
  return state && state.r === r ? state.value : { status: "loading" };
}
