import { existsSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { ConfigError, readConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/client.ts';
import { createUserFromCli } from '../../src/domain/accounts/createUserFromCli.ts';
import { createServiceState } from '../../src/http/health.ts';
import { batchedSink, createJsonLogger, redact } from '../../src/http/logging.ts';
import { createTestDb, type TestDatabase } from '../support/db.ts';
import { loadSample } from '../support/fixtures.ts';
import { collectingLogger } from '../support/logs.ts';
import { finished, sleep, spawnTs, tempDir } from './helpers.ts';

let t: TestDatabase;
beforeAll(() => {
  t = createTestDb();
  loadSample(t.db);
});
afterAll(() => t.close());

const post = (app: ReturnType<typeof createApp>, body: unknown, headers: Record<string, string> = {}) =>
  app.fetch('http://registry.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('/health and /ready', () => {
  it('/health answers 200 while the process runs', async () => {
    expect((await createApp({ db: t.db }).fetch('http://registry.test/health')).status).toBe(200);
  });

  it('/ready answers 200 when migrated, 503 while draining', async () => {
    const state = createServiceState();
    const log = collectingLogger();
    const app = createApp({ db: t.db, state, logger: log.logger });
    const ready = await app.fetch('http://registry.test/ready');
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
    state.draining = true;
    const draining = await app.fetch('http://registry.test/ready');
    expect([draining.status, await draining.json()]).toEqual([503, { status: 'draining' }]);
    // A probe logs at debug level, but a 5xx answer is an error line for operators.
    expect(log.entries()).toMatchObject([{ level: 'error', message: 'request', path: '/ready', status: 503 }]);
  });

  it('/ready answers 503 on a database without its migrations, newer than the build, or closed', async () => {
    const { logger, entries } = collectingLogger();
    const bare = openDatabase({ file: ':memory:', migrate: false });
    expect((await createApp({ db: bare.db, logger }).fetch('http://registry.test/ready')).status).toBe(503);
    bare.close();
    const newer = createTestDb();
    newer.sqlite
      .prepare(`INSERT INTO __drizzle_migrations (hash, created_at, name) VALUES ('x', 1, '21000101000000_future')`)
      .run();
    const answer = await createApp({ db: newer.db, logger }).fetch('http://registry.test/ready');
    expect([answer.status, await answer.json()]).toEqual([503, { status: 'schema-newer-than-build', unknown: 1 }]);
    newer.close();
    const closed = createTestDb();
    const app = createApp({ db: closed.db, logger });
    closed.close();
    const unreachable = await app.fetch('http://registry.test/ready');
    expect([unreachable.status, await unreachable.json()]).toEqual([503, { status: 'database-unreachable' }]);
    expect(entries()).toMatchObject(Array(3).fill({ level: 'error', path: '/ready', status: 503 }));
  });
});

describe('/metrics', () => {
  it('exports request rate, latency by operation, errors by code and the database size (Prometheus text)', async () => {
    const app = createApp({ db: t.db });
    await post(app, {
      query: 'query Lookup { standard(designation: "GB 38031") { designation } }',
      operationName: 'Lookup',
    });
    await post(app, {
      query: 'query BadDate { version(designation: "GB/T 31486-2015") { status(on: "2025-02-30") } }',
    });
    await app.fetch('http://registry.test/health');
    const response = await app.fetch('http://registry.test/metrics');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/u);
    const text = await response.text();
    expect(text).toContain('registry_http_requests_total{route="graphql",method="POST",status="200"} 2');
    expect(text).toContain('registry_http_requests_total{route="health",method="GET",status="200"} 1');
    expect(text).toMatch(
      /registry_http_request_duration_seconds_count\{route="graphql",operation="Lookup",type="query"\} 1/u,
    );
    expect(text).toContain('registry_graphql_errors_total{operation="BadDate",code="INVALID_INPUT"} 1');
    expect(Number(/registry_database_size_bytes\{file="main"\} (\d+)/u.exec(text)?.[1])).toBeGreaterThan(0);
  });

  it('keeps the number of operation labels bounded whatever names callers invent', async () => {
    const app = createApp({ db: t.db });
    for (let i = 0; i < 230; i += 1) await post(app, { query: `query Invented${i} { __typename }` });
    const text = await (await app.fetch('http://registry.test/metrics')).text();
    const operations = new Set(
      [...text.matchAll(/registry_http_request_duration_seconds_count\{[^}]*operation="([^"]*)"/gu)].map((m) => m[1]),
    );
    expect(operations.size).toBeLessThanOrEqual(201);
    expect(operations.has('other')).toBe(true);
  });
});

