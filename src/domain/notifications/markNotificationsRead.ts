import { and, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { notifications } from '../../db/notification-tables.ts';
import { assertAllowed } from '../accounts/permissions.ts';
import { DomainError } from '../errors.ts';
import { recordEvent } from '../events.ts';
import { nowIso, parseInput, requireSignedIn, type VerbArgs } from '../verb.ts';

/** How many notifications one call may name. */
export const MAX_MARKED = 500;

const input = z.object({
  ids: z.array(z.number().int().positive()).max(MAX_MARKED, `at most ${MAX_MARKED} ids`).nullish(),
  all: z.boolean().nullish(),
});

/**
 * Marks the caller's own notifications read: those named, or all of them. Ids of notifications
 * that are not the caller's change nothing, as ids that do not exist (ids cannot be probed).
 * Answers how many were unread and are now read.
 */
export function markNotificationsRead({ ctx, input: raw }: VerbArgs<z.input<typeof input>>): number {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  if ((data.all === true) === (data.ids != null))
    throw new DomainError('INVALID_INPUT', 'ids: give either ids or all: true', { field: 'ids' });
  assertAllowed(viewer, 'notification.read', { ownerId: viewer.personId });
  const at = nowIso(ctx);
  return ctx.db.transaction(
    (tx) => {
      const marked = tx
        .update(notifications)
        .set({ readAt: at })
        .where(
          and(
            eq(notifications.personId, viewer.personId),
            isNull(notifications.readAt),
            data.all ? undefined : inArray(notifications.id, data.ids!),
          ),
        )
        .run().changes;
      if (marked > 0)
        recordEvent(tx, {
          at,
          actorId: viewer.personId,
          action: 'notifications.read',
          entityType: 'Person',
          entityId: viewer.personId,
          data: { count: marked },
        });
      return marked;
    },
    { behavior: 'immediate' },
  );
}
