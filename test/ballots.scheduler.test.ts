import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBallotScheduler } from '../src/ballot-scheduler.ts';
import { ConfigError, readConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import type { JsonLogger } from '../src/http/logging.ts';
import { graphql } from './gql/index.ts';
import { runCliInProcess } from './support/cli.ts';
import { draftInCommittee, executeAs, later, moveTo, ok, setUpCommittee } from './support/committee.ts';

// Closing due ballots from the server's scheduler and from the CLI, and its configuration.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const Open = graphql(`
  mutation SchedulerOpen($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }
`);

/** A database file with an enquiry ballot that closed (unclosed) on 9 March 2026. */
async function dueBallot() {
  const dir = mkdtempSync(join(tmpdir(), 'registry-ballots-'));
  dirs.push(dir);
  const file = join(dir, 'registry.db');
  const opened = openDatabase({ file });
  const c = setUpCommittee(opened.db);
  const { draftId, revisionId } = await draftInCommittee(c);
  await moveTo(c, draftId, ['ENQUIRY']);
  ok(await executeAs(c.app, c.secretary.token, Open, { input: { revisionId, closesAt: later(c, 7).toISOString() } }));
  const result = () => opened.sqlite.prepare('select result from ballots').pluck().get();
  return { file, opened, result };
}

describe('closing due ballots', () => {
  it('the scheduler closes what fell due at start, and logs it', async () => {
    const { opened, result } = await dueBallot();
    const lines: string[] = [];
    const logger: JsonLogger = { write: (_level, message) => void lines.push(message) } as JsonLogger;
    const early = startBallotScheduler({
      db: opened.db,
      intervalMs: 60_000,
      logger,
      now: () => new Date('2026-03-09T08:59:59Z'),
    });
    early.stop();
    expect(result()).toBeNull();
    const scheduler = startBallotScheduler({
      db: opened.db,
      intervalMs: 60_000,
      logger,
      now: () => new Date('2026-03-09T09:00:00Z'),
    });
    scheduler.stop();
    expect(result()).toBe('NOT_APPROVED'); // nobody voted
    expect(lines).toEqual(['ballots closed']);
    opened.close();
  });

  it('`cli close-ballots` closes what is due, and a second run nothing more', async () => {
    const { file, opened, result } = await dueBallot();
    const run = () => runCliInProcess(['close-ballots'], { REGISTRY_DB: file });
    expect(await run()).toMatchObject({ code: 0, out: 'ballots closed: 1\n' });
    expect(result()).toBe('NOT_APPROVED');
    expect((await run()).out).toBe('ballots closed: 0\n');
    opened.close();
  });

  it('BALLOT_CLOSE_INTERVAL_MS: a minute by default, 0 turns the scheduler off, below a second stops start-up', () => {
    expect(readConfig({}).ballotCloseIntervalMs).toBe(60_000);
    expect(readConfig({ BALLOT_CLOSE_INTERVAL_MS: '0' }).ballotCloseIntervalMs).toBe(0);
    expect(() => readConfig({ BALLOT_CLOSE_INTERVAL_MS: '500' })).toThrow(ConfigError);
    expect(() => readConfig({ BALLOT_CLOSE_INTERVAL_MS: 'often' })).toThrow(/BALLOT_CLOSE_INTERVAL_MS/u);
  });
});
