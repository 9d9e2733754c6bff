import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { drizzleFor, openDatabase } from '../src/db/client.ts';
import { MIGRATIONS_FOLDER, migrateSafely } from '../src/db/migrate.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { createTestDb } from './support/db.ts';
import { syntheticStandards } from './support/fixtures.ts';

/**
 * The migrations folder plus one more migration that rebuilds the `versions` table the way
 * drizzle-kit does on SQLite (create a copy, move the rows, drop, rename), which is what a change
 * of nullability, type, default or constraint produces.
 */
function foldersWithRebuild(sqlite: Database.Database): string {
  const folder = mkdtempSync(join(tmpdir(), 'registry-migrations-'));
  folders.push(folder);
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const create = (sqlite.prepare("select sql from sqlite_master where name = 'versions'").get() as { sql: string }).sql;
  const indexes = (
    sqlite
      .prepare("select sql from sqlite_master where type = 'index' and tbl_name = 'versions' and sql is not null")
      .all() as { sql: string }[]
  ).map((r) => r.sql);
  const columns = (sqlite.prepare('select name from pragma_table_info(?)').all('versions') as { name: string }[])
    .map((c) => `\`${c.name}\``)
    .join(', ');
  const statements = [
    'PRAGMA foreign_keys=OFF',
    create.replace('CREATE TABLE `versions` (', 'CREATE TABLE `__new_versions` (\n\t`note` text,'),
    `INSERT INTO \`__new_versions\`(${columns}) SELECT ${columns} FROM \`versions\``,
    'DROP TABLE `versions`',
    'ALTER TABLE `__new_versions` RENAME TO `versions`',
    'PRAGMA foreign_keys=ON',
    ...indexes,
  ];
  const dir = join(folder, '29991231000000_rebuild_versions');
  mkdirSync(dir);
  writeFileSync(join(dir, 'migration.sql'), statements.join(';--> statement-breakpoint\n'));
  return folder;
}

function childRowCounts(sqlite: Database.Database) {
  const count = (table: string) => (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  return {
    versions: count('versions'),
    replacements: count('version_replacements'),
    references: count('version_references'),
  };
}

const open: Database.Database[] = [];
const folders: string[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function populatedDatabase(): Database.Database {
  const sqlite = new Database(':memory:');
  open.push(sqlite);
  migrateSafely(sqlite);
  sqlite.pragma('foreign_keys = ON');
  importRegistry({ db: drizzleFor(sqlite), input: syntheticStandards(20) });
  return sqlite;
}

describe('migrations', () => {
  it('keeps every child row when a migration rebuilds a parent table', () => {
    const sqlite = populatedDatabase();
    const before = childRowCounts(sqlite);
    expect(before.replacements).toBe(20);

    migrateSafely(sqlite, foldersWithRebuild(sqlite));
    sqlite.pragma('foreign_keys = ON');

    expect(childRowCounts(sqlite)).toEqual(before);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.prepare('select note from versions limit 1').get()).toEqual({ note: null });
  });

  it('would lose the rebuild if migrations ran with foreign keys on (the trap migrateSafely avoids)', () => {
    const sqlite = populatedDatabase();
    const before = childRowCounts(sqlite);
    const folder = foldersWithRebuild(sqlite);
    let failure: unknown;
    try {
      migrate(drizzle({ client: sqlite }), { migrationsFolder: folder });
    } catch (error) {
      failure = error;
    }
    expect(String((failure as Error | undefined)?.cause)).toMatch(/FOREIGN KEY constraint failed/);
    expect(childRowCounts(sqlite)).toEqual(before);
  });

  it('applies the real migrations to an empty database idempotently', () => {
    const sqlite = new Database(':memory:');
    open.push(sqlite);
    migrateSafely(sqlite);
    migrateSafely(sqlite);
    const tables = (
      sqlite.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[]
    ).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'clauses',
        'committees',
        'standards',
        'version_references',
        'version_replacements',
        'versions',
      ]),
    );
  });

  it('a test database is a copy of the migrated schema with every connection setting of a fresh one', () => {
    const fresh = openDatabase({ file: ':memory:' });
    const copy = createTestDb();
    const schemaOf = (db: Database.Database) =>
      db.prepare('select type, name, sql from sqlite_master order by name').all();
    const settingsOf = (db: Database.Database) =>
      ['foreign_keys', 'busy_timeout', 'synchronous', 'temp_store', 'journal_mode'].map((p) => db.pragma(p));
    expect(schemaOf(copy.sqlite)).toEqual(schemaOf(fresh.sqlite));
    expect(settingsOf(copy.sqlite)).toEqual(settingsOf(fresh.sqlite));
    expect(copy.sqlite.prepare("select designation_key('GB/T 31486') as key, search_text('a') as text").get()).toEqual({
      key: 'GB/T31486',
      text: 'a',
    });
    expect(copy.sqlite.prepare('select count(*) as n from __drizzle_migrations').get()).toEqual(
      fresh.sqlite.prepare('select count(*) as n from __drizzle_migrations').get(),
    );
    fresh.close();
    copy.close();
  });
});
