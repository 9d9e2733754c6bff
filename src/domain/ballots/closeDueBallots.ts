import { and, asc, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../db/types.ts';
import { ballots } from '../../db/committee-tables.ts';
import type { ActivityBus } from '../activity.ts';
import { writeDraftChange } from '../drafts/write.ts';
import { DomainError } from '../errors.ts';
import { loadBallot } from './access.ts';
import { closeInTransaction } from './closing.ts';
import { ballotStatus } from './policy.ts';

/**
 * Closes every ballot whose closing time has passed and that nobody closed, each in its own
 * transaction, applying the committee's rule and recording the `ballot.closed` event with no actor.
 * Safe to run from several processes at once: a ballot an officer (or another run) closed first
 * is skipped. Returns the ids closed.
 */
export function closeDueBallots(deps: { db: Db; now: Date; activity?: Pick<ActivityBus, 'publish'> }): number[] {
  const at = deps.now.toISOString();
  const due = deps.db
    .select({ id: ballots.id })
    .from(ballots)
    .where(and(isNull(ballots.closedAt), lte(ballots.closesAt, at)))
    .orderBy(asc(ballots.id))
    .all();
  // A write only publishes to the bus (subscribing is for requests); the CLI has no listeners.
  const ctx = { db: deps.db, activity: (deps.activity ?? { publish: () => {} }) as ActivityBus };
  const closed: number[] = [];
  for (const { id } of due) {
    try {
      writeDraftChange(ctx, (tx) => {
        const { ballot, draft } = loadBallot(tx, id);
        if (ballotStatus(ballot, deps.now) !== 'AWAITING_CLOSURE') throw new DomainError('CONFLICT', 'Closed already.');
        return { draftId: draft.id, eventId: closeInTransaction(tx, ballot, draft, at, null) };
      });
      closed.push(id);
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'CONFLICT')) throw error;
    }
  }
  return closed;
}
