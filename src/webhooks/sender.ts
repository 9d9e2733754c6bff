import type Database from 'better-sqlite3';
import { isDatabaseBusy } from '../db/locks.ts';
import type { JsonLogger } from '../http/logging.ts';
import type { AddressPolicy } from './address-policy.ts';
import { dueDeliveries, recordDelivered, recordFailure, type DueDelivery } from './deliveries.ts';
import { postJson } from './post.ts';
import { sign } from './signature.ts';

export interface WebhookSenderOptions {
  sqlite: Database.Database;
  logger: JsonLogger;
  policy: AddressPolicy;
  /** How long a receiver has to answer one delivery. */
  timeoutMs: number;
  /** How often the queue is read; 0: only when `tick()` is called. */
  pollMs: number;
  /** The first retry's delay; each later one doubles, up to a day, with jitter. */
  retryBaseMs?: number;
  now?: () => Date;
  random?: () => number;
}

export const GIVE_UP_MS = 24 * 3_600_000;
const MAX_DELAY_MS = 24 * 3_600_000;

/** `min(24 h, base·2^(n-1))` times a random factor in [0.5, 1): receivers coming back are not hit at once. */
export function retryDelayMs(attempts: number, baseMs: number, random: () => number): number {
  return Math.min(MAX_DELAY_MS, baseMs * 2 ** Math.min(attempts - 1, 40)) * (0.5 + random() / 2);
}

/** What a receiver gets: a stable id (the same for every attempt, to deduplicate), the kind, the notification. */
export function deliveryBody(d: DueDelivery): { id: string; body: string } {
  const id = `evt_${d.notificationId}`;
  const subject = Buffer.from(`${d.subjectType}:${d.subjectId}`).toString('base64');
  const body = JSON.stringify({
    id,
    type: d.kind,
    timestamp: d.createdAt,
    data: { subject, ...(JSON.parse(d.data) as object) },
  });
  return { id, body };
}

/**
 * Sends queued deliveries off the request path: one in flight per webhook, oldest first, so each
 * receiver sees its events in order. The queue lives in the database: a delivery not recorded as
 * delivered (crash, restart) is sent again by the next sender (at least once).
 */
export function startWebhookSender(options: WebhookSenderOptions) {
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const baseMs = options.retryBaseMs ?? 10_000;
  const inFlight = new Map<number, Promise<void>>();
  let stopped = false;

  const send = async (d: DueDelivery) => {
    const { id, body } = deliveryBody(d);
    const timestamp = Math.floor(now().getTime() / 1000);
    const headers = {
      'webhook-id': id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': sign(d.secret, id, timestamp, body),
      'user-agent': 'vehicle-standards-registry-webhooks',
    };
    const outcome = await postJson(d.url, headers, body, { timeoutMs: options.timeoutMs, policy: options.policy });
    const at = now();
    if (outcome.ok) {
      recordDelivered(options.sqlite, d, outcome.status!, at.toISOString());
      return true;
    }
    const retryAt = new Date(at.getTime() + retryDelayMs(d.attemptsBefore + 1, baseMs, random));
    const result = recordFailure(
      options.sqlite,
      d,
      { status: outcome.status, error: outcome.error! },
      {
        now: at,
        retryAt,
        giveUpMs: GIVE_UP_MS,
      },
    );
    options.logger.write(
      result === 'disabled' ? 'warn' : 'info',
      `webhook delivery failed${result === 'disabled' ? '; webhook disabled' : ''}`,
      {
        webhook: d.webhookId,
        delivery: d.id,
        error: outcome.error,
      },
    );
    return false;
  };

  /** Starts the due deliveries and resolves when those it started are recorded; after a success, the next ones. */
  const tick = async (): Promise<void> => {
    if (stopped) return;
    let due: DueDelivery[];
    try {
      due = dueDeliveries(options.sqlite, now().toISOString()).filter((d) => !inFlight.has(d.webhookId));
    } catch (error) {
      options.logger.write(isDatabaseBusy(error) ? 'warn' : 'error', 'webhook queue unreadable; retried', {
        error: String(error),
      });
      return;
    }
    const started = due.map((d) => {
      const running = send(d)
        .catch((error: unknown) => {
          options.logger.write(
            isDatabaseBusy(error) ? 'warn' : 'error',
            'webhook delivery not recorded; sent again later',
            {
              delivery: d.id,
              error: String(error),
            },
          );
          return false;
        })
        .finally(() => inFlight.delete(d.webhookId));
      inFlight.set(
        d.webhookId,
        running.then(() => undefined),
      );
      return running;
    });
    if ((await Promise.all(started)).some(Boolean)) await tick();
  };

  const timer = options.pollMs > 0 ? setInterval(() => void tick(), options.pollMs) : undefined;
  timer?.unref();
  return {
    tick,
    /** Stops reading the queue and waits for the deliveries in flight. */
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await Promise.all(inFlight.values());
    },
  };
}
