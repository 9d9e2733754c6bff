import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { openDatabase, type OpenedDatabase } from '../../src/db/client.ts';
import { createJsonLogger } from '../../src/http/logging.ts';
import { moveTo, proposeDraft, setUpCommittee, type Committee } from '../support/committee.ts';
import { post } from '../support/http.ts';
import { tableCounts, tempDir } from './helpers.ts';

// A full disk refuses writes with 503 STORAGE_UNAVAILABLE (nothing changed) and /ready reports
// `storage-failing` until a write succeeds again. Two ways to fill the disk: a real one (a small
// tmpfs, where this process may mount one) and SQLite's own page limit (everywhere).

const REVISE = `mutation ($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { revision { number } } }`;
/** A text of about 200 KB: more than any free space left inside the database's pages. */
const LONG_TEXT = Array.from({ length: 200 }, (_, k) => ({
  number: String(k + 1),
  heading: `Clause ${k + 1}`,
  text: 'x'.repeat(1000),
}));

interface Disk {
  /** Where the database file goes. */
  dir: string;
  fill(opened: OpenedDatabase): void;
  free(opened: OpenedDatabase): void;
  remove(): void;
}

function tmpfsDisk(): Disk | string {
  const folder = tempDir('disk-full');
  const dir = `${folder.dir}/mnt`;
  mkdirSync(dir);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    folder.remove();
    return `cannot mount a tmpfs here (${(error as Error).message.split('\n')[0]})`;
  }
  const filler = `${dir}/filler`;
  return {
    dir,
    fill(opened) {
      // An empty WAL, so the next commit must grow a file on the full disk.
      opened.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      const fd = openSync(filler, 'w');
      const block = Buffer.alloc(64 * 1024);
      try {
        for (;;) writeSync(fd, block);
      } catch {
        // ENOSPC: the disk is full
      } finally {
        closeSync(fd);
      }
    },
    free: () => rmSync(filler),
    remove() {
      execFileSync('umount', ['-l', dir]);
      folder.remove();
    },
  };
}

function pageLimitDisk(): Disk {
  const folder = tempDir('page-limit');
  return {
    dir: folder.dir,
    fill: ({ sqlite }) =>
      void sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true }) as number}`),
    free: ({ sqlite }) => void sqlite.pragma('max_page_count = 4294967294'),
    remove: folder.remove,
  };
}

const tmpfs = tmpfsDisk();
const ways: [string, () => Disk][] = [['SQLite page limit', pageLimitDisk]];
if (typeof tmpfs === 'string') {
  console.warn(`disk-full test on a real file system skipped: ${tmpfs}`);
} else {
  tmpfs.remove();
  ways.unshift(['tmpfs', () => tmpfsDisk() as Disk]);
}

describe.each(ways)('a full disk (%s)', (_, makeDisk) => {
  let disk: Disk | undefined;
  let opened: OpenedDatabase | undefined;
  afterEach(() => {
    opened?.close();
    disk?.remove();
  });

  it(
    'answers a write with 503 STORAGE_UNAVAILABLE, changes ' + 'nothing, and /ready says so until a write succeeds',
    async () => {
      disk = makeDisk();
      opened = openDatabase({ file: `${disk.dir}/registry.db` });
      const c: Committee = setUpCommittee(opened.db);
      const app = createApp({ db: opened.db, clock: () => c.clock.now, logger: createJsonLogger({ level: 'silent' }) });
      const draftId = await proposeDraft(c);
      await moveTo(c, draftId, ['WORKING_DRAFT']);
      const revise = () =>
        post(app, { query: REVISE, variables: { input: { draftId, clauses: LONG_TEXT } } }, c.secretary.token);
      const ready = async () => {
        const answer = await app.fetch('http://registry.test/ready');
        return [answer.status, await answer.json()];
      };
      expect(await ready()).toEqual([200, { status: 'ready' }]);

      disk.fill(opened);
      const before = tableCounts(opened.sqlite);
      const refused = await revise();
      expect(refused.status).toBe(503);
      expect(refused.errors?.[0]?.extensions?.code).toBe('STORAGE_UNAVAILABLE');
      expect(refused.errors?.[0]?.message).toMatch(/could not be stored/);
      expect(tableCounts(opened.sqlite)).toEqual(before);
      expect(await ready()).toEqual([503, { status: 'storage-failing' }]);
      // Reads still work meanwhile, also signed in (when the token's last use is due to be recorded).
      const read = await post(app, { query: '{ standards(first: 1) { totalCount } }' });
      expect([read.status, read.errors]).toEqual([200, undefined]);
      c.clock.now = new Date(c.clock.now.getTime() + 60 * 60 * 1000);
      const signedIn = await post(
        app,
        { query: 'query ($id: ID!) { draft(id: $id) { stage } }', variables: { id: draftId } },
        c.secretary.token,
      );
      expect([signedIn.status, signedIn.errors, signedIn.data]).toEqual([
        200,
        undefined,
        { draft: { stage: 'WORKING_DRAFT' } },
      ]);

      disk.free(opened);
      const stored = await revise();
      expect([stored.status, stored.errors]).toEqual([200, undefined]);
      expect(await ready()).toEqual([200, { status: 'ready' }]);
    },
  );
});
