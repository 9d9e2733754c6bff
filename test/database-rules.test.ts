import { describe, expect, it } from 'vitest';
import { migrateSafely } from '../src/db/migrate.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { createTestDb } from './support/db.ts';
import { sampleFile } from './support/fixtures.ts';

function withClauses() {
  const file = sampleFile();
  file.standards[4]!.versions[1]!.clauses = [
    {
      number: '5',
      heading: 'Requirements',
      clauses: [{ number: '5.1', heading: 'Capacity', text: 'The capacity shall be measured at 25 °C.' }],
    },
  ];
  return file;
}

const PUBLISHED = /published versions are immutable/;

describe('published versions are immutable in the database itself', () => {
  it('rejects direct SQL that changes or deletes a published version or its clauses', () => {
    const { sqlite, db } = createTestDb();
    importRegistry({ db, input: withClauses() });
    const before = sqlite.prepare('select * from versions order by id').all();
    expect(() =>
      sqlite.prepare("update versions set effective = '2030-01-01' where designation = 'GB/T 31486-2024'").run(),
    ).toThrow(PUBLISHED);
    expect(() => sqlite.prepare("delete from versions where designation = 'GB/T 31486-2015'").run()).toThrow(PUBLISHED);
    expect(() => sqlite.prepare("update clauses set text = 'edited' where number = '5.1'").run()).toThrow(PUBLISHED);
    expect(() => sqlite.prepare("delete from clauses where number = '5.1'").run()).toThrow(PUBLISHED);
    expect(() => sqlite.prepare('delete from version_replacements').run()).toThrow(PUBLISHED);
    expect(sqlite.prepare('select * from versions order by id').all()).toEqual(before);
    expect(sqlite.prepare("select text from clauses where number = '5.1'").get()).toEqual({
      text: 'The capacity shall be measured at 25 °C.',
    });
  });

  it('still lets the import correct metadata, inside its own transaction only', () => {
    const { sqlite, db } = createTestDb();
    importRegistry({ db, input: withClauses() });
    const corrected = withClauses();
    corrected.standards[4]!.versions[1]!.mandatoryNewTypes = '2026-04-01';
    importRegistry({ db, input: corrected });
    expect(
      sqlite.prepare("select mandatory_new_types as m from versions where designation = 'GB/T 31486-2024'").get(),
    ).toEqual({ m: '2026-04-01' });
    // The permit ends with the import, also when the import fails half-way.
    const edit = sqlite.prepare("update versions set effective = '2030-01-01' where designation = 'GB/T 31486-2024'");
    expect(() => edit.run()).toThrow(PUBLISHED);
    const failing = () =>
      importRegistry({
        db,
        input: withClauses(),
        onProgress: () => {
          throw new Error('stopped');
        },
      });
    expect(failing).toThrow('stopped');
    expect(() => edit.run()).toThrow(PUBLISHED);
  });

  it('keeps history and votes append-only', () => {
    const { sqlite, db } = createTestDb();
    importRegistry({ db, input: withClauses() });
    expect(() => sqlite.prepare('delete from events').run()).toThrow(/append-only/);
    expect(() => sqlite.prepare("update events set action = 'x'").run()).toThrow(/append-only/);
  });

  it('re-creates the rules after migrations, even when a migration dropped them', () => {
    const { sqlite } = createTestDb();
    sqlite.exec('drop trigger versions_no_update; drop trigger clauses_no_delete');
    migrateSafely(sqlite);
    const names = (
      sqlite.prepare("select name from sqlite_master where type = 'trigger'").all() as { name: string }[]
    ).map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['versions_no_update', 'clauses_no_delete']));
  });

  it('replaces a rule an older build left with a different text', () => {
    const { sqlite, db } = createTestDb();
    importRegistry({ db, input: withClauses() });
    sqlite.exec(
      'drop trigger versions_no_update; create trigger versions_no_update before update on versions begin select ' +
        '1; end',
    );
    migrateSafely(sqlite);
    expect(() =>
      sqlite.prepare("update versions set effective = '2030-01-01' where designation = 'GB/T 31486-2024'").run(),
    ).toThrow(PUBLISHED);
  });
});

describe('history', () => {
  it('records imports and corrections per standard and version, and nothing for an unchanged file', () => {
    const { sqlite, db } = createTestDb();
    importRegistry({ db, input: withClauses() });
    const count = () => (sqlite.prepare('select count(*) as n from events').get() as { n: number }).n;
    const afterFirst = count();
    expect(afterFirst).toBe(5 + 10 + 18);
    importRegistry({ db, input: withClauses() });
    expect(count()).toBe(afterFirst);
    const corrected = withClauses();
    corrected.standards[4]!.versions[1]!.withdrawn = '2030-01-01';
    importRegistry({ db, input: corrected });
    const last = sqlite
      .prepare('select action, entity_type as type, data from events order by id desc limit 1')
      .get() as { action: string; type: string; data: string };
    expect(last).toMatchObject({ action: 'version.corrected', type: 'StandardVersion' });
    expect(JSON.parse(last.data)).toMatchObject({ before: { withdrawn: null }, after: { withdrawn: '2030-01-01' } });
  });
});
