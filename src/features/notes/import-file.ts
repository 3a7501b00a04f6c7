/**
 * Reading an export file back: each way a file can be wrong is refused with what was wrong and
 * where, before anything is merged.
 */
import { describeIssues, EXPORT_FORMAT, EXPORT_VERSION, type ExportFile, exportFile, MAX_IMPORT_BYTES } from "./schema";

export type ImportResult = { ok: true; file: ExportFile } | { ok: false; problems: string[] };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function readExport(text: string, bytes = new TextEncoder().encode(text).length): ImportResult {
  if (bytes > MAX_IMPORT_BYTES) {
    return fail(`The file is ${mb(bytes)}; an export of this reader is at most ${mb(MAX_IMPORT_BYTES)}. Is it the right file?`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`The file is not JSON (${error instanceof Error ? error.message : String(error)}). Choose a .json file exported by this reader.`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return fail(`The file holds ${Array.isArray(data) ? "a list" : JSON.stringify(data)}, not an export: expected an object with "format": "${EXPORT_FORMAT}".`);
  }
  const { format, version } = data as Record<string, unknown>;
  if (format !== EXPORT_FORMAT) {
    return fail(`format: ${format === undefined ? "missing" : `found ${JSON.stringify(format)}`}, expected "${EXPORT_FORMAT}" — this file was not exported by this reader.`);
  }
  if (typeof version === "number" && version > EXPORT_VERSION) {
    return fail(`version: found ${version}, but this reader understands version ${EXPORT_VERSION} at most. The file comes from a newer reader; reload the page to update, then import again.`);
  }
  const parsed = exportFile.safeParse(data);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error.issues, data) };
  return { ok: true, file: parsed.data };
}

function fail(problem: string): ImportResult {
  return { ok: false, problems: [problem] };
}
