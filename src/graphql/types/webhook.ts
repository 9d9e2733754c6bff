import { isAllowed } from '../../domain/accounts/permissions.ts';
import { DomainError } from '../../domain/errors.ts';
import { createWebhook } from '../../domain/webhooks/createWebhook.ts';
import { deleteWebhook } from '../../domain/webhooks/deleteWebhook.ts';
import {
  deliveryPage,
  listWebhooks,
  webhookToManage,
  type DeliveryRow,
  type WebhookRow,
} from '../../domain/webhooks/read.ts';
import { updateWebhook } from '../../domain/webhooks/updateWebhook.ts';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../builder.ts';
import { enumOf } from './enum-of.ts';
import { NotificationKindEnum } from './notification.ts';
import { Person } from './person.ts';

const DeliveryStatusEnum = enumOf(
  'WebhookDeliveryStatus',
  'Where a delivery stands.',
  ['PENDING', 'DELIVERED', 'FAILED'] as const,
  {
    PENDING: 'Not yet accepted by the receiver: sent at `nextAttemptAt` (retried with backoff for 24 hours).',
    DELIVERED: 'The receiver answered 2xx.',
    FAILED: 'Given up after 24 hours of failures; the webhook was disabled.',
  },
);

const WebhookDelivery = builder.objectRef<DeliveryRow>('WebhookDelivery').implement({
  description: 'One event sent (or to send) to a webhook, with the outcome of its last attempt.',
  fields: (t) => ({
    id: t.id({ description: 'The delivery number.', resolve: (d) => String(d.id) }),
    eventId: t.string({
      description: 'The `webhook-id` header and body `id`: the same on every attempt, to deduplicate.',
      resolve: (d) => `evt_${d.notificationId}`,
    }),
    kind: t.field({ type: NotificationKindEnum, description: 'The event type.', resolve: (d) => d.kind }),
    status: t.field({ type: DeliveryStatusEnum, description: 'Where it stands.', resolve: (d) => d.status }),
    attempts: t.int({ description: 'Attempts made.', resolve: (d) => d.attempts }),
    lastStatus: t.int({
      nullable: true,
      description: "The receiver's HTTP status at the last attempt; null when none came (timeout, refused, reset).",
      resolve: (d) => d.lastStatus,
    }),
    lastError: t.string({ nullable: true, description: 'Why the last attempt failed.', resolve: (d) => d.lastError }),
    lastAttemptAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When last tried.',
      resolve: (d) => d.lastAttemptAt,
    }),
    nextAttemptAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it is tried next, while pending (after the deliveries queued before it).',
      resolve: (d) => (d.status === 'PENDING' ? d.nextAttemptAt : null),
    }),
    deliveredAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When accepted.',
      resolve: (d) => d.deliveredAt,
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When queued.', resolve: (d) => d.createdAt }),
  }),
});

const cursorOf = (id: number) => Buffer.from(`delivery:${id}`).toString('base64');
function idOfCursor(cursor: string): number {
  const match = /^delivery:([1-9]\d{0,14})$/u.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) throw new DomainError('INVALID_INPUT', 'after: not a cursor of this list', { field: 'after' });
  return Number(match[1]);
}

export const Webhook = builder.objectRef<WebhookRow>('Webhook').implement({
  description: "A URL that receives a person's notifications of chosen kinds, signed (see docs/notifications.md).",
  fields: (t) => ({
    id: t.id({ description: 'The webhook number.', resolve: (w) => String(w.id) }),
    url: t.string({ description: 'Where deliveries are POSTed.', resolve: (w) => w.url }),
    kinds: t.field({ type: [NotificationKindEnum], description: 'The kinds delivered.', resolve: (w) => w.kinds }),
    enabled: t.boolean({
      description: 'False once disabled: nothing is queued or sent.',
      resolve: (w) => w.disabledAt === null,
    }),
    disabledAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When disabled.',
      resolve: (w) => w.disabledAt,
    }),
    disabledReason: t.string({
      nullable: true,
      description: 'Why: by a person, or failing for 24 hours (with the last error).',
      resolve: (w) => w.disabledReason,
    }),
    failingSince: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'The first failure of the current run of failures; null after a success.',
      resolve: (w) => w.failingSince,
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When created.', resolve: (w) => w.createdAt }),
    deliveries: t.connection(
      {
        type: WebhookDelivery,
        description: `The delivery log, newest first (pages of at most ${MAX_PAGE_SIZE}, forward only).`,
        resolve: (w, args, ctx) => {
          if (args.last != null || args.before != null)
            throw new DomainError('INVALID_INPUT', 'last: the log pages forward only (first/after)', { field: 'last' });
          const first = args.first ?? DEFAULT_PAGE_SIZE;
          if (first < 0 || first > MAX_PAGE_SIZE)
            throw new DomainError('INVALID_INPUT', `first: from 0 to ${MAX_PAGE_SIZE}`, { field: 'first' });
          const page = deliveryPage(ctx, w.id, { first, before: args.after == null ? null : idOfCursor(args.after) });
          const edges = page.rows.map((node) => ({ cursor: cursorOf(node.id), node }));
          return {
            edges,
            pageInfo: {
              hasNextPage: page.hasNextPage,
              hasPreviousPage: args.after != null,
              startCursor: edges[0]?.cursor ?? null,
              endCursor: edges.at(-1)?.cursor ?? null,
            },
          };
        },
      },
      { name: 'WebhookDeliveryConnection', description: 'A page of deliveries, newest first.' },
      { name: 'WebhookDeliveryEdge', description: 'One delivery, with its cursor.' },
    ),
  }),
});

