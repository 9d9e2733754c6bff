import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../src/db/client.ts';
import { createUserFromCli } from '../../src/domain/accounts/createUserFromCli.ts';
import { syntheticStandards } from '../support/fixtures.ts';
import { finished, seededDatabase, sleep, spawnTs, startRealServer, tempDir } from './helpers.ts';

// The CLI import and the running server on one database file at the same time. The import holds
// SQLite's write lock for the whole import (one IMMEDIATE transaction); WAL lets readers go on. The
// CLI waits for another writer's lock; the server never does: its write is refused with 503 BUSY.

const IMPORTED = 3_000;

let folder: ReturnType<typeof tempDir>;
let dbFile: string;
let server: OpenedDatabase;
let http: Awaited<ReturnType<typeof startRealServer>>;
let token: string;

beforeAll(async () => {
  folder = tempDir('concurrency');
  dbFile = `${folder.dir}/registry.db`;
  server = seededDatabase(dbFile);
  token = createUserFromCli({
    db: server.db,
    input: { name: 'Operator', email: 'operator@example.org', organisation: null, isAdmin: true },
  }).secret;
  http = await startRealServer(dbFile);
  writeFileSync(`${folder.dir}/big.json`, JSON.stringify(syntheticStandards(IMPORTED)));
});
afterAll(async () => {
  await http.close();
  server.close();
  folder.remove();
});

const gql = async (query: string, variables?: Record<string, unknown>) => {
  const response = await fetch(http.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] },
  };
};
const countStandards = async () => {
  const answer = await gql('{ standards { totalCount } }');
  expect(answer.status).toBe(200);
  return (answer.body.data as { standards: { totalCount: number } }).standards.totalCount;
};

/** Whether another connection holds the write lock right now (a probe that never waits). */
function writeLockHeld(probe: OpenedDatabase): boolean {
  try {
    probe.sqlite.exec('BEGIN IMMEDIATE');
    probe.sqlite.exec('ROLLBACK');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  }
}

describe('the CLI import while the server serves', () => {
  it('the CLI waits for a writer; the server refuses a write during the import (503 BUSY) and it succeeds after; ' +
    'readers never see half an import', {
    timeout: 60_000,
  }, async () => {
    const before = await countStandards();
    const holder = openDatabase({ file: dbFile, migrate: false });
    const probe = openDatabase({ file: dbFile, migrate: false });
    probe.sqlite.pragma('busy_timeout = 0');
    try {
      // 1. A writer holds the lock; the CLI import starts and must wait for it (busy_timeout).
      holder.sqlite.exec('BEGIN IMMEDIATE');
      const cli = finished(spawnTs('src/cli.ts', ['import', `${folder.dir}/big.json`], { REGISTRY_DB: dbFile }));
      for (let i = 0; i < 20; i += 1) {
        expect(await countStandards()).toBe(before); // readers are not blocked by the writer
        await sleep(100);
      }
      holder.sqlite.exec('COMMIT');

      // 2. While the import holds the lock: reads see all of it or none of it, and a write through
      // the server (a GraphQL mutation) is refused at once, changing nothing; retried after, it succeeds.
      const createWaited = () =>
        gql('mutation Create($input: CreatePersonInput!) { createPerson(input: $input) { person { email } } }', {
          input: { name: 'Waited', email: 'waited@example.org' },
        });
      const seen = new Set<number>();
      let serverWrite: 'refused' | 'made' | undefined;
      let done = false;
      void cli.then(() => (done = true));
      while (!done) {
        seen.add(await countStandards());
        const counts = server.sqlite
          .prepare(
            `SELECT (SELECT count(*) FROM standards WHERE designation LIKE 'GB/T 9%') AS s, (SELECT count(*) FROM ` +
              `versions WHERE designation LIKE 'GB/T 9%') AS v`,
          )
          .get() as { s: number; v: number };
        expect(counts.v).toBe(2 * counts.s);
        if (serverWrite === undefined && writeLockHeld(probe)) {
          const answer = await createWaited();
          // 200 only if the import committed between the probe and the mutation.
          if (answer.status !== 200)
            expect(answer).toMatchObject({
              status: 503,
              retryAfter: '1',
              body: { errors: [{ extensions: { code: 'BUSY' } }] },
            });
          serverWrite = answer.status === 200 ? 'made' : 'refused';
        }
        await sleep(20);
      }
      const result = await cli;
      expect(result.stderr).not.toMatch(/error|busy|locked/iu); // progress lines only
      expect(result.code).toBe(0);
      expect(serverWrite).toBeDefined();
      if (serverWrite === 'refused')
        expect(await createWaited()).toEqual({
          status: 200,
          retryAfter: null,
          body: { data: { createPerson: { person: { email: 'waited@example.org' } } } },
        });
      seen.add(await countStandards());
      expect([...seen].sort((a, b) => a - b)).toEqual([before, before + IMPORTED].filter((n) => seen.has(n)));
      expect(await countStandards()).toBe(before + IMPORTED);
    } finally {
      holder.close();
      probe.close();
    }
  });
});
