import { getIntrospectionQuery, Kind, parse, print } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp, CSRF_HEADER, EXAMPLE_QUERY, type AppOptions } from '../../src/app.ts';
import { importRegistry } from '../../src/domain/interchange/importRegistry.ts';
import { DEFAULT_LIMITS } from '../../src/http/limits.ts';
import { createJsonLogger } from '../../src/http/logging.ts';
import { createTestDb, type TestDatabase } from '../support/db.ts';
import { loadSample, syntheticStandards } from '../support/fixtures.ts';
import { listen, ROOT } from './helpers.ts';

const GQL_RESPONSE = 'application/graphql-response+json';

interface Answer {
  status: number;
  text: string;
  json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
}

async function send(
  app: ReturnType<typeof createApp>,
  body: BodyInit,
  headers: Record<string, string> = {},
  method = 'POST',
): Promise<Answer> {
  const response = await app.fetch('http://registry.test/graphql', {
    method,
    headers: { 'content-type': 'application/json', accept: GQL_RESPONSE, ...headers },
    ...(method === 'GET' ? {} : { body }),
  });
  const text = await response.text();
  let json: Answer['json'];
  try {
    json = JSON.parse(text) as Answer['json'];
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}

const query = (app: ReturnType<typeof createApp>, source: string, variables?: Record<string, unknown>) =>
  send(app, JSON.stringify({ query: source, variables }));

const messages = (answer: Answer) => (answer.json?.errors ?? []).map((error) => error.message);

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
const appWith = (options: Partial<AppOptions> = {}) => createApp({ db: t.db, ...options });

beforeAll(() => {
  t = createTestDb();
  loadSample(t.db);
  importRegistry({ db: t.db, input: syntheticStandards(120) });
  app = appWith();
});

describe('the documented queries fit under the default limits', () => {
  // Every operation of every `graphql` block of the README and docs/, one request each (a block may
  // hold several, with placeholders such as "<draft>": those may fail on their IDs, never on a limit).
  const operationsOf = (markdown: string) =>
    [...markdown.matchAll(/```graphql\n([\s\S]*?)```/gu)].flatMap((match) =>
      parse(match[1] ?? '')
        .definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
        .map((operation) => print(operation)),
    );
  const readmeOperations = operationsOf(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  const pages = readdirSync(join(ROOT, 'docs')).filter((file) => file.endsWith('.md'));
  const documented = [
    ...readmeOperations,
    ...pages.flatMap((page) => operationsOf(readFileSync(join(ROOT, 'docs', page), 'utf8'))),
  ];
  const LIMIT_ERROR = /limit of \d+ exceeded|more than \d+ items|too large/iu;

  it('finds the README examples', () => expect(documented.length).toBeGreaterThanOrEqual(5));

  it.each([
    ...documented.map((q, i) => [`README operation ${i + 1}: ${q.slice(0, 60).replace(/\s+/gu, ' ')}`, q]),
    ['the GraphiQL example', EXAMPLE_QUERY],
  ])('%s', async (_name, source) => {
    const answer = await query(app, source);
    expect(answer.status).not.toBe(413);
    expect(messages(answer).filter((message) => LIMIT_ERROR.test(message))).toEqual([]);
  });

  // (Every answer in docs/, errors included, is checked by test/docs.examples.test.ts.)
  it('the README examples about the sample answer without any error', async () => {
    for (const source of readmeOperations
      .filter((q) => q.startsWith('{') || q.startsWith('query'))
      .filter((q) => !q.includes('<'))) {
      const answer = await query(app, source);
      expect([answer.status, answer.json?.errors]).toEqual([200, undefined]);
    }
  });

  it("GraphiQL's introspection query", async () => {
    const answer = await query(
      app,
      getIntrospectionQuery({
        descriptions: true,
        inputValueDeprecation: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
      }),
    );
    expect(answer.status).toBe(200);
    expect(answer.json?.errors).toBeUndefined();
  });
});

describe('query limits (graphql-armor) reject with 400 and say which limit', () => {
  const nested = (levels: number) =>
    `{ version(designation: "GB/T 31486-2015") { ` +
    `${'replacedBy { '.repeat(levels - 2)}designation${' }'.repeat(levels - 2)} } }`;
  const lookup = (fields: string) => `{ version(designation: "GB/T 31486-2015") { ${fields} } }`;
  const cases: [string, (n: number) => string, number, RegExp, string][] = [
    ['depth', nested, DEFAULT_LIMITS.depth, /^Query depth limit of 15 exceeded, found 16\./u, 'QUERY_TOO_DEEP'],
    [
      'aliases',
      (n) => lookup(Array.from({ length: n }, (_, i) => `a${i}: designation`).join(' ')),
      DEFAULT_LIMITS.aliases,
      /^Aliases limit of 30 exceeded/u,
      'QUERY_TOO_MANY_ALIASES',
    ],
    [
      'directives',
      (n) => lookup(Array.from({ length: n }, () => 'designation @include(if: true)').join(' ')),
      DEFAULT_LIMITS.directives,
      /^Directives limit of 20 exceeded/u,
      'QUERY_TOO_MANY_DIRECTIVES',
    ],
  ];
  it.each(cases)(
    '%s: at the limit answers, one more is refused with its own code',
    async (_name, build, limit, message, code) => {
      const atLimit = await query(app, build(limit));
      expect(atLimit.status, atLimit.text).toBe(200);
      expect(atLimit.json?.errors).toBeUndefined();
      const over = await query(app, build(limit + 1));
      expect(over.status).toBe(400);
      expect(over.json?.errors?.map((error) => error.extensions?.code)).toEqual([code]);
      expect(messages(over).join('\n')).toMatch(message);
    },
  );

  it('tokens: parsing stops past the limit (2,000 by default)', async () => {
    // `{ __typename … }` with n - 2 fields is n tokens. (graphql-js itself gives up comparing
    // thousands of identical fields, so "at the limit" is shown with a lower configured limit.)
    const document = (n: number) => `{ ${Array.from({ length: n - 2 }, () => '__typename').join(' ')} }`;
    const lower = appWith({ limits: { tokens: 300 } });
    expect((await query(lower, document(300))).status).toBe(200);
    expect(messages(await query(lower, document(301))).join()).toMatch(/Token limit of 300 exceeded/u);
    const over = await query(app, document(DEFAULT_LIMITS.tokens + 1));
    expect(over.status).toBe(400);
    expect(messages(over)).toEqual(['Token limit of 2000 exceeded.']);
    expect(over.json?.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_MANY_TOKENS');
  });

  it('cost: nested pages multiply (100 standards × 100 versions is refused; the README page is not)', async () => {
    const answer = await query(
      app,
      '{ standards(first: 100) { edges { node { versions(first: 100) { edges { node { designation } } } } } } }',
    );
    expect(answer.status).toBe(400);
    expect(messages(answer).join('\n')).toMatch(/^Query cost limit of 50000 exceeded, found \d+\./u);
    expect(answer.json?.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('lists of values given as input: at most 100 items, in the variables or in the query', async () => {
    const ids = (n: number) =>
      Array.from({ length: n }, (_, i) => Buffer.from(`Standard:${900_000 + i}`).toString('base64'));
    const nodes = 'query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    const accepted = await query(app, nodes, { ids: ids(DEFAULT_LIMITS.listValues) });
    expect(accepted.status).toBe(200);
    expect(accepted.json?.data).toEqual({ nodes: Array.from({ length: DEFAULT_LIMITS.listValues }, () => null) });
    const refused = await query(app, nodes, { ids: ids(DEFAULT_LIMITS.listValues + 1) });
    expect(refused.status).toBe(400);
    expect(refused.json?.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
    const literal = await query(app, `{ nodes(ids: ${JSON.stringify(ids(DEFAULT_LIMITS.listValues + 1))}) { id } }`);
    expect(literal.status).toBe(400);
    expect(messages(literal).join('\n')).toMatch(/more than 100 items/u);
  });

  it('lists of input objects (clause trees): at most 5,000 items', async () => {
    const clauses = (n: number) => Array.from({ length: n }, (_, i) => ({ number: String(i + 1), heading: 'Scope' }));
    expect((await query(app, '{ __typename }', { clauses: clauses(DEFAULT_LIMITS.listObjects) })).status).toBe(200);
    const refused = await query(app, '{ __typename }', { clauses: clauses(DEFAULT_LIMITS.listObjects + 1) });
    expect(refused.status).toBe(400);
    expect(refused.json?.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
  });

  it('pages: asking for more than 100 gives 100 and a next page', async () => {
    // As a variable: a literal `first: 5000` would already be refused by the cost limit.
    const answer = await query(
      app,
      'query Page($n: Int) { standards(first: $n) { edges { cursor } pageInfo { hasNextPage } } }',
      { n: 5_000 },
    );
    const page = (answer.json!.data as { standards: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } })
      .standards;
    expect(page.edges).toHaveLength(100);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });
});

describe('request bodies', () => {
  const padded = (bytes: number) => {
    const shell = JSON.stringify({ query: '{ __typename }', variables: { pad: '' } });
    return JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(bytes - shell.length) } });
  };

  it('a body of exactly the limit is answered; one byte more gets 413', async () => {
    expect((await send(app, padded(DEFAULT_LIMITS.bodyBytes))).status).toBe(200);
    const over = await send(app, padded(DEFAULT_LIMITS.bodyBytes + 1));
    expect(over.status).toBe(413);
    expect(over.json?.errors?.[0]?.extensions?.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('a streamed body without Content-Length is cut at the limit with 413 (real port)', async () => {
    const server = await listen({ db: t.db });
    try {
      const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent > 4 * DEFAULT_LIMITS.bodyBytes) return controller.close();
          sent += chunk.length;
          controller.enqueue(chunk);
        },
      });
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
    } finally {
      await server.close();
    }
  });

  it.each([
    ['truncated JSON', '{"query": "{ __typename }"'],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])],
    ['an empty body', ''],
  ])('%s gets 400', async (_name, body) => {
    expect((await send(app, body as BodyInit)).status).toBe(400);
  });

  it('a GET whose variables are not JSON gets 400 (Yoga alone answers 500)', async () => {
    const search = `?query=${encodeURIComponent(
      'query Q($d: String!) { standard(designation: ' + '$d) { id } }',
    )}&variables=${encodeURIComponent('{')}`;
    const response = await app.fetch(`http://registry.test/graphql${search}`, {
      headers: { accept: GQL_RESPONSE, [CSRF_HEADER]: '1' },
    });
    expect(response.status).toBe(400);
  });
});

