import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import type { JsonLogger } from '../src/http/logging.ts';
import { startReminderScheduler } from '../src/reminder-scheduler.ts';
import { runCliInProcess } from './support/cli.ts';
import { committeeRegistry } from './support/committee.ts';
import { createPersonWithToken } from './support/people.ts';

// The reminder run from the server's scheduler and from the CLI, and its configuration.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A database file where a person follows GB 38031, whose next edition (in force since 2026) is mandatory for new types
 * on the day given.
 */
function followedDeadline(mandatoryNewTypes = '2026-07-01') {
  const dir = mkdtempSync(join(tmpdir(), 'registry-remind-'));
  dirs.push(dir);
  const file = join(dir, 'registry.db');
  const opened = openDatabase({ file });
  const registry = committeeRegistry();
  (registry.standards[0]!.versions as Record<string, unknown>[]).push({
    designation: 'GB 38031-2025',
    type: 'EDITION',
    published: '2025-03-28',
    effective: '2026-01-01',
    mandatoryNewTypes,
    replaces: ['GB 38031-2020'],
  });
  importRegistry({ db: opened.db, input: registry });
  const person = createPersonWithToken(opened.db);
  opened.sqlite
    .prepare(
      "insert into watches (person_id, standard_id, created_at) select ?, id, '2026-01-01T00:00:00.000Z' from " +
        "standards where designation = 'GB 38031'",
    )
    .run(person.personId);
  return {
    file,
    opened,
    count: () => opened.sqlite.prepare('select count(*) from notifications').pluck().get() as number,
  };
}

describe('reminder runs', () => {
  it('the scheduler runs once at start (catching up) and stops', () => {
    const { opened, count } = followedDeadline();
    const lines: string[] = [];
    const logger: JsonLogger = { write: (_level, message) => void lines.push(message) } as JsonLogger;
    const scheduler = startReminderScheduler({
      db: opened.db,
      intervalMs: 3_600_000,
      logger,
      now: () => new Date('2026-07-03T08:00:00Z'),
    });
    scheduler.stop();
    expect(count()).toBe(2); // the day passed two days ago: the new edition mandatory, the old one stopping
    expect(lines).toEqual(['reminders written']);
    opened.close();
  });

  it('`cli remind` writes what is due, and a second run nothing more', async () => {
    // The CLI reads the real clock: a deadline five days from today is due at the 7-day stage.
    const { file, opened, count } = followedDeadline(new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10));
    const run = () => runCliInProcess(['remind'], { REGISTRY_DB: file });
    const first = await run();
    expect(first.code).toBe(0);
    expect(first.out).toBe('reminders written: 2 deadline, 0 vote\n');
    const written = count();
    expect(written).toBe(2);
    expect((await run()).out).toBe('reminders written: 0 deadline, 0 vote\n');
    expect(count()).toBe(written);
    opened.close();
  });

  it('REMINDER_INTERVAL_MS: 0 turns the scheduler off; below a minute or not a number stops start-up', () => {
    expect(readConfig({ REMINDER_INTERVAL_MS: '0' }).reminderIntervalMs).toBe(0);
    expect(readConfig({}).reminderIntervalMs).toBe(3_600_000);
    expect(() => readConfig({ REMINDER_INTERVAL_MS: '5000' })).toThrow(ConfigError);
    expect(() => readConfig({ REMINDER_INTERVAL_MS: 'hourly' })).toThrow(/REMINDER_INTERVAL_MS/u);
  });
});
