/** Every kind of content mistake fails with a pinned, placed message (one fixture folder per kind). */
import { describe, expect, it } from "vitest";
import { buildBook } from "../../src/pipeline/book";
import { formatProblem } from "../../src/pipeline/problems";
import { applyPatches, buildValid, errorCases, validInput } from "./fixture-helpers";

describe("content validation", () => {
  it("accepts the valid fixture without problems", () => {
    expect(buildValid().problems).toEqual([]);
  });

  it.each(errorCases())("$name", ({ patches, expected }) => {
    const book = buildBook(applyPatches(validInput(), patches));
    expect(book.problems.map(formatProblem)).toEqual(expected);
  });
});
