import { sql, type SQL } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import type { Writer } from './types.ts';
import { WEBHOOK_ENQUEUE } from './webhook-tables.ts';

// SQLite triggers that make immutability a rule of the database, not only of the code.
// They are (re)created after every migration run: a drizzle-kit table rebuild drops a table's
// triggers, and an older build's trigger of the same name is replaced when its text differs.
//
// The write permit: a trigger guarding published versions asks `registry_permit(version_id)`, a
// function registered only on the connections this code opens (registerPermitFunctions), which
// answers from this process's memory. Another connection (the sqlite3 shell, another program)
// has no such function, so each guarded write there fails ("no such function"), and no row or
// setting it could write unlocks anything. This protects against hand edits and other programs'
// mistakes, not against someone who may replace the database file (they can drop the triggers).

const CLOSED_DRAFT_STAGES = `('PUBLISHED', 'CANCELLED')`;
const PUBLISHED = 'published versions are immutable: publish a CORRIGENDUM or AMENDMENT';
const CLOSED_DRAFT = 'published and cancelled drafts are closed records';
const CLOSED_BALLOT = 'closed ballots are history';

type Verb = 'INSERT' | 'UPDATE' | 'DELETE';

interface Rule {
  name: string;
  sql: string;
}

/** `when` is a SQL condition on NEW/OLD; absent: always refused. */
const refuse = (table: string, verb: Verb, message: string, when?: string, suffix = ''): Rule => {
  const name = `${table}_no_${verb.toLowerCase()}${suffix}`;
  return {
    name,
    sql:
      `CREATE TRIGGER ${name} BEFORE ${verb} ON ${table}${when ? ` WHEN ${when}` : ''} BEGIN SELECT RAISE(ABORT, ` +
      `'${message}'); END`,
  };
};

/** Refused unless this connection holds a permit for the version (`row.column`). */
const unlessPermitted = (table: string, verb: Verb, versionColumn: string) =>
  refuse(table, verb, PUBLISHED, `NOT registry_permit(${verb === 'INSERT' ? 'NEW' : 'OLD'}.${versionColumn})`);

const draftClosed = (draftId: string) => `(SELECT stage FROM drafts WHERE id = ${draftId}) IN ${CLOSED_DRAFT_STAGES}`;

export const DATABASE_RULES: readonly Rule[] = [
  // Every version is published from birth. Its text never changes; its registry metadata and
  // relations change, and rows are added to it, only on a path holding a permit: the
  // publication (for the version it creates) and the import (recorded corrections).
  unlessPermitted('versions', 'UPDATE', 'id'),
  refuse('versions', 'DELETE', PUBLISHED),
  unlessPermitted('clauses', 'INSERT', 'version_id'),
  refuse('clauses', 'UPDATE', PUBLISHED),
  refuse('clauses', 'DELETE', PUBLISHED),
  unlessPermitted('version_replacements', 'INSERT', 'replacing_id'),
  unlessPermitted('version_replacements', 'UPDATE', 'replacing_id'),
  unlessPermitted('version_replacements', 'DELETE', 'replacing_id'),
  unlessPermitted('version_references', 'INSERT', 'version_id'),
  unlessPermitted('version_references', 'UPDATE', 'version_id'),
  unlessPermitted('version_references', 'DELETE', 'version_id'),
  // Revisions are snapshots; votes and events are history.
  refuse('draft_revisions', 'UPDATE', 'draft revisions are immutable snapshots'),
  refuse('draft_revisions', 'DELETE', 'draft revisions are immutable snapshots'),
  refuse('revision_clauses', 'UPDATE', 'draft revisions are immutable snapshots'),
  refuse('revision_clauses', 'DELETE', 'draft revisions are immutable snapshots'),
  refuse('votes', 'UPDATE', 'votes are history: cast a new vote instead'),
  refuse('votes', 'DELETE', 'votes are history: cast a new vote instead'),
  refuse('events', 'UPDATE', 'the event history is append-only'),
  refuse('events', 'DELETE', 'the event history is append-only'),
  // A closed ballot's counts and result were computed once; no vote reaches it afterwards.
  refuse('ballots', 'UPDATE', CLOSED_BALLOT, 'OLD.closed_at IS NOT NULL'),
  refuse('ballots', 'DELETE', CLOSED_BALLOT, 'OLD.closed_at IS NOT NULL'),
  refuse('votes', 'INSERT', CLOSED_BALLOT, '(SELECT closed_at FROM ballots WHERE id = NEW.ballot_id) IS NOT NULL'),
  // A published or cancelled draft is a closed record: no move, no edit, nothing added.
  refuse('drafts', 'UPDATE', CLOSED_DRAFT, `OLD.stage IN ${CLOSED_DRAFT_STAGES}`),
  refuse('drafts', 'DELETE', CLOSED_DRAFT, `OLD.stage IN ${CLOSED_DRAFT_STAGES}`),
  refuse('draft_revisions', 'INSERT', CLOSED_DRAFT, draftClosed('NEW.draft_id')),
  refuse('ballots', 'INSERT', CLOSED_DRAFT, draftClosed('NEW.draft_id')),
  refuse('draft_replaces', 'INSERT', CLOSED_DRAFT, draftClosed('NEW.draft_id')),
  // Not a refusal: each notification queues its webhook deliveries in its own transaction, whatever wrote it.
  WEBHOOK_ENQUEUE,
];

