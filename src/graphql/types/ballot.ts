import type { Context } from '../../context.ts';
import { isAllowed } from '../../domain/accounts/permissions.ts';
import { BALLOT_STATUSES, ballotStatus } from '../../domain/ballots/access.ts';
import { castVote } from '../../domain/ballots/castVote.ts';
import { closeBallot } from '../../domain/ballots/closeBallot.ts';
import { openBallot } from '../../domain/ballots/openBallot.ts';
import { currentVotes } from '../../domain/ballots/votes.ts';
import { draftSubject } from '../../domain/drafts/access.ts';
import { BALLOT_RESULTS, BALLOT_STAGES, VOTE_VALUES } from '../../domain/enums.ts';
import { builder } from '../builder.ts';
import { draftLoaders, readScope } from '../draft-access.ts';
import { enumOf } from './enum-of.ts';
import { DraftRevision } from './revision.ts';

const VoteValueEnum = enumOf('VoteValue', 'A vote on a ballot.', VOTE_VALUES, {
  APPROVE: 'Approve the text.',
  DISAPPROVE: 'Disapprove the text; a reason is required.',
  ABSTAIN: 'Abstain: not counted as a vote cast.',
});
const BallotResultEnum = enumOf(
  'BallotResult',
  'The outcome of a closed ballot, computed by the rule.',
  BALLOT_RESULTS,
  {
    APPROVED: 'At least 2/3 of the votes cast approve and at most 1/4 disapprove.',
    NOT_APPROVED: 'Otherwise, including when no votes (or only abstentions) were cast.',
  },
);
const BallotStageEnum = enumOf('BallotStage', 'The stage a ballot is held at.', BALLOT_STAGES, {
  ENQUIRY: 'The enquiry ballot.',
  APPROVAL: 'The approval ballot on the final text.',
});
const BallotStatusEnum = enumOf('BallotStatus', 'Where a ballot stands, by the server clock.', BALLOT_STATUSES, {
  OPEN: 'Taking votes until the closing time.',
  AWAITING_CLOSURE: 'The closing time has passed; an officer closes it to compute the result.',
  CLOSED: 'Closed: counts and result are final.',
});

export const Vote = builder.drizzleObject('votes', {
  name: 'Vote',
  description: "A vote cast on a ballot. Every vote is kept; a voter's latest vote is the one that counts.",
  fields: (t) => ({
    voter: t.relation('person', { description: 'Who voted.' }),
    value: t.expose('value', { type: VoteValueEnum, description: 'Approve, disapprove or abstain.' }),
    reason: t.exposeString('reason', { nullable: true, description: 'The reason given (required for a disapproval).' }),
    castAt: t.expose('castAt', { type: 'DateTime', description: 'When the vote was cast.' }),
  }),
});

const BallotCounts = builder
  .objectRef<{ approve: number; disapprove: number; abstain: number }>('BallotCounts')
  .implement({
    description: "The counts behind a ballot result: each voter's latest vote.",
    fields: (t) => ({
      approve: t.exposeInt('approve', { description: 'Votes to approve.' }),
      disapprove: t.exposeInt('disapprove', { description: 'Votes to disapprove.' }),
      abstain: t.exposeInt('abstain', { description: 'Abstentions (not counted as votes cast).' }),
    }),
  });

/** Guarded by its draft: whoever may read the draft reads its ballots; votes are the committee's. */
export const Ballot = builder.drizzleNode('ballots', {
  name: 'Ballot',
  description: "A ballot of the committee's voting members on one revision of a draft, at ENQUIRY or APPROVAL.",
  authScopes: async (ballot, ctx) => readScope(await draftLoaders(ctx).draft.load(ballot.draftId)),
  id: { column: (ballot) => ballot.id, description: 'Global ID of the ballot.' },
  fields: (t) => ({
    draft: t.relation('draft', { description: 'The draft balloted.' }),
    revision: t.relation('revision', { description: 'The revision voted on.' }),
    stage: t.expose('stage', { type: BallotStageEnum, description: 'ENQUIRY or APPROVAL.' }),
    opensAt: t.expose('opensAt', { type: 'DateTime', description: 'When the ballot opened.' }),
    closesAt: t.expose('closesAt', { type: 'DateTime', description: 'Votes are taken until this time.' }),
    closedAt: t.expose('closedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When an officer closed it; null before.',
    }),
    status: t.field({
      type: BallotStatusEnum,
      description: 'Open, awaiting closure, or closed.',
      select: { columns: { closedAt: true, closesAt: true } },
      resolve: (b, _a, ctx) => ballotStatus(b, ctx.now()),
    }),
    result: t.expose('result', {
      type: BallotResultEnum,
      nullable: true,
      description: 'The computed result; null until closed.',
    }),
    counts: t.field({
      type: BallotCounts,
      nullable: true,
      description: 'The counts the result was computed from; null until closed.',
      select: { columns: { closedAt: true, approveCount: true, disapproveCount: true, abstainCount: true } },
      resolve: (b) =>
        b.closedAt === null
          ? null
          : { approve: b.approveCount ?? 0, disapprove: b.disapproveCount ?? 0, abstain: b.abstainCount ?? 0 },
    }),
    // Who voted what is the committee's (and administrators'): others reading the draft (a public
    // enquiry) get empty lists and see the counts and the result once the ballot closes.
    votes: t.field({
      type: [Vote],
      description:
        "Each voter's current (latest) vote, in the order voters first voted. Empty for those who may not see " +
        'votes (`viewerCanSeeVotes`).',
      select: { columns: { id: true, draftId: true } },
      resolve: async (b, _a, ctx) => ((await mayReadVotes(ctx, b.draftId)) ? currentVotes(ctx.db, b.id) : []),
    }),
    voteHistory: t.relation('votes', {
      description:
        'Every vote cast, changed ones included, in the order cast. Empty for those who may not see votes ' +
        '(`viewerCanSeeVotes`).',
      query: { orderBy: { id: 'asc' } },
      authScopes: async (b, _a, ctx) => mayReadVotes(ctx, b.draftId),
      unauthorizedResolver: () => [],
    }),
    viewerCanSeeVotes: t.boolean({
      description:
        'The viewer sees who voted what (`votes`, `voteHistory`): members of the committee and administrators. ' +
        'Others see only `counts` and `result`, once the ballot is closed.',
      select: { columns: { draftId: true } },
      resolve: async (b, _a, ctx) => mayReadVotes(ctx, b.draftId),
    }),
    viewerCanVote: t.boolean({
      description: 'The viewer may vote now: a voting member (MEMBER) of the committee, ballot open.',
      select: { columns: { draftId: true, closedAt: true, closesAt: true } },
      resolve: async (b, _a, ctx) => ballotAbility(ctx, b, 'ballot.vote', 'OPEN'),
    }),
    viewerCanClose: t.boolean({
      description: 'The viewer may close the ballot now: secretary or chair, closing time passed.',
      select: { columns: { draftId: true, closedAt: true, closesAt: true } },
      resolve: async (b, _a, ctx) => ballotAbility(ctx, b, 'ballot.close', 'AWAITING_CLOSURE'),
    }),
  }),
});

