import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finished, ROOT, seededDatabase, spawnTs, tempDir } from './helpers.ts';

// A server that cannot start says why in one line, naming the variable and the port or path, and
// exits 2 (as for a bad environment value), having written nothing: no stack trace.

const folder = tempDir('startup');
let busy: Server;
let busyPort: number;
beforeAll(async () => {
  busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  busyPort = (busy.address() as { port: number }).port;
});
afterAll(() => {
  busy.close();
  folder.remove();
});

const start = (env: Record<string, string>) =>
  finished(spawnTs('src/server.ts', [], { PORT: '0', LOG_LEVEL: 'silent', ...env }));

/** The answer of a server that refused to start: exit code 2 and one line after the heading. */
function expectRefusal(run: { code: number | null; stderr: string }, ...named: string[]) {
  expect(run.stderr).toMatch(/^configuration error:\n[^\n]+\n$/u);
  for (const text of named) expect(run.stderr).toContain(text);
  expect(run.code).toBe(2);
}

describe('start-up failures', () => {
  it('a port in use: nothing is written, not even the database', { timeout: 60_000 }, async () => {
    const dbFile = `${folder.dir}/port/registry.db`;
    const run = await start({ PORT: String(busyPort), REGISTRY_DB: dbFile });
    expectRefusal(run, `PORT ${busyPort}`, 'in use');
    expect(existsSync(dbFile)).toBe(false);
  });

  it('a HOST that does not resolve, or that is not an address of this machine', { timeout: 60_000 }, async () => {
    const [unresolvable, foreign] = await Promise.all([
      start({ HOST: 'registry.invalid', REGISTRY_DB: `${folder.dir}/host1/registry.db` }),
      start({ HOST: '192.0.2.1', REGISTRY_DB: `${folder.dir}/host2/registry.db` }), // TEST-NET-1: never local
    ]);
    expectRefusal(unresolvable, 'HOST "registry.invalid"');
    expectRefusal(foreign, 'HOST "192.0.2.1"');
    expect(existsSync(`${folder.dir}/host1`) || existsSync(`${folder.dir}/host2`)).toBe(false);
  });

  it('REGISTRY_DB under a file, a folder, or a file that is not SQLite (left unchanged)', {
    timeout: 60_000,
  }, async () => {
    writeFileSync(`${folder.dir}/plain.txt`, 'not a folder');
    mkdirSync(`${folder.dir}/a-folder`);
    const notSqlite = `${folder.dir}/notes.db`;
    writeFileSync(notSqlite, 'Meeting notes, not a database.\n'.repeat(200));
    const [underFile, folderItself, notDatabase] = await Promise.all([
      start({ REGISTRY_DB: `${folder.dir}/plain.txt/registry.db` }),
      start({ REGISTRY_DB: `${folder.dir}/a-folder` }),
      start({ REGISTRY_DB: notSqlite }),
    ]);
    expectRefusal(underFile, `REGISTRY_DB "${folder.dir}/plain.txt/registry.db"`, `${folder.dir}/plain.txt is a file`);
    expectRefusal(folderItself, `REGISTRY_DB "${folder.dir}/a-folder"`, 'is a folder');
    expectRefusal(notDatabase, `REGISTRY_DB "${notSqlite}"`, 'not a SQLite database');
    expect(readFileSync(notSqlite, 'utf8')).toBe('Meeting notes, not a database.\n'.repeat(200));
  });

  it('REGISTRY_DB on a read-only mount', { timeout: 60_000 }, async (context) => {
    const unshare = mountNamespace();
    if (unshare === undefined) {
      context.skip('read-only mount: this platform cannot create a mount namespace (unshare -m or -rm)');
      return;
    }
    const source = `${folder.dir}/source.db`;
    seededDatabase(source).close();
    const mountPoint = `${folder.dir}/readonly`;
    mkdirSync(mountPoint);
    // A private mount namespace: a tmpfs holding a copy of the database, then remounted read-only.
    const script =
      'mount -t tmpfs tmpfs "$1" && cp "$2" "$1/registry.db" && mount -o remount,ro "$1" && shift 2 && exec "$@"';
    const child = spawn(
      'unshare',
      [...unshare, 'sh', '-c', script, 'sh', mountPoint, source, process.execPath, '--import', 'tsx', 'src/server.ts'],
      {
        cwd: ROOT,
        env: { ...process.env, PORT: '0', LOG_LEVEL: 'silent', REGISTRY_DB: `${mountPoint}/registry.db` },
      },
    );
    const run = await finished(child);
    expectRefusal(run, `REGISTRY_DB "${mountPoint}/registry.db"`, 'read-only');
  });
});

/** Arguments of `unshare` that give a private mount namespace here, if any. */
function mountNamespace(): string[] | undefined {
  for (const args of [['-m'], ['-rm']]) {
    try {
      execFileSync('unshare', [...args, 'sh', '-c', 'mount -t tmpfs tmpfs /mnt'], { stdio: 'ignore' });
      return args;
    } catch {
      // next
    }
  }
  return undefined;
}
