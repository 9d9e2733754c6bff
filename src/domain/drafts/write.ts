import type { DomainContext } from '../context.ts';
import type { Tx } from '../../db/types.ts';
import { recordEvent, type EventInput } from '../events.ts';

/** What a draft-work verb changed: the draft, and the event that records it. */
export interface DraftChange {
  draftId: number;
  eventId: number;
}

/**
 * Runs one verb's reads, checks and writes in a single IMMEDIATE transaction (the write lock is
 * taken first, so nothing read can change before the write), then tells live subscribers, only
 * once the transaction has committed.
 */
export function writeDraftChange<T extends DraftChange>(
  ctx: Pick<DomainContext, 'db' | 'activity'>,
  work: (tx: Tx) => T,
): T {
  // `work` is synchronous (better-sqlite3); the cast only tells Drizzle's typing what T is.
  // biome-ignore lint/suspicious/noExplicitAny: the conditional must match Drizzle's own `Promise<any>` test
  const result = ctx.db.transaction((tx) => work(tx) as T extends Promise<any> ? never : T, {
    behavior: 'immediate',
  }) as T;
  ctx.activity.publish({ draftId: result.draftId, eventId: result.eventId });
  return result;
}

/**
 * Everything that happens to a draft, its revisions, comments and ballots is recorded on the
 * draft (entity `Draft`), the unit of access and of the live activity stream; `data` names the
 * thread, ballot or revision concerned.
 */
export function recordDraftEvent(tx: Tx, event: Omit<EventInput, 'entityType'>): number {
  return recordEvent(tx, { ...event, entityType: 'Draft' });
}
