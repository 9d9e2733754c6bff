import { and, count, eq } from 'drizzle-orm';
import type { DomainContext } from '../context.ts';
import { watches } from '../../db/notification-tables.ts';
import { DomainError } from '../errors.ts';
import { recordEvent } from '../events.ts';
import type { Tx } from '../../db/types.ts';

export type WatchRow = typeof watches.$inferSelect;

/** How many things one person may follow: the reminder run reads every watch. */
export const MAX_WATCHES = 500;

type Target = { standardId: number } | { committeeId: number } | { horizonFilter: string; name: string | null };

/**
 * Follows a target for the caller, in one IMMEDIATE transaction with its event. Following what
 * one follows already changes nothing and answers the existing watch.
 */
export function addWatch(ctx: Pick<DomainContext, 'db'>, personId: number, at: string, target: Target): WatchRow {
  return ctx.db.transaction(
    (tx) => {
      const existing = findWatch(tx, personId, target);
      if (existing) return existing;
      const held = tx.select({ n: count() }).from(watches).where(eq(watches.personId, personId)).get()!.n;
      if (held >= MAX_WATCHES)
        throw new DomainError('INVALID_INPUT', `You follow ${MAX_WATCHES} things already: unfollow some first.`);
      const row = tx
        .insert(watches)
        .values({ personId, createdAt: at, ...target })
        .returning()
        .get();
      recordEvent(tx, {
        at,
        actorId: personId,
        action: 'watch.followed',
        entityType: 'Person',
        entityId: personId,
        data: { watchId: row.id, ...target },
      });
      return row;
    },
    { behavior: 'immediate' },
  );
}

/** Stops following; false when the caller did not follow it. */
export function removeWatch(
  ctx: Pick<DomainContext, 'db'>,
  personId: number,
  at: string,
  target: Target | { watchId: number },
): boolean {
  return ctx.db.transaction(
    (tx) => {
      const watch =
        'watchId' in target
          ? tx
              .select()
              .from(watches)
              .where(and(eq(watches.id, target.watchId), eq(watches.personId, personId)))
              .get()
          : findWatch(tx, personId, target);
      if (!watch) return false;
      tx.delete(watches).where(eq(watches.id, watch.id)).run();
      recordEvent(tx, {
        at,
        actorId: personId,
        action: 'watch.unfollowed',
        entityType: 'Person',
        entityId: personId,
        data: { watchId: watch.id },
      });
      return true;
    },
    { behavior: 'immediate' },
  );
}

function findWatch(tx: Tx, personId: number, target: Target): WatchRow | undefined {
  const on =
    'standardId' in target
      ? eq(watches.standardId, target.standardId)
      : 'committeeId' in target
        ? eq(watches.committeeId, target.committeeId)
        : eq(watches.horizonFilter, target.horizonFilter);
  return tx
    .select()
    .from(watches)
    .where(and(eq(watches.personId, personId), on))
    .get();
}
