import { sql, type SQL } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import type { Db } from './client.ts';

// The SQLite FTS5 search index: how it follows the tables, and the SQL that queries it. The
// virtual table and its queue `search_pending` are created by the custom migration
// `search_index`. Everything FTS5-specific lives in this file, so a move to another engine
// replaces this file only.
//
// How the index follows the tables: triggers on standards, versions and clauses record, in the
// writing transaction, the index row of every inserted, changed or deleted row in
// `search_pending`; `syncSearchIndex` then rewrites those documents with one statement per
// kind. Invariant: the index with the pending documents rewritten holds exactly one document
// per standard, version and clause, as the tables are.
// Why not write the index from the triggers directly: FTS5 flushes its pending terms to a new
// segment at every statement savepoint, and a statement with triggers always opens one, so a
// per-row trigger writing FTS5 makes a bulk import 3–5× slower (one segment per row, then
// merges); a queue row costs what any small insert costs and the sync is one bulk write.
// Who syncs: the import before it commits, the publication should too, start-up (after
// migrations), and a search before it reads whenever the queue is not empty — so a search never
// misses a committed write, whoever made it.

export const SEARCH_TABLE = 'search_index';
const PENDING = 'search_pending';

/** Document kinds, encoded in the index rowid as `id * 4 + kind`. */
export const DOC_KIND = { STANDARD: 1, VERSION: 2, CLAUSE: 3 } as const;
export type DocKind = keyof typeof DOC_KIND;

const COLUMNS = 'rowid, designation, keys, title_en, title_zh, heading, body';

/** The document of each source row, as SQL over the table's columns. */
const DOCUMENTS = {
  standards: {
    kind: DOC_KIND.STANDARD,
    values: `id * 4 + 1, designation, designation_key, title_en, coalesce(title_zh, ''), '', ''`,
    watched: 'designation, designation_key, title_en, title_zh',
  },
  versions: {
    kind: DOC_KIND.VERSION,
    // A version's own title only: where it has none it shares its standard's, which the standard's
    // document already holds (one hit per match, not one per version).
    values: `id * 4 + 2, designation, designation_key, coalesce(title_en, ''), coalesce(title_zh, ''), '', ''`,
    watched: 'designation, designation_key, title_en, title_zh',
  },
  clauses: {
    kind: DOC_KIND.CLAUSE,
    // The number goes with the heading, so `5.2.3` finds the clause.
    values: `id * 4 + 3, '', '', '', '', number || ' ' || heading, coalesce(text, '')`,
    watched: 'number, heading, text',
  },
} as const;

type Source = keyof typeof DOCUMENTS;

function triggersOf(table: Source): { name: string; sql: string }[] {
  const doc = DOCUMENTS[table];
  const queue = (row: 'new' | 'old') => `INSERT OR IGNORE INTO ${PENDING}(rowid) VALUES (${row}.id * 4 + ${doc.kind});`;
  return [
    { name: `search_sync_${table}_insert`, sql: `AFTER INSERT ON ${table} BEGIN ${queue('new')} END` },
    { name: `search_sync_${table}_update`, sql: `AFTER UPDATE OF id, ${doc.watched} ON ${table} BEGIN ${queue('old')} ${queue('new')} END` },
    { name: `search_sync_${table}_delete`, sql: `AFTER DELETE ON ${table} BEGIN ${queue('old')} END` },
  ];
}

const TRIGGERS = (Object.keys(DOCUMENTS) as Source[]).flatMap(triggersOf);

/** Anything that runs SQL: the database, or a transaction (the import syncs inside its own). */
type Runner = Pick<Db, 'run'>;

/**
 * Rewrites the pending documents from the tables and empties the queue: a few bulk statements,
 * whatever the number of documents. Call inside the writing transaction (atomic with the write),
 * or alone (its statements then run in their own transactions; see `syncPendingSearch`).
 */
export function syncSearchIndex(db: Runner): void {
  for (const statement of SYNC_STATEMENTS) db.run(sql.raw(statement));
}

