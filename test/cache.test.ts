import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { print } from 'graphql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/app.ts';
import { responseCachePlugins } from '../src/http/response-cache.ts';
import { backupDatabase, restoreDatabase } from '../src/db/backup.ts';
import { openDatabase, type OpenedDatabase } from '../src/db/client.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { graphql } from './gql/index.ts';
import { sampleFile } from './support/fixtures.ts';
import { createPersonWithToken } from './support/people.ts';
import type { App } from './support/http.ts';

// A cached answer never outlives the data it came from: whoever changes the data (this process,
// another connection, the CLI in another process), the next request computes a fresh answer and
// an old ETag no longer earns a 304.

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const CachedLookup = graphql(`
  query CachedLookup($designation: String!, $on: Date!) {
    standard(designation: $designation) {
      designation
      title { en }
      applicability(on: $on) { current { designation effective } }
    }
  }
`);
const QUERY = print(CachedLookup);

let dir: string;
let dbFile: string;
let database: OpenedDatabase;
let statements: string[];
let app: App;
let today: Date;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registry-cache-'));
  dbFile = join(dir, 'registry.db');
  statements = [];
  database = openDatabase({ file: dbFile, logger: { logQuery: (query) => statements.push(query) } });
  importRegistry({ db: database.db, input: sampleFile() });
  today = new Date('2026-01-10T12:00:00Z');
  app = createApp({ db: database.db, responseCache: true, clock: () => today });
});
afterEach(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

async function ask(options: { designation?: string; etag?: string; token?: string } = {}) {
  const before = statements.length;
  const response = await app.fetch('http://registry.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(options.etag ? { 'if-none-match': options.etag } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({
      query: QUERY,
      variables: { designation: options.designation ?? 'GB/T 31486', on: '2025-06-01' },
    }),
  });
  const text = await response.text();
  const body =
    text === '' ? null : (JSON.parse(text) as { data?: { standard: { title: { en: string } } }; errors?: unknown });
  return { status: response.status, etag: response.headers.get('etag'), body, statements: statements.length - before };
}

/** A corrected copy of the sample: GB/T 31486 gets a new English title. */
function correctedFile(title: string) {
  const file = sampleFile();
  file.standards.find((s) => s.designation === 'GB/T 31486')!.title.en = title;
  return file;
}

