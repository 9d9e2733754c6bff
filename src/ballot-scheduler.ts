import type { Db } from './db/client.ts';
import { isDatabaseBusy } from './db/locks.ts';
import type { ActivityBus } from './domain/activity.ts';
import { closeDueBallots } from './domain/ballots/closeDueBallots.ts';
import type { JsonLogger } from './http/logging.ts';

/**
 * Closes the ballots past their closing time once at start (those that fell due while the server
 * was down) and then every `intervalMs`, applying each committee's rule and telling live
 * subscribers. A run finding the database locked, or failing, is logged and retried at the next
 * tick: a ballot stays due until it is closed, so a later run closes what an earlier one missed.
 */
export function startBallotScheduler(options: {
  db: Db;
  intervalMs: number;
  logger: JsonLogger;
  activity?: ActivityBus;
  now?: () => Date;
}): { stop(): void } {
  const now = options.now ?? (() => new Date());
  const run = () => {
    try {
      const closed = closeDueBallots({ db: options.db, now: now(), activity: options.activity });
      if (closed.length > 0) options.logger.write('info', 'ballots closed', { ballotIds: closed });
    } catch (error) {
      options.logger.write(
        isDatabaseBusy(error) ? 'warn' : 'error',
        'closing due ballots failed; retried at the next interval',
        { error: String(error) },
      );
    }
  };
  run();
  const timer = setInterval(run, options.intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
