import { getIntrospectionQuery } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { createTestDb, type TestDatabase } from './support/db.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { loadSample } from './support/fixtures.ts';
import { batterySafetyFile } from './support/search-fixtures.ts';
import { addRevision, proposeDraft, setUpCommittee, type Committee } from './support/committee.ts';
import type { App } from './support/http.ts';
import { globalId } from './support/people.ts';
import type { Plugin } from 'graphql-yoga';

// Queries run compiled by graphql-jit (src/http/compiled-queries.ts). Whatever a client sees must
// not depend on that: for each request below, the compiled and the interpreted app answer with
// the same status and the same JSON, errors (messages, codes, locations, paths) and partial data
// included. Only the order of the top-level keys may differ: graphql-js writes "errors" before
// "data", graphql-jit after; JSON objects are unordered.

/**
 * Counts the executions graphql-jit ran: envelop's graphql-jit executor attaches the compiled
 * document's `stringify` to each result it returns; graphql-js's results carry none. Placed after
 * the built-in plugins, it sees every execution's final result.
 */
function compiledExecutions(): { plugin: Plugin; count: () => number } {
  let count = 0;
  const plugin: Plugin = {
    onExecute: () => ({
      onExecuteDone({ result }) {
        if (typeof (result as { stringify?: unknown }).stringify === 'function') count += 1;
      },
    }),
  };
  return { plugin, count: () => count };
}

async function answer(app: App, body: unknown, token: string | null = null) {
  const response = await app.fetch('http://registry.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: JSON.parse(await response.text()) as unknown };
}

// `answers`: the request must succeed (data, no errors), so that equal answers are not two equal failures.
// A query without errors is answered by graphql-jit, except those marked `interpreted`, left to
// graphql-js on purpose; an answer with errors is always graphql-js's (src/http/compiled-queries.ts).
const PUBLIC_REQUESTS: {
  name: string;
  answers?: true;
  interpreted?: true;
  body: { query: string; variables?: Record<string, unknown> };
}[] = [
  {
    name: 'a lookup with applicability on two dates',
    answers: true,
    body: {
      query: `query ($d: String!) { standard(designation: $d) { id designation kind title { en zh } committee { code
        name { en } }
        before: applicability(on: "2025-01-01") { on scope current { designation effective } versions { status version {
          designation } modifications { designation } } unknown { designation } successors { designation } }
        after: applicability(on: "2025-06-01", scope: EXISTING_TYPES) { current { designation } versions { status } } }
          }`,
      variables: { d: 'gb/t31486' },
    },
  },
  {
    name: 'a page of standards with versions, committee and counts',
    answers: true,
    body: {
      query: `{ standards(first: 4) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { designation
        committee { code }
        versions(first: 2) { totalCount edges { cursor node { designation type published effective status(on:
          "2026-01-01") base { designation } replaces { designation } replacedBy { designation } } } } } } } }`,
    },
  },
  {
    name: 'a search with snippets and applicability',
    answers: true,
    body: {
      query: `{ search(query: "battery", on: "2026-01-01", first: 5) { pageInfo { hasNextPage endCursor } edges { cursor
        node { kind score applies status
        standard { designation } version { designation } clause { number heading } snippet { field parts { text match }
          } } } } }`,
    },
  },
  {
    name: 'a search that finds clauses, in Chinese',
    answers: true,
    body: {
      query:
        `{ search(query: "热失控", first: 5) { edges { node { kind clause { number heading } version { designation } ` +
        `snippet { field parts { text match } } } } } }`,
    },
  },
  {
    name: 'a comparison of two editions',
    answers: true,
    body: {
      query: `{ compareVersions(from: "GB 38031-2020", to: "GB 38031-2025") { from { designation } to { designation }
        added { number } removed { number } unchangedCount replacesChain { designation }
    changed { matchedBy moved informativeChanged before { number heading } after { number heading } textDiff { kind text
      } } } }`,
    },
  },
  {
    name: 'unknown designations answer null',
    body: {
      query: `{ standard(designation: "XX 1") { designation } version(designation: "XX 1-2000") { designation } }`,
    },
  },
  {
    name: 'an impossible date is INVALID_INPUT',
    body: {
      query: `{ standard(designation: "GB 38031") { applicability(on: "2026-02-30") { current { designation } } } }`,
    },
  },
  // The failing field on the third line, after a CRLF and an LF: its location counts both line ends.
  {
    name: 'a garbage global ID is INVALID_INPUT, beside data',
    body: { query: `{\r\n  standard(designation: "GB 38031") { designation }\n    node(id: "not-an-id") { id } }` },
  },
  {
    name: 'hostile search syntax is text',
    body: { query: `{ search(query: "\\"battery AND (NEAR *", first: 3) { edges { node { kind } } } }` },
  },
  {
    name: 'fragments, inline fragments on an interface, aliases, @include/@skip and __typename',
    answers: true,
    body: {
      query: `query ($with: Boolean!, $id: ID!) { a: standard(designation: "GB 38031") { ...S } b: node(id: $id) {
        __typename id ... on Standard { designation } ... on Committee { code } }
        c: standards(first: 2) { edges { node { __typename designation kind @include(if: $with) publisher @skip(if:
          $with) } } } }
        fragment S on Standard { __typename designation title { en } versions(first: 1) { edges { node { designation } }
          } }`,
      variables: { with: true, id: globalId('Standard', 1) },
    },
  },
  {
    name: 'introspection, as GraphiQL and code generators ask it',
    answers: true,
    body: { query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }) },
  },
  {
    name: 'non-null variables with defaults, omitted',
    answers: true,
    interpreted: true,
    body: {
      query:
        `query ($on: Date! = "2025-06-01", $first: Int! = 2) { standard(designation: "GB/T 31486") { ` +
        `applicability(on: $on) { current { designation } } } standards(first: $first) { edges { node { designation ` +
        `} } } }`,
    },
  },
  {
    name: 'a variable of the wrong type',
    body: {
      query: `query ($d: Date!) { standard(designation: "GB 38031") { applicability(on: $d) { on } } }`,
      variables: { d: 20260101 },
    },
  },
];

