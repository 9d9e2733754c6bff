import { describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.ts';
import { loadSample } from './support/fixtures.ts';
import { appFor, post } from './support/http.ts';

const VERSIONS = `query($filter: VersionFilter, $orderBy: VersionOrder, $first: Int, $after: String) {
  versions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { designation published effective vehicleCategories standard { designation } } }
  }
}`;

type Node = {
  designation: string;
  published: string | null;
  effective: string | null;
  vehicleCategories: string[] | null;
  standard: { designation: string };
};
type Versions = {
  versions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Node }[];
  };
};

function sample() {
  const test = createTestDb();
  loadSample(test.db);
  return { ...test, app: appFor(test.db) };
}

async function list(app: ReturnType<typeof sample>['app'], variables: Record<string, unknown>) {
  const result = await post<Versions>(app, { query: VERSIONS, variables });
  expect(result.errors).toBeUndefined();
  return { designations: result.data!.versions.edges.map((e) => e.node.designation), page: result.data!.versions };
}

describe('versions list', () => {
  it('answers "GB standards published in 2024" in one query, with the count', async () => {
    const { app } = sample();
    const { designations, page } = await list(app, {
      filter: { kinds: ['GB'], publishedBetween: { from: '2024-01-01', to: '2024-12-31' } },
    });
    expect(designations).toEqual(['GB 44495-2024', 'GB 44496-2024']);
    expect(page.totalCount).toBe(2);
  });

  it('answers "everything in transition on 2026-07-01 for existing types" in one query', async () => {
    const { app } = sample();
    const { designations, page } = await list(app, {
      filter: { status: { on: '2026-07-01', scope: 'EXISTING_TYPES', statuses: ['IN_TRANSITION'] } },
    });
    expect(designations).toEqual([
      'GB/T 31486-2015',
      'ISO 26262:2011',
      'SAE J2464 MAR1999',
      'SAE J2464 NOV2009',
      'UN R157 00 series',
    ]);
    expect(page.totalCount).toBe(5);
  });

  it('keeps a reduced publication date only when its whole month or year is in the window', async () => {
    const { app } = sample();
    const year = await list(app, { filter: { publishedBetween: { from: '2021-01-01', to: '2021-12-31' } } });
    const half = await list(app, { filter: { publishedBetween: { from: '2021-01-01', to: '2021-06-30' } } });
    expect(year.designations).toContain('ISO/SAE 21434:2021');
    expect(half.designations).not.toContain('ISO/SAE 21434:2021');
  });

  it(
    'filters by effective date, type and vehicle category; ' + 'a version recording no category is not matched',
    async () => {
      const { app } = sample();
      expect(
        (
          await list(app, {
            filter: { effectiveBetween: { from: '2025-01-01', to: '2026-12-31' }, types: ['EDITION'] },
          })
        ).designations,
      ).toEqual(['GB 44495-2024', 'GB 44496-2024', 'GB/T 31486-2024']);
      expect((await list(app, { filter: { vehicleCategories: ['M2'] }, first: 100 })).designations).toEqual([
        'GB 38032-2020',
        'GB 44495-2024',
        'GB 44496-2024',
        'UN R155 00 series',
        'UN R156 00 series',
      ]);
      const buses = await list(app, { filter: { vehicleCategories: ['L6'] } });
      expect(buses.designations).toEqual(['UN R155 00 series']);
    },
  );

  it('sorts by date, undated versions last, and pages without overlap', async () => {
    const { app } = sample();
    const all = await list(app, { orderBy: 'EFFECTIVE_DESC', first: 100 });
    const dated = all.page.edges.map((e) => e.node.effective);
    const known = dated.filter((d) => d !== null);
    expect(known).toEqual([...known].sort().reverse());
    expect(dated.slice(known.length).every((d) => d === null)).toBe(true);
    const first = await list(app, { orderBy: 'EFFECTIVE_DESC', first: 5 });
    const next = await list(app, { orderBy: 'EFFECTIVE_DESC', first: 100, after: first.page.pageInfo.endCursor });
    expect([...first.designations, ...next.designations]).toEqual(all.designations);
    expect(first.page.totalCount).toBe(all.designations.length);
  });

  it('costs the same number of statements whatever the page size, with or without a status filter', async () => {
    const { app, statements, resetCount } = sample();
    const counts = async (filter: Record<string, unknown>) => {
      const seen: number[] = [];
      for (const first of [1, 100]) {
        resetCount();
        await list(app, { filter, first });
        seen.push(statements.length);
      }
      return seen;
    };
    // The page and its count, or with a status the candidates in order and the graph that decides
    // them; then one batched statement for the versions' standards.
    expect(await counts({ kinds: ['GB_T'] })).toEqual([3, 3]);
    expect(await counts({ status: { on: '2026-07-01', statuses: ['IN_FORCE'] } })).toEqual([3, 3]);
  });

  it('refuses a window that ends before it starts, and an empty status list, with INVALID_INPUT', async () => {
    const { app } = sample();
    for (const filter of [
      { publishedBetween: { from: '2024-12-31', to: '2024-01-01' } },
      { status: { on: '2026-01-01', statuses: [] } },
    ]) {
      const { errors } = await post(app, { query: VERSIONS, variables: { filter } });
      expect(errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
    }
  });
});
