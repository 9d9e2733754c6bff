import { beforeEach, describe, expect, it } from 'vitest';
import { PUBLIC_TABLES } from '../src/catalogue/tables.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { loadSample } from './support/fixtures.ts';
import { appFor, post, type App } from './support/http.ts';
import { createTestDb, type TestDatabase } from './support/db.ts';
import { batterySafetyFile } from './support/search-fixtures.ts';

// The public catalogue is an explicit read model (src/catalogue/): every page of it runs a fixed
// number of statements, and reads only the tables the read model declares, which are the tables
// whose changes raise the data generation (and so empty the response cache).

const PAGES = {
  standardPage: `query($d: String!) { standard(designation: $d) {
    id designation kind title { en zh } publisher
    committee { id code name { en } parent { code } children { code } standards(first: 5) { totalCount
      edges { node { designation } } } }
    versions(first: 10) { totalCount edges { node { id designation type published effective status(on: "2025-06-01")
      mandatoryFrom { date precision } vehicleCategories replaces { designation } replacedBy { designation }
      base { designation } modifications { designation } } } }
    citedBy(first: 10) { totalCount edges { node { kind designation citingVersion { designation } } } }
    applicability(on: "2025-06-01") { current { designation } unknown { designation } successors { designation } }
  } }`,
  versionPage: `query($v: String!) { version(designation: $v) {
    id designation title { en } standard { designation committee { code } }
    base { designation } modifications { designation } replaces { designation } replacedBy { designation }
    references { kind designation degree citingVersion { designation } version { designation }
      standard { designation } }
    citedBy(first: 10) { totalCount edges { node { designation citingVersion { designation } } } }
    clauses { number heading text informative children { number children { number children { number } } } }
  } }`,
  search: `query { search(query: "battery safety", on: "2025-06-01", first: 20) { edges { node {
    kind score standard { designation committee { code } } version { designation standard { designation } }
    clause { number heading children { number } } status applies } } } }`,
  compare: `query { compareVersions(from: "GB 38031-2020", to: "GB 38031-2025") {
    from { designation standard { designation } } to { designation } textCompared
    added { number heading children { number } } removed { number heading }
    changed { before { number heading } after { number heading text } matchedBy moved }
    replacesChain { designation }
  } }`,
  horizon: `query { horizon(from: "2024-01-01", to: "2027-12-31", first: 50) { totalCount edges { node {
    date kind scope version { designation standard { designation committee { code } } } ends { designation } } } } }`,
  applicability: `query { standard(designation: "GB/T 31486") { applicability(on: "2025-06-01") {
    current { designation standard { designation } }
    versions { version { designation } modifications { designation } }
    unknown { designation } successors { designation } } } }`,
  standardsPage: `query { standards(first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
    designation committee { code parent { code } } versions(first: 10) { edges { node { designation } } } } } } }`,
  committees: `query { committees(first: 50) { totalCount edges { node { code parent { code } children { code }
    standards(first: 5) { totalCount edges { node { designation } } } } } } }`,
} as const;

let database: TestDatabase;
let app: App;

beforeEach(() => {
  database = createTestDb();
  loadSample(database.db);
  importRegistry({ db: database.db, input: batterySafetyFile() });
  app = appFor(database.db);
});

async function run(query: string, variables: Record<string, unknown> = {}) {
  database.resetCount();
  const result = await post<Record<string, unknown>>(app, { query, variables });
  expect(result.errors).toBeUndefined();
  return { data: result.data!, statements: [...database.statements] };
}

