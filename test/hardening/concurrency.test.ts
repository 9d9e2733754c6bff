import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../src/db/client.ts';
import { createUserFromCli } from '../../src/domain/accounts/createUserFromCli.ts';
import { syntheticStandards } from '../support/fixtures.ts';
import { finished, seededDatabase, sleep, spawnTs, startRealServer, tempDir } from './helpers.ts';

// The CLI import and the running server on one database file at the same time. The import holds
// SQLite's write lock for the whole import (one IMMEDIATE transaction); WAL lets readers go on.

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
  token = createUserFromCli({ db: server.db, input: { name: 'Operator', email: 'operator@example.org', organisation: null, isAdmin: true } }).secret;
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
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] } };
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
  it('writers wait for each other instead of failing; readers never wait and never see half an import', { timeout: 60_000 }, async () => {
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
      // the server (a GraphQL mutation) waits and then succeeds.
      const seen = new Set<number>();
      let serverWriteWaited = false;
      let done = false;
      void cli.then(() => (done = true));
      while (!done) {
        seen.add(await countStandards());
        const counts = server.sqlite.prepare(`SELECT (SELECT count(*) FROM standards WHERE designation LIKE 'GB/T 9%') AS s, (SELECT count(*) FROM versions WHERE designation LIKE 'GB/T 9%') AS v`).get() as { s: number; v: number };
        expect(counts.v).toBe(2 * counts.s);
        if (!serverWriteWaited && writeLockHeld(probe)) {
          const created = await gql('mutation Create($input: CreatePersonInput!) { createPerson(input: $input) { person { email } } }', {
            input: { name: 'Waited', email: 'waited@example.org' },
          });
          expect(created).toEqual({ status: 200, body: { data: { createPerson: { person: { email: 'waited@example.org' } } } } });
          serverWriteWaited = true;
        }
        await sleep(20);
      }
      const result = await cli;
      expect(result.stderr).not.toMatch(/error|busy|locked/iu); // progress lines only
      expect(result.code).toBe(0);
      expect(serverWriteWaited).toBe(true);
      seen.add(await countStandards());
      expect([...seen].sort((a, b) => a - b)).toEqual([before, before + IMPORTED].filter((n) => seen.has(n)));
      expect(await countStandards()).toBe(before + IMPORTED);
    } finally {
      holder.close();
      probe.close();
    }
  });
});
