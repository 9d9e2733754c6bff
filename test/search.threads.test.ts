import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { openDatabase, type OpenedDatabase } from '../src/db/client.ts';
import { SearchReaderBusy, threadedSearchReader, type SearchReader } from '../src/db/search-readers.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { graphql } from './gql/index.ts';
import type { ThreadedSearchQueryVariables } from './gql/graphql.ts';
import { loadSample } from './support/fixtures.ts';
import { collectingLogger } from './support/logs.ts';
import { appFor, execute } from './support/http.ts';
import { batterySafetyFile } from './support/search-fixtures.ts';
import { startRealServer } from './hardening/helpers.ts';

// The server ranks searches on worker threads with read-only connections (db/search-readers.ts);
// every other test ranks on the calling thread. Both must give the same answers.

const ThreadedSearch = graphql(`
  query ThreadedSearch($query: String!, $on: Date, $first: Int, $after: String) {
    search(query: $query, on: $on, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { kind score standard { designation } version { designation } clause { number } applies snippet {
        field parts { text match } } } }
    }
  }
`);

let dir: string;
let database: OpenedDatabase;
let reader: SearchReader;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registry-search-threads-'));
  database = openDatabase({ file: join(dir, 'registry.db') });
  loadSample(database.db);
  importRegistry({ db: database.db, input: batterySafetyFile() });
  reader = threadedSearchReader({ file: join(dir, 'registry.db'), threads: 2, maxQueued: 64 });
});

