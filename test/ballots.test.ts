import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import {
  addRevision,
  codeOf,
  draftInCommittee,
  executeAs,
  later,
  moveTo,
  ok,
  readStage,
  runBallot,
  setUpCommittee,
  type Committee,
} from './support/committee.ts';
import { createTestDb } from './support/db.ts';
import { createPersonWithToken } from './support/people.ts';

const OpenBallot = graphql(`
  mutation OpenBallot($input: OpenBallotInput!) {
    openBallot(input: $input) { ballot { id stage status closesAt revision { number } draft { viewerCanOpenBallot
      viewerCanMoveTo } } }
  }
`);
const CastVote = graphql(`
  mutation CastVote($input: CastVoteInput!) { castVote(input: $input) { vote { value reason voter { name } } ballot {
    votes { value } } } }
`);
const CloseBallot = graphql(`
  mutation CloseBallot($input: CloseBallotInput!) {
    closeBallot(input: $input) { ballot { status result counts { approve disapprove abstain } closedAt } }
  }
`);
const BallotView = graphql(`
  query BallotView($id: ID!) {
    node(id: $id) {
      ... on Ballot {
        status result counts { approve }
        votes { value reason voter { name } }
        voteHistory { value castAt voter { name } }
        viewerCanVote viewerCanClose
      }
    }
  }
`);
const DraftBallots = graphql(`
  query DraftBallots($id: ID!) { draft(id: $id) { stage viewerCanMoveTo viewerCanOpenBallot viewerCanRevise ballots {
    stage result } } }
`);

let c: Committee;
let draftId: string;
let revisionId: string;
beforeEach(async () => {
  c = setUpCommittee(createTestDb().db);
  ({ draftId, revisionId } = await draftInCommittee(c));
});

const open = (token: string, closesAt = later(c, 7), revision = revisionId) =>
  executeAs(c.app, token, OpenBallot, { input: { revisionId: revision, closesAt: closesAt.toISOString() } });
const vote = (token: string, ballotId: string, value: 'APPROVE' | 'DISAPPROVE' | 'ABSTAIN', reason?: string) =>
  executeAs(c.app, token, CastVote, { input: { ballotId, value, ...(reason === undefined ? {} : { reason }) } });
const ballotView = async (token: string, id: string) => {
  const node = ok(await executeAs(c.app, token, BallotView, { id })).node;
  if (!node || !('votes' in node)) throw new Error('not a ballot');
  return node;
};

describe('opening a ballot', () => {
  it('opens on the current revision at ENQUIRY, for officers only, closing in the future, one at a time', async () => {
    expect(codeOf(await open(c.secretary.token))).toBe('ILLEGAL_TRANSITION');
    await moveTo(c, draftId, ['ENQUIRY']);
    expect(codeOf(await open(c.members[0].token))).toBe('FORBIDDEN');
    const past = await open(c.secretary.token, c.clock.now);
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'closesAt' });
    const ballot = ok(await open(c.chair.token)).openBallot.ballot;
    expect(ballot).toMatchObject({
      stage: 'ENQUIRY',
      status: 'OPEN',
      closesAt: '2026-03-09T09:00:00.000Z',
      revision: { number: 1 },
      draft: { viewerCanOpenBallot: false, viewerCanMoveTo: [] },
    });
    expect(codeOf(await open(c.secretary.token))).toBe('ILLEGAL_TRANSITION');
    const view = ok(await executeAs(c.app, c.secretary.token, DraftBallots, { id: draftId })).draft!;
    expect(view).toMatchObject({
      viewerCanMoveTo: [],
      viewerCanRevise: false,
      ballots: [{ stage: 'ENQUIRY', result: null }],
    });
  });

  it('refuses a superseded revision (CONFLICT) and a revision with unresolved technical comments', async () => {
    const second = await addRevision(c, draftId);
    await moveTo(c, draftId, ['ENQUIRY']);
    expect(codeOf(await open(c.secretary.token))).toBe('CONFLICT');
    const Comment = graphql(`
      mutation BallotBlockingComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread {
        id } } }
    `);
    ok(
      await executeAs(c.app, c.members[0].token, Comment, {
        input: { revisionId: second.id, type: 'TECHNICAL', comment: 'Unsafe.' },
      }),
    );
    const blocked = await open(c.secretary.token, later(c, 7), second.id);
    expect(blocked.errors?.[0]).toMatchObject({
      extensions: { code: 'ILLEGAL_TRANSITION' },
      message: '1 TECHNICAL comment(s) on the current revision are unresolved.',
    });
  });
});

