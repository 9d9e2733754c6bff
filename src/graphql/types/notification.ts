import { encodeGlobalID } from '@pothos/plugin-relay';
import { DomainError } from '../../domain/errors.ts';
import {
  notificationCount,
  notificationPage,
  unreadCount,
  type NotificationRow,
} from '../../domain/notifications/feed.ts';
import { NOTIFICATION_KINDS } from '../../domain/notifications/kinds.ts';
import { markNotificationsRead, MAX_MARKED } from '../../domain/notifications/markNotificationsRead.ts';
import { requireSignedIn } from '../../domain/verb.ts';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../builder.ts';
import { enumOf } from './enum-of.ts';
import { Person } from './person.ts';

export const NotificationKindEnum = enumOf('NotificationKind', 'What a notification tells.', NOTIFICATION_KINDS, {
  VERSION_PUBLISHED: 'A new version of a followed standard was published or imported.',
  VERSION_WITHDRAWN: 'A version of a followed standard was withdrawn.',
  CORRECTION_RECORDED: 'A correction was recorded: a corrigendum or amendment, or a metadata correction by import.',
  DRAFT_STAGE_CHANGED: 'A draft moved to another stage (`data.from`, `data.to`).',
  PUBLIC_ENQUIRY_OPENED: 'A draft opened for public enquiry: any signed-in user may read and comment on it.',
  BALLOT_OPENED: 'A ballot opened on a draft (`data.closesAt`).',
  BALLOT_CLOSED: 'A ballot closed, with its result and counts (never who voted what).',
  COMMENT_DISPOSED: 'The secretariat recorded a disposition of a comment the person wrote.',
  COMMENT_REPLIED: 'Someone replied to a comment thread the person started.',
  DEADLINE_AHEAD: 'A cut-off or mandatory date of a followed version is 90, 30 or 7 days ahead (`data.daysAhead`).',
  DEADLINE_PASSED: 'A cut-off or mandatory date of a followed version is today.',
  VOTE_REMINDER:
    'A ballot the person may vote in, and has not, closes within 3 days or within 1 day (`data.closesAt`).',
  WEBHOOK_DISABLED: 'A webhook of the person failed for 24 hours and was disabled (`data.url`, `data.lastError`).',
  ACCOUNT_LINK_ISSUED:
    'An administrator issued the person an invitation or password-reset link (`data.purpose`, `data.url` while ' +
    'the link is unused, `data.expiresAt`).',
});

const Notification = builder.objectRef<NotificationRow>('Notification').implement({
  description: 'Something the signed-in person is told about. Only the person sees their notifications.',
  fields: (t) => ({
    id: t.id({ description: 'The notification number (to mark it read).', resolve: (n) => String(n.id) }),
    kind: t.field({ type: NotificationKindEnum, description: 'What it tells.', resolve: (n) => n.kind }),
    subject: t.id({
      description:
        'Global ID of what it is about (a `StandardVersion` or a `Draft`; `Webhook:<n>` for WEBHOOK_DISABLED), ' +
        'for `node(id:)`; reading it applies the usual permissions.',
      resolve: (n) => encodeGlobalID(n.subjectType, n.subjectId),
    }),
    data: t.field({
      type: 'JSON',
      description: 'The details, per kind (a designation, stages, a ballot result, a date and how far ahead).',
      resolve: (n) => JSON.parse(n.data) as unknown,
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was written.', resolve: (n) => n.createdAt }),
    read: t.boolean({ description: 'True once marked read.', resolve: (n) => n.readAt !== null }),
    readAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was marked read; null while unread.',
      resolve: (n) => n.readAt,
    }),
  }),
});

interface Feed {
  personId: number;
  unreadOnly: boolean;
}

const cursorOf = (id: number) => Buffer.from(`notification:${id}`).toString('base64');
function idOfCursor(cursor: string): number {
  const match = /^notification:([1-9]\d{0,14})$/u.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) throw new DomainError('INVALID_INPUT', 'after: not a cursor of this list', { field: 'after' });
  return Number(match[1]);
}

builder.objectFields(Person, (t) => ({
  notifications: t.connection(
    {
      type: Notification,
      nullable: true,
      description:
        `The person's notifications, newest first (pages of at most ${MAX_PAGE_SIZE}, forward only: ` +
        `\`first\`/\`after\`); null unless the caller is the person.`,
      args: { unreadOnly: t.arg.boolean({ defaultValue: false, description: 'Only those not yet marked read.' }) },
      resolve: (person, args, ctx) => {
        if (ctx.viewer?.personId !== person.id) return null;
        if (args.last != null || args.before != null)
          throw new DomainError('INVALID_INPUT', 'last: the feed pages forward only (first/after)', { field: 'last' });
        const first = args.first ?? DEFAULT_PAGE_SIZE;
        if (first < 0 || first > MAX_PAGE_SIZE)
          throw new DomainError('INVALID_INPUT', `first: from 0 to ${MAX_PAGE_SIZE}`, { field: 'first' });
        const unreadOnly = args.unreadOnly ?? false;
        const page = notificationPage(ctx, person.id, {
          first,
          before: args.after == null ? null : idOfCursor(args.after),
          unreadOnly,
        });
        const edges = page.rows.map((node) => ({ cursor: cursorOf(node.id), node }));
        return {
          feed: { personId: person.id, unreadOnly } satisfies Feed,
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
    {
      name: 'NotificationConnection',
      description: 'A page of notifications, newest first.',
      fields: (c) => ({
        totalCount: c.int({
          description: 'How many notifications the list holds, across all pages.',
          resolve: (p, _a, ctx) => {
            const f = (p as unknown as { feed: Feed }).feed;
            return notificationCount(ctx, f.personId, f.unreadOnly);
          },
        }),
        unreadCount: c.int({
          description: "How many of the person's notifications are unread.",
          resolve: (p, _a, ctx) => unreadCount(ctx, (p as unknown as { feed: Feed }).feed.personId),
        }),
      }),
    },
    { name: 'NotificationEdge', description: 'One notification, with its cursor.' },
  ),
}));

builder.relayMutationField(
  'markNotificationsRead',
  {
    description: 'The notifications to mark read: `ids`, or `all: true`.',
    inputFields: (t) => ({
      ids: t.idList({
        description:
          `Notification numbers (\`Notification.id\`), at most ${MAX_MARKED}; numbers that are not the caller's ` +
          `change nothing.`,
      }),
      all: t.boolean({ description: 'Mark every unread notification of the caller read.' }),
    }),
  },
  {
    description: "Marks the caller's own notifications read.",
    resolve: (_root, { input }, ctx) => ({
      marked: markNotificationsRead({
        ctx,
        input: { ids: input.ids?.map((id) => Number(id)) ?? null, all: input.all },
      }),
    }),
  },
  {
    outputFields: (t) => ({
      marked: t.int({ description: 'How many were unread and are now read.', resolve: (r) => r.marked }),
    }),
  },
);

builder.subscriptionField('notifications', (t) =>
  t.field({
    type: Notification,
    description:
      "The signed-in person's new notifications as they are written (looked for every few seconds), whatever " +
      'wrote them: a change through the API, an import, a reminder run. Counts against the same limits as ' +
      '`draftActivity` streams (TOO_MANY_STREAMS, HTTP 429); ends when the token is revoked.',
    subscribe: (_root, _args, ctx) => {
      requireSignedIn(ctx);
      return ctx.streams.openNotifications(ctx);
    },
    resolve: (row) => row,
  }),
);
