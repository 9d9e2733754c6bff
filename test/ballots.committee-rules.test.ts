import { beforeEach, describe, expect, it } from 'vitest';
import { runReminders } from '../src/domain/notifications/runReminders.ts';
import { graphql } from './gql/index.ts';
import {
  COMMITTEE_CODE,
  codeOf,
  draftInCommittee,
  executeAs,
  later,
  moveTo,
  ok,
  setUpCommittee,
  type Committee,
  type Person,
} from './support/committee.ts';
import { createTestDb } from './support/db.ts';
import { globalId } from './support/people.ts';

// A committee records the rule its ballots follow and whether it votes per person or per member
// body; the rule is applied when the ballot closes and explained on the ballot.

const SetRules = graphql(`
  mutation RulesSet($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input: $input) { ballotRules {
    rule votesBy minimumDays { enquiry approval } } } }
`);
const ReadRules = graphql(`
  query RulesRead($code: String!) { committee(code: $code) { ballotRules { rule votesBy minimumDays { enquiry
    approval } } members { person { name } memberBody headOfDelegation } } }
`);
const SetMemberBody = graphql(`
  mutation RulesMemberBody($input: SetMemberBodyInput!) { setMemberBody(input: $input) { membership { memberBody
    headOfDelegation person { name } } } }
`);
const Open = graphql(`
  mutation RulesOpen($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id rule votesBy } } }
`);
const Vote = graphql(`
  mutation RulesVote($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }
`);
const Close = graphql(`
  mutation RulesClose($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { status result rule votesBy
    counts { approve disapprove abstain } explanation { en zh } } } }
`);
const BallotVoting = graphql(`
  query RulesBallot($id: ID!) { node(id: $id) { ... on Ballot { viewerCanVote explanation { en } } } }
`);

const BallotVotes = graphql(`
  query RulesBallotVotes($id: ID!) { node(id: $id) { ... on Ballot { votes { voter { name } memberBody value } } } }
`);

let c: Committee;
let draftId: string;
let revisionId: string;
beforeEach(async () => {
  c = setUpCommittee(createTestDb().db);
  ({ draftId, revisionId } = await draftInCommittee(c));
  await moveTo(c, draftId, ['ENQUIRY']);
});

const rules = (
  token: string | null,
  rule: 'ISO' | 'SAC' | 'UNECE_AC1',
  votesBy: 'PERSON' | 'MEMBER_BODY' = 'PERSON',
  days: [number, number] = [0, 0],
) =>
  executeAs(c.app, token, SetRules, {
    input: {
      committeeId: c.committeeGid,
      rule,
      votesBy,
      enquiryMinimumDays: days[0],
      approvalMinimumDays: days[1],
    },
  });
const open = async () =>
  ok(
    await executeAs(c.app, c.secretary.token, Open, {
      input: { revisionId, closesAt: later(c, 7).toISOString() },
    }),
  ).openBallot.ballot;
const vote = (person: Person, ballotId: string, value: 'APPROVE' | 'DISAPPROVE' | 'ABSTAIN') =>
  executeAs(c.app, person.token, Vote, {
    input: { ballotId, value, ...(value === 'DISAPPROVE' ? { reason: 'Not ready.' } : {}) },
  });
const close = async (ballotId: string) => {
  c.clock.now = later(c, 8);
  return ok(await executeAs(c.app, c.secretary.token, Close, { input: { ballotId } })).closeBallot.ballot;
};
const seat = (person: Person, memberBody: string | null, headOfDelegation: boolean, token = c.admin.token) =>
  executeAs(c.app, token, SetMemberBody, {
    input: { personId: globalId('Person', person.personId), committeeId: c.committeeGid, memberBody, headOfDelegation },
  });
const voteCount = () => c.db.$client.prepare('select count(*) from votes').pluck().get();