/** The tables a statement names after FROM or JOIN (table-valued functions, subqueries and CTEs aside). */
function tablesOf(statement: string): string[] {
  const named = [...statement.matchAll(/\b(?:from|join)\s+"?([a-z_][a-z0-9_]*)"?/giu)].map((m) => m[1]!.toLowerCase());
  const ctes = [...statement.matchAll(/\b([a-z_][a-z0-9_]*)(?:\s*\([a-z0-9_,\s]*\))?\s+as\s*\(/giu)].map((m) =>
    m[1]!.toLowerCase(),
  );
  return named.filter((name) => !['json_each', 'select', 'ranked', ...ctes].includes(name));
}

describe('every catalogue type reached from a page runs a fixed number of statements', () => {
  // Each count: the root read, then one batched statement per kind of thing asked for beneath
  // (committees, versions, replacements, references, clause trees, counts), whatever the rows.
  it.each([
    ['standardPage', { d: 'GB 38031' }, 10],
    ['versionPage', { v: 'GB 38031-2025' }, 8],
    ['search', {}, 7],
    ['compare', {}, 6],
    ['horizon', {}, 3],
    ['applicability', {}, 3],
    ['standardsPage', {}, 4],
    ['committees', {}, 6],
  ] as const)('%s', async (page, variables, expected) => {
    const { data, statements } = await run(PAGES[page], variables);
    expect(Object.values(data)[0]).not.toBeNull();
    expect(statements.length, statements.join('\n')).toBe(expected);
  });
});

describe('the read model declares the tables the public answers read', () => {
  it('reads no table but the declared ones on any catalogue page', async () => {
    const read = new Set<string>();
    for (const [page, query] of Object.entries(PAGES)) {
      const variables =
        page === 'standardPage' ? { d: 'GB 38031' } : page === 'versionPage' ? { v: 'GB 38031-2025' } : {};
      for (const statement of (await run(query, variables)).statements)
        for (const t of tablesOf(statement)) read.add(t);
    }
    const search = [...read].filter((t) => t.startsWith('search_'));
    expect([...read].filter((t) => !search.includes(t)).sort()).toEqual([...PUBLIC_TABLES]);
  });

  it('raises the data generation on a change to every declared table, and only those', () => {
    const triggers = database.sqlite
      .prepare(`select tbl_name as t from sqlite_master where type = 'trigger' and name like 'data_generation_%'`)
      .all() as { t: string }[];
    expect([...new Set(triggers.map((r) => r.t))].sort()).toEqual([...PUBLIC_TABLES]);
  });
});

describe('pages of standards', () => {
  type Page = {
    standards: {
      edges: { cursor: string; node: { designation: string } }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string };
    };
  };
  const PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
    standards(first: $first, after: $after, last: $last, before: $before) {
      edges { cursor node { designation } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
  const ask = async (variables: Record<string, unknown>) => (await run(PAGE, variables)).data as unknown as Page;

  it('moves forward and backward through the same order, with cursors in the format committee work uses', async () => {
    const all = (await ask({ first: 100 })).standards.edges;
    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await ask({ first: 4, after });
      forward.push(...page.standards.edges.map((e) => e.node.designation));
      if (!page.standards.pageInfo.hasNextPage) break;
      after = page.standards.pageInfo.endCursor;
    }
    expect(forward).toEqual(all.map((e) => e.node.designation));
    const last = await ask({ last: 3, before: all.at(-1)!.cursor });
    expect(last.standards.edges.map((e) => e.node.designation)).toEqual(
      all.slice(-4, -1).map((e) => e.node.designation),
    );
    expect(last.standards.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const [first] = all;
    expect(Buffer.from(first!.cursor, 'base64').toString()).toMatch(/^DC:T:\["S:.+","N:\d+"\]$/u);
  });

  it('pages committees by their unique code, the code alone in the cursor', async () => {
    const query = 'query($after: String) { committees(first: 2, after: $after) { edges { cursor node { code } } } }';
    const first = (await run(query)).data as { committees: { edges: { cursor: string; node: { code: string } }[] } };
    const [a, b] = first.committees.edges;
    expect(Buffer.from(a!.cursor, 'base64').toString()).toBe(`DC:S:${a!.node.code}`);
    const next = (await run(query, { after: a!.cursor })).data as typeof first;
    expect(next.committees.edges[0]!.node.code).toBe(b!.node.code);
  });
});
