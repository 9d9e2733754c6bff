import { spawn, type ChildProcess } from 'node:child_process';
import type Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { integrityCheck } from '../../src/db/status.ts';
import { startWebhookSender } from '../../src/webhooks/sender.ts';
import { collectingLogger } from '../support/logs.ts';
import { startReceivers } from '../support/webhooks.ts';
import { bundleForNode } from './fixtures/bundle.ts';
import { checkWrites, newAcknowledged, parseAcks, prepareWriterDatabase } from './fixtures/crash-check.ts';
import { ROOT, seededRandom, sleep, tempDir } from './helpers.ts';

// A writer process is killed with SIGKILL at random moments, again and again, on one database
// file. After each kill: integrity_check is ok, every write acknowledged before the kill is there,
// and nothing is half-applied (an import is all its standards, versions, replacements, committee
// and title corrections or none of them; a revision is all its clauses or none; a ballot is on its
// draft at ENQUIRY; a vote is there once or not at all; a session acknowledged is stored, a sign-out
// acknowledged has ended it). The writer also runs the webhook sender for the member's webhook:
// every notification is queued with it, and after the kills and a drain by a fresh sender every one
// reached the receiver, twice at most for one in flight at a kill.

const KILLS = 30;
const random = seededRandom(Number(process.env.CRASH_SEED ?? 7));

let folder: ReturnType<typeof tempDir>;
let dbFile: string;
let writerScript: string;
let env: NodeJS.ProcessEnv;
let receivers: Awaited<ReturnType<typeof startReceivers>>;

beforeAll(async () => {
  folder = tempDir('crash');
  dbFile = `${folder.dir}/registry.db`;
  receivers = await startReceivers();
  env = { ...process.env, ...prepareWriterDatabase(dbFile, receivers.url('/ok')), CRASH_WEBHOOKS: '1' };
  writerScript = await bundleForNode(`${ROOT}/test/hardening/fixtures/crash-writer.ts`);
}, 30_000);
afterAll(async () => {
  await receivers.close();
  rmSync(writerScript, { force: true });
  folder.remove();
});

interface Writer {
  child: ChildProcess;
  output: string;
  closed: Promise<void>;
  /** Resolves once `count` lines matching `pattern` have been printed (or the process ended). */
  printed(pattern: RegExp, count?: number): Promise<void>;
}

const ACK = /^(import|draft|revision|ballot|vote|closed|session|signout) /u;

