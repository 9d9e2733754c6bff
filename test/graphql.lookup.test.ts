import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { createTestDb, type TestDatabase } from './support/db.ts';
import { loadSample } from './support/fixtures.ts';
import { appFor, execute, post, type App } from './support/http.ts';

const StandardApplicability = graphql(`
  query StandardApplicability($designation: String!, $on: Date!, $scope: ApplicabilityScope) {
    standard(designation: $designation) {
      designation
      kind
      title { en zh }
      applicability(on: $on, scope: $scope) {
        on
        scope
        current { designation }
        versions { status version { designation } modifications { designation } }
        unknown { designation }
        successors { designation }
      }
    }
  }
`);

const VersionLookup = graphql(`
  query VersionLookup($designation: String!, $on: Date!) {
    version(designation: $designation) {
      designation
      type
      published
      effective
      status(on: $on)
      existing: status(on: $on, scope: EXISTING_TYPES)
      standard { designation }
      title { en zh }
      base { designation }
      replaces { designation }
      replacedBy { designation }
    }
  }
`);

let database: TestDatabase;
let app: App;

beforeEach(() => {
  database = createTestDb();
  loadSample(database.db);
  app = appFor(database.db);
});

async function applicability(designation: string, on: string, scope?: 'NEW_TYPES' | 'EXISTING_TYPES') {
  const result = await execute(app, StandardApplicability, { designation, on, scope });
  expect(result.errors).toBeUndefined();
  return result.data!.standard!.applicability;
}

const designations = (list: { designation: string }[]) => list.map((v) => v.designation);

describe('standard and version lookup', () => {
  it('matches designations ignoring case and spacing', async () => {
    const result = await execute(app, StandardApplicability, { designation: 'gb/t31486', on: '2025-01-01' });
    expect(result.data?.standard).toMatchObject({
      designation: 'GB/T 31486',
      kind: 'GB_T',
      title: { zh: '电动汽车用动力蓄电池电性能要求及试验方法' },
    });
    const version = await execute(app, VersionLookup, {
      designation: '  un r155 00 SERIES suppl. 2',
      on: '2025-01-01',
    });
    expect(version.data?.version).toMatchObject({
      designation: 'UN R155 00 series Suppl. 2',
      type: 'SUPPLEMENT',
      base: { designation: 'UN R155 00 series' },
    });
  });

  it('answers null for an unknown designation', async () => {
    const result = await execute(app, StandardApplicability, { designation: 'GB 99999', on: '2025-01-01' });
    expect(result).toMatchObject({ status: 200, data: { standard: null } });
    expect(result.errors).toBeUndefined();
    const version = await execute(app, VersionLookup, { designation: 'GB/T 31486-1999', on: '2025-01-01' });
    expect(version.data).toEqual({ version: null });
  });

  it('reads replacements both ways from one stored relation', async () => {
    const result = await execute(app, VersionLookup, { designation: 'GB/T 31486-2015', on: '2025-06-01' });
    expect(result.data?.version).toMatchObject({
      published: '2015-05-15',
      effective: null,
      status: 'SUPERSEDED',
      existing: 'IN_TRANSITION',
      standard: { designation: 'GB/T 31486' },
      title: { en: 'Electrical performance requirements and test methods for traction battery of electric vehicle' },
      replaces: [],
      replacedBy: [{ designation: 'GB/T 31486-2024' }],
    });
    const newer = await execute(app, VersionLookup, { designation: 'GB/T 31486-2024', on: '2025-06-01' });
    expect(newer.data?.version?.replaces).toEqual([{ designation: 'GB/T 31486-2015' }]);
  });
});

describe('applicability on the bundled sample', () => {
  it('keeps the 2015 edition before the 2024 edition takes effect, and switches on 2025-04-01', async () => {
    const before = await applicability('GB/T 31486', '2025-03-31');
    expect(before.current?.designation).toBe('GB/T 31486-2015');
    expect(before.versions).toEqual([
      { status: 'IN_FORCE', version: { designation: 'GB/T 31486-2015' }, modifications: [] },
    ]);
    const after = await applicability('GB/T 31486', '2025-04-01');
    expect(after.current?.designation).toBe('GB/T 31486-2024');
    expect(designations(after.versions.map((v) => v.version))).toEqual(['GB/T 31486-2024']);
    expect(after.unknown).toEqual([]);
  });

  it('lets types approved under the 2015 edition keep it (no existing-types cut-off recorded)', async () => {
    const after = await applicability('GB/T 31486', '2026-01-01', 'EXISTING_TYPES');
    expect(after.scope).toBe('EXISTING_TYPES');
    expect(after.versions.map((v) => [v.version.designation, v.status])).toEqual([
      ['GB/T 31486-2024', 'IN_FORCE'],
      ['GB/T 31486-2015', 'IN_TRANSITION'],
    ]);
  });

  it('lists the supplements in effect on the date with their series, latest first', async () => {
    const a = await applicability('UN R155', '2024-06-01');
    expect(a.current?.designation).toBe('UN R155 00 series');
    expect(designations(a.versions[0]!.modifications)).toEqual([
      'UN R155 00 series Suppl. 2',
      'UN R155 00 series Suppl. 1',
    ]);
    const early = await applicability('UN R155', '2021-01-21');
    expect(early).toMatchObject({ current: null, versions: [], unknown: [] });
  });

  it('does not guess inside a month-precision publication date', async () => {
    const inside = await applicability('ISO 26262', '2018-12-15');
    expect(inside.current).toBeNull();
    expect(designations(inside.unknown).sort()).toEqual(['ISO 26262:2011', 'ISO 26262:2018']);
    const afterwards = await applicability('ISO 26262', '2019-01-01');
    expect(afterwards.current?.designation).toBe('ISO 26262:2018');
    expect(afterwards.unknown).toEqual([]);
    const before = await applicability('ISO 26262', '2018-11-30');
    expect(before.current?.designation).toBe('ISO 26262:2011');
  });

  it('walks a chain of three SAE editions', async () => {
    const a = await applicability('SAE J2464', '2015-06-01');
    expect(a.current?.designation).toBe('SAE J2464 NOV2009');
    const b = await applicability('SAE J2464', '2022-01-01');
    expect(b.current?.designation).toBe('SAE J2464_202108');
  });

  it(
    'answers a standard with its applicability in two SQL ' + 'statements: the standard, then its version graph',
    async () => {
      database.resetCount();
      const a = await applicability('GB/T 31486', '2025-06-01');
      expect(a.current?.designation).toBe('GB/T 31486-2024');
      expect(database.statements).toHaveLength(2);
    },
  );
});

describe('dates are validated', () => {
  it('rejects an impossible date in a variable with INVALID_INPUT, not a server error', async () => {
    const result = await execute(app, StandardApplicability, { designation: 'GB/T 31486', on: '2026-02-30' });
    expect(result.status).toBeLessThan(500);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
    expect(result.errors?.[0]?.message).toContain('2026-02-30');
  });

  it('rejects an impossible date literal with INVALID_INPUT', async () => {
    const result = await post(app, {
      query: '{ standard(designation: "GB/T 31486") { applicability(on: "2025-13-01") { on } } }',
    });
    expect(result.status).toBeLessThan(500);
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
    expect(JSON.stringify(result.errors)).not.toMatch(/Unexpected error/);
  });

  it('accepts 29 February in a leap year', async () => {
    const a = await applicability('GB/T 31486', '2024-02-29');
    expect(a.on).toBe('2024-02-29');
  });
});
