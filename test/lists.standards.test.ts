import { describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.ts';
import { loadSample } from './support/fixtures.ts';
import { appFor, post } from './support/http.ts';

const STANDARDS = `query($filter: StandardFilter, $first: Int) {
  standards(filter: $filter, first: $first) { totalCount edges { node { designation } } }
}`;

type Standards = { standards: { totalCount: number; edges: { node: { designation: string } }[] } };

function sample() {
  const test = createTestDb();
  loadSample(test.db);
  return { ...test, app: appFor(test.db) };
}

async function list(app: ReturnType<typeof sample>['app'], filter: Record<string, unknown>, first = 100) {
  const result = await post<Standards>(app, { query: STANDARDS, variables: { filter, first } });
  expect(result.errors).toBeUndefined();
  return {
    designations: result.data!.standards.edges.map((e) => e.node.designation),
    totalCount: result.data!.standards.totalCount,
  };
}

describe('standards list filters', () => {
  it(
    'keeps standards with a version recording a category; ' + 'a standard whose versions record none is not matched',
    async () => {
      const { app } = sample();
      expect(await list(app, { vehicleCategories: ['M3'] })).toEqual({
        designations: ['GB 38032', 'GB 44495', 'GB 44496', 'UN R155', 'UN R156'],
        totalCount: 5,
      });
      expect((await list(app, { vehicleCategories: ['M1'], kinds: ['UN_R'] })).designations).toEqual([
        'UN R155',
        'UN R156',
        'UN R157',
      ]);
      expect((await list(app, { vehicleCategories: ['L1'] })).designations).toEqual([]);
    },
  );

  it('answers "GB standards published in 2024" in one query', async () => {
    const { app } = sample();
    expect(await list(app, { kinds: ['GB'], publishedBetween: { from: '2024-01-01', to: '2024-12-31' } })).toEqual({
      designations: ['GB 44495', 'GB 44496'],
      totalCount: 2,
    });
    expect((await list(app, { effectiveBetween: { from: '2025-04-01', to: '2025-04-01' } })).designations).toEqual([
      'GB/T 31486',
    ]);
  });

  it('keeps standards with a version of a status on a date, at a constant statement count', async () => {
    const { app, statements, resetCount } = sample();
    const filter = { status: { on: '2026-07-01', scope: 'EXISTING_TYPES', statuses: ['IN_TRANSITION'] } };
    expect(await list(app, filter)).toEqual({
      designations: ['GB/T 31486', 'ISO 26262', 'SAE J2464', 'UN R157'],
      totalCount: 4,
    });
    const seen: number[] = [];
    for (const first of [1, 100]) {
      resetCount();
      await list(app, filter, first);
      seen.push(statements.length);
    }
    // Candidates and their version graph (once for page and count), the page, the count.
    expect(seen).toEqual([4, 4]);
  });

  it('refuses a window that ends before it starts with INVALID_INPUT', async () => {
    const { app } = sample();
    const { errors } = await post(app, {
      query: STANDARDS,
      variables: { filter: { effectiveBetween: { from: '2025-01-02', to: '2025-01-01' } } },
    });
    expect(errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
  });
});
