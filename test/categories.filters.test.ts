import { describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.ts';
import { loadSample } from './support/fixtures.ts';
import { appFor, post } from './support/http.ts';

function sample() {
  const test = createTestDb();
  loadSample(test.db);
  return { ...test, app: appFor(test.db) };
}

const SEARCH = `query($q: String!, $cats: [VehicleCategory!], $first: Int) {
  search(query: $q, vehicleCategories: $cats, first: $first, on: "2026-01-01") { totalCount edges { node { kind standard
    { designation } version { designation } } } }
}`;
type Search = {
  search: {
    totalCount: number;
    edges: { node: { kind: string; standard: { designation: string }; version: { designation: string } | null } }[];
  };
};

describe('search by vehicle category, and its totalCount', () => {
  it('counts every match across pages', async () => {
    const { app } = sample();
    const all = await post<Search>(app, { query: SEARCH, variables: { q: 'vehicle', first: 100 } });
    const one = await post<Search>(app, { query: SEARCH, variables: { q: 'vehicle', first: 1 } });
    expect(one.data!.search.edges).toHaveLength(1);
    expect(one.data!.search.totalCount).toBe(all.data!.search.edges.length);
    expect(all.data!.search.totalCount).toBeGreaterThan(1);
  });

  it('keeps hits of versions recording a category, and standards with such a version', async () => {
    const { app } = sample();
    const { data } = await post<Search>(app, {
      query: SEARCH,
      variables: { q: 'software update', cats: ['O2'], first: 100 },
    });
    const standards = new Set(data!.search.edges.map((e) => e.node.standard.designation));
    expect([...standards].sort()).toEqual(['GB 44496', 'UN R156']);
    expect(data!.search.totalCount).toBe(data!.search.edges.length);
    const buses = await post<Search>(app, { query: SEARCH, variables: { q: 'electric', cats: ['M3'], first: 100 } });
    expect(buses.data!.search.edges.map((e) => e.node.standard.designation)).toEqual(['GB 38032']);
    const none = await post<Search>(app, { query: SEARCH, variables: { q: 'battery', cats: ['M1'] } });
    expect(none.data!.search).toEqual({ totalCount: 0, edges: [] });
  });

  it('costs one more statement for totalCount', async () => {
    const { app, statements, resetCount } = sample();
    const seen: number[] = [];
    for (const query of [SEARCH, SEARCH.replace('totalCount ', '')]) {
      resetCount();
      await post(app, { query, variables: { q: 'vehicle', cats: ['M1'], first: 100 } });
      seen.push(statements.length);
    }
    expect(seen[0]).toBe(seen[1]! + 1);
  });
});

const HORIZON = `query($filter: HorizonFilter) {
  horizon(from: "2021-01-01", to: "2026-01-01", filter: $filter, first: 100) { totalCount edges { node { kind version {
    designation } } } }
}`;

describe('horizon by vehicle category', () => {
  it('lists the changes of versions recording the category; versions recording none are left out', async () => {
    const { app } = sample();
    const { data } = await post<{ horizon: { edges: { node: { kind: string; version: { designation: string } } }[] } }>(
      app,
      {
        query: HORIZON,
        variables: { filter: { vehicleCategories: ['M2'] } },
      },
    );
    const versions = new Set(data!.horizon.edges.map((e) => e.node.version.designation));
    expect([...versions].sort()).toEqual([
      'GB 38032-2020',
      'GB 44495-2024',
      'GB 44496-2024',
      'UN R155 00 series',
      'UN R156 00 series',
    ]);
    const trailers = await post<{ horizon: { edges: { node: { version: { designation: string } } }[] } }>(app, {
      query: HORIZON,
      variables: { filter: { vehicleCategories: ['L1'] } },
    });
    expect(trailers.data!.horizon.edges).toEqual([]);
  });

  it('costs two statements whatever the page size, as any filtered horizon', async () => {
    const { app, statements, resetCount } = sample();
    for (const first of [1, 100]) {
      resetCount();
      await post(app, {
        query: HORIZON.replace('first: 100', `first: ${first}`).replace(' version { designation }', ''),
        variables: { filter: { vehicleCategories: ['M2'] } },
      });
      expect(statements).toHaveLength(2);
    }
  });
});

const APPLICABILITY = `query($d: String!, $cat: VehicleCategory, $scope: ApplicabilityScope = NEW_TYPES) {
  standard(designation: $d) { applicability(on: "2026-01-01", scope: $scope, vehicleCategory: $cat) { vehicleCategory
    current { designation } versions { version { designation } modifications { designation } } } }
}`;
type Answer = {
  standard: {
    applicability: {
      vehicleCategory: string | null;
      current: { designation: string } | null;
      versions: { version: { designation: string }; modifications: { designation: string }[] }[];
    };
  };
};

describe('applicability for a vehicle category', () => {
  it('leaves out a version recording other categories only', async () => {
    const { app } = sample();
    // For types approved before, both series apply; the 00 series records M1, the 01 series nothing.
    const designations = (answer: Answer) => answer.standard.applicability.versions.map((v) => v.version.designation);
    const m1 = await post<Answer>(app, {
      query: APPLICABILITY,
      variables: { d: 'UN R157', cat: 'M1', scope: 'EXISTING_TYPES' },
    });
    expect(designations(m1.data!)).toEqual(['UN R157 01 series', 'UN R157 00 series']);
    const n3 = await post<Answer>(app, {
      query: APPLICABILITY,
      variables: { d: 'UN R157', cat: 'N3', scope: 'EXISTING_TYPES' },
    });
    expect(n3.data!.standard.applicability).toMatchObject({
      vehicleCategory: 'N3',
      current: { designation: 'UN R157 01 series' },
    });
    expect(designations(n3.data!)).toEqual(['UN R157 01 series']);
  });

  it('keeps versions and modifications that record no category', async () => {
    const { app } = sample();
    const battery = await post<Answer>(app, { query: APPLICABILITY, variables: { d: 'GB/T 31486', cat: 'N3' } });
    const plain = await post<Answer>(app, { query: APPLICABILITY, variables: { d: 'GB/T 31486' } });
    expect(battery.data!.standard.applicability.versions).toEqual(plain.data!.standard.applicability.versions);
    expect(battery.data!.standard.applicability.versions).not.toEqual([]);
    const cyber = await post<Answer>(app, { query: APPLICABILITY, variables: { d: 'UN R155', cat: 'L6' } });
    expect(cyber.data!.standard.applicability.versions[0]!.modifications.length).toBeGreaterThan(0);
  });
});