async function mayReadVotes(ctx: Context, draftId: number): Promise<boolean> {
  const draft = await draftLoaders(ctx).draft.load(draftId);
  return draft !== null && isAllowed(ctx.viewer, 'ballot.readVotes', draftSubject(draft));
}

async function ballotAbility(
  ctx: Context,
  ballot: { draftId: number; closedAt: string | null; closesAt: string },
  action: 'ballot.vote' | 'ballot.close',
  status: (typeof BALLOT_STATUSES)[number],
): Promise<boolean> {
  const draft = await draftLoaders(ctx).draft.load(ballot.draftId);
  return (
    draft !== null && ballotStatus(ballot, ctx.now()) === status && isAllowed(ctx.viewer, action, draftSubject(draft))
  );
}

const ballotById = (ctx: Context, id: number) => ctx.db.query.ballots.findFirst({ where: { id } }).sync()!;

builder.relayMutationField(
  'openBallot',
  {
    description: 'The ballot to open.',
    inputFields: (t) => ({
      revisionId: t.globalID({
        required: true,
        for: DraftRevision,
        description: "The revision to ballot: the draft's current one (otherwise CONFLICT).",
      }),
      closesAt: t.field({ type: 'DateTime', required: true, description: 'When voting ends; must be in the future.' }),
    }),
  },
  {
    description:
      'Opens a ballot on the current revision of a draft at ENQUIRY or APPROVAL (secretary or chair); not while ' +
      'another ballot is open or a technical comment is unresolved.',
    resolve: (_root, { input }, ctx) => {
      const ballotId = openBallot({
        ctx,
        input: { revisionId: Number(input.revisionId.id), closesAt: input.closesAt },
      });
      return { ballotId };
    },
  },
  {
    outputFields: (t) => ({
      ballot: t.field({
        type: Ballot,
        description: 'The new ballot.',
        resolve: (r, _a, ctx) => ballotById(ctx, r.ballotId),
      }),
    }),
  },
);

builder.relayMutationField(
  'castVote',
  {
    description: 'A vote.',
    inputFields: (t) => ({
      ballotId: t.globalID({ required: true, for: Ballot, description: 'The ballot.' }),
      value: t.field({ type: VoteValueEnum, required: true, description: 'Approve, disapprove or abstain.' }),
      reason: t.string({ description: 'The reason; required to disapprove.' }),
    }),
  },
  {
    description:
      'Casts or changes a vote (voting members only) until the closing time; after it, BALLOT_CLOSED. Earlier ' +
      'votes stay recorded.',
    resolve: (_root, { input }, ctx) => {
      const result = castVote({ ctx, input: { ...input, ballotId: Number(input.ballotId.id) } });
      return result;
    },
  },
  {
    outputFields: (t) => ({
      vote: t.field({
        type: Vote,
        description: 'The vote cast.',
        resolve: (r, _a, ctx) => ctx.db.query.votes.findFirst({ where: { id: r.voteId } }).sync()!,
      }),
      ballot: t.field({
        type: Ballot,
        description: 'The ballot voted on.',
        resolve: (r, _a, ctx) => ballotById(ctx, r.ballotId),
      }),
    }),
  },
);

builder.relayMutationField(
  'closeBallot',
  {
    description: 'The ballot to close.',
    inputFields: (t) => ({ ballotId: t.globalID({ required: true, for: Ballot, description: 'The ballot.' }) }),
  },
  {
    description:
      'Closes a ballot at or after its closing time and computes its counts and result (secretary or chair).',
    resolve: (_root, { input }, ctx) => {
      const ballotId = closeBallot({ ctx, input: { ballotId: Number(input.ballotId.id) } });
      return { ballotId };
    },
  },
  {
    outputFields: (t) => ({
      ballot: t.field({
        type: Ballot,
        description: 'The ballot, closed, with its result.',
        resolve: (r, _a, ctx) => ballotById(ctx, r.ballotId),
      }),
    }),
  },
);
