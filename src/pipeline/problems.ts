/**
 * Content problems: every one has a place (file:line:column) and says what was found and what was
 * expected. The build collects them all before failing, so one run shows every mistake.
 */
import type { ContentProblem } from "../shared/types";

export interface Place {
  line: number;
  column: number;
}

export interface PositionLike {
  start: Place;
}

export class Problems {
  readonly list: ContentProblem[] = [];

  add(file: string, at: PositionLike | Place | undefined, message: string): void {
    const place = at && "start" in at ? at.start : (at ?? { line: 1, column: 1 });
    this.list.push({ file, line: place.line, column: place.column, message });
  }

  get size(): number {
    return this.list.length;
  }
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

/** Thrown by the build when content has problems; its message lists them all. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    const n = problems.length;
    super(`${n} content problem${n === 1 ? "" : "s"}:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "ContentError";
  }
}

/** Quote found text for a message, shortened so one bad line can't flood the output. */
export function quote(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine);
}
