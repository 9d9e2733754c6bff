import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { webhooks } from '../../db/webhook-tables.ts';
import { urlProblem } from '../../webhooks/address-policy.ts';
import { newSecret } from '../../webhooks/signature.ts';
import { assertAllowed } from '../accounts/permissions.ts';
import { DomainError } from '../errors.ts';
import { recordEvent } from '../events.ts';
import { NOTIFICATION_KINDS } from '../notifications/kinds.ts';
import { nowIso, parseInput, requireSignedIn, type VerbArgs } from '../verb.ts';

/** How many webhooks one person may have. */
export const MAX_WEBHOOKS_PER_PERSON = 10;

export const webhookUrl = z
  .string()
  .max(2_000, 'at most 2000 characters')
  .superRefine((text, issue) => {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return void issue.addIssue({ code: 'custom', message: 'not a URL' });
    }
    const problem = urlProblem(url);
    if (problem) issue.addIssue({ code: 'custom', message: problem });
  });

export const webhookKinds = z
  .array(z.enum(NOTIFICATION_KINDS))
  .min(1, 'choose at least one kind')
  .transform((kinds) => [...new Set(kinds)].sort());

const input = z.object({
  url: webhookUrl,
  kinds: webhookKinds,
  /** Whose notifications it receives; administrators only may name someone else. Default: the caller. */
  personId: z.number().int().positive().nullish(),
});

export interface CreatedWebhook {
  id: number;
  /** Shown once: it is never answered again. */
  secret: string;
}

/** Registers a webhook for the person's notifications of the chosen kinds; answers its secret once. */
export function createWebhook({ ctx, input: raw }: VerbArgs<z.input<typeof input>>): CreatedWebhook {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  const personId = data.personId ?? viewer.personId;
  assertAllowed(viewer, 'webhook.create', { ownerId: personId });
  const at = nowIso(ctx);
  const secret = newSecret();
  return ctx.db.transaction(
    (tx) => {
      const person = tx.get(sql`select id from people where id = ${personId}`);
      if (person === undefined) throw new DomainError('NOT_FOUND', 'No such person.', { field: 'personId' });
      const { count } = tx.get<{ count: number }>(
        sql`select count(*) as count from webhooks where person_id = ${personId}`,
      )!;
      if (count >= MAX_WEBHOOKS_PER_PERSON)
        throw new DomainError('INVALID_INPUT', `at most ${MAX_WEBHOOKS_PER_PERSON} webhooks per person`, {
          field: 'url',
        });
      const row = tx
        .insert(webhooks)
        .values({ personId, url: data.url, kinds: JSON.stringify(data.kinds), secret, createdAt: at })
        .returning({ id: webhooks.id })
        .get();
      recordEvent(tx, {
        at,
        actorId: viewer.personId,
        action: 'webhook.created',
        entityType: 'Webhook',
        entityId: row.id,
        data: { url: data.url, kinds: data.kinds, personId },
      });
      return { id: row.id, secret };
    },
    { behavior: 'immediate' },
  );
}
