import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { OpenedDatabase } from '../../src/db/client.ts';
import { createUserFromCli } from '../../src/domain/accounts/createUserFromCli.ts';
import { syntheticStandards } from '../support/fixtures.ts';
import { finished, seededDatabase, spawnTs, startRealServer, tempDir } from './helpers.ts';

// A long import in another process holds SQLite's write lock while the real server serves. The
// holder keeps the lock until the test tells it to commit, so every answer checked before that
// arrived while the lock was held: none of them waited for it.

const IMPORTED = 300;
const STALE = '2026-01-01T00:00:00.000Z';
const HOLD_AFTER_WRITE_MS = 3_000;

let folder: ReturnType<typeof tempDir>;
let dbFile: string;
let setup: OpenedDatabase;
let http: Awaited<ReturnType<typeof startRealServer>>;
let token: string;

beforeAll(async () => {
  folder = tempDir('locking');
  dbFile = `${folder.dir}/registry.db`;
  setup = seededDatabase(dbFile);
  token = createUserFromCli({
    db: setup.db,
    input: { name: 'Operator', email: 'operator@example.org', organisation: null, isAdmin: true },
  }).secret;
  // Not used for longer than the last_used_at resolution: the next authenticated read records its use.
  setup.sqlite.prepare('UPDATE api_tokens SET last_used_at = ?').run(STALE);
  writeFileSync(`${folder.dir}/import.json`, JSON.stringify(syntheticStandards(IMPORTED)));
  http = await startRealServer(dbFile);
});
afterAll(async () => {
  await http.close();
  setup.close();
  folder.remove();
});

const post = async (query: string, options: { token?: string; variables?: Record<string, unknown> } = {}) => {
  const response = await fetch(http.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] },
  };
};
const countStandards = async () =>
  (await post('{ standards { totalCount } }')).body.data.standards.totalCount as number;
const createPerson = (email: string) =>
  post('mutation Create($input: CreatePersonInput!) { createPerson(input: $input) { person { email } } }', {
    token,
    variables: { input: { name: 'Late', email } },
  });
const viewerRead = () => post('{ viewer { name tokens { lastUsedAt } } }', { token });

/** Resolves with everything printed once a line equal to `line` appears on the child's stdout. */
function printed(child: ChildProcess, line: string): Promise<string> {
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.split('\n').includes(line)) resolve(output);
    });
    child.on('close', (code) => reject(new Error(`the holder exited (${code}) before printing "${line}"`)));
  });
}

describe('a long import in another process while the server serves', () => {
  it('reads answer, writes are refused at once with 503 BUSY, and after the commit all of the import is there', {
    timeout: 60_000,
  }, async () => {
    const before = await countStandards();
    const holder = spawnTs('test/hardening/fixtures/lock-holder.ts', [dbFile, `${folder.dir}/import.json`]);
    onTestFinished(() => void holder.kill('SIGKILL'));
    const exited = finished(holder);
    const committed = printed(holder, 'committed');
    await printed(holder, 'holding');

    // While the lock is held (the holder commits only when told, below):
    const health = await fetch(`${http.origin}/health`);
    expect(health.status).toBe(200);
    const lookup = await post('{ standard(designation: "GB/T 31486") { designation } }');
    expect(lookup).toMatchObject({ status: 200, body: { data: { standard: { designation: 'GB/T 31486' } } } });
    expect(lookup.body.errors).toBeUndefined();
    const read = await viewerRead(); // would record last_used_at: skipped, the read still answers
    expect(read.body).toEqual({ data: { viewer: { name: 'Operator', tokens: [{ lastUsedAt: STALE }] } } });
    expect(read.status).toBe(200);
    expect(await countStandards()).toBe(before); // none of the uncommitted import is visible
    // The holder now commits 3 s from here: a write that waited for the lock (SQLite's busy
    // timeout, 5 s by default) would get it and succeed; refused at once, it is refused.
    holder.stdin!.write(`commit after ${HOLD_AFTER_WRITE_MS}\n`);
    const refused = await createPerson('late@example.org');
    expect(refused.status).toBe(503);
    expect(refused.retryAfter).toBe('1');
    expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['BUSY']);
    await committed;
    expect((await exited).code).toBe(0);

    // After the commit: all of the import, the refused write succeeds when retried, and the
    // token's use is recorded again.
    expect(await countStandards()).toBe(before + IMPORTED);
    expect(await createPerson('late@example.org')).toMatchObject({
      status: 200,
      body: { data: { createPerson: { person: { email: 'late@example.org' } } } },
    });
    const later = await viewerRead();
    expect(later.body.data.viewer.tokens[0].lastUsedAt).not.toBe(STALE);
  });
});
