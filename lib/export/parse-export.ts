import type { z } from 'zod';
import { EXPORT_FORMAT, EXPORT_VERSION, exportDocSchema, type ExportDoc } from './export-format';
import { EXPORT_MIGRATIONS } from './migrations/index';

/** A file read as an export: the document brought up to the current version, or what is wrong with it. */
export type ParsedExport = { ok: true; doc: ExportDoc; fromVersion: number } | { ok: false; message: string };

/** Largest file read, so a wrong file chosen by mistake cannot freeze the page. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/**
 * Reads an export file's text: checks it is a SkillGap export, migrates an older version step by step,
 * and validates the result. A failure comes back as one sentence naming the first problem found.
 */
export function parseExport(text: string): ParsedExport {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, message: 'The file is too large to be a SkillGap export.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: `The file is not valid JSON (${err instanceof Error ? err.message : String(err)}).` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, message: 'The file is not a SkillGap export: it lacks "format": "skillgap-export".' };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: 'The file does not say which version of the export format it uses ("version" is missing or not a whole number).' };
  }
  if (version > EXPORT_VERSION) {
    return { ok: false, message: `The file was written by a newer SkillGap (format version ${version}; this one reads up to ${EXPORT_VERSION}). Update the extension, then import it.` };
  }
  let doc: unknown = data;
  for (const step of EXPORT_MIGRATIONS) {
    if (step.from < version) continue;
    const old = step.schema.safeParse(doc);
    if (!old.success) return { ok: false, message: problem(old.error, step.from) };
    doc = step.up(old.data as never);
  }
  const parsed = exportDocSchema.safeParse(doc);
  if (!parsed.success) return { ok: false, message: problem(parsed.error, EXPORT_VERSION) };
  return { ok: true, doc: parsed.data, fromVersion: version };
}

/** The first issue as a sentence: where in the file, and what is wrong there. */
function problem(error: z.ZodError, version: number): string {
  const issue = error.issues[0];
  if (!issue) return `The file does not match export format version ${version}.`;
  const where = issue.path.length ? issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') : 'the top level';
  return `The file does not match export format version ${version}: at ${where}, ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}.`;
}
