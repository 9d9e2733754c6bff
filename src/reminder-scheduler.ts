import type { Db } from './db/types.ts';
import { isDatabaseBusy } from './db/locks.ts';
import { runReminders } from './domain/notifications/runReminders.ts';
import type { JsonLogger } from './http/logging.ts';

/**
 * Writes the reminders due once at start (what fell due while the server was down) and then every
 * `intervalMs`. A run finding the database locked, or failing, is logged and retried at the next
 * tick: reminders are keyed, so a later run writes exactly what an earlier one missed.
 */
export function startReminderScheduler(options: { db: Db; intervalMs: number; logger: JsonLogger; now?: () => Date }): {
  stop(): void;
} {
  const now = options.now ?? (() => new Date());
  const run = () => {
    try {
      const written = runReminders({ db: options.db, now: now() });
      if (written.deadlines + written.votes > 0) options.logger.write('info', 'reminders written', { ...written });
    } catch (error) {
      options.logger.write(
        isDatabaseBusy(error) ? 'warn' : 'error',
        'reminder run failed; retried at the next interval',
        { error: String(error) },
      );
    }
  };
  run();
  const timer = setInterval(run, options.intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
