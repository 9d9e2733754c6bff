import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { withStatementCache } from '../src/db/statement-cache.ts';
import { createTestDb } from './support/db.ts';
import { loadSample } from './support/fixtures.ts';

describe('the prepared statement cache', () => {
  it('hands out one statement per SQL text, as if freshly prepared', () => {
    const sqlite = new Database(':memory:');
    sqlite.exec("create table t (a integer, b text); insert into t values (1, 'x'), (2, 'y')");
    const cached = withStatementCache(sqlite);
    const first = cached.prepare('select a, b from t order by a');
    expect(cached.prepare('select a, b from t order by a')).toBe(first);
    // A mode set by one user (Drizzle sets raw() for array rows) does not leak to the next.
    expect(first.raw().all()).toEqual([
      [1, 'x'],
      [2, 'y'],
    ]);
    expect(cached.prepare('select a, b from t order by a').all()).toEqual([
      { a: 1, b: 'x' },
      { a: 2, b: 'y' },
    ]);
    cached.prepare('select a, b from t order by a').pluck();
    expect(cached.prepare('select a, b from t order by a').get()).toEqual({ a: 1, b: 'x' });
    // A statement still iterating is not handed out again.
    const iterating = cached.prepare('select a from t order by a').iterate();
    iterating.next();
    const other = cached.prepare('select a from t order by a');
    expect(other.all()).toEqual([{ a: 1 }, { a: 2 }]);
    iterating.return?.();
    // Everything else is the database's own.
    expect(cached.transaction(() => cached.prepare('select count(*) as n from t').get())()).toEqual({ n: 2 });
    expect(cached instanceof Database).toBe(true);
    sqlite.close();
  });

  it('lets Drizzle run the same query many times without preparing it again', () => {
    const database = createTestDb();
    loadSample(database.db);
    const prepare = vi.spyOn(database.sqlite, 'prepare');
    const find = () => database.db.query.standards.findFirst({ where: { designationKey: 'UNR155' } }).sync();
    const list = () =>
      database.db.query.standards
        .findMany({ columns: { designation: true }, limit: 2, orderBy: { designation: 'asc' } })
        .sync();
    for (let run = 0; run < 3; run += 1) {
      expect(find()?.designation).toBe('UN R155');
      expect(list()).toEqual([{ designation: 'GB 38032' }, { designation: 'GB 44495' }]);
    }
    // Six queries of two shapes: two statements prepared, each reused twice.
    expect(prepare).toHaveBeenCalledTimes(2);
    database.close();
  });
});
