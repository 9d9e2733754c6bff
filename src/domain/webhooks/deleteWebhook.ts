import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { webhooks } from '../../db/webhook-tables.ts';
import { recordEvent } from '../events.ts';
import { nowIso, parseInput, requireSignedIn, type VerbArgs } from '../verb.ts';
import { webhookToManage } from './read.ts';

const input = z.object({ webhookId: z.number().int().positive() });

/** Deletes a webhook with its delivery log (pending deliveries are dropped); its owner or an administrator. */
export function deleteWebhook({ ctx, input: raw }: VerbArgs<z.input<typeof input>>): boolean {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  const at = nowIso(ctx);
  return ctx.db.transaction(
    (tx) => {
      const hook = webhookToManage({ db: tx as never, viewer }, data.webhookId);
      // The deliveries go with it (on delete cascade).
      tx.delete(webhooks).where(eq(webhooks.id, data.webhookId)).run();
      recordEvent(tx, {
        at,
        actorId: viewer.personId,
        action: 'webhook.deleted',
        entityType: 'Webhook',
        entityId: data.webhookId,
        data: { url: hook.url, personId: hook.personId },
      });
      return true;
    },
    { behavior: 'immediate' },
  );
}
