import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import type { RegistryFile, StandardRecord } from '../../src/domain/interchange/format.ts';
import { importRegistry } from '../../src/domain/interchange/importRegistry.ts';
import { DEFAULT_LIMITS } from '../../src/http/limits.ts';
import { createTestDb, type TestDatabase } from '../support/db.ts';

// The cost limit prices what a request can make the server read, whether page sizes are written
// in the query or passed as variables; the most expensive query it lets through stays small.

const GQL_RESPONSE = 'application/graphql-response+json';
type Answer = {
  status: number;
  json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
};

/** `SIDE` committees, each with `SIDE` standards of `SIDE` editions, each edition replacing the one before. */
const SIDE = 8;
function fullPages(): RegistryFile {
  const committees = Array.from({ length: SIDE }, (_, c) => ({
    code: `COST/TC${c}`,
    name: { en: `Committee ${c}` },
    parent: null,
  }));
  const standards: StandardRecord[] = committees.flatMap((committee, c) =>
    Array.from({ length: SIDE }, (_, s) => {
      const root = `GB/T ${70000 + c * 100 + s}`;
      return {
        designation: root,
        kind: 'GB_T' as const,
        title: { en: `Cost test standard ${c}.${s}` },
        publisher: 'SAMR/SAC',
        committee: committee.code,
        versions: Array.from({ length: SIDE }, (_, v) => ({
          designation: `${root}-${2000 + v}`,
          type: 'EDITION' as const,
          published: `${2000 + v}-01-01`,
          effective: null,
          replaces: v === 0 ? [] : [`${root}-${1999 + v}`],
        })),
      };
    }),
  );
  return { format: 'standards-registry/v1', committees, standards };
}

let t: TestDatabase;
let app: ReturnType<typeof createApp>;

beforeAll(() => {
  t = createTestDb();
  importRegistry({ db: t.db, input: fullPages() });
  app = createApp({ db: t.db });
});

