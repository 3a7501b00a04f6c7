/**
 * A figure's state lives in the page's query string, so a configured figure is a shareable link.
 * The prerender and the hydrating browser both read an empty query string (ssrSearch=""), so the
 * first render is the default picture; the real query string is read right after hydration.
 * Values that can't be used fall back to the figure's defaults and are reported for a visible note.
 */
import { useCallback, useMemo } from "react";
import { useLocation, useSearch } from "wouter";
import { type FigureState, type ParamSpecs, readState, type ValueProblem, writeQuery } from "../../shared/figures/params";
import { FIGURES, type FigureName } from "../../shared/figures/registry";

export interface FigureStateApi {
  state: FigureState;
  /** Values from the address that were not used. */
  problems: ValueProblem[];
  specs: ParamSpecs;
  set: (patch: FigureState) => void;
  reset: () => void;
  changed: boolean;
}

export function useFigureState(name: FigureName, base: FigureState): FigureStateApi {
  const specs: ParamSpecs = FIGURES[name];
  const search = useSearch();
  const [path, navigate] = useLocation();
  const { state, problems } = useMemo(() => readState(specs, new URLSearchParams(search).entries(), base), [specs, search, base]);
  const go = useCallback(
    (next: FigureState) => {
      const query = writeQuery(specs, next, base, window.location.search);
      // Replace, not push: moving a slider should not fill the Back button's history.
      navigate(path + query + window.location.hash, { replace: true });
    },
    [specs, base, path, navigate],
  );
  const set = useCallback((patch: FigureState) => go({ ...state, ...patch }), [go, state]);
  const reset = useCallback(() => go(base), [go, base]);
  const changed = Object.keys(specs).some((key) => state[key] !== base[key]) || problems.length > 0;
  return { state, problems, specs, set, reset, changed };
}
