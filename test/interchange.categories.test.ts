import { describe, expect, it } from 'vitest';
import type { SqliteHandle } from '../src/db/client.ts';
import { exportRegistry } from '../src/domain/interchange/exportRegistry.ts';
import { importRegistry, InterchangeValidationError } from '../src/domain/interchange/importRegistry.ts';
import { createTestDb, type TestDatabase } from './support/db.ts';
import { loadSample } from './support/fixtures.ts';
import { appFor, post } from './support/http.ts';

// Loose on purpose: tests build files the format rejects.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const registry = (versions: Json[]): Json => ({
  format: 'standards-registry/v1',
  committees: [],
  standards: [
    { designation: 'GB 1', kind: 'GB', title: { en: 'Buses' }, publisher: 'SAMR/SAC', committee: null, versions },
  ],
});
const edition = (designation: string, extra: Json = {}): Json => ({
  designation,
  type: 'EDITION',
  published: '2020-01-01',
  effective: null,
  replaces: [],
  ...extra,
});

const versionsTable = (sqlite: SqliteHandle) => sqlite.prepare('select * from versions order by id').all();

function rejection(t: TestDatabase, input: Json): string[] {
  const before = versionsTable(t.sqlite);
  let caught: unknown;
  try {
    importRegistry({ db: t.db, input });
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InterchangeValidationError);
  expect(versionsTable(t.sqlite)).toEqual(before);
  return (caught as InterchangeValidationError).issues.map((i) => `${i.path}: ${i.message}`);
}

describe('vehicle categories in the interchange file', () => {
  it('refuses an unknown code, an empty list and a repeated category, naming the record', () => {
    const t = createTestDb();
    expect(rejection(t, registry([edition('GB 1-2020', { vehicleCategories: ['M2', 'M4'] })]))).toEqual([
      'standards[0] "GB 1" versions[0] "GB 1-2020" vehicleCategories[1] "M4": unknown vehicle category "M4"; ' +
        'expected one of M1, M2, M3, N1, N2, N3, O1, O2, O3, O4, L1, L2, L3, L4, L5, L6, L7',
    ]);
    expect(rejection(t, registry([edition('GB 1-2020', { vehicleCategories: [] })]))).toEqual([
      'standards[0] "GB 1" versions[0] "GB 1-2020" vehicleCategories: must not be empty; leave the key out when ' +
        'the categories are not recorded',
    ]);
    expect(rejection(t, registry([edition('GB 1-2020', { vehicleCategories: ['M3', 'M3'] })]))).toEqual([
      'standards[0] "GB 1" versions[0] "GB 1-2020" vehicleCategories: names a category twice',
    ]);
  });

  it('exports the categories it imported, in canonical order, and an absent list as absent', () => {
    const t = createTestDb();
    importRegistry({
      db: t.db,
      input: registry([edition('GB 1-2020', { vehicleCategories: ['M3', 'M2'] }), edition('GB 1-2025')]),
    });
    const exported = exportRegistry({ db: t.db });
    expect(exported.standards[0]!.versions.map((v) => v.vehicleCategories)).toEqual([['M2', 'M3'], undefined]);
    expect(exported).toEqual(
      registry([edition('GB 1-2020', { vehicleCategories: ['M2', 'M3'] }), edition('GB 1-2025')]),
    );
    const again = createTestDb();
    importRegistry({ db: again.db, input: exported });
    expect(exportRegistry({ db: again.db })).toEqual(exported);
  });

  it('records categories added to a stored published version as a correction; an absent list keeps them', () => {
    const t = createTestDb();
    importRegistry({ db: t.db, input: registry([edition('GB 1-2020')]) });
    const added = importRegistry({
      db: t.db,
      input: registry([edition('GB 1-2020', { vehicleCategories: ['M2', 'M3'] })]),
    });
    expect(added.updated.versions).toBe(1);
    const event = t.sqlite
      .prepare("select action, data from events where entity_type = 'StandardVersion' order by id desc limit 1")
      .get() as { action: string; data: string };
    expect(event.action).toBe('version.corrected');
    expect(JSON.parse(event.data)).toMatchObject({
      before: { vehicleCategories: null },
      after: { vehicleCategories: '["M2","M3"]' },
    });
    // The same file again, or one that does not record the categories, changes nothing.
    expect(
      importRegistry({ db: t.db, input: registry([edition('GB 1-2020', { vehicleCategories: ['M3', 'M2'] })]) })
        .unchanged,
    ).toBe(2);
    expect(importRegistry({ db: t.db, input: registry([edition('GB 1-2020')]) }).unchanged).toBe(2);
    expect(exportRegistry({ db: t.db }).standards[0]!.versions[0]!.vehicleCategories).toEqual(['M2', 'M3']);
  });

  it('the database refuses a category change outside the audited import', () => {
    const t = createTestDb();
    importRegistry({ db: t.db, input: registry([edition('GB 1-2020')]) });
    expect(() => t.sqlite.prepare(`update versions set vehicle_categories = '["M1"]'`).run()).toThrow(
      /published versions are immutable/,
    );
  });

  it("answers a version's categories, null where the sample does not record them", async () => {
    const t = createTestDb();
    loadSample(t.db);
    const { data } = await post<{
      buses: { vehicleCategories: string[] | null };
      battery: { vehicleCategories: string[] | null };
    }>(appFor(t.db), {
      query:
        '{ buses: version(designation: "GB 38032-2020") { vehicleCategories } battery: version(designation: ' +
        '"GB/T 31486-2024") { vehicleCategories } }',
    });
    expect(data).toEqual({ buses: { vehicleCategories: ['M2', 'M3'] }, battery: { vehicleCategories: null } });
  });
});