describe('errors', () => {
  const savedEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = savedEnv;
  });

  it('an unexpected error is masked, even with NODE_ENV=development: no stack, SQL or path', async () => {
    process.env.NODE_ENV = 'development';
    const broken = createTestDb();
    const lines: string[] = [];
    const brokenApp = createApp({ db: broken.db, logger: createJsonLogger({ sink: (line) => lines.push(line) }) });
    broken.close();
    const answer = await query(brokenApp, '{ standards(first: 1) { totalCount } }');
    expect(answer.status).toBeLessThan(600);
    expect(messages(answer)).toContain('Unexpected error.');
    expect(answer.text).not.toMatch(
      /stack|originalError|SqliteError|TypeError|SELECT|select|\/work|node_modules|\.ts:\d|connection is not open/u,
    );
    // The operator still sees what happened, tied to the request.
    const logged = lines.map((line) => JSON.parse(line) as { level: string; requestId?: string; error?: unknown });
    expect(
      logged.some(
        (entry) => entry.level === 'error' && entry.requestId && JSON.stringify(entry.error).includes('not open'),
      ),
    ).toBe(true);
  });

  it('a plugin that throws before Yoga runs answers 500 "Unexpected error.", not its stack trace', async () => {
    const thrower = {
      onRequest: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    };
    const throwing = appWith({ plugins: [thrower], logger: createJsonLogger({ level: 'silent' }) });
    const answer = await query(throwing, '{ __typename }');
    expect(answer.status).toBe(500);
    expect(answer.json).toEqual({
      errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(answer.text).not.toMatch(/RangeError|\bat |\.ts:\d/u);
  });

  it('variables that do not fit their types get 400 INVALID_INPUT, and nothing is logged as unexpected', async () => {
    const lines: string[] = [];
    const logged = appWith({ logger: createJsonLogger({ sink: (line) => lines.push(line) }) });
    const search = 'query($q: String!, $first: Int) { search(query: $q, first: $first) { edges { node { score } } } }';
    for (const variables of [{ q: 'battery', first: 2 ** 31 }, { q: 5 }, {}, { q: null }]) {
      const answer = await query(logged, search, variables);
      expect(answer.status, JSON.stringify(variables)).toBe(400);
      expect(
        answer.json?.errors?.map((error) => error.extensions?.code),
        JSON.stringify(variables),
      ).toEqual(['INVALID_INPUT']);
    }
    expect(lines.filter((line) => line.includes('"level":"error"'))).toEqual([]);
  });

  it('field suggestions are given in development and hidden in production', async () => {
    const typo = '{ standardz(designation: "x") { id } }';
    expect(messages(await query(app, typo)).join()).toMatch(/Did you mean/u);
    const hidden = messages(await query(appWith({ production: true }), typo)).join();
    expect(hidden).toMatch(/Cannot query field "standardz"/u);
    expect(hidden).not.toMatch(/Did you mean|"standard"/u);
  });
});

describe('CSRF prevention', () => {
  const get = (headers: Record<string, string>) => send(app, '', headers, 'GET');
  it('refuses a GET without the header and answers it with the header', async () => {
    const url = `?query=${encodeURIComponent('{ __typename }')}`;
    const plain = await app.fetch(`http://registry.test/graphql${url}`, { headers: { accept: GQL_RESPONSE } });
    expect(plain.status).toBe(403);
    const withHeader = await app.fetch(`http://registry.test/graphql${url}`, {
      headers: { accept: GQL_RESPONSE, [CSRF_HEADER]: '1' },
    });
    expect(withHeader.status).toBe(200);
  });

  it('refuses the POSTs a browser form can send (text/plain, form-encoded) and accepts JSON', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    expect((await send(app, body, { 'content-type': 'text/plain' })).status).toBe(403);
    expect(
      (
        await send(app, `query=${encodeURIComponent('{ __typename }')}`, {
          'content-type': 'application/x-www-form-urlencoded',
        })
      ).status,
    ).toBe(403);
    expect((await send(app, body)).status).toBe(200);
  });

  it('still serves GraphiQL to a browser', async () => {
    const page = await get({ accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<html/iu);
  });
});
