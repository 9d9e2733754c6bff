import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { webhooks } from '../../db/webhook-tables.ts';
import { recordEvent } from '../events.ts';
import { nowIso, parseInput, requireSignedIn, type VerbArgs } from '../verb.ts';
import { webhookKinds } from './createWebhook.ts';
import { webhookToManage, type WebhookRow } from './read.ts';

const input = z.object({
  webhookId: z.number().int().positive(),
  kinds: webhookKinds.nullish(),
  /** false disables it (nothing is sent, nothing queued); true enables it again and resets its failure clock. */
  enabled: z.boolean().nullish(),
});

/** Changes a webhook's kinds or turns it off and on; its owner or an administrator. */
export function updateWebhook({ ctx, input: raw }: VerbArgs<z.input<typeof input>>): WebhookRow {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  const at = nowIso(ctx);
  return ctx.db.transaction(
    (tx) => {
      const before = webhookToManage({ db: tx as never, viewer }, data.webhookId);
      const enabling = data.enabled === true && before.disabledAt !== null;
      const disabling = data.enabled === false && before.disabledAt === null;
      tx.update(webhooks)
        .set({
          ...(data.kinds ? { kinds: JSON.stringify(data.kinds) } : {}),
          ...(enabling ? { disabledAt: null, disabledReason: null, failingSince: null } : {}),
          ...(disabling ? { disabledAt: at, disabledReason: 'disabled by a person' } : {}),
        })
        .where(eq(webhooks.id, data.webhookId))
        .run();
      recordEvent(tx, {
        at,
        actorId: viewer.personId,
        action: 'webhook.updated',
        entityType: 'Webhook',
        entityId: data.webhookId,
        data: { kinds: data.kinds ?? null, enabled: data.enabled ?? null },
      });
      return webhookToManage({ db: tx as never, viewer }, data.webhookId);
    },
    { behavior: 'immediate' },
  );
}
