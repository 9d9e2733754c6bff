import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { ensureDataGeneration } from './data-generation.ts';
import { ensureDesignationKeys } from './designation-keys.ts';
import { ensureDatabaseRules, registerPermitFunctions } from './rules.ts';
import { ensureSearchIndex } from './search-index.ts';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../migrations', import.meta.url));

export class MigrationIntegrityError extends Error {
  constructor(readonly violations: unknown[]) {
    super(`foreign key check failed after migrating: ${JSON.stringify(violations.slice(0, 5))}`);
  }
}

/**
 * Applies drizzle-kit migrations without losing rows.
 *
 * When drizzle-kit rebuilds a SQLite table it drops and re-creates it; with foreign keys ON, that
 * DROP would cascade into (or fail on) child rows. `PRAGMA foreign_keys` is ignored inside a
 * transaction and the migrator wraps everything in one, so it must be switched OFF before, the
 * result checked with `foreign_key_check`, and only then switched back ON by the caller.
 */
export function migrateSafely(sqlite: Database.Database, migrationsFolder = MIGRATIONS_FOLDER): void {
  sqlite.pragma('foreign_keys = OFF');
  // A migration's writes to guarded tables fire triggers that call this connection's permit function.
  registerPermitFunctions(sqlite);
  const applied = appliedMigrations(sqlite);
  migrate(drizzle({ client: sqlite }), { migrationsFolder });
  // Only a migration can break a reference, and the check reads every row (slow on a large
  // registry): it runs when this call applied one.
  if (appliedMigrations(sqlite) !== applied) {
    const violations = sqlite.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0) throw new MigrationIntegrityError(violations);
  }
  ensureDatabaseRules(sqlite);
  // Triggers a table rebuild may have dropped: search index sync, data generation.
  ensureSearchIndex(sqlite);
  ensureDataGeneration(sqlite);
  // Stored keys recomputed when the key function changed (after the triggers: caches must drop).
  ensureDesignationKeys(sqlite);
}

/** How many migrations the database records as applied (0 before the first). */
function appliedMigrations(sqlite: Database.Database): number {
  const table = sqlite
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`)
    .get();
  return table === undefined
    ? 0
    : (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
}
