import type Database from 'better-sqlite3';

// The delivery queue's reads and writes, in plain SQL on the sender's connection.

export interface DueDelivery {
  id: number;
  webhookId: number;
  personId: number;
  url: string;
  secret: string;
  failingSince: string | null;
  /** Attempts made before this one. */
  attemptsBefore: number;
  notificationId: number;
  kind: string;
  subjectType: string;
  subjectId: number;
  data: string;
  createdAt: string;
}

/** Per enabled webhook, its oldest pending delivery, when that one is due: deliveries go in order. */
export function dueDeliveries(sqlite: Database.Database, now: string): DueDelivery[] {
  return sqlite
    .prepare(
      `select d.id, d.webhook_id as webhookId, w.person_id as personId, w.url, w.secret,
         w.failing_since as failingSince, d.attempts as attemptsBefore, n.id as notificationId, n.kind,
         n.subject_type as subjectType, n.subject_id as subjectId, n.data, n.created_at as createdAt
       from webhooks w
       join webhook_deliveries d on d.id =
         (select min(p.id) from webhook_deliveries p where p.webhook_id = w.id and p.status = 'PENDING')
       join notifications n on n.id = d.notification_id
       where w.disabled_at is null and d.next_attempt_at <= ?
       order by d.id`,
    )
    .all(now) as DueDelivery[];
}

export function recordDelivered(sqlite: Database.Database, d: DueDelivery, status: number, now: string): void {
  sqlite.transaction(() => {
    sqlite
      .prepare(
        `update webhook_deliveries set status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = ?,
           last_status = ?, last_error = null, delivered_at = ? where id = ? and status = 'PENDING'`,
      )
      .run(now, status, now, d.id);
    sqlite.prepare('update webhooks set failing_since = null where id = ?').run(d.webhookId);
  })();
}

/**
 * Records a failed attempt. Past `giveUpMs` of failures the delivery is FAILED, the webhook
 * disabled and its owner notified (a WEBHOOK_DISABLED notification), in one transaction.
 */
export function recordFailure(
  sqlite: Database.Database,
  d: DueDelivery,
  outcome: { status: number | null; error: string },
  at: { now: Date; retryAt: Date; giveUpMs: number },
): 'retry' | 'disabled' {
  const now = at.now.toISOString();
  const failingSince = d.failingSince ?? now;
  const givingUp = at.now.getTime() - Date.parse(failingSince) >= at.giveUpMs;
  sqlite.transaction(() => {
    sqlite
      .prepare(
        `update webhook_deliveries set status = ?, attempts = attempts + 1, last_attempt_at = ?, last_status = ?,
           last_error = ?, next_attempt_at = ? where id = ? and status = 'PENDING'`,
      )
      .run(givingUp ? 'FAILED' : 'PENDING', now, outcome.status, outcome.error, at.retryAt.toISOString(), d.id);
    sqlite.prepare('update webhooks set failing_since = ? where id = ?').run(failingSince, d.webhookId);
    if (!givingUp) return;
    const reason = `failing since ${failingSince}: ${outcome.error}`;
    sqlite
      .prepare('update webhooks set disabled_at = ?, disabled_reason = ? where id = ? and disabled_at is null')
      .run(now, reason, d.webhookId);
    sqlite
      .prepare(
        `insert into notifications (person_id, kind, reminder, subject_type, subject_id, data, created_at)
         values (?, 'WEBHOOK_DISABLED', ?, 'Webhook', ?, ?, ?) on conflict do nothing`,
      )
      .run(
        d.personId,
        `webhook-disabled:${d.webhookId}:${now}`,
        d.webhookId,
        JSON.stringify({ url: d.url, failingSince, lastError: outcome.error }),
        now,
      );
  })();
  return givingUp ? 'disabled' : 'retry';
}