builder.objectFields(Person, (t) => ({
  webhooks: t.field({
    type: [Webhook],
    nullable: true,
    description: "The person's webhooks, oldest first; null unless the caller is the person or an administrator.",
    resolve: (person, _a, ctx) =>
      isAllowed(ctx.viewer, 'person.readPrivate', { ownerId: person.id }) ? listWebhooks(ctx, person.id) : null,
  }),
}));

builder.relayMutationField(
  'createWebhook',
  {
    description: 'The webhook to create.',
    inputFields: (t) => ({
      url: t.string({
        required: true,
        description:
          'An https URL (plain http only to a loopback address); private addresses are refused unless configured.',
      }),
      kinds: t.field({
        type: [NotificationKindEnum],
        required: true,
        description: 'The kinds to deliver (at least one).',
      }),
      personId: t.globalID({
        for: Person,
        description:
          "Whose notifications: the caller's own only (another person's is FORBIDDEN, administrators included).",
      }),
    }),
  },
  {
    description: "Creates a webhook for the caller's own notifications. The secret is answered once.",
    resolve: (_root, { input }, ctx) => {
      const created = createWebhook({
        ctx,
        input: { url: input.url, kinds: input.kinds, personId: input.personId ? Number(input.personId.id) : null },
      });
      return { webhook: webhookToManage(ctx, created.id), secret: created.secret };
    },
  },
  {
    outputFields: (t) => ({
      webhook: t.field({ type: Webhook, description: 'The webhook created.', resolve: (r) => r.webhook }),
      secret: t.string({
        description:
          'The signing secret `whsec_<base64>`: shown only here, never again. Store it to verify signatures.',
        resolve: (r) => r.secret,
      }),
    }),
  },
);

builder.relayMutationField(
  'updateWebhook',
  {
    description: 'What to change.',
    inputFields: (t) => ({
      webhookId: t.id({ required: true, description: 'The webhook number (`Webhook.id`).' }),
      kinds: t.field({ type: [NotificationKindEnum], description: 'The kinds to deliver from now on.' }),
      enabled: t.boolean({ description: 'false: stop; true: start again (the failure clock restarts).' }),
    }),
  },
  {
    description: 'Changes the kinds of a webhook or turns it off or on; its owner or an administrator.',
    resolve: (_root, { input }, ctx) => ({
      webhook: updateWebhook({
        ctx,
        input: { webhookId: Number(input.webhookId), kinds: input.kinds, enabled: input.enabled },
      }),
    }),
  },
  {
    outputFields: (t) => ({
      webhook: t.field({ type: Webhook, description: 'The webhook as it now is.', resolve: (r) => r.webhook }),
    }),
  },
);

builder.relayMutationField(
  'deleteWebhook',
  {
    description: 'The webhook to delete.',
    inputFields: (t) => ({ webhookId: t.id({ required: true, description: 'The webhook number (`Webhook.id`).' }) }),
  },
  {
    description:
      'Deletes a webhook and its delivery log; deliveries not yet sent are dropped. Its owner or an administrator.',
    resolve: (_root, { input }, ctx) => ({
      deleted: deleteWebhook({ ctx, input: { webhookId: Number(input.webhookId) } }),
    }),
  },
  {
    outputFields: (t) => ({
      deleted: t.boolean({ description: 'True: it was deleted.', resolve: (r) => r.deleted }),
    }),
  },
);
