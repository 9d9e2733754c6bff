import { sql } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import type { Db } from './client.ts';
import { writePermits } from './committee-tables.ts';

// SQLite triggers that make immutability a rule of the database, not only of the code.
// They are (re)created after every migration run, idempotently: a drizzle-kit table rebuild
// drops a table's triggers, and this step puts them back before anything else can write.

export const VERSION_CORRECTION_PERMIT = 'version-correction';

const ALWAYS = (table: string, verb: 'UPDATE' | 'DELETE', message: string) =>
  `CREATE TRIGGER IF NOT EXISTS ${table}_no_${verb.toLowerCase()} BEFORE ${verb} ON ${table}
   BEGIN SELECT RAISE(ABORT, '${message}'); END`;

const UNLESS_PERMITTED = (table: string, verb: 'UPDATE' | 'DELETE', message: string) =>
  `CREATE TRIGGER IF NOT EXISTS ${table}_no_${verb.toLowerCase()} BEFORE ${verb} ON ${table}
   WHEN NOT EXISTS (SELECT 1 FROM write_permits WHERE kind = '${VERSION_CORRECTION_PERMIT}')
   BEGIN SELECT RAISE(ABORT, '${message}'); END`;

const PUBLISHED = 'published versions are immutable: publish a CORRIGENDUM or AMENDMENT';

export const DATABASE_RULES: readonly string[] = [
  // Published text never changes; its registry metadata (dates, titles, relations) is corrected
  // only by an audited path holding a permit (the import).
  UNLESS_PERMITTED('versions', 'UPDATE', PUBLISHED),
  ALWAYS('versions', 'DELETE', PUBLISHED),
  ALWAYS('clauses', 'UPDATE', PUBLISHED),
  ALWAYS('clauses', 'DELETE', PUBLISHED),
  UNLESS_PERMITTED('version_replacements', 'UPDATE', PUBLISHED),
  UNLESS_PERMITTED('version_replacements', 'DELETE', PUBLISHED),
  UNLESS_PERMITTED('version_references', 'UPDATE', PUBLISHED),
  UNLESS_PERMITTED('version_references', 'DELETE', PUBLISHED),
  // Revisions are snapshots; votes and events are history.
  ALWAYS('draft_revisions', 'UPDATE', 'draft revisions are immutable snapshots'),
  ALWAYS('draft_revisions', 'DELETE', 'draft revisions are immutable snapshots'),
  ALWAYS('revision_clauses', 'UPDATE', 'draft revisions are immutable snapshots'),
  ALWAYS('revision_clauses', 'DELETE', 'draft revisions are immutable snapshots'),
  ALWAYS('votes', 'UPDATE', 'votes are history: cast a new vote instead'),
  ALWAYS('votes', 'DELETE', 'votes are history: cast a new vote instead'),
  ALWAYS('events', 'UPDATE', 'the event history is append-only'),
  ALWAYS('events', 'DELETE', 'the event history is append-only'),
];

export function ensureDatabaseRules(sqlite: Database.Database): void {
  sqlite.transaction(() => {
    for (const statement of DATABASE_RULES) sqlite.exec(statement);
  })();
}

type Writer = Pick<Db, 'insert' | 'delete' | 'run'>;

/**
 * Runs `write` holding the version-correction permit. Call only inside a transaction: the permit
 * row is inserted and deleted within it, so no other connection can ever observe it.
 */
export function withVersionCorrectionPermit<T>(tx: Writer, write: () => T): T {
  tx.insert(writePermits).values({ kind: VERSION_CORRECTION_PERMIT }).onConflictDoNothing().run();
  const result = write();
  tx.run(sql`delete from ${writePermits} where ${writePermits.kind} = ${VERSION_CORRECTION_PERMIT}`);
  return result;
}
