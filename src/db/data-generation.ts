import type Database from 'better-sqlite3';
import { PUBLIC_TABLES } from '../catalogue/tables.ts';

// The data generation: a counter the database itself raises, in the writing transaction, on every
// change to a table the public answers read (the read model declares them: catalogue/tables.ts; the
// counter's table and first row come from the custom migration `data_generation`). The response
// cache keys its entries by it, so a change made by any connection — this process, the CLI in
// another process, a publication — makes every older entry unreachable. SQLite-specific (triggers,
// a one-row table); it lives only here.

const TABLE = 'data_generation';

const BUMP = `UPDATE ${TABLE} SET value = value + 1 WHERE id = 1;`;

const TRIGGERS = PUBLIC_TABLES.flatMap((table) =>
  (['INSERT', 'UPDATE', 'DELETE'] as const).map((verb) => ({
    name: `${TABLE}_${table}_${verb.toLowerCase()}`,
    sql: `AFTER ${verb} ON ${table} BEGIN ${BUMP} END`,
  })),
);

/**
 * Creates any missing trigger (idempotent; run after every migration, since a table rebuild drops
 * the rebuilt table's triggers), and raises the generation when one was missing: changes made
 * while it was absent would otherwise go unnoticed.
 */
export function ensureDataGeneration(sqlite: Database.Database): void {
  if (sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(TABLE) === undefined) return;
  const existing = new Set(
    (
      sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '${TABLE}_%'`).all() as {
        name: string;
      }[]
    ).map((r) => r.name),
  );
  const missing = TRIGGERS.filter((t) => !existing.has(t.name));
  if (missing.length === 0) return;
  sqlite.transaction(() => {
    for (const t of missing) sqlite.exec(`CREATE TRIGGER IF NOT EXISTS ${t.name} ${t.sql}`);
    sqlite.exec(BUMP);
  })();
}

/**
 * A reader of the current generation: one prepared single-row read (a few microseconds), safe to
 * call on every request. In WAL mode a read outside a transaction sees the latest commit of any
 * connection. Returns -1 when the database predates the counter (never cache then).
 */
export function generationReader(sqlite: Database.Database): () => number {
  if (sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(TABLE) === undefined)
    return () => -1;
  const read = sqlite.prepare(`SELECT value FROM ${TABLE} WHERE id = 1`);
  return () => (read.get() as { value: number } | undefined)?.value ?? -1;
}

/**
 * After a restore: the restored file carries the counter of its backup, lower than what the
 * replaced database had reached, so the next writes would reuse values already handed out in
 * ETags and cache keys (and an old answer would pass for current). Raises it past `issued` (the
 * replaced database's value, when it could be read) and past the clock in milliseconds: when
 * `issued` is unknown (a damaged file), the clock (1.8 × 10^12 today) still exceeds what a
 * registry reaches by one raise per changed row, unless a previous restore set it from the clock
 * and more rows changed since than milliseconds passed.
 */
export function raiseGenerationPast(sqlite: Database.Database, issued: number | undefined): void {
  if (sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(TABLE) === undefined) return;
  sqlite.prepare(`UPDATE ${TABLE} SET value = max(value, ?, ?) + 1 WHERE id = 1`).run(issued ?? 0, Date.now());
}
