import { sql, type SQL } from 'drizzle-orm';
import type { VehicleCategory } from '../vocabulary/enums.ts';
import { versionConditions } from './filters.ts';
import type Database from 'better-sqlite3';
import type { Db, Writer } from './types.ts';
import { isDatabaseBusy } from './locks.ts';
import type { SearchReader } from './search-readers.ts';

// The SQLite FTS5 search index: what it holds, how it follows the tables, and the SQL that
// queries it. The virtual table and its queue `search_pending` are created by the custom
// migration `search_index`. Everything FTS5-specific lives in this file, so a move to another
// engine replaces this file only.
//
// Tokens: FTS5's `unicode61` tokenizer (case and diacritics folded) splits text into words, which
// suits designations and European text, and `porter` indexes English words by their stem
// (`batteries` as `batteri`; it leaves non-ASCII tokens alone, so CJK is unaffected); Chinese and
// Japanese are written without spaces, so the indexed copy of every text has U+200B (zero-width
// space, a separator for unicode61) wherever a Han/Kana character meets another one or a letter
// or digit: each such character is a token, and a query term is a phrase of its tokens, so
// `动力蓄电池` (or `电池`, or `热`) matches exactly that
// run of characters anywhere, and `内不起火` is found in `5 min内不起火`. Full-width Latin letters,
// digits and punctuation (U+FF01–U+FF5E, as Chinese input methods type them) are folded to ASCII
// in the indexed copy and in queries, so `ＧＢ` finds `GB`. Only width is folded, not all of NFKC,
// because snippets show the indexed copy and NFKC would turn `cm³` into `cm3`.
// Why not the `trigram` tokenizer: it cannot match terms of 1–2 characters (common in Chinese),
// and every word of a query becomes phrases of 3-character tokens whose postings are huge
// ("ion", "tio"), which made English queries several times slower (docs/performance.md).
// Changing `searchText` changes every indexed document: ship it with a migration that rebuilds
// the index (as the migration `search_text_boundaries` does).
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

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
const WORD = String.raw`\p{L}\p{M}\p{N}\p{Co}`; // what unicode61 keeps in tokens (CJK included)
const CJK_BOUNDARY = new RegExp(`(?<=[${CJK}])(?=[${WORD}])|(?<=[${WORD}])(?=[${CJK}])`, 'gu');
const FULL_WIDTH = /[\uFF01-\uFF5E]/gu;
const SEPARATOR = '\u200B';

/** Full-width ASCII (U+FF01–U+FF5E) as ASCII: `ＧＢ ３８０３１` as `GB 38031`. */
export function foldFullWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * The indexed copy of a text (see above): full-width ASCII folded, separators at Han/Kana
 * boundaries, and the snippet marks (MATCH_START/MATCH_END) replaced by U+FFFD, so a mark in
 * `highlight`/`snippet` output is always FTS5's.
 */
export function searchText(text: string | null): string {
  if (text === null) return '';
  return foldFullWidth(text).replace(MARKS, '\uFFFD').replace(CJK_BOUNDARY, SEPARATOR);
}

function withoutSeparators(text: string | null): string {
  return (text ?? '').replaceAll(SEPARATOR, '');
}

/**
 * Registers `search_text(text)`, the SQL form of `searchText`, on a connection: the sync
 * statements need it. Called for every connection this code opens (db/client.ts, migrate.ts).
 */
export function registerSearchFunctions(sqlite: Database.Database): void {
  sqlite.function('search_text', { deterministic: true }, (text: unknown) =>
    searchText(typeof text === 'string' ? text : text == null ? null : String(text)),
  );
}

/**
 * Marks FTS5 puts around each match in `highlight`/`snippet` output: Unicode noncharacters, which
 * `searchText` replaces by U+FFFD in the indexed copy (snippets show U+FFFD there), so stored text
 * can never be mistaken for a mark.
 */