async function ask(query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await app.fetch('http://registry.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: GQL_RESPONSE },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, json: (await response.json()) as Answer['json'] };
}

const codes = (answer: Answer) => answer.json.errors?.map((error) => error.extensions?.code);

/** Rows better-sqlite3 hands out while `run` runs (every statement Drizzle runs goes through `all` or `get`). */
async function countingRows<T>(run: () => Promise<T>): Promise<{ result: T; rows: number }> {
  const statement = Object.getPrototypeOf(t.db.$client.prepare('select 1')) as {
    all: (...a: unknown[]) => unknown[];
    get: (...a: unknown[]) => unknown;
  };
  const { all, get } = statement;
  let rows = 0;
  statement.all = function (this: unknown, ...args: unknown[]) {
    const result = all.apply(this, args);
    rows += result.length;
    return result;
  };
  statement.get = function (this: unknown, ...args: unknown[]) {
    const result = get.apply(this, args);
    if (result !== undefined) rows += 1;
    return result;
  };
  try {
    return { result: await run(), rows };
  } finally {
    Object.assign(statement, { all, get });
  }
}

const NESTED = `query($n: Int) { committees(first: $n) { edges { node { standards(first: $n) { edges { node {
  versions(first: $n) { edges { node { replaces { designation } } } } } } } } } } }`;
const literal = (n: number) => NESTED.replace('query($n: Int)', '').replaceAll('$n', String(n));

/** The largest n for which `build(n)` is accepted (refusals never touch the database). */
async function largestAccepted(build: (n: number) => Promise<Answer>): Promise<number> {
  let n = 0;
  while (n < 100 && codes(await build(n + 1)) === undefined) n += 1;
  return n;
}

describe('page sizes cost what they can return, however they are given', () => {
  it('nested pages of 100 passed as a variable are refused, like the same literal pages', async () => {
    for (const answer of [await ask(NESTED, { n: 100 }), await ask(literal(100))]) {
      expect(answer.status).toBe(400);
      expect(codes(answer)).toEqual(['QUERY_TOO_COSTLY']);
      expect(answer.json.errors?.[0]?.message).toMatch(/^Query cost limit of 50000 exceeded, found \d+\./u);
      expect(answer.json).not.toHaveProperty('data');
    }
  });

  it('the largest accepted page size is the same as a variable and as a literal', async () => {
    const asVariable = await largestAccepted((n) => ask(NESTED, { n }));
    expect(asVariable).toBeGreaterThan(1);
    expect(asVariable).toBe(await largestAccepted((n) => ask(literal(n))));
  });

  it('a page size left out counts as a full page (100)', async () => {
    const omitted = await ask('{ standards { edges { node { versions { edges { node { designation } } } } } } }');
    expect(codes(omitted)).toEqual(['QUERY_TOO_COSTLY']);
    const small = await ask(
      '{ standards(first: 5) { edges { node { versions(first: 5) { edges { node { designation } } } } } } }',
    );
    expect(codes(small)).toBeUndefined();
  });

  it('thirty aliased searches of 100 hits are refused for their cost; five of them run', async () => {
    const searches = (count: number) =>
      `query($n: Int) { ${Array.from(
        { length: count },
        (_, i) =>
          `s${i}: search(query: "standard", first: $n) { ` +
          `edges { node { kind score standard { designation } version { designation } snippet { text } } } }`,
      ).join(' ')} }`;
    const refused = await ask(searches(30), { n: 100 });
    expect(refused.status).toBe(400);
    expect(codes(refused)).toEqual(['QUERY_TOO_COSTLY']);
    const five = await ask(searches(DEFAULT_LIMITS.searches), { n: 100 });
    expect([five.status, codes(five)]).toEqual([200, undefined]);
  });

  it('at most 5 searches per request, whatever their page size, also through fragments', async () => {
    const searches = (count: number) =>
      Array.from(
        { length: count },
        (_, i) => `s${i}: search(query: "standard", first: 1) { edges { node { score } } }`,
      ).join(' ');
    expect(codes(await ask(`{ ${searches(DEFAULT_LIMITS.searches)} }`))).toBeUndefined();
    const over = await ask(`{ ${searches(DEFAULT_LIMITS.searches + 1)} }`);
    expect([over.status, codes(over)]).toEqual([400, ['QUERY_TOO_MANY_SEARCHES']]);
    expect(over.json.errors?.[0]?.message).toBe('A request may run at most 5 searches; found 6.');
    const spread = await ask(`query { ...S ... on Query { ...S } } fragment S on Query { ${searches(3)} }`);
    expect(codes(spread)).toEqual(['QUERY_TOO_MANY_SEARCHES']);
  });

  it('one horizon per request, over at most five years: each computes its whole window', async () => {
    const horizon = (alias: string, to = '2026-12-31') =>
      `${alias}: horizon(from: "2022-01-01", to: "${to}", first: 1) { edges { node { kind } } }`;
    expect(codes(await ask(`{ ${horizon('h')} }`))).toBeUndefined();
    const two = await ask(`{ ${horizon('a')} ${horizon('b')} }`);
    expect([two.status, codes(two)]).toEqual([400, ['QUERY_TOO_MANY_HORIZONS']]);
    const spread = await ask(`query { ...H ... on Query { ...H } } fragment H on Query { ${horizon('h')} }`);
    expect(codes(spread)).toEqual(['QUERY_TOO_MANY_HORIZONS']);
    expect(codes(await ask(`{ ${horizon('h', '2027-01-03')} }`))).toEqual(['INVALID_INPUT']);
  });

  it('nodes(ids:) counts as many items as IDs', async () => {
    const ids = Array.from({ length: DEFAULT_LIMITS.listValues }, (_, i) =>
      Buffer.from(`Standard:${i + 1}`).toString('base64'),
    );
    const query =
      'query($ids: [ID!]!, $n: Int) { nodes(ids: $ids) { ... on Standard { versions(first: $n) { edges { node { ' +
      'designation } } } } } }';
    expect(codes(await ask(query, { ids, n: 100 }))).toEqual(['QUERY_TOO_COSTLY']);
    expect(codes(await ask(query, { ids: ids.slice(0, 1), n: 100 }))).toBeUndefined();
  });
});

describe('the most expensive accepted query stays small', () => {
  it(
    'committees × standards × versions × replacements at ' + 'the largest accepted n: few statements, few rows',
    async () => {
      const n = await largestAccepted((k) => ask(NESTED, { n: k }));
      expect(n).toBeLessThanOrEqual(SIDE); // every page below is full
      t.resetCount();
      const { result, rows } = await countingRows(() => ask(NESTED, { n }));
      expect(codes(result)).toBeUndefined();
      type Page<T> = { edges: { node: T }[] };
      const committees = (
        result.json.data as { committees: Page<{ standards: Page<{ versions: Page<{ replaces: unknown[] }> }> }> }
      ).committees.edges;
      const versions = committees.flatMap((c) => c.node.standards.edges.flatMap((s) => s.node.versions.edges));
      expect(versions).toHaveLength(n ** 3);
      // The page of committees, the pages of standards of all of them (one statement), every version
      // of those standards, and the replacements of the page's versions, both ways (here at most one
      // each way per version).
      expect(t.statements).toHaveLength(4);
      // Each page reads one row more than it shows (whether another page follows).
      expect(rows).toBeLessThanOrEqual(n + 1 + n * (n + 1) + n ** 2 * SIDE + 2 * n ** 3);
    },
  );
});
