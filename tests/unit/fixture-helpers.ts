/** Fixture cases: tests/fixtures/valid is a small valid book; each error case patches it. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Book, buildBook, type ContentInput } from "../../src/pipeline/book";
import { loadContent } from "../../src/pipeline/load";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures");

export interface Patch {
  file: string;
  find?: string;
  replace?: string;
  delete?: boolean;
  create?: string;
}

export function validInput(): ContentInput {
  return loadContent(join(FIXTURES, "valid"));
}

export function applyPatches(input: ContentInput, patches: Patch[]): ContentInput {
  let files = [...input.files];
  for (const patch of patches) {
    if (patch.create !== undefined) {
      files.push({ path: patch.file, source: patch.create });
      continue;
    }
    const index = files.findIndex((f) => f.path === patch.file);
    const file = files[index];
    if (!file) throw new Error(`fixture patch names a file that doesn't exist: ${patch.file}`);
    if (patch.delete) {
      files = files.filter((_, i) => i !== index);
    } else {
      if (!patch.find || !file.source.includes(patch.find)) throw new Error(`fixture patch text not found in ${patch.file}: ${patch.find}`);
      files[index] = { ...file, source: file.source.replace(patch.find, () => patch.replace ?? "") };
    }
  }
  return { ...input, files };
}

export function errorCases(): { name: string; patches: Patch[]; expected: string[] }[] {
  const dir = join(FIXTURES, "errors");
  return readdirSync(dir).map((name) => ({
    name,
    patches: JSON.parse(readFileSync(join(dir, name, "patch.json"), "utf8")) as Patch[],
    expected: readFileSync(join(dir, name, "expected.txt"), "utf8").trim().split("\n"),
  }));
}

export function buildValid(): Book {
  return buildBook(validInput());
}
