import { type MyWork, myWorkOf } from '../../domain/drafts/myWork.ts';
import { builder } from '../builder.ts';
import { Ballot } from './ballot.ts';
import { CommentThread } from './comment.ts';
import { Draft, DraftStageEnum } from './draft.ts';
import { Person } from './person.ts';

// The workspace's first page: what waits for the signed-in person in their committees.

type Group = MyWork['draftsByStage'][number];
type BallotToVote = MyWork['ballotsToVote'][number];

const DraftsAtStage = builder.objectRef<Group>('DraftsAtStage').implement({
  description: "The active drafts of the person's committees at one stage.",
  fields: (t) => ({
    stage: t.field({ type: DraftStageEnum, description: 'The stage.', resolve: (g) => g.stage }),
    drafts: t.field({ type: [Draft], description: 'Drafts at it, last changed first.', resolve: (g) => g.drafts }),
  }),
});

const BallotToVoteRef = builder.objectRef<BallotToVote>('BallotToVote').implement({
  description: 'An open ballot the person may vote in and has not voted in yet.',
  fields: (t) => ({
    ballot: t.field({ type: Ballot, description: 'The ballot.', resolve: (b) => b.ballot }),
    daysLeft: t.int({
      description: 'Days until it closes, counted up (1: it closes within a day).',
      resolve: (b) => b.daysLeft,
    }),
  }),
});

const MyWorkRef = builder.objectRef<MyWork>('MyWork').implement({
  description:
    'What waits for the person in their committees (including those where an administrator acts as officer); ' +
    'each list holds at most 100.',
  fields: (t) => ({
    draftsByStage: t.field({
      type: [DraftsAtStage],
      description: 'Active drafts of their committees, grouped by stage in lifecycle order (empty stages left out).',
      resolve: (w) => w.draftsByStage,
    }),
    ballotsToVote: t.field({
      type: [BallotToVoteRef],
      description: 'Open ballots they may vote in and have not, closing soonest first.',
      resolve: (w) => w.ballotsToVote,
    }),
    threadsAwaitingDisposition: t.field({
      type: [CommentThread],
      description: 'Open comments on drafts of committees where they dispose of comments (officers).',
      resolve: (w) => w.threadsAwaitingDisposition,
    }),
    threadsAwaitingReply: t.field({
      type: [CommentThread],
      description: 'Their own open comments whose latest reply is by someone else.',
      resolve: (w) => w.threadsAwaitingReply,
    }),
  }),
});

builder.objectField(Person, 'myWork', (t) =>
  t.field({
    type: MyWorkRef,
    nullable: true,
    description: 'What waits for this person (`viewer { myWork { … } }`); null for anyone but the person.',
    resolve: (person, _a, ctx) =>
      ctx.viewer !== null && ctx.viewer.personId === person.id ? myWorkOf(ctx.db, ctx.viewer, ctx.now()) : null,
  }),
);
