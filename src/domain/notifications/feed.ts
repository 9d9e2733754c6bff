import { and, asc, count, desc, eq, gt, inArray, isNull, lt, max } from 'drizzle-orm';
import type { DomainContext } from '../context.ts';
import { notifications } from '../../db/notification-tables.ts';
import type { Reader } from '../../db/types.ts';

export type NotificationRow = typeof notifications.$inferSelect;

/**
 * One page of a person's notifications, newest first: those with an id below `before` (the
 * cursor), `first` of them, and whether more follow. One statement.
 */
export function notificationPage(
  ctx: Pick<DomainContext, 'db'>,
  personId: number,
  page: { first: number; before: number | null; unreadOnly: boolean },
) {
  const rows = ctx.db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.personId, personId),
        page.before === null ? undefined : lt(notifications.id, page.before),
        page.unreadOnly ? isNull(notifications.readAt) : undefined,
      ),
    )
    .orderBy(desc(notifications.id))
    .limit(page.first + 1)
    .all();
  return { rows: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
}

/** How many of the person's notifications are unread. One statement, on a partial index. */
export function unreadCount(ctx: Pick<DomainContext, 'db'>, personId: number): number {
  return ctx.db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.personId, personId), isNull(notifications.readAt)))
    .get()!.n;
}

/** How many notifications the person has in all (or unread only). */
export function notificationCount(ctx: Pick<DomainContext, 'db'>, personId: number, unreadOnly: boolean): number {
  if (unreadOnly) return unreadCount(ctx, personId);
  return ctx.db.select({ n: count() }).from(notifications).where(eq(notifications.personId, personId)).get()!.n;
}

/** The id of the person's latest notification (0 for none): a live stream delivers those after it. */
export function lastNotificationId(db: Reader, personId: number): number {
  return (
    db
      .select({ id: max(notifications.id) })
      .from(notifications)
      .where(eq(notifications.personId, personId))
      .get()?.id ?? 0
  );
}

/** The notifications of these people after `afterId`, oldest first: one statement for every open stream. */
export function notificationsAfter(db: Reader, personIds: readonly number[], afterId: number): NotificationRow[] {
  if (personIds.length === 0) return [];
  return db
    .select()
    .from(notifications)
    .where(and(inArray(notifications.personId, [...personIds]), gt(notifications.id, afterId)))
    .orderBy(asc(notifications.id))
    .all();
}
