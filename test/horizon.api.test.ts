import { describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.ts';
import { loadSample } from './support/fixtures.ts';
import { appFor, post } from './support/http.ts';

const HORIZON = `query($from: Date!, $to: Date!, $filter: HorizonFilter, $first: Int) {
  horizon(from: $from, to: $to, filter: $filter, first: $first) {
    totalCount
    edges { node { date precision kind scope version { designation } ends { designation } } }
  }
}`;

type Horizon = {
  horizon: {
    totalCount: number;
    edges: {
      node: {
        date: string;
        kind: string;
        scope: string | null;
        version: { designation: string };
        ends: { designation: string }[];
      };
    }[];
  };
};

function sample() {
  const test = createTestDb();
  loadSample(test.db);
  return { ...test, app: appFor(test.db) };
}

describe('horizon', () => {
  it(
    "lists the sample's changes oldest first, a replacement " + 'ending the edition it replaces for new types',
    async () => {
      const { app } = sample();
      const { status, data } = await post<Horizon>(app, {
        query: HORIZON,
        variables: { from: '2025-01-01', to: '2025-12-31' },
      });
      expect(status).toBe(200);
      const lines = data!.horizon.edges.map(
        ({ node }) =>
          `${node.date} ${node.kind} ${node.version.designation} ${node.scope ?? '-'} ` +
          `[${node.ends.map((v) => v.designation).join(', ')}]`,
      );
      expect(lines).toContain('2025-04-01 TAKES_EFFECT GB/T 31486-2024 - [GB/T 31486-2015]');
      expect(lines).toContain('2025-04-01 STOPS_APPLYING GB/T 31486-2015 NEW_TYPES []');
      const dates = data!.horizon.edges.map(({ node }) => node.date);
      expect(dates).toEqual([...dates].sort());
      expect(data!.horizon.totalCount).toBe(lines.length);
    },
  );

  it('keeps only the kinds of change asked for (changes:), counting those only', async () => {
    const { app } = sample();
    const query = `query($changes: [HorizonChangeKind!]) {
      horizon(from: "2025-01-01", to: "2026-12-31", changes: $changes) {
        totalCount edges { node { kind version { designation } } } } }`;
    const kinds = async (changes: string[] | null) => {
      const { data } = await post<Horizon>(app, { query, variables: { changes } });
      return data!.horizon;
    };
    const stops = await kinds(['STOPS_APPLYING', 'WITHDRAWN']);
    expect(stops.edges.map(({ node }) => `${node.kind} ${node.version.designation}`)).toEqual([
      'STOPS_APPLYING GB/T 31486-2015',
    ]);
    expect(stops.totalCount).toBe(1);
    const all = await kinds(null);
    expect((await kinds([])).totalCount).toBe(all.totalCount);
    expect(all.totalCount).toBeGreaterThan(1);
  });

  it('costs one SQL statement whatever the page size, two with a filter', async () => {
    const { app, statements, resetCount } = sample();
    for (const first of [1, 100]) {
      resetCount();
      await post(app, { query: HORIZON, variables: { from: '2015-01-01', to: '2019-12-31', first } });
      expect(statements).toHaveLength(1);
    }
    resetCount();
    await post(app, {
      query: HORIZON,
      variables: { from: '2015-01-01', to: '2019-12-31', filter: { kinds: ['GB_T'] }, first: 100 },
    });
    expect(statements).toHaveLength(2);
  });

  it("a filter keeps the standard's own changes and the cut-offs that end its versions", async () => {
    const { app } = sample();
    const { data } = await post<Horizon>(app, {
      query: HORIZON,
      variables: { from: '2025-01-01', to: '2025-12-31', filter: { standards: ['gb/t 31486'] } },
    });
    expect(data!.horizon.edges.map(({ node }) => `${node.kind} ${node.version.designation}`)).toEqual([
      'TAKES_EFFECT GB/T 31486-2024',
      'STOPS_APPLYING GB/T 31486-2015',
    ]);
  });

  it('refuses a window that ends before it starts, or is longer than twenty years, with INVALID_INPUT', async () => {
    const { app } = sample();
    for (const variables of [
      { from: '2026-01-01', to: '2025-12-31' },
      { from: '2000-01-01', to: '2030-01-01' },
    ]) {
      const { errors } = await post(app, { query: HORIZON, variables });
      expect(errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
    }
  });

  it(
    'applicability says whether compliance is mandatory: GB/T 31486-2024 for new types once it takes effect, never ' +
      'for existing types',
    async () => {
      const { app } = sample();
      const query =
        `query($scope: ApplicabilityScope) { standard(designation: "GB/T 31486") { applicability(on: "2025-06-01", ` +
        `scope: $scope) { versions { mandatory version { designation } } } } }`;
      const newTypes = await post<any>(app, { query, variables: { scope: 'NEW_TYPES' } });
      expect(newTypes.data.standard.applicability.versions).toEqual([
        { mandatory: true, version: { designation: 'GB/T 31486-2024' } },
      ]);
      const existing = await post<any>(app, { query, variables: { scope: 'EXISTING_TYPES' } });
      expect(existing.data.standard.applicability.versions.map((v: { mandatory: boolean }) => v.mandatory)).toEqual(
        existing.data.standard.applicability.versions.map(() => false),
      );
    },
  );
});

describe('mandatoryFrom', () => {
  it('gives the date compliance becomes required per scope, with its precision, and null where never', async () => {
    const { app } = sample();
    const query = `query($d: String!) { version(designation: $d) {
      newTypes: mandatoryFrom { date precision }
      existingTypes: mandatoryFrom(scope: EXISTING_TYPES) { date precision } } }`;
    const gbt = await post<any>(app, { query, variables: { d: 'GB/T 31486-2024' } });
    expect(gbt.data.version).toEqual({ newTypes: { date: '2025-04-01', precision: 'DAY' }, existingTypes: null });
    const alks = await post<any>(app, { query, variables: { d: 'UN R157 01 series' } });
    expect(alks.data.version.newTypes).toEqual({ date: '2023', precision: 'YEAR' });
  });
});