describe('voting', () => {
  let ballotId: string;
  beforeEach(async () => {
    await moveTo(c, draftId, ['ENQUIRY']);
    ballotId = ok(await open(c.secretary.token)).openBallot.ballot.id;
  });

  it('is for voting members only: observers, officers and outsiders get FORBIDDEN', async () => {
    for (const person of [c.observer, c.chair, c.secretary, c.outsider, c.admin]) {
      expect(codeOf(await vote(person.token, ballotId, 'APPROVE')), person.name).toBe('FORBIDDEN');
    }
    expect(codeOf(await vote('vsr_nope', ballotId, 'APPROVE'))).toBe('UNAUTHENTICATED');
    expect((await ballotView(c.observer.token, ballotId)).viewerCanVote).toBe(false);
    expect((await ballotView(c.members[0].token, ballotId)).viewerCanVote).toBe(true);
    expect(c.db.$client.prepare('select count(*) from votes').pluck().get()).toBe(0);
  });

  it('needs a reason to disapprove', async () => {
    const result = await vote(c.members[0].token, ballotId, 'DISAPPROVE');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' });
    expect(codeOf(await vote(c.members[0].token, ballotId, 'DISAPPROVE', '   '))).toBe('INVALID_INPUT');
  });

  it('lets a member change their vote until closing, keeping every vote as history', async () => {
    ok(await vote(c.members[0].token, ballotId, 'DISAPPROVE', 'Clause 5.1 is untestable.'));
    c.clock.now = later(c, 1);
    const changed = ok(await vote(c.members[0].token, ballotId, 'APPROVE')).castVote;
    expect(changed).toEqual({
      vote: { value: 'APPROVE', reason: null, voter: { name: 'Ma Member' } },
      ballot: { votes: [{ value: 'APPROVE' }] },
    });
    ok(await vote(c.members[1].token, ballotId, 'ABSTAIN'));
    const view = await ballotView(c.observer.token, ballotId);
    expect(view.votes).toEqual([
      { value: 'APPROVE', reason: null, voter: { name: 'Ma Member' } },
      { value: 'ABSTAIN', reason: null, voter: { name: 'Mo Member' } },
    ]);
    expect(view.voteHistory.map((v) => [v.voter.name, v.value, v.castAt])).toEqual([
      ['Ma Member', 'DISAPPROVE', '2026-03-02T09:00:00.000Z'],
      ['Ma Member', 'APPROVE', '2026-03-03T09:00:00.000Z'],
      ['Mo Member', 'ABSTAIN', '2026-03-03T09:00:00.000Z'],
    ]);
    expect(() => c.db.$client.prepare("update votes set value = 'APPROVE'").run()).toThrow(/votes are history/);
    expect(() => c.db.$client.prepare('delete from votes').run()).toThrow(/votes are history/);
  });

  it('refuses votes from the closing time on (BALLOT_CLOSED), and closing before it', async () => {
    ok(await vote(c.members[0].token, ballotId, 'APPROVE'));
    expect(codeOf(await executeAs(c.app, c.secretary.token, CloseBallot, { input: { ballotId } }))).toBe(
      'ILLEGAL_TRANSITION',
    );
    c.clock.now = later(c, 7);
    expect(await ballotView(c.secretary.token, ballotId)).toMatchObject({
      status: 'AWAITING_CLOSURE',
      viewerCanClose: true,
      viewerCanVote: false,
    });
    expect(codeOf(await vote(c.members[1].token, ballotId, 'APPROVE'))).toBe('BALLOT_CLOSED');
    expect(codeOf(await executeAs(c.app, c.members[0].token, CloseBallot, { input: { ballotId } }))).toBe('FORBIDDEN');
    ok(await executeAs(c.app, c.secretary.token, CloseBallot, { input: { ballotId } }));
    expect(codeOf(await vote(c.members[1].token, ballotId, 'APPROVE'))).toBe('BALLOT_CLOSED');
    expect(codeOf(await executeAs(c.app, c.chair.token, CloseBallot, { input: { ballotId } }))).toBe('CONFLICT');
  });
});

