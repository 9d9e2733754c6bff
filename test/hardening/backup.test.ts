import { closeSync, copyFileSync, existsSync, openSync, writeFileSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as cli } from '../../src/cli.ts';
import { openDatabase, type OpenedDatabase } from '../../src/db/client.ts';
import { checkDatabaseFile } from '../../src/db/backup.ts';
import { checkWrites, newAcknowledged, parseAcks, prepareWriterDatabase } from './fixtures/crash-check.ts';
import { dataSnapshot, finished, runCli, sleep, spawnTs, startRealServer, tempDir } from './helpers.ts';

// `backup` copies the database while the server serves and a writer writes; `restore` puts a
// verified copy back and refuses a corrupt, foreign or newer-schema file.

let folder: ReturnType<typeof tempDir>;
let dbFile: string;
let backupFile: string;
let live: OpenedDatabase;
let http: Awaited<ReturnType<typeof startRealServer>>;

beforeAll(async () => {
  folder = tempDir('backup');
  dbFile = `${folder.dir}/registry.db`;
  backupFile = `${folder.dir}/backup.db`;
  const writerEnv = prepareWriterDatabase(dbFile);
  live = openDatabase({ file: dbFile });
  http = await startRealServer(dbFile);

  // Under load: the crash writer imports and writes drafts in a loop; the server answers reads.
  const writer = spawnTs('test/hardening/fixtures/crash-writer.ts', [], writerEnv);
  let output = '';
  writer.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = finished(writer);
  while (!output.includes('ready')) await sleep(20);
  writer.stdin?.write('go 0\n');
  while (!output.includes('revision 2 ')) await sleep(20);
  const ackedBefore = newAcknowledged();
  parseAcks(output, ackedBefore);

  let reads = 0;
  let backingUp = true;
  const reader = (async () => {
    while (backingUp) {
      const response = await fetch(http.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ standards { totalCount } }"}',
      });
      expect(response.status).toBe(200);
      reads += 1;
    }
  })();
  const backup = await runCli(dbFile, 'backup', backupFile);
  backingUp = false;
  await reader;
  writer.kill('SIGTERM');
  await exited;
  const ackedAfter = newAcknowledged();
  parseAcks(output, ackedAfter);
  state = { backup, ackedBefore, ackedAfter, reads };
}, 60_000);
afterAll(async () => {
  await http.close();
  live.close();
  folder.remove();
});

let state: {
  backup: Awaited<ReturnType<typeof runCli>>;
  ackedBefore: ReturnType<typeof newAcknowledged>;
  ackedAfter: ReturnType<typeof newAcknowledged>;
  reads: number;
};

const quietIo = () => {
  const io = { out: '', err: '' };
  return {
    io,
    sink: {
      out: (text: string) => {
        io.out += text;
      },
      err: (text: string) => {
        io.err += text;
      },
      interactive: false,
    },
  };
};

describe('backup under load', () => {
  it('writes a verified copy while the server answers and the writer writes', () => {
    expect(state.backup.stderr).toBe('');
    expect(state.backup.code).toBe(0);
    expect(state.backup.stdout).toMatch(/backed up .* integrity_check ok/u);
    expect(state.reads).toBeGreaterThan(0);
    // writes went on meanwhile
    expect(state.ackedAfter.imports.length).toBeGreaterThan(state.ackedBefore.imports.length);
  });

  it('the copy is one consistent moment: intact, everything acknowledged before it began, nothing half-applied', () => {
    expect(checkDatabaseFile(backupFile)).toMatchObject({ pending: 0 });
    const copy = openDatabase({ file: backupFile, migrate: false });
    try {
      checkWrites(copy.db, state.ackedBefore, false);
    } finally {
      copy.close();
    }
  });

  it('never overwrites a file', async () => {
    const again = quietIo();
    expect(await cli(['backup', backupFile], { REGISTRY_DB: dbFile }, again.sink)).toBe(1);
    expect(again.io.err).toMatch(/already exists/u);
  });
});

describe('restore', () => {
  const refusedWith = async (file: string, message: RegExp) => {
    const before = dataSnapshot(live);
    const run = quietIo();
    expect(await cli(['restore', file], { REGISTRY_DB: dbFile }, run.sink)).toBe(1);
    expect(run.io.err).toMatch(message);
    expect(dataSnapshot(live)).toEqual(before);
  };

  it('refuses a file that is not a database', async () => {
    writeFileSync(`${folder.dir}/junk.db`, Buffer.alloc(8192, 7));
    await refusedWith(`${folder.dir}/junk.db`, /is not a SQLite database/u);
  });

  it('refuses a corrupt backup', async () => {
    copyFileSync(backupFile, `${folder.dir}/corrupt.db`);
    const damaged = new Database(`${folder.dir}/corrupt.db`);
    const pages = damaged.pragma('page_count', { simple: true }) as number;
    damaged.close();
    // Overwrite pages in the middle with garbage, as a bad disk or a partial copy would.
    const bytes = Buffer.alloc(4096 * 4, 0x5a);
    const fd = openSync(`${folder.dir}/corrupt.db`, 'r+');
    writeSync(fd, bytes, 0, bytes.length, 4096 * Math.floor(pages / 2));
    closeSync(fd);
    await refusedWith(`${folder.dir}/corrupt.db`, /is corrupt/u);
  });

  it('refuses a backup written by a newer version of the registry', async () => {
    copyFileSync(backupFile, `${folder.dir}/newer.db`);
    const newer = new Database(`${folder.dir}/newer.db`);
    newer
      .prepare(
        `INSERT INTO __drizzle_migrations (hash, created_at, name) VALUES ('future', 4102444800000, ` +
          `'21000101000000_future')`,
      )
      .run();
    newer.close();
    await refusedWith(`${folder.dir}/newer.db`, /newer version of the registry.*upgrade the registry/u);
  });

  it('puts the backup back, keeps the replaced database, and the server answers from it', async () => {
    const expected = (() => {
      const copy = openDatabase({ file: backupFile, migrate: false });
      try {
        return dataSnapshot(copy);
      } finally {
        copy.close();
      }
    })();
    expect(dataSnapshot(live)).not.toEqual(expected); // the writer went on after the backup
    const run = quietIo();
    expect(await cli(['restore', backupFile], { REGISTRY_DB: dbFile }, run.sink)).toBe(0);
    const kept = /kept as (\S+)/u.exec(run.io.out)?.[1];
    expect(kept && existsSync(kept)).toBe(true);
    expect(dataSnapshot(live)).toEqual(expected);
    const response = await fetch(http.url.replace('/graphql', '/ready'));
    expect(response.status).toBe(200);
  });
});