export const MATCH_START = '\uFDD0';
export const MATCH_END = '\uFDD1';
const MARKS = /[\uFDD0\uFDD1]/gu;

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
    values:
      `id * 4 + 1, search_text(designation), designation_key, ` +
      `search_text(title_en), search_text(title_zh), '', ''`,
    watched: 'designation, designation_key, title_en, title_zh',
  },
  versions: {
    kind: DOC_KIND.VERSION,
    // A version's own title only: where it has none it shares its standard's, which the standard's
    // document already holds (one hit per match, not one per version).
    values:
      `id * 4 + 2, search_text(designation), designation_key, ` +
      `search_text(title_en), search_text(title_zh), '', ''`,
    watched: 'designation, designation_key, title_en, title_zh',
  },
  clauses: {
    kind: DOC_KIND.CLAUSE,
    // The number goes with the heading, so `5.2.3` finds the clause.
    values: `id * 4 + 3, '', '', '', '', search_text(number || ' ' || heading), search_text(text)`,
    watched: 'number, heading, text',
  },
} as const;

type Source = keyof typeof DOCUMENTS;

function triggersOf(table: Source): { name: string; sql: string }[] {
  const doc = DOCUMENTS[table];
  const queue = (row: 'new' | 'old') => `INSERT OR IGNORE INTO ${PENDING}(rowid) VALUES (${row}.id * 4 + ${doc.kind});`;
  return [
    { name: `search_sync_${table}_insert`, sql: `AFTER INSERT ON ${table} BEGIN ${queue('new')} END` },
    {
      name: `search_sync_${table}_update`,
      sql: `AFTER UPDATE OF id, ${doc.watched} ON ${table} BEGIN ${queue('old')} ${queue('new')} END`,
    },
    { name: `search_sync_${table}_delete`, sql: `AFTER DELETE ON ${table} BEGIN ${queue('old')} END` },
  ];
}

const TRIGGERS = (Object.keys(DOCUMENTS) as Source[]).flatMap(triggersOf);

/**
 * Rewrites the pending documents from the tables and empties the queue: a few bulk statements,
 * whatever the number of documents. Call inside the writing transaction (atomic with the write),
 * or alone (its statements then run in their own transactions; see `syncPendingSearch`).
 */
