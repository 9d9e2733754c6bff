import { beforeEach, describe, expect, it } from 'vitest';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { graphql } from './gql/index.ts';
import type { SearchQueryVariables } from './gql/graphql.ts';
import { createTestDb, type TestDatabase } from './support/db.ts';
import { loadSample, syntheticStandards } from './support/fixtures.ts';
import { appFor, execute, type App } from './support/http.ts';
import { batterySafetyFile } from './support/search-fixtures.ts';

const Search = graphql(`
  query Search($query: String!, $on: Date, $first: Int, $after: String) {
    search(query: $query, on: $on, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          kind
          score
          standard { designation }
          version { designation standard { designation } }
          clause { number heading }
          status
          applies
          snippet { field text parts { text match } }
        }
      }
    }
  }
`);

let database: TestDatabase;
let app: App;

beforeEach(() => {
  database = createTestDb();
  loadSample(database.db);
  importRegistry({ db: database.db, input: batterySafetyFile() });
  app = appFor(database.db);
});

async function search(variables: SearchQueryVariables) {
  const result = await execute(app, Search, variables);
  expect(result.errors).toBeUndefined();
  expect(result.status).toBe(200);
  return result.data!.search;
}
const hits = async (variables: SearchQueryVariables) => (await search(variables)).edges.map((e) => e.node);
const matched = (hit: { snippet: { parts: { text: string; match: boolean }[] } }) =>
  hit.snippet.parts.filter((p) => p.match).map((p) => p.text);

