/**
 * The concept map: positions come from the build (d3-force ran there); here d3-zoom adds pan and
 * zoom, and React draws nodes as links. Hover or focus lights up a concept and its neighbours.
 */
import { select } from "d3-selection";
import { zoom, zoomIdentity, type ZoomBehavior } from "d3-zoom";
import { useEffect, useMemo, useRef, useState } from "react";
import { useLocation } from "wouter";
import { routes } from "../../shared/routes";
import { type ConceptSummary, type Lang, THEMES } from "../../shared/types";
import { CONCEPT_TEXT } from "./concept-text";
import { LABEL_PX, labelledAtFirstSight } from "./map-labels";
import type { MapLayoutData } from "./map-layout";
import { THEME_COLOURS } from "./themes";
import "./concepts.css";

interface Props {
  lang: Lang;
  layout: MapLayoutData;
  concepts: ConceptSummary[];
}

export default function ConceptMap({ lang, layout, concepts }: Props) {
  const t = CONCEPT_TEXT[lang];
  const [, navigate] = useLocation();
  const svgRef = useRef<SVGSVGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const [hiddenThemes, setHiddenThemes] = useState<ReadonlySet<string>>(new Set());

  const byId = useMemo(() => new Map(concepts.map((c) => [c.id, c])), [concepts]);
  // Map units per screen pixel: labels are a fixed size on screen, so which ones fit depends on it.
  // The prerender assumes an 800 px wide map; the browser measures, and relabels if it differs.
  const [unitsPerPx, setUnitsPerPx] = useState(layout.width / 800);
  const labelled = useMemo(
    () =>
      labelledAtFirstSight(
        layout.nodes.map((n) => ({ x: n.x, y: n.y, radius: radius(n.degree), degree: n.degree, label: label(byId.get(n.id)) || n.id })),
        LABEL_PX * unitsPerPx,
      ),
    [layout, byId, unitsPerPx],
  );
  const neighbours = useMemo(() => {
    const list = layout.nodes.map(() => new Set<number>());
    for (const [a, b] of layout.edges) {
      list[a]?.add(b);
      list[b]?.add(a);
    }
    return list;
  }, [layout]);
  // Tab order follows the legend: theme by theme, then by title.
  const order = useMemo(
    () =>
      layout.nodes
        .map((n, i) => i)
        .sort((a, b) => {
          const na = layout.nodes[a]!;
          const nb = layout.nodes[b]!;
          return THEMES.indexOf(na.theme) - THEMES.indexOf(nb.theme) || label(byId.get(na.id)).localeCompare(label(byId.get(nb.id)));
        }),
    [layout, byId],
  );

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.5, 5])
      .on("zoom", (event: { transform: { toString(): string } }) => layerRef.current?.setAttribute("transform", event.transform.toString()));
    select(svg).call(behaviour);
    zoomRef.current = behaviour;
    // Map units per screen pixel, so touch targets can be sized in pixels (see .map-hit).
    const measure = () => {
      if (svg.clientWidth === 0) return;
      const units = Math.max(layout.width / svg.clientWidth, layout.height / svg.clientHeight);
      svg.style.setProperty("--units-per-px", String(units));
      setUnitsPerPx(Math.round(units * 20) / 20);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(svg);
    return () => {
      observer.disconnect();
      select(svg).on(".zoom", null);
    };
  }, [layout]);

  const zoomBy = (factor: number) => svgRef.current && zoomRef.current?.scaleBy(select(svgRef.current), factor);
  const reset = () => svgRef.current && zoomRef.current?.transform(select(svgRef.current), zoomIdentity);
  /** Keyboard focus on a node outside the visible area pans it into view. */
  const reveal = (i: number) => {
    const svg = svgRef.current;
    const node = layout.nodes[i];
    if (!svg || !node || !zoomRef.current) return;
    const box = svg.querySelectorAll<SVGGElement>(".map-node")[order.indexOf(i)]?.getBoundingClientRect();
    const frame = svg.getBoundingClientRect();
    if (box && (box.left < frame.left || box.right > frame.right || box.top < frame.top || box.bottom > frame.bottom)) {
      zoomRef.current.translateTo(select(svg), node.x, node.y);
    }
  };

  const lit = active === null ? null : new Set([active, ...(neighbours[active] ?? [])]);

  return (
    <div className="concept-map">
      <div className="map-controls">
        <button type="button" onClick={() => zoomBy(1.4)}>
          {t.zoomIn}
        </button>
        <button type="button" onClick={() => zoomBy(1 / 1.4)}>
          {t.zoomOut}
        </button>
        <button type="button" onClick={reset}>
          {t.resetView}
        </button>
      </div>
      <ul className="map-legend" aria-label={t.themeFilter}>
        {THEMES.map((theme) => (
          <li key={theme}>
            <button
              type="button"
              aria-pressed={!hiddenThemes.has(theme)}
              onClick={() =>
                setHiddenThemes((hidden) => {
                  const next = new Set(hidden);
                  if (!next.delete(theme)) next.add(theme);
                  return next;
                })
              }
            >
              <span className="theme-dot" style={{ background: THEME_COLOURS[theme] }} aria-hidden="true" />
              {t.themes[theme]}
            </button>
          </li>
        ))}
      </ul>
      <svg
        ref={svgRef}
        className={lit ? "map-canvas has-active" : "map-canvas"}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={t.conceptMap}
        onKeyDown={(e) => {
          if (e.key === "+" || e.key === "=") zoomBy(1.4);
          else if (e.key === "-") zoomBy(1 / 1.4);
          else if (e.key === "0") reset();
        }}
      >
        <g ref={layerRef}>
          <g className="map-edges" aria-hidden="true">
            {layout.edges.map(([a, b]) => {
              const from = layout.nodes[a]!;
              const to = layout.nodes[b]!;
              if (hiddenThemes.has(from.theme) || hiddenThemes.has(to.theme)) return null;
              const on = lit !== null && (a === active || b === active);
              return <line key={`${a}-${b}`} x1={from.x} y1={from.y} x2={to.x} y2={to.y} className={on ? "lit" : undefined} />;
            })}
          </g>
          {order.map((i) => {
            const node = layout.nodes[i]!;
            const concept = byId.get(node.id);
            const href = routes.concept(lang, node.id);
            if (hiddenThemes.has(node.theme)) return null;
            const classes = ["map-node", lit && !lit.has(i) ? "dim" : "", labelled.has(i) ? "" : "minor", lit?.has(i) ? "near" : ""];
            return (
              <a
                key={node.id}
                href={href}
                className={classes.filter(Boolean).join(" ")}
                aria-label={concept ? `${concept.title}: ${concept.summary}` : node.id}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(href);
                }}
                onMouseEnter={() => setActive(i)}
                onMouseLeave={() => setActive(null)}
                onFocus={() => {
                  setActive(i);
                  reveal(i);
                }}
                onBlur={() => setActive(null)}
              >
                {/* An invisible target at least 24 px across on any screen (sized in CSS). */}
                <circle className="map-hit" cx={node.x} cy={node.y} r={radius(node.degree)} />
                <circle cx={node.x} cy={node.y} r={radius(node.degree)} fill={THEME_COLOURS[node.theme]} />
                <text x={node.x} y={node.y + radius(node.degree) + 3 + LABEL_PX * unitsPerPx * 0.85} textAnchor="middle">
                  {label(concept) || node.id}
                </text>
              </a>
            );
          })}
          {active !== null && !hiddenThemes.has(layout.nodes[active]!.theme) ? <FullName node={layout.nodes[active]!} title={byId.get(layout.nodes[active]!.id)?.title ?? ""} r={radius(layout.nodes[active]!.degree)} /> : null}
        </g>
      </svg>
      <p className="map-intro">{t.mapIntro}</p>
      <details className="map-list">
        <summary>{t.listView}</summary>
        <ul>
          {order.map((i) => {
            const node = layout.nodes[i]!;
            const concept = byId.get(node.id);
            return (
              <li key={node.id}>
                <a
                  href={routes.concept(lang, node.id)}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(routes.concept(lang, node.id));
                  }}
                >
                  {concept?.title ?? node.id}
                </a>{" "}
                — {t.neighbours}: {[...(neighbours[i] ?? [])].map((j) => label(byId.get(layout.nodes[j]!.id))).join(", ")}
              </li>
            );
          })}
        </ul>
      </details>
    </div>
  );
}

/** The concept's full name above it while it is hovered or focused (the map labels use short names). */
function FullName({ node, title, r }: { node: { x: number; y: number }; title: string; r: number }) {
  return (
    <text className="map-full-label" x={node.x} y={node.y - r - 6} textAnchor="middle" aria-hidden="true">
      {title}
    </text>
  );
}

/** A node's radius in map units: bigger for better-connected concepts. */
function radius(degree: number): number {
  return 7 + Math.min(degree, 10);
}

function label(concept: ConceptSummary | undefined): string {
  return concept?.short ?? concept?.title ?? "";
}