const SYNC_STATEMENTS: readonly string[] = [
  `DELETE FROM ${SEARCH_TABLE} WHERE rowid IN (SELECT rowid FROM ${PENDING})`,
  ...Object.entries(DOCUMENTS).map(
    ([table, doc]) => `INSERT INTO ${SEARCH_TABLE}(${COLUMNS}) SELECT ${doc.values} FROM ${table}
      WHERE id IN (SELECT rowid / 4 FROM ${PENDING} WHERE rowid % 4 = ${doc.kind})`,
  ),
  `DELETE FROM ${PENDING}`,
];

/**
 * Brings the index up to date before a search reads it, if some writer left documents pending:
 * one cheap read when nothing is pending (the usual case). The sync takes the write lock; if
 * another writer holds it past the busy timeout, the search reads the index as last synced
 * rather than fail.
 */
export function syncPendingSearch(db: Db): void {
  if (db.get<{ pending: number }>(sql.raw(`SELECT EXISTS (SELECT 1 FROM ${PENDING}) AS pending`))?.pending !== 1) return;
  try {
    db.transaction((tx) => syncSearchIndex(tx), { behavior: 'immediate' });
  } catch (error) {
    if (!(error instanceof Error && /database is locked|SQLITE_BUSY/u.test(`${error.message} ${String((error as { cause?: unknown }).cause)}`))) throw error;
  }
}

/** Empties the index and fills it again from the tables. */
export function refillSearchIndex(sqlite: Database.Database): void {
  sqlite.transaction(() => {
    sqlite.exec(`DELETE FROM ${SEARCH_TABLE}; DELETE FROM ${PENDING}`);
    for (const [table, doc] of Object.entries(DOCUMENTS)) {
      sqlite.exec(`INSERT INTO ${SEARCH_TABLE}(${COLUMNS}) SELECT ${doc.values} FROM ${table}`);
    }
    sqlite.exec(`INSERT INTO ${SEARCH_TABLE}(${SEARCH_TABLE}) VALUES ('optimize')`);
  })();
}

/**
 * Creates any missing trigger and, when one was missing, refills the index: the first run after
 * the migration (the tables may already hold rows) and any run after a drizzle-kit table rebuild,
 * which drops the rebuilt table's triggers (STACK.md). Otherwise syncs what is pending. Cheap
 * (a read of sqlite_master) when all is in place, so start-up stays fast on a large registry.
 */
export function ensureSearchIndex(sqlite: Database.Database): void {
  const hasIndex = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(PENDING) !== undefined;
  if (!hasIndex) return; // migrations not applied up to the search index (old migration folders in tests)
  const existing = new Set(
    (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_sync\\_%' ESCAPE '\\'`).all() as { name: string }[]).map(
      (row) => row.name,
    ),
  );
  const missing = TRIGGERS.filter((t) => !existing.has(t.name));
  sqlite.transaction(() => {
    for (const t of missing) sqlite.exec(`CREATE TRIGGER IF NOT EXISTS ${t.name} ${t.sql}`);
    if (missing.length > 0) refillSearchIndex(sqlite);
    else if (sqlite.prepare(`SELECT 1 FROM ${PENDING} LIMIT 1`).get() !== undefined) for (const statement of SYNC_STATEMENTS) sqlite.exec(statement);
  })();
}

// ---- queries ----

/** Marks FTS5 puts around each match in `highlight`/`snippet` output: private-use characters, which stored text does not use. */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

/** The shortest term the trigram index can match; shorter terms are matched with LIKE. */
export const MIN_INDEXED_TERM = 3;

export interface SearchQuery {
  /** Terms of at least MIN_INDEXED_TERM characters: all must occur (FTS5 MATCH, ranked by bm25). */
  indexed: readonly string[];
  /** Shorter terms: all must occur too, as case-insensitive substrings (LIKE, unindexed). */
  short: readonly string[];
  limit: number;
  offset: number;
}