function startWriter(): Writer {
  const child = spawn(process.execPath, [writerScript], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  const writer: Writer = {
    child,
    output: '',
    closed: new Promise((resolve) => child.on('close', () => resolve())),
    printed: (pattern, count = 1) =>
      new Promise((resolve) => {
        const check = () => {
          if (writer.output.split('\n').filter((line) => pattern.test(line)).length >= count) resolve();
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

/** Notifications of the webhook's owner with no delivery queued (the trigger runs in their transaction). */
function unqueuedNotifications(sqlite: Database.Database): number {
  return (
    sqlite
      .prepare(
        `select count(*) as n from notifications n join webhooks w on w.person_id = n.person_id
         where not exists (select 1 from webhook_deliveries d where d.notification_id = n.id)`,
      )
      .get() as { n: number }
  ).n;
}

/** Sends every pending delivery with a fresh sender (as a restarted server would). */
async function drain(sqlite: Database.Database): Promise<void> {
  const sender = startWebhookSender({
    sqlite,
    logger: collectingLogger().logger,
    policy: { allowHosts: ['127.0.0.1'], allowPrivate: false },
    timeoutMs: 5_000,
    pollMs: 0,
    retryBaseMs: 10,
  });
  const pending = () =>
    (sqlite.prepare("select count(*) as n from webhook_deliveries where status <> 'DELIVERED'").get() as { n: number })
      .n;
  for (let round = 0; round < 100 && pending() > 0; round += 1) {
    await sender.tick();
    await sleep(20);
  }
  await sender.stop();
  expect(pending(), 'deliveries not delivered after the drain').toBe(0);
}

describe('crash safety', () => {
  it(
    'every connection runs WAL with synchronous=FULL (durability of acknowledged writes), statement journals in ' +
      'memory',
    () => {
      const opened = openDatabase({ file: `${folder.dir}/pragmas.db` });
      try {
        expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
        expect(opened.sqlite.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
        expect(opened.sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(5_000);
        // 2 = MEMORY (src/db/client.ts: import speed)
        expect(opened.sqlite.pragma('temp_store', { simple: true })).toBe(2);
      } finally {
        opened.close();
      }
    },
  );

  it(`survives ${KILLS} SIGKILLs of a writer: intact, nothing acknowledged lost, nothing half-applied`, {
    timeout: 120_000,
  }, async () => {
    const acked = newAcknowledged();
    let start = 0;
    // The next writer boots while this one writes, so the kills are not paced by start-up time.
    const queue = [startWriter()];
    let landedWithoutAck = 0;
    let requested = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      const writer = queue.shift() as Writer;
      queue.push(startWriter());
      await writer.printed(/^ready$/u);
      writer.child.stdin?.write(`go ${start}\n`);
      // The moment is chosen by progress, not by the clock (a loaded machine must not change what
      // is tested): after 0 to 8 acknowledged writes (a writer's first round is 8: import, draft, revision,
      // ballot, vote, closing, session, signout), then a few milliseconds into the next one, which is often inside
      // its transaction or its fsync.
      const acksFirst = Math.floor(random() * 9);
      requested += acksFirst;
      if (acksFirst > 0) await writer.printed(ACK, acksFirst);
      await sleep(Math.floor(random() * 15));
      writer.child.kill('SIGKILL');
      await writer.closed;
      expect(writer.output).not.toMatch(/stderr:/u);
      const before = acked.imports.length;
      parseAcks(writer.output, acked);

      const opened = openDatabase({ file: dbFile, migrate: false });
      try {
        expect(integrityCheck(opened.sqlite)).toBe('ok');
        expect(unqueuedNotifications(opened.sqlite), 'notifications without their webhook delivery').toBe(0);
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
    // The loop really wrote: at least the acknowledgements each kill waited for.
    expect(
      acked.imports.length +
        acked.drafts.size +
        acked.revisions.size +
        acked.ballots.size +
        acked.votes.size +
        acked.closed.size +
        acked.sessions.size +
        acked.signouts.size,
    ).toBeGreaterThanOrEqual(requested);
    expect(acked.revisions.size).toBeGreaterThan(0);
    expect(acked.votes.size).toBeGreaterThan(0);
    expect(acked.closed.size).toBeGreaterThan(0);
    expect(acked.signouts.size).toBeGreaterThan(0);

    // A fresh sender drains the queue; then every event id reached the receiver, and only a
    // delivery in flight at a kill (at most one per kill: one per webhook) was answered twice.
    const opened = openDatabase({ file: dbFile, migrate: false });
    try {
      const byWriters = receivers.received.length;
      // The writers' senders ran: some events reached the receiver before the drain.
      expect(byWriters).toBeGreaterThan(0);
      await drain(opened.sqlite);
      const expected = opened.sqlite
        .prepare('select n.id from notifications n join webhooks w on w.person_id = n.person_id order by n.id')
        .all()
        .map((row) => `evt_${(row as { id: number }).id}`);
      const ids = receivers.received.map((r) => String(r.headers['webhook-id']));
      expect(expected.length).toBeGreaterThan(0);
      expect([...new Set(ids)].sort()).toEqual([...expected].sort());
      const duplicates = ids.length - new Set(ids).size;
      expect(duplicates).toBeLessThanOrEqual(KILLS);
      console.info(
        `crash test: ${expected.length} webhook events delivered (${byWriters} requests by the killed writers), ` +
          `${duplicates} twice across a kill`,
      );
    } finally {
      opened.close();
    }
    console.info(
      `crash test: ${acked.imports.length} imports, ${acked.drafts.size} drafts, ${acked.revisions.size} ` +
        `revisions, ${acked.ballots.size} ballots, ` +
        `${acked.votes.size} votes, ${acked.closed.size} automatic closings, ${acked.sessions.size} sessions, ` +
        `${acked.signouts.size} sign-outs acknowledged; ` +
        `${landedWithoutAck} kills landed between a commit and its acknowledgement`,
    );
  });
});
