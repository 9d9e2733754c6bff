import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plugin } from 'graphql-yoga';
import { createApp, GRAPHQL_PATH } from '../src/app.ts';
import { createNodeHandler } from '../src/http/node-handler.ts';
import { createJsonLogger } from '../src/http/logging.ts';
import { createTestDb, type TestDatabase } from './support/db.ts';
import { loadSample } from './support/fixtures.ts';

// How requests reach Yoga in the server (src/http/node-handler.ts) and the cache's early hit path
// (src/http/response-cache.ts) must not change any answer: the same requests are sent to a server
// that hands Yoga the raw request and to one that goes through the node handler, and every status,
// content type and body must be the same.

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function send(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string | Buffer | Buffer[],
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const length =
      typeof body === 'string' || Buffer.isBuffer(body) ? { 'content-length': String(Buffer.byteLength(body)) } : {};
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: { ...length, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode!,
          headers: res.headers as Record<string, string>,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    if (Array.isArray(body))
      for (const chunk of body) req.write(chunk); // chunked: no Content-Length
    else if (body !== undefined) req.write(body);
    req.end();
  });
}

let database: TestDatabase;
const servers: Server[] = [];
const ports = { plain: 0, handled: 0 };
const paramsSeen = { plain: 0, handled: 0 };

async function listen(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<number> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  database = createTestDb();
  loadSample(database.db);
  const appFor = (which: keyof typeof paramsSeen) => {
    const spy: Plugin = {
      onParams: () => {
        paramsSeen[which] += 1;
      },
    };
    return createApp({
      db: database.db,
      responseCache: true,
      plugins: [spy],
      logger: createJsonLogger({ level: 'silent' }),
      limits: { bodyBytes: 4096 },
    });
  };
  const plain = appFor('plain');
  const handled = appFor('handled');
  ports.plain = await listen((request, response) => void plain(request, response));
  ports.handled = await listen(createNodeHandler(handled, { path: GRAPHQL_PATH, bodyLimit: 4096 }));
});
afterAll(() => {
  for (const server of servers) server.close();
  database.close();
});

const JSON_POST = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
const lookup = JSON.stringify({
  query: 'query L($d: String!) { standard(designation: $d) { designation title { en } } }',
  variables: { d: 'UN R155' },
});

