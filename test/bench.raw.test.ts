import { describe, expect, it } from 'vitest';
import { generateRegistry } from '../bench/generate.ts';
import { rawQueries } from '../bench/raw.ts';
import { QUERIES, variablesFor } from '../bench/scenarios.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { createTestDb } from './support/db.ts';
import { appFor, post } from './support/http.ts';

// The benchmark's raw floor (bench/raw.ts) must answer exactly what GraphQL answers, or its
// numbers compare different work. A check of correctness, not of speed.

describe('the benchmark', () => {
  it('generates the same registry for the same seed, and another for another seed', () => {
    expect(JSON.stringify(generateRegistry(50, 7))).toBe(JSON.stringify(generateRegistry(50, 7)));
    expect(JSON.stringify(generateRegistry(50, 8))).not.toBe(JSON.stringify(generateRegistry(50, 7)));
  });

  it('raw path and GraphQL return the same data for every lookup and page it asks', async () => {
    const standards = 300;
    const database = createTestDb();
    const imported = importRegistry({ db: database.db, input: generateRegistry(standards, 3) });
    expect(imported.warnings).toEqual([]);
    const app = appFor(database.db);
    const raw = rawQueries(database.sqlite);
    for (const scenario of ['lookup', 'page'] as const) {
      for (const variables of variablesFor(scenario, standards)) {
        const viaGraphql = await post<unknown>(app, { query: QUERIES[scenario], variables });
        expect(viaGraphql.errors).toBeUndefined();
        const viaRaw = scenario === 'lookup' ? raw.lookup(variables as never) : raw.page(variables as never);
        expect(viaRaw, `${scenario} ${JSON.stringify(variables)}`).toEqual(viaGraphql.data);
      }
    }
    // The cases are not trivial: some lookups have modifications, pages are not empty.
    const lookups = variablesFor('lookup', standards).map((v) => raw.lookup(v as never));
    expect(lookups.some((l) => l.standard?.applicability.versions.some((v) => v.modifications.length > 0))).toBe(true);
    expect(raw.page({ committee: 'SYN/TC1' }).standards.edges.length).toBeGreaterThan(20);
    database.close();
  });
});