describe("a committee's ballot rules", () => {
  it('are ISO per person until recorded; only administrators record them; anonymous callers see null', async () => {
    const read = async (token: string | null) => ok(await executeAs(c.app, token, ReadRules, { code: COMMITTEE_CODE }));
    expect((await read(c.members[0].token)).committee?.ballotRules).toEqual({
      rule: 'ISO',
      votesBy: 'PERSON',
      minimumDays: { enquiry: 0, approval: 0 },
    });
    expect(codeOf(await rules(c.secretary.token, 'SAC'))).toBe('FORBIDDEN');
    expect(codeOf(await rules(null, 'SAC'))).toBe('UNAUTHENTICATED');
    const tooLong = await rules(c.admin.token, 'SAC', 'PERSON', [400, 0]);
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'enquiryMinimumDays' });
    expect((await read(c.members[0].token)).committee?.ballotRules?.rule).toBe('ISO');
    expect(ok(await rules(c.admin.token, 'SAC', 'PERSON', [56, 14])).setCommitteeBallotRules.ballotRules).toEqual({
      rule: 'SAC',
      votesBy: 'PERSON',
      minimumDays: { enquiry: 56, approval: 14 },
    });
    expect((await read(c.members[0].token)).committee?.ballotRules?.minimumDays).toEqual({ enquiry: 56, approval: 14 });
    expect((await read(null)).committee?.ballotRules).toBeNull();
  });

  it('SAC: a ballot most members approve fails when fewer than 3/4 of them took part, and says so', async () => {
    ok(await rules(c.admin.token, 'SAC'));
    const first = await open();
    expect(first).toMatchObject({ rule: 'SAC', votesBy: 'PERSON' });
    ok(await vote(c.members[0], first.id, 'APPROVE'));
    ok(await vote(c.members[1], first.id, 'APPROVE'));
    expect(await close(first.id)).toMatchObject({
      result: 'NOT_APPROVED',
      rule: 'SAC',
      explanation: {
        en:
          '2 of 3 voting members took part: fewer than 3/4; 2 of 2 voting members taking part approve: at least 2/3; ' +
          '0 of 2 voting members taking part against: at most 1/4. Not approved.',
        zh:
          '3名有表决权的委员中2名参加投票：不足3/4；参加投票的委员2票中2票赞成：达到2/3；参加投票的委员2票中0票反对：' +
          '未超过1/4。未通过。',
      },
    });
    const second = await open();
    for (const member of c.members) ok(await vote(member, second.id, 'APPROVE'));
    expect((await close(second.id)).result).toBe('APPROVED');
  });

  it('UNECE AC.1: 2 of 3 approving is short of 4/5, though enough under ISO', async () => {
    ok(await rules(c.admin.token, 'UNECE_AC1'));
    const ballot = await open();
    ok(await vote(c.members[0], ballot.id, 'APPROVE'));
    ok(await vote(c.members[1], ballot.id, 'APPROVE'));
    ok(await vote(c.members[2], ballot.id, 'DISAPPROVE'));
    expect(await close(ballot.id)).toMatchObject({
      result: 'NOT_APPROVED',
      explanation: { en: '2 of 3 votes cast by voting members approve: fewer than 4/5. Not approved.' },
    });
  });

  it('a ballot keeps the rule it opened under when the committee changes its rule', async () => {
    const ballot = await open();
    ok(await rules(c.admin.token, 'SAC'));
    ok(await vote(c.members[0], ballot.id, 'APPROVE'));
    expect(await close(ballot.id)).toMatchObject({
      result: 'APPROVED',
      rule: 'ISO',
      counts: { approve: 1, disapprove: 0, abstain: 0 },
      explanation: {
        en:
          '1 of 1 votes cast by voting members approve: at least 2/3; ' +
          '0 of 1 votes cast against: at most 1/4. Approved.',
      },
    });
  });
});

