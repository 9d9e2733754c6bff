import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import type { ForgivingSearchQueryVariables } from './gql/graphql.ts';
import { createTestDb, type TestDatabase } from './support/db.ts';
import { sampleFile } from './support/fixtures.ts';
import { appFor, execute, type App } from './support/http.ts';
import { loadRelevanceData } from './support/relevance.ts';

// Queries typed as labs type them: plurals, compounds and synonyms, UN aliases; a standard before
// its own versions; a replaced standard pointing on to what replaced it.

const ForgivingSearch = graphql(`
  query ForgivingSearch($query: String!, $on: Date, $first: Int) {
    search(query: $query, on: $on, first: $first) {
      edges {
        node {
          kind
          standard { designation }
          version { designation }
          status
          replacedBy { version { designation standard { designation } } status }
        }
      }
    }
  }
`);

let database: TestDatabase;
let app: App;

beforeEach(() => {
  database = createTestDb();
  loadRelevanceData(database.db, sampleFile());
  app = appFor(database.db);
});

async function hits(variables: ForgivingSearchQueryVariables) {
  const result = await execute(app, ForgivingSearch, { on: '2026-01-01', first: 20, ...variables });
  expect(result.errors).toBeUndefined();
  expect(result.status).toBe(200);
  return result.data!.search.edges.map((e) => e.node);
}
const standardsOf = async (query: string) => [...new Set((await hits({ query })).map((h) => h.standard.designation))];

describe('forgiving search', () => {
  it('finds English words by their stem: plurals find the singular', async () => {
    expect(await standardsOf('batteries')).toEqual(expect.arrayContaining(['GB 38031', 'GB/T 31486', 'GB/T 31485']));
    expect(await standardsOf('lateral collisions')).toEqual(expect.arrayContaining(['UN R95', 'GB 20071']));
  });

  it('finds the same standards for a compound written as one word or two', async () => {
    const joined = await standardsOf('cybersecurity');
    expect(joined).toEqual(expect.arrayContaining(['UN R155', 'ISO/SAE 21434', 'GB 44495']));
    expect(new Set(await standardsOf('cyber security'))).toEqual(new Set(joined));
    expect(new Set(await standardsOf('cyber-security'))).toEqual(new Set(joined));
  });

  it('finds a standard by an abbreviation or another spelling from the synonym table, Chinese included', async () => {
    expect((await standardsOf('EMC')).slice(0, 3)).toEqual(expect.arrayContaining(['UN R10']));
    expect(await standardsOf('REESS')).toEqual(expect.arrayContaining(['GB/T 18384.1', 'ISO 6469-1', 'SAE J2464']));
    expect(await standardsOf('动力电池')).toEqual(expect.arrayContaining(['GB 38031', 'GB/T 31486']));
    // Chinese runs still match exactly as typed: porter stems only Latin words
    expect((await standardsOf('乘员保护')).sort()).toEqual(['GB 11551', 'GB 20071']);
  });

  it('finds a UN Regulation however a lab writes it, the regulation itself first', async () => {
    for (const query of ['ECE R100', 'UN-R100', 'UNECE Regulation No. 100', 'R100', 'un r 100']) {
      const found = await hits({ query });
      expect(found[0], query).toMatchObject({ kind: 'STANDARD', standard: { designation: 'UN R100' } });
    }
    expect((await hits({ query: 'ECE R13H' }))[0]?.standard.designation).toBe('UN R13-H');
  });

  it('finds a GB designation however it is written: GBT, full-width, an em dash before the year', async () => {
    for (const query of ['GBT31486', 'gbt 31486', 'ＧＢ／Ｔ 31486', 'GB/T31486—2024']) {
      const found = await hits({ query });
      expect(found[0]?.standard.designation, query).toBe('GB/T 31486');
    }
  });

  it('ranks a standard whose designation or title matches above its own versions', async () => {
    for (const query of ['ISO 26262 functional', 'GB/T 31486 traction', 'J3016 automation']) {
      const found = (await hits({ query })).filter(
        (h) =>
          h.standard.designation === (query.startsWith('J') ? 'SAE J3016' : query.split(' ').slice(0, 2).join(' ')),
      );
      expect(found[0]?.kind, query).toBe('STANDARD');
    }
    const r155 = await hits({ query: 'R155' });
    expect(r155.map((h) => h.kind)).toEqual(['STANDARD', 'VERSION', 'VERSION', 'VERSION', 'VERSION']);
  });

  it('names, on a hit for a replaced standard, the versions that replaced it and their status', async () => {
    const [hit] = await hits({ query: 'GB/T 18384.1' });
    expect(hit).toEqual({
      kind: 'STANDARD',
      standard: { designation: 'GB/T 18384.1' },
      version: null,
      status: null,
      replacedBy: [
        { version: { designation: 'GB 18384-2020', standard: { designation: 'GB 18384' } }, status: 'IN_FORCE' },
      ],
    });
    // Before the replacement took effect the standard's own version applies and nothing is named.
    const before = (await hits({ query: 'GB/T 18384.1', on: '2020-06-01' }))[0];
    expect(before).toMatchObject({ version: { designation: 'GB/T 18384.1-2015' }, replacedBy: [] });
  });
});
