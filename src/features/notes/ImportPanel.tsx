/**
 * Import of a JSON export: the file is checked first (anything wrong is listed with where it is, and
 * nothing changes), then what would be added or replaced is shown, and only a confirmation writes.
 */
import { useRef, useState } from "react";
import type { Lang } from "../../shared/types";
import { readExport } from "./import-file";
import { type MergePlan, planMerge } from "./merge";
import { NOTES_TEXT } from "./notes-text";
import type { ExportFile } from "./schema";
import { MAX_IMPORT_BYTES } from "./schema";
import { studyStore } from "./study-layer";

type State = { step: "idle" } | { step: "problems"; problems: string[] } | { step: "confirm"; file: ExportFile; plan: MergePlan } | { step: "done"; count: number };

export function ImportPanel({ lang, onImportReading }: { lang: Lang; onImportReading: (file: ExportFile) => void }) {
  const t = NOTES_TEXT[lang];
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ step: "idle" });

  const choose = async (file: File | undefined) => {
    if (!file) return;
    // A huge file is refused by its size, before it is read into memory.
    const text = file.size > MAX_IMPORT_BYTES ? "" : await file.text();
    const result = readExport(text, file.size);
    if (!result.ok) return setState({ step: "problems", problems: result.problems });
    await studyStore.ready;
    setState({ step: "confirm", file: result.file, plan: planMerge(studyStore.all(), result.file.records) });
  };

  return (
    <div className="import-panel">
      <button type="button" onClick={() => input.current?.click()}>
        {t.importJson}
      </button>
      <input
        ref={input}
        hidden
        type="file"
        accept="application/json,.json"
        onChange={(e) => {
          void choose(e.currentTarget.files?.[0]);
          e.currentTarget.value = "";
        }}
      />
      {state.step === "problems" ? (
        <div role="alert" className="import-problems">
          <p>{t.importProblems}</p>
          <ul>
            {state.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.step === "confirm" ? (
        <div className="import-confirm" role="region" aria-label={t.importTitle}>
          <p>{t.importSummary(state.plan.add.length, state.plan.replace.length, state.plan.same, state.plan.older)}</p>
          <p>{t.importProgress(Object.keys(state.file.progress).length)}</p>
          <button
            type="button"
            onClick={() => {
              const { plan, file } = state;
              void studyStore.applyImport(plan);
              onImportReading(file);
              setState({ step: "done", count: plan.add.length + plan.replace.length });
            }}
          >
            {t.importConfirm}
          </button>{" "}
          <button type="button" onClick={() => setState({ step: "idle" })}>
            {t.cancel}
          </button>
        </div>
      ) : null}
      {state.step === "done" ? <p role="status">{t.imported(state.count)}</p> : null}
    </div>
  );
}
