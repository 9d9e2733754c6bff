import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import type { OpenedDatabase } from '../../src/db/client.ts';
import { integrityCheck } from '../../src/db/status.ts';
import { createJsonLogger } from '../../src/http/logging.ts';
import { schema } from '../../src/graphql/schema.ts';
import { hostileRequests, type HostileRequest } from './fixtures/hostile.ts';
import { dataSnapshot, ROOT, seededDatabase, seededRandom, startRealServer, tempDir } from './helpers.ts';

// At least 1,000 generated hostile requests through the app, a smaller sample over a real port and
// raw garbage on the socket. Whatever arrives: never a 5xx, nothing leaks, the server keeps
// answering, the database stays intact and unchanged. FUZZ_SEED replays a run.

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_129);
const IN_PROCESS = 1_000;
const OVER_PORT = 100;
const RAW_SOCKET = 20;

// What must never reach a caller: stack frames, source paths, SQLite or Drizzle internals.
const LEAKS = [
  /\bat \S+ \(/u,
  /node_modules/u,
  /\.(ts|js):\d+/u,
  /SqliteError|SQLITE_[A-Z]/u,
  /Failed query|params:/u,
  new RegExp(ROOT.replace(/[/.]/gu, '\\$&'), 'u'),
];

let folder: ReturnType<typeof tempDir>;
let database: OpenedDatabase;
let before: ReturnType<typeof dataSnapshot>;
const random = seededRandom(SEED);
// Log lines are kept, not printed: a refused request is not news, and some carry megabytes.
const logLines: string[] = [];
const logger = createJsonLogger({ level: 'warn', sink: (line) => void logLines.push(line) });
const next = hostileRequests(schema, random);

/** Some requests also carry a hostile bearer token (never a valid one: the fuzz is anonymous). */
function withCredentials(request: HostileRequest): HostileRequest {
  if (random() > 0.15) return request;
  const token = ['vsr_', `vsr_${'A'.repeat(5_000)}`, "' OR 1=1 --", '', 'vsr_\u0000'][Math.floor(random() * 5)];
  return { ...request, headers: { ...request.headers, authorization: `Bearer ${token}` } };
}

interface Outcome {
  kind: string;
  status: number;
  text: string;
}

function problems(outcomes: Outcome[]): string[] {
  return outcomes.flatMap(({ kind, status, text }) => {
    const found: string[] = [];
    if (status >= 500) found.push(`${kind}: status ${status}`);
    for (const leak of LEAKS) if (leak.test(text)) found.push(`${kind}: leaks ${leak} in ${text.slice(0, 200)}`);
    if (/INTERNAL_SERVER_ERROR|Unexpected error/u.test(text))
      found.push(`${kind}: an unexpected error (masked) in ${text.slice(0, 200)}`);
    return found;
  });
}

beforeAll(() => {
  folder = tempDir('fuzz');
  database = seededDatabase(`${folder.dir}/registry.db`);
  before = dataSnapshot(database);
});
afterAll(() => {
  database.close();
  folder.remove();
});

describe(`fuzz (seed ${SEED})`, () => {
  it(`${IN_PROCESS} hostile requests through the app: no 5xx, no leak, no unexpected error`, {
    timeout: 180_000,
  }, async () => {
    const app = createApp({ db: database.db, production: true, logger });
    const outcomes: Outcome[] = [];
    for (let i = 0; i < IN_PROCESS; i += 1) {
      const request = withCredentials(next());
      const response = await app.fetch(`http://registry.test/graphql${request.search ?? ''}`, {
        method: request.method,
        headers: request.headers,
        ...(request.body !== undefined && request.method !== 'GET' ? { body: request.body } : {}),
      });
      outcomes.push({ kind: request.kind, status: response.status, text: await response.text() });
    }
    expect(problems(outcomes)).toEqual([]);
    // The mix really was hostile: most requests were refused, in several ways.
    expect(new Set(outcomes.map((o) => o.status)).size).toBeGreaterThanOrEqual(4);
  });

  it(`${OVER_PORT} over a real port (the real server) and ${RAW_SOCKET} raw garbage connections; it keeps answering`, {
    timeout: 180_000,
  }, async () => {
    const server = await startRealServer(`${folder.dir}/registry.db`, { logger });
    try {
      const outcomes: Outcome[] = [];
      for (let i = 0; i < OVER_PORT; i += 1) {
        const request = withCredentials(next());
        let response: Response;
        try {
          response = await fetch(`${server.url}${request.search ?? ''}`, {
            method: request.method,
            headers: request.headers,
            ...(request.body !== undefined && request.method !== 'GET' ? { body: request.body } : {}),
          });
        } catch (error) {
          // Node's fetch refuses to send some of them (a NUL in a header); the app-level run covers those.
          if (error instanceof TypeError && /header/iu.test(error.message)) continue;
          throw error;
        }
        outcomes.push({ kind: request.kind, status: response.status, text: await response.text() });
      }
      for (let i = 0; i < RAW_SOCKET; i += 1) outcomes.push(await rawGarbage(server.origin, i));
      expect(problems(outcomes)).toEqual([]);

      const health = await fetch(`${server.origin}/health`);
      expect(health.status).toBe(200);
      const answer = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ standard(designation: "GB/T 31486") { versions { totalCount } } }' }),
      });
      expect(await answer.json()).toEqual({ data: { standard: { versions: { totalCount: 2 } } } });
    } finally {
      await server.close();
    }
  });

  it('leaves the database intact and unchanged', () => {
    expect(integrityCheck(database.sqlite)).toBe('ok');
    expect(dataSnapshot(database)).toEqual(before);
  });
});

/** Writes bytes that are not HTTP (or barely) on a socket and reads whatever comes back. */
function rawGarbage(origin: string, i: number): Promise<Outcome> {
  const { hostname, port } = new URL(origin);
  const payloads = [
    Buffer.from(Array.from({ length: 512 }, () => Math.floor(random() * 256))),
    Buffer.from(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n{}`),
    Buffer.from(`POST /graphql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\nzz\r\n`),
    Buffer.from(`GET /graphql HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`),
    Buffer.from(
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n{"query":`,
    ),
  ];
  const payload = payloads[i % payloads.length] as Buffer;
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let text = '';
    const done = () => {
      socket.destroy();
      const status = Number(/^HTTP\/1\.[01] (\d{3})/u.exec(text)?.[1] ?? 0);
      resolve({ kind: `raw socket ${i % payloads.length}`, status, text });
    };
    socket.setTimeout(1_000, done);
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    socket.on('error', done);
    socket.on('close', done);
    socket.write(payload, () => socket.end());
  });
}
