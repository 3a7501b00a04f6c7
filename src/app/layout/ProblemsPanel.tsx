/** Dev server only: content problems, shown in the page while the server keeps running. */
import { useEffect, useState } from "react";
import type { ContentProblem, Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";

export function ProblemsPanel({ lang }: { lang: Lang }) {
  const [problems, setProblems] = useState<ContentProblem[]>([]);
  useEffect(() => {
    void import("virtual:reader/problems").then((m) => setProblems(m.default));
  }, []);
  if (problems.length === 0) return null;
  const t = UI[lang];
  return (
    <section role="alert" className="notice notice-error problems-panel">
      <h2>{t.problemsTitle(problems.length)}</h2>
      <p>{t.problemsHint}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>
              {p.file}:{p.line}:{p.column}
            </code>{" "}
            {p.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
