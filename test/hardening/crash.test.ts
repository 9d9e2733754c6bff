import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { integrityCheck } from '../../src/db/status.ts';
import { bundleForNode } from './fixtures/bundle.ts';
import { checkWrites, newAcknowledged, parseAcks, prepareWriterDatabase } from './fixtures/crash-check.ts';
import { ROOT, seededRandom, sleep, tempDir } from './helpers.ts';

// A writer process is killed with SIGKILL at random moments, again and again, on one database
// file. After each kill: integrity_check is ok, every write acknowledged before the kill is there,
// and nothing is half-applied (an import is all its standards, versions, replacements, committee
// and title corrections or none of them; a revision is all its clauses or none).

const KILLS = 30;
const random = seededRandom(Number(process.env.CRASH_SEED ?? 7));

let folder: ReturnType<typeof tempDir>;
let dbFile: string;
let writerScript: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  folder = tempDir('crash');
  dbFile = `${folder.dir}/registry.db`;
  env = { ...process.env, ...prepareWriterDatabase(dbFile) };
  writerScript = await bundleForNode(`${ROOT}/test/hardening/fixtures/crash-writer.ts`);
}, 30_000);
afterAll(() => {
  rmSync(writerScript, { force: true });
  folder.remove();
});

interface Writer {
  child: ChildProcess;
  output: string;
  closed: Promise<void>;
  /** Resolves when a line starting with `prefix` has been printed (or the process ended). */
  printed(prefix: string): Promise<void>;
}

function startWriter(): Writer {
  const child = spawn(process.execPath, [writerScript], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  const writer: Writer = {
    child,
    output: '',
    closed: new Promise((resolve) => child.on('close', () => resolve())),
    printed: (prefix) =>
      new Promise((resolve) => {
        const check = () => {
          if (writer.output.split('\n').some((line) => line.startsWith(prefix))) resolve();
        };
        child.stdout?.on('data', check);
        void writer.closed.then(() => resolve());
        check();
      }),
  };
  child.stdout?.on('data', (chunk: Buffer) => (writer.output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (writer.output += `stderr: ${chunk.toString()}`));
  return writer;
}

describe('crash safety', () => {
  it('every connection runs WAL with synchronous=FULL (durability of acknowledged writes)', () => {
    const opened = openDatabase({ file: `${folder.dir}/pragmas.db` });
    try {
      expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(opened.sqlite.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
      expect(opened.sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(5_000);
    } finally {
      opened.close();
    }
  });

  it(`survives ${KILLS} SIGKILLs of a writer: intact, nothing acknowledged lost, nothing half-applied`, { timeout: 120_000 }, async () => {
    const acked = newAcknowledged();
    let start = 0;
    // The next writer boots while this one writes, so the kills are not paced by start-up time.
    const queue = [startWriter()];
    let landedWithoutAck = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      const writer = queue.shift() as Writer;
      queue.push(startWriter());
      await writer.printed('ready');
      writer.child.stdin?.write(`go ${start}\n`);
      // Most kills land after some commits (and often inside a transaction or its fsync); some
      // before the first commit completes.
      if (random() < 0.8) await writer.printed('import');
      await sleep(Math.floor(random() * 120));
      writer.child.kill('SIGKILL');
      await writer.closed;
      expect(writer.output).not.toMatch(/stderr:/u);
      const before = acked.imports.length;
      parseAcks(writer.output, acked);

      const opened = openDatabase({ file: dbFile, migrate: false });
      try {
        expect(integrityCheck(opened.sqlite)).toBe('ok');
        const last = checkWrites(opened.db, acked);
        if (last > Math.max(-1, ...acked.imports)) landedWithoutAck += 1;
        start = last + 1;
        expect(acked.imports.length).toBeGreaterThanOrEqual(before);
      } finally {
        opened.close();
      }
    }
    for (const waiting of queue) waiting.child.kill('SIGKILL');
    await Promise.all(queue.map((waiting) => waiting.closed));
    // The loop really wrote: many imports and drafts acknowledged across the kills.
    expect(acked.imports.length).toBeGreaterThan(KILLS);
    expect(acked.revisions.size).toBeGreaterThan(KILLS / 2);
    console.info(`crash test: ${acked.imports.length} imports, ${acked.drafts.size} drafts, ${acked.revisions.size} revisions acknowledged; ${landedWithoutAck} kills landed between a commit and its acknowledgement`);
  });
});
