import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, CSRF_HEADER, GRAPHQL_PATH } from '../../src/app.ts';
import { createJsonLogger } from '../../src/http/logging.ts';
import { MAX_VARIABLE_DEPTH } from '../../src/http/guards.ts';
import { CURSOR_LIMIT, DEFAULT_TEXT_LIMIT, stringCoordinates, TEXT_LIMITS } from '../../src/http/text-limits.ts';
import { schema } from '../../src/graphql/schema.ts';
import { createNodeHandler } from '../../src/http/node-handler.ts';
import { DEFAULT_LIMITS } from '../../src/http/limits.ts';
import { createTestDb, type TestDatabase } from '../support/db.ts';
import { loadSample } from '../support/fixtures.ts';
import { createPersonWithToken } from '../support/people.ts';
import { tableCounts } from './helpers.ts';

// Input that used to get a 500 or be stored damaged: deep variables, over-long strings, bytes that
// are not UTF-8. Each is a 400 with a stable code, and the database is left as it was.

const GQL_RESPONSE = 'application/graphql-response+json';

interface Answer {
  status: number;
  text: string;
  codes: (string | undefined)[];
  data: unknown;
}

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let admin: ReturnType<typeof createPersonWithToken>;
let server: Server;
let serverUrl: string;

beforeAll(async () => {
  t = createTestDb();
  loadSample(t.db);
  admin = createPersonWithToken(t.db, { admin: true });
  app = createApp({ db: t.db, logger: createJsonLogger({ level: 'silent' }) });
  // The server's own request listener: JSON bodies are read and parsed before Yoga.
  server = createServer(createNodeHandler(app, { path: GRAPHQL_PATH, bodyLimit: DEFAULT_LIMITS.bodyBytes }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${GRAPHQL_PATH}`;
});
afterAll(() => {
  server.close();
  server.closeAllConnections();
});

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  const json = JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return {
    status: response.status,
    text,
    codes: (json.errors ?? []).map((error) => error.extensions?.code),
    data: json.data,
  };
}

/** A POST through the app (`over: 'app'`) or through the server's node handler on a port. */
async function send(
  body: BodyInit,
  options: { token?: string; over?: 'app' | 'port'; contentType?: string } = {},
): Promise<Answer> {
  const init = {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/json',
      accept: GQL_RESPONSE,
      [CSRF_HEADER]: '1',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body,
  };
  return answer(
    options.over === 'port' ? await fetch(serverUrl, init) : await app.fetch('http://registry.test/graphql', init),
  );
}

const query = (source: string, variables?: Record<string, unknown>, token?: string) =>
  send(JSON.stringify({ query: source, variables }), { token });

describe('variables nested deeper than any input needs', () => {
  const nestedObject = (levels: number): unknown => (levels === 1 ? {} : { a: nestedObject(levels - 1) });

  it(`are refused past ${MAX_VARIABLE_DEPTH} levels, before anything reads them`, async () => {
    // `variables` itself is the first level.
    expect((await query('{ __typename }', nestedObject(MAX_VARIABLE_DEPTH) as Record<string, unknown>)).status).toBe(
      200,
    );
    const refused = await query('{ __typename }', nestedObject(MAX_VARIABLE_DEPTH + 1) as Record<string, unknown>);
    expect([refused.status, refused.codes]).toEqual([400, ['INVALID_INPUT']]);
  });

  it('a clause tree 2,000 levels deep is a 400, not a stack overflow', async () => {
    let clause: Record<string, unknown> = { number: '1', heading: 'Scope' };
    for (let level = 2; level <= 2_000; level += 1)
      clause = { number: String(level), heading: 'Scope', clauses: [clause] };
    const before = tableCounts(t.sqlite);
    const refused = await query(
      'mutation($c: [ClauseInput!]!) { addDraftRevision(input: { draftId: "RHJhZnQ6MQ==", clauses: $c }) { ' +
        '__typename } }',
      { c: [clause] },
      admin.token,
    );
    expect([refused.status, refused.codes]).toEqual([400, ['INVALID_INPUT']]);
    expect(tableCounts(t.sqlite)).toEqual(before);
  });

  it('the 12 clause levels a draft allows pass the guard', async () => {
    let clause: Record<string, unknown> = { number: '1', heading: 'Scope', clauses: [] };
    for (let level = 2; level <= 12; level += 1)
      clause = { number: String(level), heading: 'Scope', clauses: [clause] };
    const source = 'mutation($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { __typename } }';
    const answered = await query(source, { input: { draftId: 'RHJhZnQ6OTk5', clauses: [clause] } }, admin.token);
    // The draft does not exist: the request got as far as the verb.
    expect(answered.codes).toEqual(['NOT_FOUND']);
  });
});

describe('strings longer than their argument takes', () => {
  const count = '{ standards(filter: { text: $t }) { totalCount } }';

  it('a 50,000-character filter text is a 400, not an SQLite error; 500 characters are answered', async () => {
    const refused = await query(`query($t: String) ${count}`, { t: 'x'.repeat(50_000) });
    expect([refused.status, refused.codes]).toEqual([400, ['INVALID_INPUT']]);
    expect(refused.text).toMatch(/StandardFilter\.text.*at most 500 characters/u);
    const literal = await query(`{ standards(filter: { text: "${'x'.repeat(501)}" }) { totalCount } }`);
    expect([literal.status, literal.codes]).toEqual([400, ['INVALID_INPUT']]);
    const atLimit = await query(`query($t: String) ${count}`, { t: 'x'.repeat(TEXT_LIMITS['StandardFilter.text']!) });
    expect([atLimit.status, atLimit.data]).toEqual([200, { standards: { totalCount: 0 } }]);
  });

  it('every other string has the default cap, in arguments, lists and input objects alike', async () => {
    const long = 'x'.repeat(DEFAULT_TEXT_LIMIT + 1);
    for (const [source, variables] of [
      ['query($d: String!) { standard(designation: $d) { id } }', { d: long }],
      ['query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['U3RhbmRhcmQ6MQ==', long] }],
      [`{ search(query: "battery", after: "${'x'.repeat(CURSOR_LIMIT + 1)}") { edges { cursor } } }`, {}],
      ['query($k: [StandardKind!]) { standards(filter: { kinds: $k }) { totalCount } }', { k: [long] }],
    ] as const) {
      const refused = await query(source, variables);
      expect([refused.status, refused.codes], source).toEqual([400, ['INVALID_INPUT']]);
    }
    const designation = 'x'.repeat(DEFAULT_TEXT_LIMIT);
    expect((await query('query($d: String!) { standard(designation: $d) { id } }', { d: designation })).data).toEqual({
      standard: null,
    });
  });

  it(
    'long texts where the domain allows them: a clause text ' + 'of 200,000 characters passes, one more is refused',
    async () => {
      const source = 'mutation($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { __typename } }';
      const revision = (text: string) => ({
        input: { draftId: 'RHJhZnQ6OTk5', clauses: [{ number: '1', heading: 'Scope', text }] },
      });
      expect((await query(source, revision('x'.repeat(200_000)), admin.token)).codes).toEqual(['NOT_FOUND']);
      const refused = await query(source, revision('x'.repeat(200_001)), admin.token);
      expect([refused.status, refused.codes]).toEqual([400, ['INVALID_INPUT']]);
    },
  );

  it('the table of longer caps names only string arguments and input fields of the schema', () => {
    const coordinates = stringCoordinates(schema);
    expect(coordinates).toContain('Query.search(query:)');
    expect(Object.keys(TEXT_LIMITS).filter((coordinate) => !coordinates.includes(coordinate))).toEqual([]);
  });
});

describe('request bodies that are not UTF-8 text', () => {
  // `{"query":"mutation { createPerson(input: { name: \"A<middle>B\", email: … }) … }"}`
  const body = (middle: Buffer, over: string) =>
    Buffer.concat([
      Buffer.from('{"query":"mutation { createPerson(input: { name: \\"A'),
      middle,
      Buffer.from(`B\\", email: \\"bytes-${over}@example.org\\" }) { person { name } } }"}`),
    ]);

  it.each(['app', 'port'] as const)(
    'invalid UTF-8 inside a JSON string is a 400 and nothing is stored (%s)',
    async (over) => {
      const before = tableCounts(t.sqlite);
      const refused = await send(body(Buffer.from([0xff, 0xfe]), over), { token: admin.token, over });
      expect([refused.status, refused.codes]).toEqual([400, ['BAD_REQUEST']]);
      expect(refused.text).toMatch(/not UTF-8/u);
      expect(tableCounts(t.sqlite)).toEqual(before);
      // The same request in UTF-8 is answered.
      const valid = await send(body(Buffer.from('é'), over), { token: admin.token, over });
      expect(valid.data).toEqual({ createPerson: { person: { name: 'AéB' } } });
    },
  );

  it('a GET whose percent-escapes are not UTF-8 is a 400', async () => {
    const search = `?query=${encodeURIComponent(
      'query($d: String!) { standard(designation: ' + '$d) { id } }',
    )}&variables=%7B%22d%22%3A%22GB%FF%22%7D`;
    const response = await app.fetch(`http://registry.test/graphql${search}`, {
      headers: { accept: GQL_RESPONSE, [CSRF_HEADER]: '1' },
    });
    const refused = await answer(response);
    expect([refused.status, refused.codes]).toEqual([400, ['BAD_REQUEST']]);
  });

  it.each(['app', 'port'] as const)('malformed JSON is a 400 that does not echo the body (%s)', async (over) => {
    const refused = await send('{"query": "{ __typename }", "password": "hunter2', { over });
    expect([refused.status, refused.codes]).toEqual([400, ['BAD_REQUEST']]);
    expect(refused.text).not.toMatch(/hunter2|password/u);
  });
});

describe('NUL characters', () => {
  it('are refused in text a verb stores, naming the field; nothing is stored', async () => {
    const before = tableCounts(t.sqlite);
    const source = 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { name } } }';
    for (const input of [
      { name: 'Li\u0000Wei', email: 'nul@example.org' },
      { name: 'Li Wei', email: 'nul@example.org', organisation: 'CATARC\u0000' },
    ]) {
      const refused = await query(source, { input }, admin.token);
      expect(refused.codes).toEqual(['INVALID_INPUT']);
      expect(refused.text).toMatch(/NUL/u);
    }
    expect(tableCounts(t.sqlite)).toEqual(before);
  });
});