describe('closing a ballot', () => {
  it(
    "computes and stores the counts and result from each member's latest vote; an approved enquiry opens the way " +
      'to APPROVAL',
    async () => {
      await moveTo(c, draftId, ['ENQUIRY']);
      const ballotId = ok(await open(c.secretary.token, later(c, 1))).openBallot.ballot.id;
      ok(await vote(c.members[0].token, ballotId, 'DISAPPROVE', 'Not yet.'));
      ok(await vote(c.members[0].token, ballotId, 'APPROVE'));
      ok(await vote(c.members[1].token, ballotId, 'APPROVE'));
      ok(await vote(c.members[2].token, ballotId, 'ABSTAIN'));
      expect((await ballotView(c.secretary.token, ballotId)).counts).toBeNull();
      c.clock.now = later(c, 1);
      const closed = ok(await executeAs(c.app, c.chair.token, CloseBallot, { input: { ballotId } })).closeBallot.ballot;
      expect(closed).toEqual({
        status: 'CLOSED',
        result: 'APPROVED',
        counts: { approve: 2, disapprove: 0, abstain: 1 },
        closedAt: '2026-03-03T09:00:00.000Z',
      });
      expect(
        c.db.$client.prepare('select approve_count, disapprove_count, abstain_count, result from ballots').get(),
      ).toEqual({
        approve_count: 2,
        disapprove_count: 0,
        abstain_count: 1,
        result: 'APPROVED',
      });
      expect(
        ok(await executeAs(c.app, c.secretary.token, DraftBallots, { id: draftId })).draft!.viewerCanMoveTo,
      ).toEqual(['COMMITTEE_DRAFT', 'APPROVAL', 'CANCELLED']);
    },
  );

  it('fails a ballot with more than 1/4 disapproving, and the draft cannot go on to APPROVAL, only back', async () => {
    await moveTo(c, draftId, ['ENQUIRY']);
    expect(await runBallot(c, draftId, ['DISAPPROVE', 'APPROVE', 'APPROVE'])).toMatchObject({ result: 'NOT_APPROVED' });
    const read = await readStage(c, draftId);
    const Move = graphql(`
      mutation MoveAfterBallot($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }
    `);
    const refused = await executeAs(c.app, c.secretary.token, Move, {
      input: { draftId, fromStage: read.stage, lockVersion: read.lockVersion, toStage: 'APPROVAL' },
    });
    expect(codeOf(refused)).toBe('ILLEGAL_TRANSITION');
    expect(
      ok(
        await executeAs(c.app, c.secretary.token, Move, {
          input: { draftId, fromStage: read.stage, lockVersion: read.lockVersion, toStage: 'COMMITTEE_DRAFT' },
        }),
      ).moveDraftStage.draft.stage,
    ).toBe('COMMITTEE_DRAFT');
  });

  it('counts the last ballot closed on the revision: a later failure undoes an earlier approval', async () => {
    await moveTo(c, draftId, ['ENQUIRY']);
    expect(await runBallot(c, draftId, ['APPROVE', 'APPROVE', 'APPROVE'])).toMatchObject({ result: 'APPROVED' });
    expect(await runBallot(c, draftId, ['DISAPPROVE', 'DISAPPROVE', 'DISAPPROVE'])).toMatchObject({
      result: 'NOT_APPROVED',
    });
    expect(
      ok(await executeAs(c.app, c.secretary.token, DraftBallots, { id: draftId })).draft!.viewerCanMoveTo,
    ).not.toContain('APPROVAL');
    // And a third ballot that approves again opens the way once more.
    expect(await runBallot(c, draftId, ['APPROVE', 'APPROVE', 'ABSTAIN'])).toMatchObject({ result: 'APPROVED' });
    expect(
      ok(await executeAs(c.app, c.secretary.token, DraftBallots, { id: draftId })).draft!.viewerCanMoveTo,
    ).toContain('APPROVAL');
  });

  it('counts towards 2/3 only those still voting members at closing, and every vote cast towards 1/4', async () => {
    await moveTo(c, draftId, ['ENQUIRY']);
    // Two more voting members: five in all.
    const committeeId = c.db.$client
      .prepare('select committee_id from memberships where person_id = ?')
      .pluck()
      .get(c.members[0].personId) as number;
    const extra = [0, 1].map((k) => {
      const person = createPersonWithToken(c.db, { name: `Extra ${k}` });
      c.db.$client
        .prepare("insert into memberships (person_id, committee_id, role, created_at) values (?, ?, 'MEMBER', ?)")
        .run(person.personId, committeeId, new Date().toISOString());
      return person;
    });
    const ballotId = ok(await open(c.secretary.token)).openBallot.ballot.id;
    for (const voter of [extra[0]!, extra[1]!, c.members[0]]) ok(await vote(voter.token, ballotId, 'APPROVE'));
    ok(await vote(c.members[1].token, ballotId, 'DISAPPROVE', 'Not ready.'));
    // The two extra members leave the committee before it closes: of the voting members, one
    // approves and one disapproves (1/2 < 2/3), though 3 of all 4 votes approve.
    c.db.$client
      .prepare('delete from memberships where person_id in (?, ?)')
      .run(extra[0]!.personId, extra[1]!.personId);
    c.clock.now = later(c, 8);
    const closed = ok(await executeAs(c.app, c.secretary.token, CloseBallot, { input: { ballotId } })).closeBallot
      .ballot;
    expect(closed).toMatchObject({ result: 'NOT_APPROVED', counts: { approve: 3, disapprove: 1, abstain: 0 } });
  });

  it('fails a ballot nobody voted on', async () => {
    await moveTo(c, draftId, ['ENQUIRY']);
    expect(await runBallot(c, draftId, [])).toMatchObject({ result: 'NOT_APPROVED' });
  });
});
