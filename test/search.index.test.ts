import Database from 'better-sqlite3';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { drizzleFor } from '../src/db/client.ts';
import { MIGRATIONS_FOLDER, migrateSafely } from '../src/db/migrate.ts';
import { RANK_WEIGHTS, refillSearchIndex, searchPage, syncPendingSearch } from '../src/db/search-index.ts';
import { inThreadSearchReader } from '../src/db/search-readers.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { batterySafetyFile } from './support/search-fixtures.ts';

// The index is kept by triggers; these tests change the tables underneath and check the index
// still holds exactly one document per row, with the current text.

const open: Database.Database[] = [];
const folders: string[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function database() {
  const sqlite = new Database(':memory:');
  open.push(sqlite);
  migrateSafely(sqlite);
  sqlite.pragma('foreign_keys = ON');
  const db = drizzleFor(sqlite);
  importRegistry({ db, input: batterySafetyFile() });
  return { sqlite, db };
}

const find = async (db: ReturnType<typeof drizzleFor>, ...terms: string[]) =>
  (await searchPage(db, inThreadSearchReader(db), { terms, designationKeys: [], limit: 50, offset: 0 })).map(
    (r) => r.rowid,
  );

/** The index's documents compared with what a refill from the tables gives. */
function indexMatchesTables(sqlite: Database.Database) {
  const dump = () => sqlite.prepare('select rowid, * from search_index order by rowid').all();
  const before = dump();
  refillSearchIndex(sqlite);
  return expect(before).toEqual(dump());
}

/** A version added by a later import is found, and the index still matches the tables. */
async function expectLaterImportsIndexed(sqlite: Database.Database, db: ReturnType<typeof drizzleFor>) {
  const file = batterySafetyFile();
  file.standards[0]!.versions.push({
    designation: 'GB 38031-2030',
    type: 'EDITION',
    published: '2030',
    effective: null,
    replaces: [],
  });
  importRegistry({ db, input: file });
  expect(await find(db, '38031-2030')).toHaveLength(1);
  indexMatchesTables(sqlite);
}

describe('search index', () => {
  it("ranks with the column weights the migration configured as the table's rank", () => {
    const { sqlite } = database();
    expect(sqlite.prepare(`SELECT v FROM search_index_config WHERE k = 'rank'`).get()).toEqual({
      v: `bm25(${RANK_WEIGHTS})`,
    });
  });

  it('holds one document per standard, version and clause after an import', () => {
    const { sqlite } = database();
    const count = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;
    const rows = count(
      'select (select count(*) from standards) + (select count(*) from versions) + (select count(*) from clauses) as n',
    );
    expect(count('select count(*) as n from search_index')).toBe(rows);
    indexMatchesTables(sqlite);
  });

  it('follows corrections of titles and designations made by a later import', async () => {
    const { sqlite, db } = database();
    expect(await find(db, 'thermal', 'runaway', 'safety')).toEqual([]);
    const corrected = batterySafetyFile();
    const standard = corrected.standards[0]!;
    standard.title = {
      en: 'Electric vehicles traction battery thermal runaway safety',
      zh: '电动汽车用动力蓄电池热失控安全要求',
    };
    standard.versions[1]!.title = { en: 'Traction battery safety, 2025 edition', zh: '动力蓄电池安全（2025版）' };
    importRegistry({ db, input: corrected });
    expect(await find(db, 'thermal', 'runaway', 'safety')).toHaveLength(1);
    expect(await find(db, '2025版')).toHaveLength(1);
    expect(await find(db, '电动汽车用动力蓄电池安全要求')).toEqual([]);
    indexMatchesTables(sqlite);
  });

  it('survives a migration that rebuilds a table: triggers come back and the index is refilled', async () => {
    const { sqlite, db } = database();
    const folder = mkdtempSync(join(tmpdir(), 'registry-migrations-'));
    folders.push(folder);
    cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
    const create = (sqlite.prepare("select sql from sqlite_master where name = 'versions'").get() as { sql: string })
      .sql;
    const columns = (sqlite.prepare('select name from pragma_table_info(?)').all('versions') as { name: string }[])
      .map((c) => `\`${c.name}\``)
      .join(', ');
    const dir = join(folder, '29991231000000_rebuild_versions');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'migration.sql'),
      [
        create.replace('CREATE TABLE `versions` (', 'CREATE TABLE `__new_versions` (\n\t`note` text,'),
        `INSERT INTO \`__new_versions\`(${columns}) SELECT ${columns} FROM \`versions\``,
        'DROP TABLE `versions`',
        'ALTER TABLE `__new_versions` RENAME TO `versions`',
        // A change while the triggers are gone: the refill must pick it up.
        "UPDATE `versions` SET `title_en` = 'Rebuilt title' WHERE `designation` = 'GB 38031-2020'",
      ].join(';--> statement-breakpoint\n'),
    );
    migrateSafely(sqlite, folder);
    sqlite.pragma('foreign_keys = ON');
    expect(await find(db, 'rebuilt', 'title')).toHaveLength(1);
    indexMatchesTables(sqlite);
    await expectLaterImportsIndexed(sqlite, db); // the re-created triggers index later writes
  });

  it('is indexed again from the tables by the migration that changed the indexed text', async () => {
    // A registry migrated up to the migration before, with its index out of date (as an index
    // written by the old `searchText` is): the migration rebuilds it and raises the data generation.
    const folder = mkdtempSync(join(tmpdir(), 'registry-migrations-'));
    folders.push(folder);
    cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
    rmSync(join(folder, '20261129140351_search_text_boundaries'), { recursive: true });
    const sqlite = new Database(':memory:');
    open.push(sqlite);
    migrateSafely(sqlite, folder);
    sqlite.pragma('foreign_keys = ON');
    const db = drizzleFor(sqlite);
    importRegistry({ db, input: batterySafetyFile() });
    sqlite.exec("update search_index set body = 'stale'");
    const generation = () => (sqlite.prepare('select value from data_generation').get() as { value: number }).value;
    const before = generation();
    expect(await find(db, '内不起火')).toEqual([]);

    migrateSafely(sqlite);
    expect(await find(db, '内不起火')).toHaveLength(1);
    expect(generation()).toBeGreaterThan(before);
    indexMatchesTables(sqlite);
    await expectLaterImportsIndexed(sqlite, db); // the sync triggers are back
  });

  it('catches up, before a search, with writers that did not sync (another connection, raw SQL)', async () => {
    const { sqlite, db } = database();
    sqlite
      .prepare(
        "insert into standards (designation, designation_key, kind, title_en, publisher) values ('GB 99999', " +
          "'GB99999', 'GB', 'Hydrogen dispenser interface', 'SAMR/SAC')",
      )
      .run();
    expect(await find(db, 'hydrogen', 'dispenser')).toEqual([]); // pending, not yet in the index
    syncPendingSearch(db);
    expect(await find(db, 'hydrogen', 'dispenser')).toHaveLength(1);
    expect(sqlite.prepare('select count(*) as n from search_pending').get()).toEqual({ n: 0 });
    indexMatchesTables(sqlite);
  });
});