const cases: [string, string, string, Record<string, string>, (string | Buffer | Buffer[])?][] = [
  ['a query', 'POST', GRAPHQL_PATH, JSON_POST, lookup],
  ['the same query again (a cache hit)', 'POST', GRAPHQL_PATH, JSON_POST, lookup],
  ['a hit asking for plain JSON', 'POST', GRAPHQL_PATH, { ...JSON_POST, accept: 'application/json' }, lookup],
  ['a hit with no Accept header', 'POST', GRAPHQL_PATH, { 'content-type': 'application/json' }, lookup],
  ['a hit accepting anything', 'POST', GRAPHQL_PATH, { ...JSON_POST, accept: '*/*' }, lookup],
  ['a hit asking for an event stream', 'POST', GRAPHQL_PATH, { ...JSON_POST, accept: 'text/event-stream' }, lookup],
  [
    'a query with an error',
    'POST',
    GRAPHQL_PATH,
    JSON_POST,
    JSON.stringify({ query: '{ standard(designation: 1) { id } }' }),
  ],
  ['invalid JSON', 'POST', GRAPHQL_PATH, JSON_POST, '{"query": '],
  [
    'invalid UTF-8 in a JSON body',
    'POST',
    GRAPHQL_PATH,
    JSON_POST,
    Buffer.concat([
      Buffer.from('{"query":"{ __typename }","operationName":"'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}'),
    ]),
  ],
  ['an empty object', 'POST', GRAPHQL_PATH, JSON_POST, '{}'],
  ['a batch (array)', 'POST', GRAPHQL_PATH, JSON_POST, JSON.stringify([{ query: '{ __typename }' }])],
  ['a JSON string', 'POST', GRAPHQL_PATH, JSON_POST, '"{ __typename }"'],
  ['a query that is not a string', 'POST', GRAPHQL_PATH, JSON_POST, JSON.stringify({ query: 42 })],
  [
    'extensions',
    'POST',
    GRAPHQL_PATH,
    JSON_POST,
    JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1 } } }),
  ],
  ['a mutation', 'POST', GRAPHQL_PATH, JSON_POST, JSON.stringify({ query: 'mutation { __typename }' })],
  [
    'a body over the limit',
    'POST',
    GRAPHQL_PATH,
    JSON_POST,
    JSON.stringify({ query: `{ __typename } #${'x'.repeat(5000)}` }),
  ],
  ['a chunked body', 'POST', GRAPHQL_PATH, JSON_POST, [Buffer.from('{"query":'), Buffer.from('"{ __typename }"}')]],
  [
    'a form post',
    'POST',
    GRAPHQL_PATH,
    { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    'query=%7B__typename%7D',
  ],
  [
    'GraphQL text',
    'POST',
    GRAPHQL_PATH,
    { 'content-type': 'application/graphql', accept: 'application/json' },
    '{ __typename }',
  ],
  [
    'a GET',
    'GET',
    `${GRAPHQL_PATH}?query=${encodeURIComponent('{ __typename }')}`,
    { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
  ],
  ['JSON to another path', 'POST', '/elsewhere', JSON_POST, lookup],
  ['a query string on the endpoint', 'POST', `${GRAPHQL_PATH}?x=1`, JSON_POST, lookup],
  // Content types Yoga does not parse as JSON stay refused (415), cached answer or not.
  [
    'a cached query sent as another +json type',
    'POST',
    GRAPHQL_PATH,
    { ...JSON_POST, 'content-type': 'application/vnd.example+json' },
    lookup,
  ],
  [
    'a cached query sent as application/graphql-response+json',
    'POST',
    GRAPHQL_PATH,
    { ...JSON_POST, 'content-type': 'application/graphql-response+json' },
    lookup,
  ],
  [
    'a cached query with an upper-case content type',
    'POST',
    GRAPHQL_PATH,
    { ...JSON_POST, 'content-type': 'Application/JSON' },
    lookup,
  ],
];

const comparable = (answer: Answer) => ({
  status: answer.status,
  cacheControl: answer.headers['cache-control'],
  contentType: answer.headers['content-type'],
  etag: answer.headers.etag !== undefined,
  body: answer.body,
});

describe('the node handler in front of Yoga', () => {
  it('gives every request the same answer as Yoga alone', async () => {
    for (const [name, method, path, headers, body] of cases) {
      const plain = await send(ports.plain, method, path, headers, body);
      const handled = await send(ports.handled, method, path, headers, body);
      expect(comparable(handled), name).toEqual(comparable(plain));
    }
  });

  it(
    'answers cache hits of parsed JSON POSTs before Yoga parses ' +
      'them, with the same ETag and a 304 on revalidation',
    async () => {
      const before = { ...paramsSeen };
      const handled = await send(ports.handled, 'POST', GRAPHQL_PATH, JSON_POST, lookup);
      const plain = await send(ports.plain, 'POST', GRAPHQL_PATH, JSON_POST, lookup);
      expect(paramsSeen.handled).toBe(before.handled); // the early path: Yoga never read the parameters
      expect(paramsSeen.plain).toBe(before.plain + 1);
      expect(handled.headers.etag).toBe(plain.headers.etag);
      expect(handled.headers['cache-control']).toBe('no-cache');
      expect(handled.headers.vary).toBe('Accept, Authorization, Cookie');
      expect(handled.headers['x-request-id']).toBeDefined();
      const revalidated = await send(
        ports.handled,
        'POST',
        GRAPHQL_PATH,
        { ...JSON_POST, 'if-none-match': handled.headers.etag! },
        lookup,
      );
      expect(revalidated.status).toBe(304);
    },
  );

  it('never answers a request with an Authorization header from the cache', async () => {
    const before = paramsSeen.handled;
    const signedIn = await send(
      ports.handled,
      'POST',
      GRAPHQL_PATH,
      { ...JSON_POST, authorization: 'Bearer nonsense' },
      lookup,
    );
    expect(signedIn.status).toBe(401);
    expect(paramsSeen.handled).toBe(before + 1);
  });
});
