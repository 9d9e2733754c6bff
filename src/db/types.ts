import type { drizzleFor } from './client.ts';

// The database's handle types, in one place: every module that reads or writes names one of these
// instead of its own `Pick<Db, …>`, so a function's parameter says what it needs of the database.

/** The registry database (Drizzle over better-sqlite3, with the relations of db/relations.ts). */
export type Db = ReturnType<typeof drizzleFor>;

/** A transaction on the database: what `db.transaction(work)` hands `work`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Anything that reads: the database or a transaction on it. */
export type Reader = Pick<Db, 'select' | 'selectDistinct' | 'get' | 'all'>;

/** Anything that writes: the database or a transaction on it (writes read too). */
export type Writer = Reader & Pick<Db, 'insert' | 'update' | 'delete' | 'run'>;