describe('compiled queries answer exactly as interpreted ones', () => {
  let db: TestDatabase;
  let compiled: App;
  let interpreted: App;
  let jit: ReturnType<typeof compiledExecutions>;

  beforeEach(() => {
    db = createTestDb();
    loadSample(db.db);
    importRegistry({ db: db.db, input: batterySafetyFile() }); // GB 38031's 2020 and 2025 editions, with clauses
    jit = compiledExecutions();
    compiled = createApp({ db: db.db, plugins: [jit.plugin] });
    interpreted = createApp({ db: db.db, compiledQueries: false });
  });

  for (const { name, answers, interpreted: leftToGraphqlJs, body } of PUBLIC_REQUESTS) {
    it(name, async () => {
      const fromCompiled = await answer(compiled, body);
      if (answers) expect(fromCompiled).toMatchObject({ status: 200, body: { data: expect.any(Object) } });
      if (answers) expect(fromCompiled.body).not.toHaveProperty('errors');
      expect(fromCompiled).toEqual(await answer(interpreted, body));
      // The same request again: the second run uses the compiled document the first one left.
      expect(await answer(compiled, body)).toEqual(fromCompiled);
      const hasErrors = 'errors' in (fromCompiled.body as object);
      expect(jit.count()).toBe(leftToGraphqlJs || hasErrors ? 0 : 2);
    });
  }

  it('runs the same SQL statements', async () => {
    const body = PUBLIC_REQUESTS[1]!.body;
    await answer(compiled, body);
    db.resetCount();
    await answer(compiled, body);
    const fromCompiled = [...db.statements];
    db.resetCount();
    await answer(interpreted, body);
    expect(fromCompiled.length).toBeGreaterThan(0);
    expect(fromCompiled).toEqual(db.statements);
  });
});

describe('compiled queries under permissions, and mutations left to graphql-js', () => {
  let c: Committee;
  let compiled: App;
  let interpreted: App;
  let jit: ReturnType<typeof compiledExecutions>;
  let draftId: string;

  beforeEach(async () => {
    c = setUpCommittee(createTestDb().db);
    jit = compiledExecutions();
    compiled = createApp({ db: c.db, clock: () => c.clock.now, plugins: [jit.plugin] });
    interpreted = createApp({ db: c.db, clock: () => c.clock.now, compiledQueries: false });
    draftId = await proposeDraft(c);
  });

  it('a recursive clause input (ClauseInput within ClauseInput) is accepted by a mutation', async () => {
    const nested = [
      {
        number: '5',
        heading: 'Requirements',
        clauses: [
          {
            number: '5.1',
            heading: 'General',
            clauses: [{ number: '5.1.1', heading: 'Detail', text: 'Depth three.' }],
          },
        ],
      },
    ];
    expect((await addRevision({ ...c, app: compiled }, draftId, nested)).number).toBe(1);
    expect(jit.count()).toBe(0); // the mutation ran on graphql-js
    const read = await answer(
      compiled,
      {
        query:
          `query ($id: ID!) { draft(id: $id) { currentRevision { clauses { number children { number children { ` +
          `number text } } } } } }`,
        variables: { id: draftId },
      },
      c.secretary.token,
    );
    expect(read.body).toEqual({
      data: {
        draft: {
          currentRevision: {
            clauses: [
              { number: '5', children: [{ number: '5.1', children: [{ number: '5.1.1', text: 'Depth three.' }] }] },
            ],
          },
        },
      },
    });
    expect(jit.count()).toBe(1);
  });

  it('a draft read by a member, an outsider and anonymously', async () => {
    const query =
      `query ($id: ID!) { draft(id: $id) { id stage viewerCanComment viewerCanMoveTo currentRevision { number ` +
      `clauses { number heading } } } }`;
    const body = { query, variables: { id: draftId } };
    const asMember = await answer(compiled, body, c.secretary.token);
    expect(asMember).toMatchObject({
      status: 200,
      body: { data: { draft: { stage: 'PROPOSAL', viewerCanMoveTo: expect.arrayContaining(['WORKING_DRAFT']) } } },
    });
    expect(asMember.body).not.toHaveProperty('errors');
    for (const token of [c.secretary.token, c.outsider.token, null]) {
      expect(await answer(compiled, body, token)).toEqual(await answer(interpreted, body, token));
    }
    expect(jit.count()).toBe(2); // the member's two reads; the others' answers hold errors, which graphql-js words
  });
});
