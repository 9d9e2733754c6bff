import type { Context } from '../../context.ts';
import { loadVoterSeat } from '../../domain/ballots/access.ts';
import { castVote } from '../../domain/ballots/castVote.ts';
import { closeBallot } from '../../domain/ballots/closeBallot.ts';
import { openBallot } from '../../domain/ballots/openBallot.ts';
import { BALLOT_STATUSES, ballotAbilities, ballotStatus, maySeeVotes } from '../../domain/ballots/policy.ts';
import { currentVotes } from '../../domain/ballots/votes.ts';
import { BALLOT_RESULTS, BALLOT_STAGES, VOTE_VALUES } from '../../domain/enums.ts';
import { builder } from '../builder.ts';
import { draftLoaders, readScope } from '../draft-access.ts';
import { BallotRuleEnum, VotingUnitEnum } from './ballot-rules.ts';
import { enumOf } from './enum-of.ts';
import { LocalizedText } from './localized-text.ts';
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
    APPROVED: "The committee's ballot rule (`Ballot.rule`) is met; `Ballot.explanation` says how.",
    NOT_APPROVED: 'Otherwise, including when no votes (or only abstentions) were cast.',
  },
);
const BallotStageEnum = enumOf('BallotStage', 'The stage a ballot is held at.', BALLOT_STAGES, {
  ENQUIRY: 'The enquiry ballot.',
  APPROVAL: 'The approval ballot on the final text.',
});
const BallotStatusEnum = enumOf('BallotStatus', 'Where a ballot stands, by the server clock.', BALLOT_STATUSES, {
  SCHEDULED: 'Opens at `opensAt`; votes before then are refused with BALLOT_NOT_OPEN.',
  OPEN: 'Taking votes until the closing time.',
  AWAITING_CLOSURE:
    'The closing time has passed and votes are refused; the server closes it and computes the result within a ' +
    'minute (or an officer closes it first).',
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
    memberBody: t.exposeString('memberBody', {
      nullable: true,
      description: 'The member body the vote was cast for, where the ballot votes by member body; null otherwise.',
    }),
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
    opensAt: t.expose('opensAt', {
      type: 'DateTime',
      description: 'When voting starts (the opening time, or when it was opened).',
    }),
    closesAt: t.expose('closesAt', { type: 'DateTime', description: 'Votes are taken until this time.' }),
    closedAt: t.expose('closedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was closed (by an officer, or automatically after `closesAt`); null before.',
    }),
    status: t.field({
      type: BallotStatusEnum,
      description: 'Open, awaiting closure, or closed.',
      select: { columns: { closedAt: true, closesAt: true, opensAt: true } },
      resolve: (b, _a, ctx) => ballotStatus(b, ctx.now()),
    }),
    result: t.expose('result', {
      type: BallotResultEnum,
      nullable: true,
      description: 'The computed result; null until closed.',
    }),
    rule: t.field({
      type: BallotRuleEnum,
      description: "The rule that decides the result: the committee's when the ballot opened.",
      select: { columns: { rule: true } },
      resolve: (b) => b.rule ?? 'ISO',
    }),
    votesBy: t.field({
      type: VotingUnitEnum,
      description: 'Whether each voting member votes, or each member body (through its head of delegation).',
      select: { columns: { votesBy: true } },
      resolve: (b) => b.votesBy ?? 'PERSON',
    }),
    explanation: t.field({
      type: LocalizedText,
      nullable: true,
      description:
        'Why the result is what it is, in English and Chinese, e.g. "2 of 3 votes cast by voting members approve: ' +
        'at least 2/3; 1 of 4 votes cast against: more than 1/4. Not approved."; null until closed.',
      select: { columns: { explanationEn: true, explanationZh: true } },
      resolve: (b) => (b.explanationEn === null ? null : { en: b.explanationEn, zh: b.explanationZh }),
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
      description:
        'The viewer may vote now: a voting member (MEMBER) of the committee, ballot open; where the committee ' +
        "votes by member body, only a body's head of delegation.",
      select: abilityColumns,
      resolve: async (b, _a, ctx) => (await abilities(ctx, b)).vote,
    }),
    viewerCanClose: t.boolean({
      description: 'The viewer may close the ballot now: secretary or chair, closing time passed.',
      select: abilityColumns,
      resolve: async (b, _a, ctx) => (await abilities(ctx, b)).close,
    }),
  }),
});

const abilityColumns = {
  columns: { draftId: true, opensAt: true, closesAt: true, closedAt: true, votesBy: true },
} as const;
type AbilityFields = { draftId: number; opensAt: string; closesAt: string; closedAt: string | null } & {
  votesBy: 'PERSON' | 'MEMBER_BODY' | null;
};

/** What the viewer may do with the ballot now: the policy the verbs enforce (domain/ballots/policy.ts). */
async function abilities(ctx: Context, ballot: AbilityFields) {
  const draft = await draftLoaders(ctx).draft.load(ballot.draftId);
  if (draft === null) return { vote: false, close: false, seeVotes: false };
  // The voter's seat matters only where the committee votes by member body.
  const seat =
    ballot.votesBy === 'MEMBER_BODY' && ctx.viewer !== null
      ? loadVoterSeat(ctx.db, ctx.viewer.personId, draft.committeeId)
      : null;
  return ballotAbilities(ctx.viewer, ballot, draft, ctx.now(), seat);
}

async function mayReadVotes(ctx: Context, draftId: number): Promise<boolean> {
  const draft = await draftLoaders(ctx).draft.load(draftId);
  return draft !== null && maySeeVotes(ctx.viewer, draft);
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
      opensAt: t.field({
        type: 'DateTime',
        description: 'When voting starts; default now. A later time schedules the ballot (`status` SCHEDULED).',
      }),
      closesAt: t.field({
        type: 'DateTime',
        required: true,
        description:
          "When voting ends: after the opening time, and no sooner than the committee's minimum duration for the " +
          'stage (otherwise BALLOT_TOO_SHORT). The server closes the ballot at this time.',
      }),
    }),
  },
  {
    description:
      'Opens a ballot on the current revision of a draft at ENQUIRY or APPROVAL (secretary or chair); not while ' +
      'another ballot is open or a technical comment is unresolved.',
    resolve: (_root, { input }, ctx) => {
      const ballotId = openBallot({
        ctx,
        input: { revisionId: Number(input.revisionId.id), opensAt: input.opensAt, closesAt: input.closesAt },
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
      'Casts or changes a vote (voting members only; by member body, heads of delegation only, otherwise ' +
      'NOT_HEAD_OF_DELEGATION) from the opening time (before it, BALLOT_NOT_OPEN) until the closing time (after ' +
      'it, BALLOT_CLOSED). Earlier votes stay recorded.',
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
      'Closes a ballot at or after its closing time and computes its counts, result and explanation by the ' +
      "committee's rule (secretary or chair); the server also closes it by itself.",
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