afterEach(async () => {
  await reader.close();
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('search on worker threads', () => {
  it('answers every query, page by page, as a search on the calling thread does', async () => {
    let ranked = 0;
    const counting: SearchReader = {
      ...reader,
      all: (query) => {
        ranked += 1;
        return reader.all(query);
      },
    };
    const threaded = createApp({ db: database.db, searchReader: counting });
    const inThread = appFor(database.db);
    const queries = [
      '动力蓄电池',
      '热失控',
      'thermal runaway',
      'battery',
      'GB 38031',
      'GB/T',
      '"unbalanced (',
      'NEAR AND *',
      'zzzz-no-such-word',
      '*** ((( ""',
    ];
    const found = new Set<string>();
    let pages = 0;
    for (const query of queries) {
      let after: string | null | undefined = null;
      for (let page = 0; page < 3; page += 1) {
        const variables: ThreadedSearchQueryVariables = { query, on: '2025-06-01', first: 2, after };
        const [a, b] = await Promise.all([
          execute(threaded, ThreadedSearch, variables),
          execute(inThread, ThreadedSearch, variables),
        ]);
        pages += 1;
        expect(a.errors).toBeUndefined();
        expect(a.data).toEqual(b.data);
        if (a.data!.search.edges.length > 0) found.add(query);
        after = a.data!.search.pageInfo.endCursor;
        if (!a.data!.search.pageInfo.hasNextPage) break;
      }
    }
    expect([...found].sort()).toEqual(['GB 38031', 'GB/T', 'battery', '动力蓄电池', '热失控'].sort());
    // Every page was ranked by the threads, except the query of symbols only, which never reaches the index.
    expect(ranked).toBe(pages - 1);
  });

  it('sees what the server committed since its threads started', async () => {
    const threaded = createApp({ db: database.db, searchReader: reader });
    const find = async () =>
      (await execute(threaded, ThreadedSearch, { query: 'hydrogen dispenser' })).data!.search.edges;
    expect(await find()).toEqual([]);
    database.sqlite
      .prepare(`UPDATE standards SET title_en = 'Hydrogen dispenser safety' WHERE designation = 'GB 38031'`)
      .run();
    expect((await find()).map((e) => e.node.standard.designation)).toEqual(['GB 38031']);
  });

  it(
    'runs statements in arrival order; closing lets the running ones finish, drops the queued ones, then refuses ' +
      'new ones',
    async () => {
      const battery = sql`SELECT count(*) AS n FROM search_index WHERE search_index MATCH '"battery"'`;
      const single = threadedSearchReader({ file: join(dir, 'registry.db'), threads: 1, maxQueued: 64 });
      const order: number[] = [];
      const first = await Promise.all(
        [0, 1, 2, 3, 4].map((k) =>
          single.all<{ n: number }>(battery).then((rows) => {
            order.push(k);
            return rows[0]!.n;
          }),
        ),
      );
      await single.close();
      expect(order).toEqual([0, 1, 2, 3, 4]);
      expect(new Set(first).size).toBe(1);
      expect(first[0]).toBeGreaterThan(0);

      // `reader` has two threads: the first two statements start at once, the other four wait.
      const count = () => reader.all<{ n: number }>(battery).then((rows) => rows[0]!.n);
      const pending = Array.from({ length: 6 }, () =>
        count().then(
          (n) => ({ n }),
          (error: Error) => ({ error: error.message }),
        ),
      );
      await reader.close();
      const outcomes = await Promise.all(pending);
      expect(outcomes.slice(0, 2)).toEqual([{ n: first[0] }, { n: first[0] }]); // running when closed: finished
      expect(outcomes.slice(2)).toEqual(Array(4).fill({ error: 'the search reader is closed' })); // queued: dropped
      await expect(reader.all(sql`SELECT 1 AS one`)).rejects.toThrow(/closed/u);
    },
  );

  it('reports a thread that cannot open the file as an error for the statements waiting for it', async () => {
    const broken = threadedSearchReader({ file: join(dir, 'missing.db'), threads: 1, maxQueued: 64 });
    try {
      const outcomes = await Promise.allSettled([0, 1, 2].map(() => broken.all(sql`SELECT 1 AS one`)));
      for (const outcome of outcomes) {
        expect(outcome.status).toBe('rejected');
        const reason = (outcome as PromiseRejectedResult).reason as unknown;
        expect(reason).toBeInstanceOf(Error);
        expect((reason as Error).message).toMatch(/SQLITE_CANTOPEN/u);
      }
      expect(broken.stats()).toEqual({ threads: 0, running: 0, queued: 0, refused: 0 });
    } finally {
      await broken.close();
    }
  });

  it("serves the real server's searches on one thread by default", async () => {
    database.close();
    const server = await startRealServer(join(dir, 'registry.db'));
    try {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ search(query: "动力蓄电池", first: 5) { edges { node { standard { designation } } } } }',
        }),
      });
      const body = (await response.json()) as {
        data: { search: { edges: { node: { standard: { designation: string } } }[] } };
      };
      expect(body.data.search.edges.map((e) => e.node.standard.designation)).toEqual(
        expect.arrayContaining(['GB 38031', 'GB/T 31486']),
      );
      // The search ranked on a thread, which the server started for it and exports.
      const metrics = await (await fetch(`${server.origin}/metrics`)).text();
      expect(metrics).toMatch(/^registry_search_threads 1$/mu);
      expect(metrics).toMatch(/^registry_search_statements\{state="queued"\} 0$/mu);
      expect(metrics).toMatch(/^registry_search_refused_total 0$/mu);
    } finally {
      await server.close();
      database = openDatabase({ file: join(dir, 'registry.db') });
    }
  });

  // A statement that keeps a thread busy for a few hundred milliseconds: counting to three million.
  const slow = sql`WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000000)
    SELECT count(*) AS n FROM c`;

  it('refuses a statement beyond the queue bound at once, and runs the others', async () => {
    const bounded = threadedSearchReader({ file: join(dir, 'registry.db'), threads: 1, maxQueued: 1 });
    try {
      const running = bounded.all<{ n: number }>(slow); // handed to the thread at once
      const queued = bounded.all<{ one: number }>(sql`SELECT 1 AS one`); // waits: the only place in the queue
      const refused = bounded.all(sql`SELECT 2 AS two`);
      await expect(refused).rejects.toBeInstanceOf(SearchReaderBusy);
      expect(bounded.stats()).toEqual({ threads: 1, running: 1, queued: 1, refused: 1 });
      expect(await running).toEqual([{ n: 3_000_000 }]);
      expect(await queued).toEqual([{ one: 1 }]);
      // Room again: the next statement is taken.
      expect(await bounded.all(sql`SELECT 3 AS three`)).toEqual([{ three: 3 }]);
      expect(bounded.stats()).toMatchObject({ queued: 0, refused: 1 });
    } finally {
      await bounded.close();
    }
  });

  it('a search refused by a full queue is 503 BUSY with Retry-After, and a retry succeeds', async () => {
    const bounded = threadedSearchReader({ file: join(dir, 'registry.db'), threads: 1, maxQueued: 0 });
    try {
      const log = collectingLogger();
      const app = createApp({ db: database.db, searchReader: bounded, logger: log.logger });
      const search = () =>
        app.fetch('http://registry.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: '{ search(query: "battery", first: 3) { edges { node { standard { designation } } } } }',
          }),
        });
      const busy = bounded.all(slow);
      const refused = await search();
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      const body = (await refused.json()) as {
        data: unknown;
        errors: { path: string[]; extensions: { code: string; retryAfterSeconds: number } }[];
      };
      expect(body.errors).toMatchObject([{ path: ['search'], extensions: { code: 'BUSY', retryAfterSeconds: 1 } }]);
      expect(body.data).toBeNull();
      expect(log.entries()).toMatchObject([{ level: 'error', message: 'request', status: 503, errors: ['BUSY'] }]);
      await busy;
      const retried = await search();
      expect(retried.status).toBe(200);
      const answer = (await retried.json()) as { data: { search: { edges: unknown[] } } };
      expect(answer.data.search.edges.length).toBeGreaterThan(0);
    } finally {
      await bounded.close();
    }
  });

  it('cannot write: its connections are read-only', async () => {
    const count = () => database.sqlite.prepare('SELECT count(*) AS n FROM standards').get();
    const before = count();
    await expect(reader.all(sql`DELETE FROM standards RETURNING id`)).rejects.toThrow(/SQLITE_READONLY/u);
    expect(count()).toEqual(before);
  });
});