describe('voting by member body', () => {
  beforeEach(async () => {
    ok(await rules(c.admin.token, 'ISO', 'MEMBER_BODY'));
  });

  it('records member bodies and heads of delegation (administrators only; one head per body)', async () => {
    expect(codeOf(await seat(c.members[0], 'DIN', true, c.secretary.token))).toBe('FORBIDDEN');
    const headless = await seat(c.members[0], null, true);
    expect(headless.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'memberBody' });
    expect(codeOf(await seat(c.outsider, 'DIN', true))).toBe('NOT_FOUND');
    ok(await seat(c.members[0], 'DIN', true));
    ok(await seat(c.members[1], 'DIN', true));
    const members = ok(await executeAs(c.app, c.chair.token, ReadRules, { code: COMMITTEE_CODE })).committee?.members;
    expect(members?.filter((m) => m.memberBody !== null)).toEqual([
      { person: { name: 'Ma Member' }, memberBody: 'DIN', headOfDelegation: false },
      { person: { name: 'Mo Member' }, memberBody: 'DIN', headOfDelegation: true },
    ]);
  });

  it("counts one vote per body, cast by its head of delegation: a new head's vote replaces the body's", async () => {
    ok(await seat(c.members[0], 'DIN', true));
    ok(await seat(c.members[1], 'DIN', false));
    ok(await seat(c.members[2], 'AFNOR', true));
    const ballot = await open();
    expect(ballot.votesBy).toBe('MEMBER_BODY');
    const canVote = async (person: Person) =>
      (await executeAs(c.app, person.token, BallotVoting, { id: ballot.id })).data?.node;
    expect(await canVote(c.members[1])).toMatchObject({ viewerCanVote: false });
    expect(codeOf(await vote(c.members[1], ballot.id, 'APPROVE'))).toBe('NOT_HEAD_OF_DELEGATION');
    expect(voteCount()).toBe(0);
    expect(await canVote(c.members[0])).toMatchObject({ viewerCanVote: true });
    ok(await vote(c.members[0], ballot.id, 'DISAPPROVE'));
    ok(await vote(c.members[2], ballot.id, 'APPROVE'));
    // DIN's delegation changes its head while the ballot runs: the new head votes for DIN.
    ok(await seat(c.members[1], 'DIN', true));
    expect(codeOf(await vote(c.members[0], ballot.id, 'DISAPPROVE'))).toBe('NOT_HEAD_OF_DELEGATION');
    ok(await vote(c.members[1], ballot.id, 'APPROVE'));
    // The body's current vote is its new head's, in the order the bodies first voted.
    const cast = ok(await executeAs(c.app, c.chair.token, BallotVotes, { id: ballot.id })).node;
    expect(cast && 'votes' in cast ? cast.votes : null).toEqual([
      { voter: { name: 'Mo Member' }, memberBody: 'DIN', value: 'APPROVE' },
      { voter: { name: 'Mu Member' }, memberBody: 'AFNOR', value: 'APPROVE' },
    ]);
    expect(await close(ballot.id)).toMatchObject({
      result: 'APPROVED',
      votesBy: 'MEMBER_BODY',
      counts: { approve: 2, disapprove: 0, abstain: 0 },
      explanation: {
        en:
          '2 of 2 votes cast by member bodies approve: at least 2/3; ' +
          '0 of 2 votes cast against: at most 1/4. Approved.',
        zh: '成员体所投票2票中2票赞成：达到2/3；所投票2票中0票反对：未超过1/4。通过。',
      },
    });
  });

  it('reminds only heads of delegation whose body has not voted', async () => {
    ok(await seat(c.members[0], 'DIN', true));
    ok(await seat(c.members[1], 'DIN', false));
    ok(await seat(c.members[2], 'AFNOR', true));
    const ballot = await open();
    ok(await vote(c.members[2], ballot.id, 'APPROVE'));
    expect(runReminders({ db: c.db, now: later(c, 6) }).votes).toBe(1);
    const reminded = c.db.$client
      .prepare("select person_id from notifications where kind = 'VOTE_REMINDER'")
      .pluck()
      .all();
    expect(reminded).toEqual([c.members[0].personId]);
  });

  it('a committee voting per person ignores member bodies', async () => {
    ok(await rules(c.admin.token, 'ISO', 'PERSON'));
    ok(await seat(c.members[0], 'DIN', true));
    ok(await seat(c.members[1], 'DIN', false));
    const ballot = await open();
    ok(await vote(c.members[0], ballot.id, 'APPROVE'));
    ok(await vote(c.members[1], ballot.id, 'APPROVE'));
    expect((await close(ballot.id)).counts).toEqual({ approve: 2, disapprove: 0, abstain: 0 });
  });
});
