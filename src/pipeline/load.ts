/** Reads content/ from disk (the only stage that touches the file system). */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { LANGS } from "../shared/types";
import { type ContentInput, ENTITY_FILES, REFERENCES_FILE, type SourceFile } from "./book";

export function loadContent(root: string): ContentInput {
  const files: SourceFile[] = [];
  for (const lang of LANGS) {
    for (const dir of [join(root, "content", lang), join(root, "content", lang, "concepts")]) {
      // Every file is passed on, so the pipeline can name one it doesn't expect instead of ignoring it.
      for (const name of listFiles(dir)) {
        const path = join(dir, name);
        files.push({ path: relative(root, path).split("\\").join("/"), source: readFileSync(path, "utf8") });
      }
    }
  }
  // The data files, as text: the pipeline reports a mistake in them with its line and column.
  for (const path of [REFERENCES_FILE, ...Object.values(ENTITY_FILES)]) {
    if (existsSync(join(root, path))) files.push({ path, source: readFileSync(join(root, path), "utf8") });
  }
  const glossary = readOptional(root, join("content", "glossary.json"));
  return { files, ...(glossary ? { glossary } : {}) };
}

/** A file that may be absent (a book without a glossary yet). */
function readOptional(root: string, path: string): SourceFile | null {
  try {
    return { path: path.split("\\").join("/"), source: readFileSync(join(root, path), "utf8") };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** A missing folder is an empty one (a language may have no concepts yet); other errors surface. */
function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}
