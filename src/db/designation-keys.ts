import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { designationKey } from '../vocabulary/designation.ts';
import { withVersionCorrectionPermit } from './rules.ts';

// The stored designation keys are `designationKey(designation)`; when that function changes, every
// stored key is recomputed here, after migrating (the function is JS, not SQL). The rewrite changes
// no published text, only the match key: it runs under the version correction permit, in one
// transaction, recorded as one `registry.keysNormalised` event. Rows the new key would merge keep
// their former keys (refusing would stop the upgrade with no way to correct an immutable version).
// The data generation triggers raise the generation on each rewritten row, so cached answers drop.

/** The scheme of `designationKey` this code computes; raise it whenever the function changes. */
export const DESIGNATION_KEY_SCHEME = 2;
const TABLE = 'designation_key_scheme';

interface KeyedRow {
  id: number;
  designation: string;
  key: string;
  /** Rows sharing a group must keep distinct keys (a reference's version and kind). */
  group?: string;
}

/** Brings the stored keys to the current scheme; a no-op once they are. */
export function ensureDesignationKeys(sqlite: Database.Database): void {
  if (sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(TABLE) === undefined) return;
  const scheme = sqlite.prepare(`SELECT value FROM ${TABLE} WHERE id = 1`).pluck().get() as number;
  if (scheme >= DESIGNATION_KEY_SCHEME) return;
  const read = (query: string) => sqlite.prepare(query).all() as KeyedRow[];
  const tables = [
    {
      table: 'standards',
      column: 'designation_key',
      rows: read('SELECT id, designation, designation_key AS key FROM standards'),
    },
    {
      table: 'versions',
      column: 'designation_key',
      rows: read('SELECT id, designation, designation_key AS key FROM versions'),
    },
    {
      table: 'version_references',
      column: 'target_key',
      rows: read(
        `SELECT id, target_designation AS designation, target_key AS key, version_id || ' ' || kind AS "group" ` +
          `FROM version_references`,
      ),
    },
  ];
  const db = drizzle({ client: sqlite });
  sqlite.transaction(() => {
    const counts: Record<string, number> = {};
    const kept: { table: string; designations: string[] }[] = [];
    withVersionCorrectionPermit(db, () => {
      for (const { table, column, rows } of tables) {
        const { next, keptGroups } = newKeys(rows);
        kept.push(...keptGroups.map((designations) => ({ table, designations })));
        const changed = rows.filter((row) => next.get(row.id) !== row.key);
        counts[table] = changed.length;
        // Two passes: a key may move to one another row holds now (unique index) until it moves too.
        const update = sqlite.prepare(`UPDATE ${table} SET ${column} = ? WHERE id = ?`);
        for (const row of changed) update.run(`\u0000${row.id}`, row.id);
        for (const row of changed) update.run(next.get(row.id), row.id);
      }
    });
    if (Object.values(counts).some((n) => n > 0) || kept.length > 0) {
      sqlite
        .prepare(
          `INSERT INTO events (at, actor_id, action, entity_type, entity_id, data) VALUES (?, NULL, ` +
            `'registry.keysNormalised', 'Registry', 0, ?)`,
        )
        .run(
          new Date().toISOString(),
          JSON.stringify({
            scheme: DESIGNATION_KEY_SCHEME,
            ...counts,
            ...(kept.length > 0 && { keptFormerKey: kept }),
          }),
        );
    }
    sqlite.prepare(`UPDATE ${TABLE} SET value = ? WHERE id = 1`).run(DESIGNATION_KEY_SCHEME);
  })();
}

/**
 * Each row's new key. Rows that the new key would make one (`ECE R100` and `UN R100` both stored)
 * keep their former keys, which were distinct: nothing is merged or lost, and the event names them.
 * A row whose new key is a key kept that way keeps its former key too (repeated until none does).
 */
function newKeys(rows: KeyedRow[]) {
  const scope = (row: KeyedRow, key: string) => `${row.group ?? ''}\u0000${key}`;
  const next = new Map(rows.map((row) => [row.id, designationKey(row.designation)]));
  const keep = new Set<number>();
  for (;;) {
    const holders = new Map<string, KeyedRow[]>();
    for (const row of rows) {
      const key = scope(row, keep.has(row.id) ? row.key : next.get(row.id)!);
      holders.set(key, [...(holders.get(key) ?? []), row]);
    }
    const clashing = [...holders.values()].filter((same) => same.length > 1);
    if (clashing.length === 0) break;
    for (const same of clashing) for (const row of same) keep.add(row.id);
  }
  for (const id of keep) next.set(id, rows.find((row) => row.id === id)!.key);
  const groups = new Map<string, string[]>();
  for (const row of rows.filter((r) => keep.has(r.id))) {
    const key = scope(row, designationKey(row.designation));
    groups.set(key, [...(groups.get(key) ?? []), row.designation]);
  }
  return { next, keptGroups: [...groups.values()] };
}
