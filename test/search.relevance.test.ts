import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDatabase } from './support/db.ts';
import { sampleFile } from './support/fixtures.ts';
import { loadRelevanceData, RELEVANCE_QUERIES, scoreRelevance } from './support/relevance.ts';

// The relevance set (test/support/relevance.ts) over the sample plus test/fixtures/vehicle-standards.real.json:
// every query must find the standard a lab means among the first three hits. `npm run bench` prints the same score.

let database: TestDatabase;

beforeAll(() => {
  database = createTestDb();
  loadRelevanceData(database.db, sampleFile());
});

describe('search relevance', () => {
  it('holds at least 30 queries', () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(30);
  });

  it('finds the expected standard in the top 3 for every query of the set', async () => {
    const result = await scoreRelevance(database.db);
    console.log(`search relevance: ${result.score}/${result.total} queries with the expected standard in the top 3`);
    expect(result.misses).toEqual([]);
  });
});