export function syncSearchIndex(db: Writer): void {
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
 * another writer holds it (the server does not wait for it), the search reads the index as last
 * synced rather than fail.
 */
export function syncPendingSearch(db: Db): void {
  if (db.get<{ pending: number }>(sql.raw(`SELECT EXISTS (SELECT 1 FROM ${PENDING}) AS pending`))?.pending !== 1)
    return;
  try {
    db.transaction((tx) => syncSearchIndex(tx), { behavior: 'immediate' });
  } catch (error) {
    if (!isDatabaseBusy(error)) throw error;
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
 * which drops the rebuilt table's triggers. Otherwise syncs what is pending. Cheap
 * (a read of sqlite_master) when all is in place, so start-up stays fast on a large registry.
 */
export function ensureSearchIndex(sqlite: Database.Database): void {
  registerSearchFunctions(sqlite);
  const hasIndex =
    sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(PENDING) !== undefined;
  if (!hasIndex) return; // migrations not applied up to the search index (old migration folders in tests)
  const existing = new Set(
    (
      sqlite
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_sync\\_%' ESCAPE '\\'`)
        .all() as { name: string }[]
    ).map((row) => row.name),
  );
  const missing = TRIGGERS.filter((t) => !existing.has(t.name));
  sqlite.transaction(() => {
    for (const t of missing) sqlite.exec(`CREATE TRIGGER IF NOT EXISTS ${t.name} ${t.sql}`);
    if (missing.length > 0) refillSearchIndex(sqlite);
    else if (sqlite.prepare(`SELECT 1 FROM ${PENDING} LIMIT 1`).get() !== undefined)
      for (const statement of SYNC_STATEMENTS) sqlite.exec(statement);
  })();
}

// ---- queries ----

export interface SearchQuery {
  /**
   * The terms: every one must occur (each a phrase of its words; the last one's last word a
   * prefix). A term given as a list matches any of its spellings (synonyms); the first, as typed,
   * is the one matched as a prefix.
   */
  terms: readonly (string | readonly string[])[];
  limit: number;
  offset: number;
  /** The keys the whole query may mean as a designation: documents with exactly one of them come first. */
  designationKeys: readonly string[];
  /** Keep documents of versions recording any of these categories (a standard: of one of its versions). */
  vehicleCategories?: readonly VehicleCategory[] | null;
}

/** The condition `vehicleCategories` puts on index rows (`rowid` is `id * 4 + kind`), or an empty fragment. */
function categoryCondition(categories: readonly VehicleCategory[] | null | undefined): SQL {
  const recorded = versionConditions({ vehicleCategories: categories });
  if (recorded === null) return sql``;
  return sql` AND (
    (${TABLE}.rowid % 4 = ${DOC_KIND.STANDARD}
      AND EXISTS (SELECT 1 FROM versions v WHERE v.standard_id = ${TABLE}.rowid / 4 AND ${recorded}))
    OR (${TABLE}.rowid % 4 = ${DOC_KIND.VERSION}
      AND EXISTS (SELECT 1 FROM versions v WHERE v.id = ${TABLE}.rowid / 4 AND ${recorded}))
    OR (${TABLE}.rowid % 4 = ${DOC_KIND.CLAUSE}
      AND EXISTS (SELECT 1 FROM clauses c JOIN versions v ON v.id = c.version_id
        WHERE c.id = ${TABLE}.rowid / 4 AND ${recorded})))`;
}

/** The FTS5 match string of a query's terms; null when no term can match. */
function matchOf(query: Pick<SearchQuery, 'terms'>): string | null {
  const terms = query.terms
    .map((term) => (typeof term === 'string' ? [term] : term).filter(hasWords))
    .filter((spellings) => spellings.length > 0);
  if (terms.length === 0) return null;
  return terms
    .map((spellings, k) => {
      const strings = spellings.map((spelling, j) => ftsString(spelling, k === terms.length - 1 && j === 0));
      return strings.length === 1 ? strings[0] : `(${strings.join(' OR ')})`;
    })
    .join(' AND '); // explicit: FTS5 has no implicit AND after a parenthesised group
}

/** How many documents match the query, on `reader` like the page. One statement. */
export async function countSearchMatches(
  reader: SearchReader,
  query: Pick<SearchQuery, 'terms' | 'vehicleCategories'>,
): Promise<number> {
  const match = matchOf(query);
  if (match === null) return 0;
  const rows = await reader.all<{ n: number }>(
    sql`SELECT count(*) AS n FROM ${TABLE} WHERE ${TABLE} MATCH ${match}${categoryCondition(query.vehicleCategories)}`,
  );
  return rows[0]?.n ?? 0;
}

export interface SearchRow {
  rowid: number;
  /** Relevance (bm25): larger is better. */
  score: number;
  designation: string;
  titleEn: string;
  titleZh: string;
  heading: string;
  body: string;
}

/** Whether the index can match anything in `term`: it holds letters or digits (unicode61 token characters). */
export function hasWords(term: string): boolean {
  return /[\p{L}\p{N}\p{Co}]/u.test(term);
}

/**
 * A term as an FTS5 string: always quoted (`"` doubled), so operators (AND, OR, NOT, NEAR), `*`,
 * `^`, `:`, parentheses and quotes are searched as text and never parsed as syntax; its words form
 * a phrase (`GB/T` is "gb" then "t"; `动力蓄电池` five adjacent characters). The last term of a
 * query is also a prefix (`batt` finds "battery", `r15` finds "R155"), as a user types it; the
 * others are whole words, which keeps the index lookups of a long query small.
 */
export function ftsString(term: string, prefix = false): string {
  return `"${searchText(term).replace(/"/gu, '""')}"${prefix ? ' *' : ''}`;
}

const HIGHLIGHTED = sql.raw(`highlight(${SEARCH_TABLE}, 0, '${MATCH_START}', '${MATCH_END}') AS designation,
  snippet(${SEARCH_TABLE}, 2, '${MATCH_START}', '${MATCH_END}', '…', 24) AS titleEn,
  snippet(${SEARCH_TABLE}, 3, '${MATCH_START}', '${MATCH_END}', '…', 24) AS titleZh,
  highlight(${SEARCH_TABLE}, 4, '${MATCH_START}', '${MATCH_END}') AS heading,
  snippet(${SEARCH_TABLE}, 5, '${MATCH_START}', '${MATCH_END}', '…', 24) AS body`);
const TABLE = sql.raw(SEARCH_TABLE);

/** Index rows of the standards and versions whose designation key is exactly `key`. */
function exactRowids(db: Db, keys: readonly string[]): number[] {
  const json = JSON.stringify(keys);
  return db
    .all<{ rowid: number }>(
      sql`SELECT id * 4 + 1 AS rowid FROM standards WHERE designation_key IN (SELECT value FROM json_each(${json}))
        UNION ALL SELECT id * 4 + 2 FROM versions WHERE designation_key IN (SELECT value FROM json_each(${json}))`,
    )
    .map((row) => row.rowid);
}

/**
 * The column weights of the ranking (designation, keys, English title, Chinese title, heading,
 * text), as the search_index migration also configures them for the table's `rank` (a test
 * keeps the two equal). `bm25` is called with them directly rather than through `ORDER BY rank`:
 * FTS5's own rank sort materialises every match, and it ran highlight/snippet again
 * (docs/performance.md).
 */
export const RANK_WEIGHTS = '10.0, 10.0, 4.0, 4.0, 3.0, 1.0';
const RANKING = sql.raw(`bm25(${SEARCH_TABLE}, ${RANK_WEIGHTS})`);

/**
 * One page of a search, best first: the documents whose designation is exactly the whole query
 * first, then the others by bm25 (ties by index row, so pages never overlap) — two statements,
 * and FTS5 computes the terms' document frequencies (a pass over each term's whole posting
 * list) once. `highlight`/`snippet` run only for the rows of the page. Marked text comes back
 * with the separators of `searchText` removed. The ranking statement runs on `reader`
 * (db/search-readers.ts: a worker thread in the server); the exact-designation rows are read just
 * before on `db`, so a designation corrected in between changes only which hit is pinned first.
 * (Pinning them by a subquery in the ranking statement instead was slower on queries with many
 * matches.)
 */
export async function searchPage(db: Db, reader: SearchReader, query: SearchQuery): Promise<SearchRow[]> {
  const match = matchOf(query);
  if (match === null) return [];
  const exact = exactRowids(db, query.designationKeys);
  const pinned =
    exact.length === 0
      ? sql``
      : sql`rowid IN (${sql.join(
          exact.map((rowid) => sql`${rowid}`),
          sql`, `,
        )}) DESC, `;
  const rows = await reader.all<SearchRow>(sql`SELECT rowid, -${RANKING} AS score, ${HIGHLIGHTED} FROM ${TABLE}
    WHERE ${TABLE} MATCH ${match}${categoryCondition(query.vehicleCategories)}
    ORDER BY ${pinned}rowid % 4 = ${DOC_KIND.STANDARD} DESC, score DESC, rowid
    LIMIT ${query.limit} OFFSET ${query.offset}`);
  return rows.map((row) => ({
    ...row,
    designation: withoutSeparators(row.designation),
    titleEn: withoutSeparators(row.titleEn),
    titleZh: withoutSeparators(row.titleZh),
    heading: withoutSeparators(row.heading),
    body: withoutSeparators(row.body),
  }));
}