describe('structured logs', () => {
  it('one JSON line per request with request id, operation and viewer; never the token or a password', async () => {
    const admin = createUserFromCli({
      db: t.db,
      input: { name: 'Logged Admin', email: 'logged@example.org', organisation: null, isAdmin: true },
    });
    const lines: string[] = [];
    const app = createApp({
      db: t.db,
      logger: createJsonLogger({ level: 'info', sink: (line) => void lines.push(line) }),
    });
    const response = await post(
      app,
      { query: 'query WhoAmI { viewer { name } }', variables: { password: 'hunter2-secret' } },
      { authorization: `Bearer ${admin.secret}`, 'x-request-id': 'req-42' },
    );
    expect(response.headers.get('x-request-id')).toBe('req-42');
    const anonymous = await post(app, { query: '{ __typename }' }, { 'x-request-id': 'bad id\n{"level":"error"}' });
    expect(anonymous.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/u); // an unsafe id is replaced

    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries[0]).toMatchObject({
      level: 'info',
      message: 'request',
      requestId: 'req-42',
      operation: 'WhoAmI',
      operationType: 'query',
      viewer: String(admin.personId),
      status: 200,
      method: 'POST',
      path: '/graphql',
    });
    expect(entries[1]).toMatchObject({
      requestId: anonymous.headers.get('x-request-id'),
      viewer: null,
      operation: 'anonymous',
    });
    const all = lines.join('\n');
    expect(all).not.toContain(admin.secret);
    expect(all).not.toContain('hunter2-secret');
  });

  it('writes the lines of one turn of the event loop with one write, in order; an error line at once', async () => {
    const writes: string[] = [];
    const logger = createJsonLogger({ level: 'info', sink: batchedSink((text) => writes.push(text)) });
    const messages = (text: string) =>
      text
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as { message: string }).message);
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    logger.write('info', 'one');
    logger.write('debug', 'below the level');
    logger.write('info', 'two');
    expect(writes).toEqual([]);
    await turn();
    expect(writes.map(messages)).toEqual([['one', 'two']]);
    logger.write('info', 'three');
    logger.write('error', 'four');
    expect(writes.map(messages)).toEqual([
      ['one', 'two'],
      ['three', 'four'],
    ]); // not held back: it may precede a crash
    await turn();
    expect(writes).toHaveLength(2); // nothing pending, no empty write
  });

  it('redacts bearer tokens, bound SQL parameters and secret-looking values from error texts', () => {
    expect(redact('Failed query: select * from api_tokens where hash = ?\nparams: 5f2c9a')).toBe(
      'Failed query: select * from api_tokens where hash = ?\nparams: [redacted]',
    );
    expect(redact('header Authorization: Bearer vsr_abc123')).not.toContain('vsr_abc123');
    expect(redact('{"password":"hunter2","name":"x"}')).toBe('{"password":"[redacted]","name":"x"}');
  });
});

describe('configuration', () => {
  it('has documented defaults', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      graphiql: true,
      production: false,
      logLevel: 'info',
      shutdownTimeoutMs: 10_000,
      searchThreads: 1,
      searchQueue: 64,
    });
    expect(config.limits).toEqual({
      depth: 15,
      aliases: 30,
      tokens: 2_000,
      directives: 20,
      cost: 50_000,
      searches: 5,
      listValues: 100,
      listObjects: 5_000,
      bodyBytes: 4_194_304,
    });
  });

  it('names every bad variable in one message', () => {
    const bad = {
      PORT: '80a',
      GRAPHIQL: 'yes',
      LOG_LEVEL: 'loud',
      QUERY_MAX_DEPTH: '0',
      MAX_BODY_BYTES: '-1',
      SHUTDOWN_TIMEOUT_MS: '1e3',
      SEARCH_THREADS: '17',
      SEARCH_QUEUE: '-1',
    };
    expect(() => readConfig(bad)).toThrow(ConfigError);
    try {
      readConfig(bad);
    } catch (error) {
      for (const name of Object.keys(bad)) expect((error as Error).message).toContain(`${name} must be`);
    }
  });

  it('the server refuses to start on a bad value, exit code 2', { timeout: 30_000 }, async () => {
    const run = await finished(spawnTs('src/server.ts', [], { PORT: 'eighty', REGISTRY_DB: ':memory:' }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('PORT must be a whole number from 0 to 65535; got "eighty".');
  });
});

/** GET on a fresh connection: its status, or `refused` when the server no longer accepts connections. */
function newConnection(url: string): Promise<string> {
  return new Promise((resolve) => {
    const request = httpGet(url, { agent: false }, (response) => {
      response.resume();
      resolve(String(response.statusCode));
    });
    request.on('error', () => resolve('refused'));
  });
}

describe('graceful shutdown on SIGTERM', () => {
  it('finishes the request in flight, cuts an open event stream, closes the database and exits 0 within the bound', {
    timeout: 30_000,
  }, async () => {
    const folder = tempDir('shutdown');
    const dbFile = `${folder.dir}/registry.db`;
    // A long drain bound: exiting well before it shows the open stream was not waited for.
    const server = spawnTs('test/hardening/fixtures/slow-server.ts', [], {
      REGISTRY_DB: dbFile,
      PORT: '0',
      SHUTDOWN_TIMEOUT_MS: '20000',
      LOG_LEVEL: 'info',
      SLOW_MS: '800',
    });
    const exit = finished(server);
    let output = '';
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      while (!output.includes('"serving')) await sleep(25);
      const url = /"url":"([^"]+)"/u.exec(output)?.[1] as string;
      const origin = url.replace(/\/graphql$/u, '');

      const stream = await fetch(`${origin}/test/stream`);
      const reader = stream.body!.getReader();
      await reader.read(); // the stream is open
      const slow = fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query Slow { standards { totalCount } }' }),
      });
      while (!output.includes('slow operation started')) await sleep(10);

      const signalled = Date.now();
      server.kill('SIGTERM');
      while (!output.includes('shutting down')) await sleep(10);
      expect(await newConnection(`${origin}/ready`)).toMatch(/^(refused|503)$/u); // no new work while draining
      const answered = await slow;
      expect(answered.status).toBe(200);
      expect(await answered.json()).toEqual({ data: { standards: { totalCount: 10 } } });
      // The stream ends (cut), rather than keeping the process alive.
      let ended = false;
      while (!ended)
        ended = await reader.read().then(
          (chunk) => chunk.done,
          () => true,
        );
      const result = await exit;
      expect(result.code).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(10_000); // the slow request (0.8 s), not the 20 s bound
      expect(output).toMatch(/shutting down: draining[\s\S]*"stopped"/u);
      expect(existsSync(`${dbFile}-wal`)).toBe(false); // closed cleanly: the WAL was checkpointed and removed
    } finally {
      server.kill('SIGKILL');
      folder.remove();
    }
  });
});
