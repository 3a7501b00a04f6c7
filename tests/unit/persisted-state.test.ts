/** Stored preferences: whatever is in storage, the reader starts, and nothing valid is thrown away. */
import { describe, expect, it } from "vitest";
import { DEFAULTS, migrate, sanitize } from "../../src/app/store/persisted";

describe("persisted state", () => {
  it("keeps valid fields and defaults the rest", () => {
    expect(migrate({ lang: "zh", theme: "purple", expanded: { overview: true, bad: "yes" } })).toEqual({
      lang: "zh",
      theme: "system",
      expanded: { overview: true },
    });
  });

  it("falls back to defaults for data of an unknown shape", () => {
    for (const junk of [null, 42, "text", [], { lang: "fr" }]) expect(migrate(junk)).toEqual(DEFAULTS);
  });

  it("ignores fields it does not know", () => {
    expect(sanitize({ theme: "dark", somethingElse: 1 })).toEqual({ theme: "dark" });
  });
});
