import { beforeEach, describe, expect, it } from 'vitest';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { createApp } from '../src/app.ts';
import { graphql } from './gql/index.ts';
import type { StandardsPageQueryVariables } from './gql/graphql.ts';
import { createTestDb, type TestDatabase } from './support/db.ts';
import { loadSample, syntheticStandards } from './support/fixtures.ts';
import { execute, post, type App } from './support/http.ts';

const StandardsPage = graphql(`
  query StandardsPage($first: Int, $after: String, $filter: StandardFilter) {
    standards(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          designation
          committee { code }
          versions(first: 10) {
            totalCount
            edges { node { designation published effective replaces { designation } replacedBy { designation } } }
          }
        }
      }
    }
  }
`);

const Committees = graphql(`
  query Committees {
    committees(first: 50) {
      totalCount
      edges { node { code name { en } parent { code } children { code } } }
    }
    committee(code: " iso/tc 22/sc32 ") {
      code
      standards(first: 1) { totalCount edges { node { designation } } }
    }
  }
`);

const NodesRefetch = graphql(`
  query NodesRefetch($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      __typename
      ... on Standard { designation }
      ... on StandardVersion { designation }
      ... on Committee { code }
    }
  }
`);
const NodeRefetch = graphql(`
  query NodeRefetch($id: ID!) {
    node(id: $id) {
      id
      __typename
      ... on Standard { designation }
      ... on StandardVersion { designation }
      ... on Committee { code }
    }
  }
`);

const Ids = graphql(`
  query Ids {
    standard(designation: "UN R155") { id versions(first: 1) { edges { node { id } } } committee { id } }
  }
`);

let database: TestDatabase;
let app: App;

beforeEach(() => {
  database = createTestDb();
  // A page of 50 (or, capped, 100) standards with 10 versions each and their replacements costs
  // more than the default limit allows; these tests are about the SQL such pages run.
  app = createApp({ db: database.db, limits: { cost: 250_000 } });
});

