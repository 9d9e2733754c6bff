import { and, desc, eq, lt } from 'drizzle-orm';
import type { DomainContext } from '../context.ts';
import { notifications } from '../../db/notification-tables.ts';
import { webhookDeliveries, webhooks } from '../../db/webhook-tables.ts';
import { assertAllowed } from '../accounts/permissions.ts';
import { DomainError } from '../errors.ts';
import type { NotificationKind } from '../notifications/kinds.ts';

/** A webhook as the API shows it: never its secret. */
export type WebhookRow = Omit<typeof webhooks.$inferSelect, 'secret' | 'kinds'> & { kinds: NotificationKind[] };

const columns = {
  id: webhooks.id,
  personId: webhooks.personId,
  url: webhooks.url,
  kinds: webhooks.kinds,
  createdAt: webhooks.createdAt,
  disabledAt: webhooks.disabledAt,
  disabledReason: webhooks.disabledReason,
  failingSince: webhooks.failingSince,
};
const shown = (row: Omit<WebhookRow, 'kinds'> & { kinds: string }): WebhookRow => ({
  ...row,
  kinds: JSON.parse(row.kinds) as NotificationKind[],
});

/** The person's webhooks, oldest first. */
export function listWebhooks(ctx: Pick<DomainContext, 'db'>, personId: number): WebhookRow[] {
  return ctx.db
    .select(columns)
    .from(webhooks)
    .where(eq(webhooks.personId, personId))
    .orderBy(webhooks.id)
    .all()
    .map(shown);
}

/** The webhook, if the caller may manage it: NOT_FOUND otherwise (someone else's cannot be probed). */
export function webhookToManage(ctx: Pick<DomainContext, 'db' | 'viewer'>, id: number): WebhookRow {
  const row = ctx.db.select(columns).from(webhooks).where(eq(webhooks.id, id)).get();
  if (row === undefined || (ctx.viewer !== null && !ctx.viewer.isAdmin && row.personId !== ctx.viewer.personId))
    throw new DomainError('NOT_FOUND', 'No such webhook.', { field: 'webhookId' });
  assertAllowed(ctx.viewer, 'webhook.manage', { ownerId: row.personId });
  return shown(row);
}

export type DeliveryRow = typeof webhookDeliveries.$inferSelect & { kind: NotificationKind };

/** One page of a webhook's delivery log, newest first, with whether more follow. One statement. */
export function deliveryPage(
  ctx: Pick<DomainContext, 'db'>,
  webhookId: number,
  page: { first: number; before: number | null },
) {
  const rows = ctx.db
    .select({ delivery: webhookDeliveries, kind: notifications.kind })
    .from(webhookDeliveries)
    .innerJoin(notifications, eq(notifications.id, webhookDeliveries.notificationId))
    .where(
      and(
        eq(webhookDeliveries.webhookId, webhookId),
        page.before === null ? undefined : lt(webhookDeliveries.id, page.before),
      ),
    )
    .orderBy(desc(webhookDeliveries.id))
    .limit(page.first + 1)
    .all()
    .map((r): DeliveryRow => ({ ...r.delivery, kind: r.kind }));
  return { rows: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
}
