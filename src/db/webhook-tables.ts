import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { people } from './committee-tables.ts';
import { notifications } from './notification-tables.ts';

// Webhooks: a person's notifications pushed to a URL. Times are ISO 8601 UTC text, as elsewhere.

export const webhooks = sqliteTable(
  'webhooks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    url: text('url').notNull(),
    /** JSON array of notification kinds delivered (read by the enqueue trigger with json_each). */
    kinds: text('kinds').notNull(),
    /** The shared signing secret `whsec_<base64>`: kept to sign, shown only in createWebhook's answer. */
    secret: text('secret').notNull(),
    createdAt: text('created_at').notNull(),
    /** Set when disabled (by its owner, an administrator, or after 24 h of failures); null: enabled. */
    disabledAt: text('disabled_at'),
    disabledReason: text('disabled_reason'),
    /** The first failure of the current run of failures; null after a success. */
    failingSince: text('failing_since'),
  },
  (t) => [index('webhooks_person_idx').on(t.personId)],
);

/** One row per (webhook, notification), written by a trigger in the notification's own transaction. */
export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    webhookId: integer('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    notificationId: integer('notification_id')
      .notNull()
      .references(() => notifications.id),
    status: text('status', { enum: ['PENDING', 'DELIVERED', 'FAILED'] })
      .notNull()
      .default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull(),
    lastAttemptAt: text('last_attempt_at'),
    /** The receiver's HTTP status at the last attempt; null when none came (timeout, refused, closed). */
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    deliveredAt: text('delivered_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_unique').on(t.webhookId, t.notificationId),
    index('webhook_deliveries_pending_idx').on(t.webhookId, t.id).where(sql`${t.status} = 'PENDING'`),
    check('webhook_deliveries_status_check', sql`${t.status} in ('PENDING', 'DELIVERED', 'FAILED')`),
  ],
);

/** Queues a delivery to each enabled webhook of the recipient that asked for the notification's kind. */
export const WEBHOOK_ENQUEUE = {
  name: 'notifications_enqueue_webhooks',
  sql: [
    'CREATE TRIGGER notifications_enqueue_webhooks AFTER INSERT ON notifications BEGIN',
    'INSERT INTO webhook_deliveries (webhook_id, notification_id, next_attempt_at, created_at)',
    'SELECT w.id, NEW.id, NEW.created_at, NEW.created_at FROM webhooks w',
    'WHERE w.person_id = NEW.person_id AND w.disabled_at IS NULL',
    'AND EXISTS (SELECT 1 FROM json_each(w.kinds) k WHERE k.value = NEW.kind) ON CONFLICT DO NOTHING; END',
  ].join(' '),
};
