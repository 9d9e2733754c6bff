import { filter, map, pipe } from 'graphql-yoga';
import { activityEvent, authorizeDraftActivity, type EventRow } from '../../domain/drafts/activity.ts';
import { builder } from '../builder.ts';
import { Draft } from './draft.ts';
import { HistoryEvent } from './history.ts';

builder.subscriptionType({ description: 'Live updates, served over Server-Sent Events (`Accept: text/event-stream`).' });

builder.subscriptionField('draftActivity', (t) =>
  t.field({
    type: HistoryEvent,
    description:
      'New events on a draft as they are committed: comments, replies, dispositions, votes, ballots, revisions and stage moves. Only for those who may read the draft.',
    args: { draftId: t.arg.globalID({ required: true, for: Draft, description: 'Global ID of the draft to follow.' }) },
    subscribe: (_root, args, ctx) => {
      const draftId = Number(args.draftId.id);
      authorizeDraftActivity(ctx, draftId);
      return pipe(
        ctx.activity.subscribe(draftId),
        map((activity) => activityEvent(ctx, draftId, activity.eventId)),
        filter((event): event is EventRow => event !== null),
      );
    },
    resolve: (event: EventRow) => event,
  }),
);
