import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../src/db/client.ts';
import { migrateSafely } from '../src/db/migrate.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { appFor, post } from './support/http.ts';

// A database whose keys were computed by the key before normalisation (case and white space only),
// as a registry built by an older release holds them.
const oldKey = (designation: string) => designation.replace(/\s+/gu, '').toUpperCase();

const open: OpenedDatabase[] = [];
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});

function olderRegistry(
  standards: { designation: string; versions: string[]; references?: string[] }[],
): OpenedDatabase {
  const opened = openDatabase({ file: ':memory:' });
  open.push(opened);
  importRegistry({
    db: opened.db,
    input: {
      format: 'standards-registry/v1',
      committees: [],
      standards: standards.map((s) => ({
        designation: s.designation,
        kind: 'OTHER',
        title: { en: s.designation },
        publisher: 'P',
        committee: null,
        versions: s.versions.map((v) => ({
          designation: v,
          type: 'EDITION',
          published: null,
          effective: null,
          replaces: [],
          references: (s.references ?? []).map((r) => ({ designation: r, normative: true })),
        })),
      })),
    },
  });
  const { sqlite } = opened;
  sqlite.function('old_key', oldKey);
  // Back to what an older release stored: its keys, its scheme. Done on a raw connection holding the permit.
  sqlite.prepare('SELECT registry_permit_take(-1)').get();
  sqlite.prepare('UPDATE standards SET designation_key = old_key(designation)').run();
  sqlite.prepare('UPDATE versions SET designation_key = old_key(designation)').run();
  sqlite.prepare('UPDATE version_references SET target_key = old_key(target_designation)').run();
  sqlite.prepare('SELECT registry_permit_return(-1)').get();
  sqlite.prepare('UPDATE designation_key_scheme SET value = 1').run();
  return opened;
}

const state = (opened: OpenedDatabase) => ({
  standards: opened.sqlite.prepare('SELECT designation, designation_key AS key FROM standards ORDER BY id').all(),
  versions: opened.sqlite.prepare('SELECT designation, designation_key AS key FROM versions ORDER BY id').all(),
  references: opened.sqlite
    .prepare('SELECT target_designation AS designation, target_key AS key FROM version_references ORDER BY id')
    .all(),
  scheme: opened.sqlite.prepare('SELECT value FROM designation_key_scheme').pluck().get(),
  events: opened.sqlite.prepare(`SELECT action, data FROM events WHERE action = 'registry.keysNormalised'`).all(),
});

describe('stored designation keys after the key changed', () => {
  it(
    'are recomputed once after migrating, under the permit, ' + 'with one event, and the lookups then find them',
    async () => {
      const opened = olderRegistry([
        { designation: 'GB 38031', versions: ['GB 38031—2025'], references: ['ECE R100'] },
        { designation: 'ECE R100', versions: ['ECE R100 03 series'] },
        { designation: 'ISO 26262', versions: ['ISO 26262:2018'] },
      ]);
      const generation = () => opened.sqlite.prepare('SELECT value FROM data_generation').pluck().get() as number;
      const before = generation();
      expect(state(opened).standards).toContainEqual({ designation: 'ECE R100', key: 'ECER100' });

      migrateSafely(opened.sqlite);

      const after = state(opened);
      expect(after.standards).toEqual([
        { designation: 'GB 38031', key: 'GB38031' },
        { designation: 'ECE R100', key: 'UNR100' },
        { designation: 'ISO 26262', key: 'ISO26262' },
      ]);
      expect(after.versions).toContainEqual({ designation: 'GB 38031—2025', key: 'GB38031-2025' });
      expect(after.references).toEqual([{ designation: 'ECE R100', key: 'UNR100' }]);
      expect(after.scheme).toBe(2);
      expect(after.events).toHaveLength(1);
      expect(JSON.parse((after.events[0] as { data: string }).data)).toEqual({
        scheme: 2,
        standards: 1,
        versions: 2,
        version_references: 1,
      });
      expect(generation()).toBeGreaterThan(before);

      const answer = await post<{ version: { designation: string } | null; standard: { designation: string } | null }>(
        appFor(opened.db),
        {
          query:
            '{ version(designation: "GB 38031-2025") { designation } ' +
            'standard(designation: "UN R100") { designation } }',
        },
      );
      expect(answer.data).toEqual({ version: { designation: 'GB 38031—2025' }, standard: { designation: 'ECE R100' } });

      migrateSafely(opened.sqlite);
      expect(state(opened).events).toHaveLength(1);
    },
  );

  it(
    'leave two stored designations the new key would merge on their former keys, named in the event, and rewrite ' +
      'the rest',
    async () => {
      const opened = olderRegistry([
        { designation: 'ECE R100', versions: ['ECE R100 03 series'] },
        { designation: 'GB 38031', versions: ['GB 38031—2025'] },
      ]);
      // Written directly: the import refuses a second spelling of one designation.
      opened.sqlite
        .prepare(
          `INSERT INTO standards (designation, designation_key, kind, title_en, publisher) VALUES ('UN R100', ` +
            `'UNR100', 'UN_R', 'x', 'UNECE')`,
        )
        .run();

      migrateSafely(opened.sqlite);

      const after = state(opened);
      expect(after.standards).toEqual([
        { designation: 'ECE R100', key: 'ECER100' },
        { designation: 'GB 38031', key: 'GB38031' },
        { designation: 'UN R100', key: 'UNR100' },
      ]);
      expect(after.versions).toEqual([
        { designation: 'ECE R100 03 series', key: 'UNR10003SERIES' },
        { designation: 'GB 38031—2025', key: 'GB38031-2025' },
      ]);
      expect(JSON.parse((after.events[0] as { data: string }).data)).toEqual({
        scheme: 2,
        standards: 0,
        versions: 2,
        version_references: 0,
        keptFormerKey: [{ table: 'standards', designations: ['ECE R100', 'UN R100'] }],
      });
      const answer = await post<{ standard: { designation: string } | null }>(appFor(opened.db), {
        query: '{ standard(designation: "ECE R100") { designation } }',
      });
      expect(answer.data).toEqual({ standard: { designation: 'UN R100' } });
    },
  );
});