describe('response cache', () => {
  it('answers a repeated anonymous query from the cache, with an ETag that earns a 304', async () => {
    const first = await ask();
    expect(first.status).toBe(200);
    expect(first.statements).toBeGreaterThan(0);
    expect(first.etag).toMatch(/^"[^"]+"$/u);
    const second = await ask();
    expect(second).toMatchObject({ status: 200, etag: first.etag, statements: 0 });
    expect(second.body).toEqual(first.body);
    const revalidated = await ask({ etag: first.etag! });
    expect(revalidated).toMatchObject({ status: 304, etag: first.etag, body: null, statements: 0 });
    // Other variables are another entry.
    expect((await ask({ designation: 'UN R155' })).statements).toBeGreaterThan(0);
  });

  it('forgets answers when this process imports', async () => {
    const first = await ask();
    importRegistry({ db: database.db, input: correctedFile('Changed in process') });
    const after = await ask();
    expect(after.statements).toBeGreaterThan(0);
    expect(after.body?.data?.standard.title.en).toBe('Changed in process');
    expect(after.etag).not.toBe(first.etag);
    expect((await ask({ etag: first.etag! })).status).toBe(200);
  });

  it('forgets answers when another connection or another process (the CLI) imports into the same file', async () => {
    const first = await ask();
    const other = openDatabase({ file: dbFile });
    try {
      importRegistry({ db: other.db, input: correctedFile('Changed by another connection') });
    } finally {
      other.close();
    }
    const second = await ask();
    expect(second.body?.data?.standard.title.en).toBe('Changed by another connection');
    expect((await ask({ etag: first.etag! })).status).toBe(200);

    const file = join(dir, 'corrected.json');
    writeFileSync(file, JSON.stringify(correctedFile('Changed by the CLI')));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'import', file], {
      cwd: ROOT,
      env: { ...process.env, REGISTRY_DB: dbFile },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const third = await ask();
    expect(third.statements).toBeGreaterThan(0);
    expect(third.body?.data?.standard.title.en).toBe('Changed by the CLI');
    expect((await ask({ etag: second.etag! })).status).toBe(200);
  }, 60_000);

  it('does not store an answer computed while the data changed under it', async () => {
    let writeDuringExecution = true;
    app = createApp({
      db: database.db,
      responseCache: true,
      clock: () => today,
      plugins: [
        {
          onExecute() {
            if (!writeDuringExecution) return;
            writeDuringExecution = false;
            importRegistry({ db: database.db, input: correctedFile('Changed mid-request') });
          },
        },
      ],
    });
    const raced = await ask();
    expect(raced.body?.data?.standard.title.en).toBe('Changed mid-request');
    // Its ETag names the generation read before the write: never confirmed, never served.
    expect((await ask({ etag: raced.etag! })).status).toBe(200);
    const fresh = await ask();
    expect(fresh.etag).not.toBe(raced.etag);
    expect((await ask()).statements).toBe(0);
  });

  it('keeps answers when a write changes nothing, and renews them when the day changes', async () => {
    const first = await ask();
    importRegistry({ db: database.db, input: sampleFile() }); // idempotent: no row written
    expect((await ask()).statements).toBe(0);
    today = new Date('2026-01-11T00:00:01Z');
    const nextDay = await ask();
    expect(nextDay.statements).toBeGreaterThan(0);
    expect(nextDay.etag).not.toBe(first.etag);
  });

  it('never serves or stores answers for requests that carry an Authorization header', async () => {
    const { token } = createPersonWithToken(database.db);
    await ask();
    const signedIn = await ask({ token });
    expect(signedIn.statements).toBeGreaterThan(0);
    expect(signedIn.etag).toBeNull();
    expect((await ask({ token })).statements).toBeGreaterThan(0);
  });

  it('does not store answers with errors', async () => {
    const bad = async () => {
      const response = await app.fetch('http://registry.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: QUERY, variables: { designation: 'GB/T 31486', on: '2026-02-30' } }),
      });
      return { etag: response.headers.get('etag'), body: (await response.json()) as { errors?: unknown[] } };
    };
    expect((await bad()).body.errors).toHaveLength(1);
    const again = await bad();
    expect(again.body.errors).toHaveLength(1);
    expect(again.etag).toBeNull();
  });

  it('answers 304 only to the request whose answer the ETag names, and only while it is current', async () => {
    const first = await ask();
    const etag = first.etag!;
    const send = (init: RequestInit & { path?: string }) =>
      app.fetch(`http://registry.test${init.path ?? '/graphql'}`, init);
    // Another question with that ETag gets its own answer.
    const other = await ask({ designation: 'UN R155', etag });
    expect(other.status).toBe(200);
    expect(other.body?.data?.standard.title.en).toMatch(/cyber/iu);
    // A mutation with that ETag runs, never a 304.
    const mutation = await send({
      method: 'POST',
      headers: { 'content-type': 'application/json', 'if-none-match': etag },
      body: JSON.stringify({ query: 'mutation { __typename }' }),
    });
    expect(mutation.status).toBe(200);
    expect(await mutation.json()).toEqual({ data: { __typename: 'Mutation' } });
    // Other endpoints ignore it.
    expect((await send({ method: 'GET', path: '/health', headers: { 'if-none-match': etag } })).status).toBe(200);
    // The same question by GET earns the 304, with a weak or listed ETag too, and the validator headers.
    const variables = JSON.stringify({ designation: 'GB/T 31486', on: '2025-06-01' });
    const url = `/graphql?query=${encodeURIComponent(QUERY)}&variables=${encodeURIComponent(variables)}`;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"stale", ${etag}`]) {
      const revalidated = await send({
        method: 'GET',
        path: url,
        headers: { 'if-none-match': ifNoneMatch, 'x-graphql-yoga-csrf': '1' },
      });
      expect(revalidated.status, ifNoneMatch).toBe(304);
      expect(Object.fromEntries(['etag', 'cache-control', 'vary'].map((h) => [h, revalidated.headers.get(h)]))).toEqual(
        {
          etag,
          'cache-control': 'no-cache',
          vary: 'Accept, Authorization, Cookie',
        },
      );
    }
    expect(
      (await send({ method: 'GET', path: url, headers: { 'if-none-match': '*', 'x-graphql-yoga-csrf': '1' } })).status,
    ).toBe(200);
  });

  it('never stores or validates mutations', async () => {
    const mutate = () =>
      app.fetch('http://registry.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: 'mutation { __typename }' }),
      });
    for (let k = 0; k < 2; k += 1) {
      const response = await mutate();
      expect(response.status).toBe(200);
      expect(response.headers.get('etag')).toBeNull();
      expect(response.headers.get('cache-control')).toBeNull();
    }
    // A mutation over GET stays refused (405), as without the cache.
    const viaGet = await app.fetch(
      `http://registry.test/graphql?query=${encodeURIComponent('mutation { __typename }')}`,
      { headers: { 'x-graphql-yoga-csrf': '1' } },
    );
    expect(viaGet.status).toBe(405);
  });

  it('writes no warning on a miss or a hit (queries run compiled under it)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect((await ask()).statements).toBeGreaterThan(0);
      expect((await ask()).statements).toBe(0);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('forgets answers when a backup is restored under it, though the counter of the backup is older', async () => {
    const backup = join(dir, 'backup.db');
    backupDatabase(database.sqlite, backup);
    importRegistry({ db: database.db, input: correctedFile('New title') });
    const before = await ask();
    expect(before.body?.data?.standard.title.en).toBe('New title');
    await restoreDatabase(dbFile, backup);
    // The next write after the restore would have brought the backup's counter back to the value
    // the answer above was cached under.
    const other = openDatabase({ file: dbFile });
    importRegistry({ db: other.db, input: correctedFile('Other title') });
    other.close();
    const after = await ask();
    expect(after.statements).toBeGreaterThan(0);
    expect(after.body?.data?.standard.title.en).toBe('Other title');
    expect((await ask({ etag: before.etag! })).status).toBe(200);
  });

  it('keeps its answers within a bound on their total size, dropping the least recently used', async () => {
    const cache = responseCachePlugins({ sqlite: database.sqlite, clock: () => today, maxCharacters: 600 });
    app = createApp({ db: database.db, plugins: cache.plugins, clock: () => today });
    const designations = ['GB/T 31486', 'UN R155', 'GB 38031', 'UN R156', 'UN R157'];
    for (const designation of designations) expect((await ask({ designation })).statements).toBeGreaterThan(0);
    const { entries, characters } = cache.size();
    expect(characters).toBeLessThanOrEqual(600);
    expect(entries).toBeGreaterThan(0);
    expect(entries).toBeLessThan(designations.length);
    expect((await ask({ designation: 'UN R157' })).statements).toBe(0); // the newest is kept
    expect((await ask({ designation: 'GB/T 31486' })).statements).toBeGreaterThan(0); // the oldest was dropped
  });
});
