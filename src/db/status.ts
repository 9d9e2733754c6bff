import { readMigrationFiles } from 'drizzle-orm/migrator';
import { statSync } from 'node:fs';
import type { SqliteHandle } from './client.ts';
import { MIGRATIONS_FOLDER } from './migrate.ts';

// SQLite-specific health facts (integrity, migration level, file size), read by /ready, /metrics
// and the backup and restore commands. Nothing here writes.

const MIGRATIONS_TABLE = '__drizzle_migrations';

export interface SchemaStatus {
  /** Migrations this build knows (the migrations folder), by folder name, oldest first. */
  known: string[];
  /** Known migrations not yet applied to the database. */
  pending: string[];
  /** Migrations recorded in the database that this build does not know: a newer schema. */
  unknown: string[];
}

let knownMigrations: string[] | undefined;

/** Folder names of the migrations shipped with this build (read once; they do not change while running). */
export function knownMigrationNames(): string[] {
  knownMigrations ??= readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map((m) => m.name ?? '');
  return knownMigrations;
}

/** Compares the migrations recorded in the database with those this build ships. */
export function schemaStatus(sqlite: SqliteHandle): SchemaStatus {
  const known = knownMigrationNames();
  const hasTable =
    sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(MIGRATIONS_TABLE) !== undefined;
  const applied = hasTable
    ? (sqlite.prepare(`SELECT name FROM ${MIGRATIONS_TABLE}`).all() as { name: string | null }[]).map(
        (row) => row.name ?? '',
      )
    : [];
  const appliedSet = new Set(applied);
  const knownSet = new Set(known);
  return {
    known,
    pending: known.filter((name) => !appliedSet.has(name)),
    unknown: applied.filter((name) => !knownSet.has(name)),
  };
}

export function isMigrated(status: SchemaStatus): boolean {
  return status.pending.length === 0 && status.unknown.length === 0;
}

/** `PRAGMA integrity_check`: 'ok', or the first problems SQLite reports. */
export function integrityCheck(sqlite: SqliteHandle): string {
  const rows = sqlite.pragma('integrity_check(20)') as { integrity_check: string }[];
  return rows.map((row) => row.integrity_check).join('; ');
}

export interface DatabaseSize {
  /** Pages in use by the main database file (page_count × page_size). */
  mainBytes: number;
  /** The write-ahead log on disk, not yet checkpointed into the main file; 0 for memory databases. */
  walBytes: number;
}

export function databaseSize(sqlite: SqliteHandle): DatabaseSize {
  const pageCount = sqlite.pragma('page_count', { simple: true }) as number;
  const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
  let walBytes = 0;
  if (!sqlite.memory) {
    try {
      walBytes = statSync(`${sqlite.name}-wal`).size;
    } catch {
      walBytes = 0; // no WAL file (yet, or after a clean close)
    }
  }
  return { mainBytes: pageCount * pageSize, walBytes };
}