const page = async (variables: StandardsPageQueryVariables) => {
  const result = await execute(app, StandardsPage, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.standards;
};

describe('a page of standards is planned into a constant number of SQL statements', () => {
  it('runs the same statements for 5 and for 50 standards with their versions and replacements', async () => {
    importRegistry({ db: database.db, input: syntheticStandards(60) });
    const counts: number[] = [];
    for (const first of [5, 50]) {
      database.resetCount();
      const standards = await page({ first });
      expect(standards.edges).toHaveLength(first);
      expect(standards.edges[0]!.node.versions.edges[1]!.node.replaces).toEqual([{ designation: 'GB/T 90000-2015' }]);
      expect(standards.edges.every((e) => e.node.versions.totalCount === 2)).toBe(true);
      counts.push(database.statements.length);
    }
    // The planned select for the page (with what the plan nests in it), one count(*) for the page's
    // totalCount, one select of the versions of every standard of the page (their totalCounts
    // come from it), and one of the replacements of all those versions.
    expect(counts).toEqual([4, 4]);
  });
});

describe('standards listing', () => {
  beforeEach(() => loadSample(database.db));

  it('pages through every standard exactly once, by designation', async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const standards = await page({ first: 3, after });
      expect(standards.totalCount).toBe(10);
      seen.push(...standards.edges.map((e) => e.node.designation));
      if (!standards.pageInfo.hasNextPage) break;
      after = standards.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
    expect(seen.slice(0, 3)).toEqual(['GB 38032', 'GB 44495', 'GB 44496']);
  });

  it('filters by kind, by committee including its subcommittees, and by text in either language', async () => {
    const byKind = await page({ first: 20, filter: { kinds: ['GB', 'SAE'] } });
    expect(byKind.edges.map((e) => e.node.designation)).toEqual(['GB 38032', 'GB 44495', 'GB 44496', 'SAE J2464']);
    const byCommittee = await page({ first: 20, filter: { committee: 'ISO/TC22' } });
    expect(byCommittee.edges.map((e) => e.node.designation)).toEqual(['ISO 26262', 'ISO/SAE 21434']);
    expect(byCommittee.totalCount).toBe(2);
    for (const typed of ['iso/tc 22', 'ISO/TC\t22', 'ISO/TC\u300022'])
      expect((await page({ first: 20, filter: { committee: typed } })).totalCount, typed).toBe(2);
    const byChinese = await page({ first: 20, filter: { text: '动力蓄电池' } });
    expect(byChinese.edges.map((e) => e.node.designation)).toEqual(['GB/T 31486']);
    const byDesignation = await page({ first: 20, filter: { text: 'r15' } });
    expect(byDesignation.edges.map((e) => e.node.designation)).toEqual(['UN R155', 'UN R156', 'UN R157']);
    const literalPercent = await page({ first: 20, filter: { text: '%' } });
    expect(literalPercent.totalCount).toBe(0);
  });

  it('caps pages at 100', async () => {
    importRegistry({ db: database.db, input: syntheticStandards(120) });
    const standards = await page({ first: 500 });
    expect(standards.edges).toHaveLength(100);
    expect(standards.pageInfo.hasNextPage).toBe(true);
  });

  it('lists committees as a tree and finds one by code ignoring case and spaces, as imports do', async () => {
    const result = await execute(app, Committees);
    expect(result.errors).toBeUndefined();
    expect(result.data!.committees.totalCount).toBe(5);
    const tc22 = result.data!.committees.edges.find((e) => e.node.code === 'ISO/TC22')!.node;
    expect(tc22).toEqual({
      code: 'ISO/TC22',
      name: { en: 'Road vehicles' },
      parent: null,
      children: [{ code: 'ISO/TC22/SC32' }],
    });
    expect(result.data!.committee).toEqual({
      code: 'ISO/TC22/SC32',
      standards: { totalCount: 2, edges: [{ node: { designation: 'ISO 26262' } }] },
    });
  });

  it('refetches standards, versions and committees by global ID', async () => {
    const ids = (await execute(app, Ids)).data!.standard!;
    const cases: [string, Record<string, string>][] = [
      [ids.id, { __typename: 'Standard', designation: 'UN R155' }],
      [ids.versions.edges[0]!.node.id, { __typename: 'StandardVersion', designation: 'UN R155 00 series' }],
      [ids.committee!.id, { __typename: 'Committee', code: 'UNECE/WP.29/GRVA' }],
    ];
    for (const [id, expected] of cases) {
      const result = await execute(app, NodeRefetch, { id });
      expect(result.data?.node).toMatchObject({ id, ...expected });
    }
    for (const unknown of ['Standard:99999', 'Clause:1']) {
      const missing = await execute(app, NodeRefetch, { id: Buffer.from(unknown).toString('base64') });
      expect(missing).toMatchObject({ status: 200, data: { node: null } });
      expect(missing.errors).toBeUndefined();
    }
    // Several at once: each slot its own object, in the order given, null for the unknown ones.
    const unknownIds = ['Standard:99999', 'Clause:1'].map((raw) => Buffer.from(raw).toString('base64'));
    const many = await execute(app, NodesRefetch, {
      ids: [cases[2]![0], unknownIds[0]!, cases[0]![0], unknownIds[1]!, cases[1]![0], cases[0]![0]],
    });
    expect(many.errors).toBeUndefined();
    expect(many.data!.nodes).toEqual([
      { id: cases[2]![0], ...cases[2]![1] },
      null,
      { id: cases[0]![0], ...cases[0]![1] },
      null,
      { id: cases[1]![0], ...cases[1]![1] },
      { id: cases[0]![0], ...cases[0]![1] },
    ]);
    // Not an ID this registry writes: a row id must be a plain positive integer (`Standard:01` is not `Standard:1`).
    for (const garbage of [
      'not an id',
      ...['Standard:abc', 'Standard:01', 'Standard:1e0', 'Standard:0x1', 'Standard:-1'].map((raw) =>
        Buffer.from(raw).toString('base64'),
      ),
    ]) {
      expect((await execute(app, NodeRefetch, { id: garbage })).errors?.[0]?.extensions?.code, garbage).toBe(
        'INVALID_INPUT',
      );
    }
    const empty = await post<{ standard: { first0: { pageInfo: unknown }; pastEnd: { pageInfo: unknown } } }>(app, {
      query: `{ standard(designation: "UN R155") {
        first0: versions(first: 0) { pageInfo { startCursor endCursor } }
        pastEnd: versions(first: 5, after: "${Buffer.from('OffsetConnection:50').toString('base64')}") { pageInfo {
          startCursor endCursor } } } }`,
    });
    expect(empty.data!.standard).toEqual({
      first0: { pageInfo: { startCursor: null, endCursor: null } },
      pastEnd: { pageInfo: { startCursor: null, endCursor: null } },
    });
    const wrongType = await post(app, {
      query: 'query($id: ID!) { draft(id: $id) { id } }',
      variables: { id: ids.id },
    });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
  });
});
