/** The pieces every figure is built from: axes, controls, notes and the frame around them. */
import { type ReactNode, useId, useState } from "react";
import { type ParamSpec, type ParamSpecs, parseValue, type ValueProblem } from "../../../shared/figures/params";
import { describeProblem, FIGURE_UI } from "../../../shared/figures/text";
import type { Lang } from "../../../shared/types";
import type { Scale } from "./scale";

/** The drawing area: a viewBox this wide, scaled to the column (so text stays legible on a phone). */
export const WIDTH = 480;
export const MARGIN = { top: 14, right: 16, bottom: 46, left: 62 };

export function AxisBottom({ scale, y, format, label, ticks }: { scale: Scale; y: number; format: (v: number) => string; label: string; ticks?: number[] }) {
  const values = ticks ?? scale.ticks();
  const [x0, x1] = scale.range;
  return (
    <g className="fig-axis" aria-hidden="true">
      <line x1={x0} x2={x1} y1={y} y2={y} />
      {values.map((v) => (
        <g key={v} transform={`translate(${scale(v).toFixed(1)},${y})`}>
          <line y2={5} />
          <text y={18} textAnchor="middle">
            {format(v)}
          </text>
        </g>
      ))}
      <text className="fig-axis-label" x={(x0 + x1) / 2} y={y + 38} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}

export function AxisLeft({ scale, x, format, label, ticks, gridTo }: { scale: Scale; x: number; format: (v: number) => string; label: string; ticks?: number[]; gridTo?: number }) {
  const values = ticks ?? scale.ticks();
  const [y0, y1] = scale.range;
  return (
    <g className="fig-axis" aria-hidden="true">
      <line x1={x} x2={x} y1={y0} y2={y1} />
      {values.map((v) => (
        <g key={v} transform={`translate(${x},${scale(v).toFixed(1)})`}>
          {gridTo ? <line className="fig-grid" x2={gridTo - x} /> : null}
          <line x2={-5} />
          <text x={-8} dy="0.32em" textAnchor="end">
            {format(v)}
          </text>
        </g>
      ))}
      <text className="fig-axis-label" transform={`translate(${x - 48},${(y0 + y1) / 2}) rotate(-90)`} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}

/** A legend as an HTML list next to the chart (it wraps on a phone; SVG text would not). */
export function Legend({ items }: { items: { key: string; label: ReactNode; swatch: string }[] }) {
  return (
    <ul className="fig-legend">
      {items.map((item) => (
        <li key={item.key}>
          <span className={`fig-swatch ${item.swatch}`} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

export function Slider({ label, value, min, max, step, onChange, valueText }: { label: string; value: number; min: number; max: number; step: number; onChange: (v: number) => void; valueText: string }) {
  const id = useId();
  return (
    <div className="fig-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="range" min={min} max={max} step={step} value={value} aria-valuetext={valueText} onChange={(e) => onChange(Number(e.currentTarget.value))} />
      <output htmlFor={id}>{valueText}</output>
    </div>
  );
}

/**
 * A typed value: anything may be typed; a value the figure can't use is named inline (and the
 * figure keeps its last valid picture) until it is corrected.
 */
export function NumberField({ lang, label, unit, spec, name, value, onCommit }: { lang: Lang; label: string; unit?: string; spec: ParamSpec; name: string; value: number; onCommit: (v: number) => void }) {
  const id = useId();
  const t = FIGURE_UI[lang];
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? null : parseValue(spec, draft);
  const problem: ValueProblem | null = parsed && !parsed.ok ? { key: name, raw: draft ?? "", reason: parsed.reason } : null;
  return (
    <div className="fig-field">
      <label htmlFor={id}>
        {label}
        {unit ? <span className="fig-unit"> ({unit})</span> : null}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={draft ?? String(value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          const next = parseValue(spec, text);
          if (next.ok && typeof next.value === "number") onCommit(next.value);
        }}
        onBlur={() => {
          if (!problem) setDraft(null);
        }}
      />
      {problem ? (
        <p id={`${id}-error`} className="fig-error" role="alert">
          {t.badInput} {describeProblem(problem, spec, lang)}. {t.keptLast}
        </p>
      ) : null}
    </div>
  );
}

export function Select<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: readonly (readonly [T, string])[]; onChange: (v: T) => void }) {
  const id = useId();
  return (
    <div className="fig-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Toggle({ label, checked, onChange }: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  return (
    <div className="fig-field fig-toggle">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** Values from the address that were not used: named, never silently dropped. */
export function QueryNote({ lang, problems, specs, onReset }: { lang: Lang; problems: ValueProblem[]; specs: ParamSpecs; onReset: () => void }) {
  const t = FIGURE_UI[lang];
  if (problems.length === 0) return null;
  return (
    <div className="fig-note" role="status">
      <p>{t.badQuery}</p>
      <ul>
        {problems.map((p) => (
          <li key={p.key}>
            <code>{describeProblem(p, Object.hasOwn(specs, p.key) ? specs[p.key] : undefined, lang)}</code>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onReset}>
        {t.reset}
      </button>
    </div>
  );
}

/** The numbers behind a chart, folded away under the picture. */
export function DataTable({ lang, caption, head, rows }: { lang: Lang; caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <details className="fig-data">
      <summary>{FIGURE_UI[lang].dataTable}</summary>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={j}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
