import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { designationKey } from '../domain/designation.ts';
import { withVersionCorrectionPermit } from './rules.ts';

// The stored designation keys are `designationKey(designation)`; when that function changes, every
// stored key is recomputed here, after migrating (the function is JS, not SQL). The rewrite changes
// no published text, only the match key: it runs under the version correction permit, in one
// transaction, recorded as one `registry.keysNormalised` event. The data generation triggers raise
// the generation on each rewritten row, so cached answers drop.

/** The scheme of `designationKey` this code computes; raise it whenever the function changes. */
export const DESIGNATION_KEY_SCHEME = 2;
const TABLE = 'designation_key_scheme';

/** Two stored designations that the current key would make one: the keys are left as they were. */
export class DesignationKeyCollisionError extends Error {
  constructor(readonly collisions: { table: string; key: string; designations: string[] }[]) {
    super(
      `designation keys not normalised: ${collisions
        .slice(0, 5)
        .map((c) => `${c.table} ${c.designations.map((d) => JSON.stringify(d)).join(' and ')} would both be ${c.key}`)
        .join('; ')}${collisions.length > 5 ? ` (and ${collisions.length - 5} more)` : ''}; rename or merge one of each pair, then start again`,
    );
  }
}

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
    { table: 'standards', column: 'designation_key', rows: read('SELECT id, designation, designation_key AS key FROM standards') },
    { table: 'versions', column: 'designation_key', rows: read('SELECT id, designation, designation_key AS key FROM versions') },
    {
      table: 'version_references',
      column: 'target_key',
      rows: read(`SELECT id, target_designation AS designation, target_key AS key, version_id || ' ' || kind AS "group" FROM version_references`),
    },
  ];
  const collisions = tables.flatMap(({ table, rows }) => collisionsOf(table, rows));
  if (collisions.length > 0) throw new DesignationKeyCollisionError(collisions);

  const db = drizzle({ client: sqlite });
  sqlite.transaction(() => {
    const counts: Record<string, number> = {};
    withVersionCorrectionPermit(db, () => {
      for (const { table, column, rows } of tables) {
        const changed = rows.filter((row) => designationKey(row.designation) !== row.key);
        counts[table] = changed.length;
        // Two passes: a key may move to one another row holds now (unique index) until it moves too.
        const update = sqlite.prepare(`UPDATE ${table} SET ${column} = ? WHERE id = ?`);
        for (const row of changed) update.run(`\u0000${row.id}`, row.id);
        for (const row of changed) update.run(designationKey(row.designation), row.id);
      }
    });
    if (Object.values(counts).some((n) => n > 0)) {
      sqlite
        .prepare(`INSERT INTO events (at, actor_id, action, entity_type, entity_id, data) VALUES (?, NULL, 'registry.keysNormalised', 'Registry', 0, ?)`)
        .run(new Date().toISOString(), JSON.stringify({ scheme: DESIGNATION_KEY_SCHEME, ...counts }));
    }
    sqlite.prepare(`UPDATE ${TABLE} SET value = ? WHERE id = 1`).run(DESIGNATION_KEY_SCHEME);
  })();
}

function collisionsOf(table: string, rows: KeyedRow[]) {
  const byKey = new Map<string, KeyedRow[]>();
  for (const row of rows) {
    const key = `${row.group ?? ''}\u0000${designationKey(row.designation)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  return [...byKey.entries()]
    .filter(([, same]) => same.length > 1)
    .map(([key, same]) => ({ table, key: key.split('\u0000')[1]!, designations: same.map((r) => r.designation) }));
}