export interface SearchRow {
  rowid: number;
  /** Relevance: larger is better; 0 when no term could use the index (no ranking). */
  score: number;
  designation: string;
  titleEn: string;
  titleZh: string;
  heading: string;
  body: string;
}

/**
 * A term as an FTS5 string: always quoted, `"` doubled, so operators (AND, OR, NOT, NEAR),
 * `*`, `^`, `:`, parentheses and quotes are searched as text and never parsed as syntax.
 */
export function ftsString(term: string): string {
  return `"${term.replace(/"/gu, '""')}"`;
}

function likeTerm(term: string): string {
  return `%${term.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
}

const LIKE_COLUMNS = ['designation', 'keys', 'title_en', 'title_zh', 'heading', 'body'];

function likeAnyColumn(term: string): SQL {
  const pattern = likeTerm(term);
  return sql`(${sql.join(LIKE_COLUMNS.map((c) => sql`${sql.raw(c)} LIKE ${pattern} ESCAPE '\\'`), sql` OR `)})`;
}

const HIGHLIGHTED = sql.raw(`highlight(${SEARCH_TABLE}, 0, '${MATCH_START}', '${MATCH_END}') AS designation,
  snippet(${SEARCH_TABLE}, 2, '${MATCH_START}', '${MATCH_END}', '…', 40) AS titleEn,
  snippet(${SEARCH_TABLE}, 3, '${MATCH_START}', '${MATCH_END}', '…', 40) AS titleZh,
  highlight(${SEARCH_TABLE}, 4, '${MATCH_START}', '${MATCH_END}') AS heading,
  snippet(${SEARCH_TABLE}, 5, '${MATCH_START}', '${MATCH_END}', '…', 48) AS body`);
const PLAIN = sql.raw('designation, title_en AS titleEn, title_zh AS titleZh, heading, body');
const TABLE = sql.raw(SEARCH_TABLE);

/** Index rows of the standards and versions whose designation key is exactly `key`. */
const exactRowids = (key: string) =>
  sql`(SELECT id * 4 + 1 FROM standards WHERE designation_key = ${key} UNION ALL SELECT id * 4 + 2 FROM versions WHERE designation_key = ${key})`;

/**
 * One page of a search. With indexed terms: the documents whose designation is exactly the whole
 * query (`designationKey`) first, then the others ranked by bm25 — two statements; FTS5 sorts by
 * `rank` itself, so `highlight`/`snippet` run only for the rows of the page. Without indexed
 * terms: one unranked scan in rowid order that stops once the page is full.
 */
export function searchPage(db: Db, query: SearchQuery & { designationKey: string }): SearchRow[] {
  const shortFilters = query.short.map(likeAnyColumn);
  if (query.indexed.length > 0) {
    const match = query.indexed.map(ftsString).join(' ');
    const filters = shortFilters.length > 0 ? sql` AND ${sql.join(shortFilters, sql` AND `)}` : sql``;
    const where = sql`${TABLE} MATCH ${match}${filters}`;
    const exact = exactRowids(query.designationKey);
    const pinned = db.all<SearchRow>(sql`SELECT rowid, -rank AS score, ${HIGHLIGHTED} FROM ${TABLE}
      WHERE ${where} AND rowid IN ${exact} ORDER BY rowid`);
    const page = pinned.slice(query.offset, query.offset + query.limit);
    const limit = query.limit - page.length;
    if (limit === 0) return page;
    return page.concat(
      db.all<SearchRow>(sql`SELECT rowid, -rank AS score, ${HIGHLIGHTED} FROM ${TABLE}
        WHERE ${where} AND rowid NOT IN ${exact}
        ORDER BY rank LIMIT ${limit} OFFSET ${Math.max(0, query.offset - pinned.length)}`),
    );
  }
  if (shortFilters.length === 0) return [];
  return db.all<SearchRow>(sql`SELECT rowid, 0 AS score, ${PLAIN} FROM ${TABLE}
    WHERE ${sql.join(shortFilters, sql` AND `)} ORDER BY rowid LIMIT ${query.limit} OFFSET ${query.offset}`);
}
