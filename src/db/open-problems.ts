import { accessSync, constants, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';

// Why the database file could not be opened, said in one sentence that names it (start-up prints
// it instead of a stack trace). Read from the file system after the failure: SQLite's own errors
// ("unable to open database file") do not say which part of the path is wrong.

const statOf = (path: string): Stats | undefined => {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
};

/** The reason `path` cannot be written to, if it cannot. */
function notWritable(path: string): string | undefined {
  try {
    accessSync(path, constants.W_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EROFS' ? `${path} is on a read-only file system` : `${path} is not writable (${code})`;
  }
}

/** One sentence naming REGISTRY_DB and what is wrong with it; undefined for failures that are not about the file. */
export function databaseFileProblem(file: string, error: unknown): string | undefined {
  const named = `REGISTRY_DB ${JSON.stringify(file)}`;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  let existing = file;
  while (statOf(existing) === undefined && dirname(existing) !== existing) existing = dirname(existing);
  const stat = statOf(existing);
  if (existing === file && stat?.isDirectory())
    return `${named} is a folder; name a file in it, e.g. "${file}/registry.db".`;
  if (existing !== file && stat !== undefined && !stat.isDirectory())
    return `${named} cannot be created: ${existing} is a file, not a folder.`;
  if (code === 'SQLITE_NOTADB') return `${named} is not a SQLite database (it was left unchanged).`;
  // WAL mode writes next to the file (-wal, -shm): its folder must be writable too.
  const folder = existing === file ? dirname(file) : existing;
  const readOnly = (existing === file ? notWritable(file) : undefined) ?? notWritable(folder);
  if (readOnly !== undefined) return `${named} cannot be written: ${readOnly}.`;
  return `${named} cannot be opened: ${error instanceof Error ? error.message : code}.`;
}
