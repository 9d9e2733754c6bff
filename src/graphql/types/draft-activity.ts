import { authorizeDraftActivity, type ActivityEvent } from '../../domain/drafts/activity.ts';
import { builder } from '../builder.ts';
import { Draft } from './draft.ts';
import { HistoryEvent } from './history.ts';

builder.subscriptionType({
  description: 'Live updates, served over Server-Sent Events (`Accept: text/event-stream`).',
});

builder.subscriptionField('draftActivity', (t) =>
  t.drizzleField({
    type: HistoryEvent,
    description:
      'New events on a draft as they are committed: comments, replies, dispositions, votes, ballots, revisions ' +
      'and stage moves. Only for those who may read the draft; votes only for the committee and administrators. ' +
      'The stream ends when the viewer may no longer read the draft (token revoked, role removed, public enquiry ' +
      'over). Open streams are limited per token and in all: beyond, TOO_MANY_STREAMS (HTTP 429).',
    args: { draftId: t.arg.globalID({ required: true, for: Draft, description: 'Global ID of the draft to follow.' }) },
    subscribe: (_root, args, ctx) => {
      const draftId = Number(args.draftId.id);
      authorizeDraftActivity(ctx, draftId);
      return ctx.streams.open(ctx, draftId);
    },
    // Each stream's row carries every column of the event and its actor, read once for all streams:
    // the plan is recorded (so the fields below read the row) but never run as a query.
    resolve: (query, event) => {
      query();
      return event as ActivityEvent;
    },
  }),
);
