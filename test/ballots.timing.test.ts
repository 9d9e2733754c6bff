import { beforeEach, describe, expect, it } from 'vitest';
import type { DraftActivity } from '../src/domain/activity.ts';
import { closeDueBallots } from '../src/domain/ballots/closeDueBallots.ts';
import { graphql } from './gql/index.ts';
import {
  codeOf,
  draftInCommittee,
  executeAs,
  later,
  moveTo,
  ok,
  setUpCommittee,
  type Committee,
} from './support/committee.ts';
import { createTestDb } from './support/db.ts';

// When a ballot runs: no shorter than the committee's minimum for the stage, possibly scheduled to
// open later, and closed by the server once its closing time has passed. The clock is the app's.

const SetRules = graphql(`
  mutation TimingRules($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input: $input) { ballotRules {
    rule } } }
`);
const Open = graphql(`
  mutation TimingOpen($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id status opensAt closesAt } } }
`);
const Vote = graphql(`
  mutation TimingVote($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }
`);
const Close = graphql(`
  mutation TimingClose($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { status } } }
`);
const BallotRead = graphql(`
  query TimingBallot($id: ID!) { node(id: $id) { ... on Ballot { status result closedAt counts { approve disapprove }
    explanation { en } viewerCanVote viewerCanClose votes { value } } } }
`);
const DraftRead = graphql(`
  query TimingDraft($id: ID!) { draft(id: $id) { viewerCanMoveTo viewerCanOpenBallot ballots { status }
    history(first: 1) { edges { node { action actor { name } data } } } } }
`);

const DraftHistory = graphql(`
  query TimingDraftHistory($id: ID!) { draft(id: $id) { history(first: 50) { edges { node { action } } } } }
`);

let c: Committee;
let draftId: string;
let revisionId: string;
beforeEach(async () => {
  c = setUpCommittee(createTestDb().db);
  ({ draftId, revisionId } = await draftInCommittee(c));
  await moveTo(c, draftId, ['ENQUIRY'], { publicEnquiry: true });
});

const open = (closesAt: Date, opensAt?: Date) =>
  executeAs(c.app, c.secretary.token, Open, {
    input: {
      revisionId,
      closesAt: closesAt.toISOString(),
      ...(opensAt === undefined ? {} : { opensAt: opensAt.toISOString() }),
    },
  });
const vote = (ballotId: string, k = 0) =>
  executeAs(c.app, c.members[k]!.token, Vote, { input: { ballotId, value: 'APPROVE' } });
const read = async (ballotId: string, token = c.secretary.token) => {
  const node = ok(await executeAs(c.app, token, BallotRead, { id: ballotId })).node;
  if (!node || !('status' in node)) throw new Error('not a ballot');
  return node;
};
const draft = async () => ok(await executeAs(c.app, c.secretary.token, DraftRead, { id: draftId })).draft!;
const ballotRows = () => c.db.$client.prepare('select count(*) from ballots').pluck().get();

describe('minimum duration per stage', () => {
  beforeEach(async () => {
    ok(
      await executeAs(c.app, c.admin.token, SetRules, {
        input: {
          committeeId: c.committeeGid,
          rule: 'ISO',
          votesBy: 'PERSON',
          enquiryMinimumDays: 56,
          approvalMinimumDays: 14,
        },
      }),
    );
  });

  it('refuses an enquiry ballot shorter than 8 weeks with BALLOT_TOO_SHORT, naming the earliest time', async () => {
    const short = await open(later(c, 55));
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: 'BALLOT_TOO_SHORT',
      field: 'closesAt',
      earliest: '2026-04-27T09:00:00.000Z',
    });
    expect(ballotRows()).toBe(0);
    expect(ok(await open(later(c, 56))).openBallot.ballot.closesAt).toBe('2026-04-27T09:00:00.000Z');
  });

  it('counts the minimum from the opening time of a scheduled ballot', async () => {
    expect(codeOf(await open(later(c, 60), later(c, 7)))).toBe('BALLOT_TOO_SHORT');
    expect(ok(await open(later(c, 63), later(c, 7))).openBallot.ballot.status).toBe('SCHEDULED');
  });
});