describe('search', () => {
  it('finds the traction-battery standards by a Chinese word, with the version that applies on the date', async () => {
    const found = await hits({ query: '动力蓄电池', on: '2025-06-01' });
    expect(found.map((h) => [h.kind, h.standard.designation])).toEqual(
      expect.arrayContaining([
        ['STANDARD', 'GB/T 31486'],
        ['STANDARD', 'GB 38031'],
      ]),
    );
    const gb = found.find((h) => h.kind === 'STANDARD' && h.standard.designation === 'GB 38031')!;
    expect(gb).toMatchObject({ version: { designation: 'GB 38031-2020' }, status: 'IN_FORCE', applies: true });
    expect(gb.snippet).toMatchObject({ field: 'TITLE_ZH', text: '电动汽车用动力蓄电池安全要求' });
    expect(matched(gb)).toEqual(['动力蓄电池']);
    // After the 2025 edition takes effect the standard's hit points to it.
    const later = await hits({ query: '动力蓄电池', on: '2026-08-01' });
    expect(later.find((h) => h.standard.designation === 'GB 38031')?.version?.designation).toBe('GB 38031-2025');
  });

  it('finds clauses that mention 热失控, each with its version and whether it applies on the date', async () => {
    const found = await hits({ query: '热失控', on: '2026-01-01' });
    expect(found.map((h) => [h.kind, h.version?.designation, h.clause?.number])).toEqual(
      expect.arrayContaining([
        ['CLAUSE', 'GB 38031-2020', '5.3'],
        ['CLAUSE', 'GB 38031-2025', '5.2'],
      ]),
    );
    expect(found).toHaveLength(2);
    const byVersion = Object.fromEntries(found.map((h) => [h.version!.designation, h]));
    expect(byVersion['GB 38031-2020']).toMatchObject({ status: 'IN_FORCE', applies: true, snippet: { field: 'TEXT' } });
    expect(byVersion['GB 38031-2025']).toMatchObject({ status: 'UPCOMING', applies: false });
    expect(matched(byVersion['GB 38031-2025']!)).toEqual(['热失控']);
    expect(byVersion['GB 38031-2025']!.version!.standard.designation).toBe('GB 38031');
  });

  it('ranks hits where every word occurs, best first', async () => {
    const found = await hits({ query: 'traction battery', on: '2025-06-01' });
    expect(found.map((h) => h.standard.designation)).toEqual(expect.arrayContaining(['GB/T 31486', 'GB 38031']));
    expect(found.every((h) => h.score > 0)).toBe(true);
    const scores = found.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // Both words must occur: "battery" alone matches more.
    expect((await hits({ query: 'battery explosion' })).length).toBe(0);
  });

  it('matches designations ignoring case and spacing, and clause numbers', async () => {
    const byKey = await hits({ query: 'gb38031-2025' });
    expect(byKey.map((h) => h.version?.designation)).toContain('GB 38031-2025');
    const spaced = await hits({ query: 'GB 38031', on: '2025-06-01' });
    expect(spaced[0]).toMatchObject({ kind: 'STANDARD', standard: { designation: 'GB 38031' } });
    const clause = await hits({ query: '5.3 热扩散' });
    expect(clause.map((h) => [h.version?.designation, h.clause?.number])).toEqual([['GB 38031-2020', '5.3']]);
  });

  it('matches Chinese terms of any length, one or two characters included, ranked', async () => {
    const found = await hits({ query: '电池', first: 50 });
    expect(found.length).toBeGreaterThan(3);
    expect(found.every((h) => h.score > 0)).toBe(true);
    expect(found.every((h) => matched(h).some((m) => m.includes('电池')))).toBe(true);
    expect(found.map((h) => h.standard.designation)).toEqual(expect.arrayContaining(['GB/T 31486', 'GB 38031']));
    const one = await hits({ query: '热', first: 50 });
    expect(one.map((h) => h.clause?.number)).toEqual(expect.arrayContaining(['5.3', '5.2']));
    // A run of characters is matched as a whole: 池安 occurs in 蓄电池安全要求, 安池 nowhere.
    expect((await hits({ query: '池安' })).length).toBeGreaterThan(0);
    expect(await hits({ query: '安池' })).toEqual([]);
  });

  it('finds Chinese written next to Latin letters and digits, in any word order, and full-width input', async () => {
    // Clause 5.3 of GB 38031-2020: "电池单体发生热失控后，电池系统在5 min内不起火不爆炸。"
    const clause = (found: Awaited<ReturnType<typeof hits>>) =>
      found.map((h) => [h.version?.designation, h.clause?.number]);
    expect(clause(await hits({ query: '内不起火' }))).toEqual([['GB 38031-2020', '5.3']]);
    expect(clause(await hits({ query: 'min 热失控' }))).toEqual([['GB 38031-2020', '5.3']]);
    expect(clause(await hits({ query: '热失控 min' }))).toEqual([['GB 38031-2020', '5.3']]);
    expect(matched((await hits({ query: '内不起火' }))[0]!)).toEqual(['内不起火']);
    // Full-width letters and digits, as a Chinese input method types them.
    const fullWidth = await hits({ query: 'ＧＢ ３８０３１', on: '2025-06-01' });
    expect(fullWidth[0]).toMatchObject({ kind: 'STANDARD', standard: { designation: 'GB 38031' } });
  });

  it(
    'shows stored text that holds private-use characters or ' + 'noncharacters without mistaking them for match marks',
    async () => {
      const file = batterySafetyFile();
      file.standards[0]!.versions.push({
        designation: 'GB 38031-2030',
        type: 'EDITION',
        published: '2030',
        effective: null,
        replaces: [],
        clauses: [
          { number: '9', heading: 'Marking', text: 'Logo \uE000 brand \uE001 and \uFDD0 voltage \uFDD1 limits apply.' },
        ],
      });
      importRegistry({ db: database.db, input: file });
      const [hit] = await hits({ query: 'limits apply' });
      expect(hit!.clause?.number).toBe('9');
      expect(matched(hit!)).toEqual(['limits', 'apply']);
      expect(hit!.snippet.parts.map((p) => p.text).join('')).toBe(
        'Logo \uE000 brand \uE001 and \uFFFD voltage \uFFFD limits apply.',
      );
    },
  );

  it('matches words and word beginnings in English, ignoring case and accents', async () => {
    expect((await hits({ query: 'BATT' })).map((h) => h.standard.designation)).toEqual(
      expect.arrayContaining(['GB/T 31486', 'GB 38031']),
    );
    expect((await hits({ query: 'r15' })).map((h) => h.standard.designation)).toEqual(
      expect.arrayContaining(['UN R155', 'UN R156', 'UN R157']),
    );
    expect(await hits({ query: 'ttery' })).toEqual([]); // inside a word: not a match
  });

  it('treats hostile input as text: results or an empty list, never an error', async () => {
    const hostile = [
      '"',
      '""',
      '"unbalanced',
      'AND',
      'battery AND',
      'OR NOT',
      'NEAR(battery safety)',
      'NEAR',
      '*',
      'batt*',
      '^battery',
      '(((',
      'battery)',
      '(battery',
      'title_en:battery',
      '{title_en}: x',
      '-battery',
      '+',
      "'; DROP TABLE standards; --",
      '%',
      '_',
      '\\',
      '\u0000',
      '🚗🔋',
      ' ',
      'a'.repeat(500),
      Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '),
    ];
    for (const query of hostile) {
      const result = await execute(app, Search, { query });
      expect(result.errors, query).toBeUndefined();
      expect(Array.isArray(result.data?.search.edges), query).toBe(true);
    }
    // Quoted operators are words: "AND" occurs in "Electrical performance requirements and test methods".
    expect((await hits({ query: 'AND' })).map((h) => h.standard.designation)).toContain('GB/T 31486');
    expect(await hits({ query: '%' })).toEqual([]);
    expect(await hits({ query: '"' })).toEqual([]);
  });

  it('pages with first/after without repeating or skipping a hit', async () => {
    const all = await hits({ query: '电池', first: 100 });
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const page = await search({ query: '电池', first: 2, after });
      seen.push(
        ...page.edges.map(
          (e) =>
            `${e.node.kind}:${e.node.clause?.number ?? ''}:` +
            `${e.node.version?.designation ?? e.node.standard.designation}`,
        ),
      );
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(all.length);
    expect(new Set(seen).size).toBe(all.length);
  });

  it('gives an empty page no cursors', async () => {
    expect((await search({ query: 'zzzz' })).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    const last = await search({ query: '电池', first: 100 });
    expect((await search({ query: '电池', after: last.pageInfo.endCursor })).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
  });

  it('runs the same number of SQL statements for 5 and for 50 hits', async () => {
    importRegistry({ db: database.db, input: syntheticStandards(60) });
    const counts: number[] = [];
    for (const first of [5, 50]) {
      database.resetCount();
      const page = await hits({ query: '合成试验方法', first, on: '2025-01-01' });
      expect(page).toHaveLength(first);
      expect(page.every((h) => h.applies === true && h.version !== null)).toBe(true);
      counts.push(database.statements.length);
    }
    expect(counts[0]).toBe(counts[1]);
    // Pending-sync check, exact-designation hits, the ranked page, the rows of the hits, their
    // version graph, and the drizzle plugin's batched re-reads for nested relations.
    expect(counts[0]).toBeLessThanOrEqual(9);
  });
});