/** Creates missing rules and replaces those whose text differs (an older build's), in one transaction. */
export function ensureDatabaseRules(sqlite: Database.Database): void {
  registerPermitFunctions(sqlite);
  const stored = sqlite.prepare(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?`).pluck();
  sqlite.transaction(() => {
    for (const rule of DATABASE_RULES) {
      const current = stored.get(rule.name) as string | undefined;
      if (current === rule.sql) continue;
      if (current !== undefined) sqlite.exec(`DROP TRIGGER ${rule.name}`);
      sqlite.exec(rule.sql);
    }
  })();
}

/** A connection's permits: every version (`all` > 0), or the versions listed. */
interface Permits {
  all: number;
  versions: Map<number, number>;
}

const permitsOf = new WeakMap<Database.Database, Permits>();
const ALL = -1;

/**
 * Registers `registry_permit(version_id)` (asked by the triggers) and the functions that take and
 * return permits, on a connection this code opens. Idempotent: permits are kept per connection.
 */
export function registerPermitFunctions(sqlite: Database.Database): void {
  let permits = permitsOf.get(sqlite);
  if (!permits) {
    permits = { all: 0, versions: new Map() };
    permitsOf.set(sqlite, permits);
  }
  const p = permits;
  const count = (id: unknown) => (typeof id === 'number' || typeof id === 'bigint' ? Number(id) : NaN);
  sqlite.function('registry_permit', { deterministic: false }, (id: unknown) =>
    p.all > 0 || (p.versions.get(count(id)) ?? 0) > 0 ? 1 : 0,
  );
  sqlite.function('registry_permit_take', { deterministic: false }, (id: unknown) => {
    const version = count(id);
    if (version === ALL) p.all += 1;
    else p.versions.set(version, (p.versions.get(version) ?? 0) + 1);
    return 1;
  });
  sqlite.function('registry_permit_return', { deterministic: false }, (id: unknown) => {
    const version = count(id);
    if (version === ALL) p.all = Math.max(0, p.all - 1);
    else if ((p.versions.get(version) ?? 0) > 1) p.versions.set(version, p.versions.get(version)! - 1);
    else p.versions.delete(version);
    return 1;
  });
}

function withPermit<T>(tx: Writer, version: number, write: () => T): T {
  const call = (query: SQL) => tx.get(query);
  call(sql`SELECT registry_permit_take(${version})`);
  try {
    return write();
  } finally {
    call(sql`SELECT registry_permit_return(${version})`);
  }
}

/**
 * Runs `write` allowed to correct any stored version (the import: each correction is recorded as
 * an event). Call inside the writing transaction; the permit is returned when `write` ends.
 */
export function withVersionCorrectionPermit<T>(tx: Writer, write: () => T): T {
  return withPermit(tx, ALL, write);
}

/** Runs `write` allowed to add the text and relations of the version it has just created (publication). */
export function withNewVersionPermit<T>(tx: Writer, versionId: number, write: () => T): T {
  return withPermit(tx, versionId, write);
}