describe('scheduled ballots', () => {
  it('refuse votes with BALLOT_NOT_OPEN until the opening time, and block moves meanwhile', async () => {
    const ballot = ok(await open(later(c, 8), later(c, 1))).openBallot.ballot;
    expect(ballot).toMatchObject({ status: 'SCHEDULED', opensAt: '2026-03-03T09:00:00.000Z' });
    expect(codeOf(await vote(ballot.id))).toBe('BALLOT_NOT_OPEN');
    expect((await read(ballot.id, c.members[0].token)).viewerCanVote).toBe(false);
    expect(await draft()).toMatchObject({ viewerCanMoveTo: [], viewerCanOpenBallot: false });
    c.clock.now = later(c, 1);
    expect((await read(ballot.id, c.members[0].token)).viewerCanVote).toBe(true);
    ok(await vote(ballot.id));
    expect((await read(ballot.id)).status).toBe('OPEN');
  });

  it('cannot open in the past, nor close before they open', async () => {
    const past = await open(later(c, 8), later(c, -1));
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'opensAt' });
    const backwards = await open(later(c, 2), later(c, 3));
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'closesAt' });
    expect(ballotRows()).toBe(0);
  });
});

describe('automatic closing', () => {
  let ballotId: string;
  beforeEach(async () => {
    ballotId = ok(await open(later(c, 7))).openBallot.ballot.id;
    ok(await vote(ballotId, 0));
    ok(await vote(ballotId, 1));
  });

  it('past closesAt, every read agrees: no more votes, no result yet; votes stay private', async () => {
    c.clock.now = later(c, 7);
    expect(await read(ballotId, c.members[2].token)).toMatchObject({
      status: 'AWAITING_CLOSURE',
      result: null,
      counts: null,
      explanation: null,
      viewerCanVote: false,
      viewerCanClose: false,
    });
    expect(codeOf(await vote(ballotId, 2))).toBe('BALLOT_CLOSED');
    // A public enquiry's outside reader sees neither votes nor counts.
    expect(await read(ballotId, c.outsider.token)).toMatchObject({ votes: [], counts: null });
    expect(await draft()).toMatchObject({ viewerCanMoveTo: [], ballots: [{ status: 'AWAITING_CLOSURE' }] });
  });

  it('the scheduler closes due ballots by the rule, as no one, and tells live subscribers', async () => {
    const heard: DraftActivity[] = [];
    const activity = { publish: (a: DraftActivity) => void heard.push(a) };
    const run = () => closeDueBallots({ db: c.db, now: c.clock.now, activity });
    expect(run()).toEqual([]);
    c.clock.now = later(c, 7);
    expect(run()).toHaveLength(1);
    expect(heard).toHaveLength(1);
    expect(await read(ballotId)).toMatchObject({
      status: 'CLOSED',
      result: 'APPROVED',
      closedAt: '2026-03-09T09:00:00.000Z',
      counts: { approve: 2, disapprove: 0 },
      explanation: {
        en:
          '2 of 2 votes cast by voting members approve: at least 2/3; ' +
          '0 of 2 votes cast against: at most 1/4. Approved.',
      },
    });
    const after = await draft();
    expect(after.viewerCanMoveTo).toContain('APPROVAL');
    expect(after.history.edges[0]?.node).toMatchObject({
      action: 'ballot.closed',
      actor: null,
      data: { result: 'APPROVED', automatic: true, rule: 'ISO' },
    });
    expect(run()).toEqual([]);
    expect(codeOf(await executeAs(c.app, c.secretary.token, Close, { input: { ballotId } }))).toBe('CONFLICT');
  });

  it('after an automatic closing, an outside reader sees the result and its reasons, never a vote', async () => {
    c.clock.now = later(c, 7);
    closeDueBallots({ db: c.db, now: c.clock.now });
    expect(await read(ballotId, c.outsider.token)).toMatchObject({
      status: 'CLOSED',
      result: 'APPROVED',
      counts: { approve: 2, disapprove: 0 },
      explanation: { en: expect.stringContaining('2 of 2 votes cast by voting members approve') },
      votes: [],
    });
    const history = ok(await executeAs(c.app, c.outsider.token, DraftHistory, { id: draftId })).draft!.history;
    const actions = history.edges.map((e) => e.node.action);
    expect(actions).toContain('ballot.closed');
    expect(actions).not.toContain('ballot.voteCast');
  });

  it('an officer who closes first leaves the scheduler nothing to do', async () => {
    c.clock.now = later(c, 8);
    ok(await executeAs(c.app, c.secretary.token, Close, { input: { ballotId } }));
    expect(closeDueBallots({ db: c.db, now: c.clock.now })).toEqual([]);
  });
});
