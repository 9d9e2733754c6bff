import Database from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openDatabase, type SqliteHandle } from './client.ts';
import { integrityCheck, schemaStatus } from './status.ts';
import { generationReader, raiseGenerationPast } from './data-generation.ts';

// Online backup and restore of the SQLite file. SQLite specifics (VACUUM INTO, the backup API,
// integrity_check) stay here; the CLI only reads arguments and prints.

/** A refused backup or restore; the message says why and what to do, and nothing was changed. */
export class BackupError extends Error {
  override name = 'BackupError';
}

export interface CheckedFile {
  /** Migrations recorded in the file. */
  migrations: number;
  /** Migrations of this build the file lacks (an older backup; restore applies them). */
  pending: number;
  bytes: number;
}

/**
 * Copies the live database to `destination` while the server keeps serving and writing.
 *
 * `VACUUM INTO` reads inside one read transaction, so the copy is the database as of one commit
 * (never half an import) and, in WAL mode, writers are not blocked meanwhile. It writes to a
 * temporary name next to the destination; the copy is synced, checked (integrity_check and
 * migration level) and only then renamed into place, so a file at `destination` is always a
 * complete, verified backup. It never overwrites an existing file.
 */
export function backupDatabase(sqlite: SqliteHandle, destination: string): CheckedFile {
  const target = resolve(destination);
  if (existsSync(target))
    throw new BackupError(`${destination} already exists; a backup never overwrites a file, choose a new name.`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  try {
    sqlite.prepare('VACUUM INTO ?').run(partial);
    syncFile(partial);
    const checked = checkDatabaseFile(partial, destination);
    renameSync(partial, target);
    syncFile(dirname(target));
    return checked;
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * Opens a database file read-only and checks it can be restored by this build: a SQLite file,
 * `integrity_check` ok, a registry (it has a migration history) and not newer than this build.
 * `label` names the file in messages.
 */
export function checkDatabaseFile(file: string, label = file): CheckedFile {
  if (!existsSync(file)) throw new BackupError(`${label} does not exist.`);
  let sqlite: SqliteHandle | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = integrityCheck(sqlite);
    if (integrity !== 'ok')
      throw new BackupError(
        `${label} is corrupt (integrity_check: ${integrity.slice(0, 300)}); it cannot be restored.`,
      );
    const schema = schemaStatus(sqlite);
    const applied = schema.known.length - schema.pending.length + schema.unknown.length;
    if (applied === 0)
      throw new BackupError(`${label} is a SQLite file but not a registry database (it has no migration history).`);
    if (schema.unknown.length > 0) {
      throw new BackupError(
        `${label} was written by a newer version of the registry (migrations unknown to this version: ` +
          `${schema.unknown.join(', ')}); ` +
          'upgrade the registry before restoring it.',
      );
    }
    return { migrations: applied, pending: schema.pending.length, bytes: statSync(file).size };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB') throw new BackupError(`${label} is not a SQLite database.`);
    if (code === 'SQLITE_CORRUPT')
      throw new BackupError(`${label} is corrupt (${(error as Error).message}); it cannot be restored.`);
    throw error;
  } finally {
    sqlite?.close();
  }
}

export interface RestoreResult extends CheckedFile {
  /** Where the database that was replaced now is (absent when there was none). */
  previous?: string;
}

/**
 * Puts a backup back as the live database. The backup is checked first (a corrupt, foreign or
 * newer-schema file is refused and nothing changes). The current database is first saved next to
 * it (`<file>.before-restore-<time>`), then the backup's pages are copied in with SQLite's backup
 * API, which writes under SQLite's own locks: a server that is still running sees either the old
 * database or the restored one, never a mix. Finally the restored database is migrated to this
 * build's schema (an older backup) and checked again.
 */
export async function restoreDatabase(liveFile: string, backupFile: string): Promise<RestoreResult> {
  const live = resolve(liveFile);
  if (resolve(backupFile) === live) throw new BackupError(`${backupFile} is the live database itself.`);
  const checked = checkDatabaseFile(backupFile);

  const issued = existsSync(live) ? generationOf(live) : undefined;
  const previous = existsSync(live) ? saveCurrent(live) : undefined;

  mkdirSync(dirname(live), { recursive: true });
  const source = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    // One step for the whole file: the destination's write transaction commits once, at the end.
    await source.backup(live, { progress: () => 2 ** 30 });
  } finally {
    source.close();
  }
  const restored = openDatabase({ file: live });
  try {
    const integrity = integrityCheck(restored.sqlite);
    if (integrity !== 'ok')
      throw new BackupError(
        `the restored database fails integrity_check (${integrity}); the previous one is ${previous ?? 'gone'}.`,
      );
    raiseGenerationPast(restored.sqlite, issued);
  } finally {
    restored.close();
  }
  return { ...checked, ...(previous ? { previous } : {}) };
}

/** The data generation of a database file; undefined when it cannot be read (it may be damaged). */
function generationOf(file: string): number | undefined {
  try {
    const sqlite = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const value = generationReader(sqlite)();
      return value < 0 ? undefined : value;
    } finally {
      sqlite.close();
    }
  } catch {
    return undefined;
  }
}

/**
 * Keeps the database about to be replaced, so a mistaken restore can be undone: a verified copy
 * when it can be read, else (it may be damaged: that is often why one restores) its raw files.
 */
function saveCurrent(live: string): string {
  const saved = `${live}.before-restore-${new Date().toISOString().replace(/[:.]/gu, '-')}`;
  try {
    const current = new Database(live, { fileMustExist: true });
    try {
      current.pragma('busy_timeout = 5000');
      backupDatabase(current, saved);
    } finally {
      current.close();
    }
  } catch {
    copyFileSync(live, saved);
    if (existsSync(`${live}-wal`)) copyFileSync(`${live}-wal`, `${saved}-wal`);
  }
  return saved;
}

/** fsync a file or a directory, so a rename or a copy survives a power loss. */
function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
