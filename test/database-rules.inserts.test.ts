import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../src/db/client.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { createTestDb } from './support/db.ts';
import { sampleFile } from './support/fixtures.ts';
import { tempDir } from './hardening/helpers.ts';

// Rows can be added to published records only by the registry's own audited paths (publication,
// the import): a hand-written INSERT, on the server's connection or any other, is refused.

const PUBLISHED = /published versions are immutable/;

function withClauses() {
  const file = sampleFile();
  file.standards[4]!.versions[1]!.clauses = [
    { number: '5', heading: 'Requirements', text: 'The capacity shall be measured at 25 °C.' },
  ];
  return file;
}

const idOf = (sqlite: Database.Database, designation: string) =>
  (sqlite.prepare('select id from versions where designation = ?').get(designation) as { id: number }).id;

const snapshot = (sqlite: Database.Database) => ({
  versions: sqlite.prepare('select * from versions order by id').all(),
  clauses: sqlite.prepare('select * from clauses order by id').all(),
  replacements: sqlite.prepare('select * from version_replacements order by 1, 2').all(),
  references: sqlite.prepare('select * from version_references order by id').all(),
});

describe('rows added to published versions', () => {
  it('refuses a clause, a replacement or a reference inserted by hand on the server connection', () => {
    const { sqlite, db } = createTestDb();
    importRegistry({ db, input: withClauses() });
    const before = snapshot(sqlite);
    const edition = idOf(sqlite, 'GB/T 31486-2024');
    const empty = idOf(sqlite, 'GB 38032-2020');
    const insertClause = sqlite.prepare(
      "insert into clauses (version_id, parent_id, position, number, heading, text) values (?, null, 9, '9', " +
        "'Added', 'x')",
    );
    expect(() => insertClause.run(edition)).toThrow(PUBLISHED);
    // A version without clauses receives them only through the import (recorded as a correction).
    expect(() => insertClause.run(empty)).toThrow(PUBLISHED);
    expect(() =>
      sqlite.prepare('insert into version_replacements (replacing_id, replaced_id) values (?, ?)').run(empty, edition),
    ).toThrow(PUBLISHED);
    expect(() =>
      sqlite
        .prepare(
          'insert into version_references (version_id, kind, target_designation, target_key) values (?, ' +
            "'NORMATIVE_REFERENCE', 'ISO 1', 'ISO1')",
        )
        .run(edition),
    ).toThrow(PUBLISHED);
    expect(snapshot(sqlite)).toEqual(before);
  });

  it('still lets the import add clauses and relations to stored versions', () => {
    const { sqlite, db } = createTestDb();
    importRegistry({ db, input: sampleFile() });
    const result = importRegistry({ db, input: withClauses() });
    expect(result.updated.versions).toBe(1);
    expect(sqlite.prepare('select count(*) as n from clauses').get()).toEqual({ n: 1 });
  });
});

describe('the correction permit', () => {
  let opened: OpenedDatabase | undefined;
  let other: Database.Database | undefined;
  const folder = tempDir('permit');
  afterEach(() => {
    other?.close();
    opened?.close();
    folder.remove();
  });

  it('cannot be taken from another connection, so nothing there can change a published version', () => {
    const file = `${folder.dir}/registry.db`;
    opened = openDatabase({ file });
    importRegistry({ db: opened.db, input: withClauses() });
    const before = snapshot(opened.sqlite);
    other = new Database(file);
    other.pragma('busy_timeout = 5000');
    const edition = idOf(other, 'GB/T 31486-2024');
    // The permit of earlier builds was a row in a table: writing one by hand unlocked every version.
    try {
      other.exec("insert into write_permits (kind) values ('version-correction')");
    } catch {
      // no such table: the permit is not a row any more
    }
    expect(() => other!.prepare("update versions set effective = '2030-01-01' where id = ?").run(edition)).toThrow();
    expect(() => other!.prepare('delete from version_replacements').run()).toThrow();
    expect(() =>
      other!
        .prepare("insert into clauses (version_id, position, number, heading) values (?, 9, '9', 'Added')")
        .run(edition),
    ).toThrow();
    expect(() => other!.exec('begin; ' + "update versions set type = 'CORRIGENDUM' where id = 1; commit")).toThrow();
    if (other.inTransaction) other.exec('rollback');
    expect(snapshot(opened.sqlite)).toEqual(before);
  });
});
