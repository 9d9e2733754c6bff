import { print } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import {
  draftInCommittee,
  executeAs,
  gid,
  later,
  moveTo,
  ok,
  setUpCommittee,
  type Committee,
} from './support/committee.ts';
import { createTestDb } from './support/db.ts';
import { openSse } from './support/sse.ts';

const DraftActivity = graphql(`
  subscription DraftActivity($draftId: ID!) { draftActivity(draftId: $draftId) { action entityType actor { name } data }
    }
`);
const Comment = graphql(`
  mutation ActivityComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }
`);
const RevokeToken = graphql(
  `mutation ActivityRevokeToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { __typename } }`,
);
const RemoveMembership = graphql(
  `mutation ActivityRemoveMembership($input: RemoveMembershipInput!) { removeMembership(input: $input) { __typename }
    }`,
);
const OpenBallot = graphql(
  `mutation ActivityOpenBallot($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }`,
);
const CastVote = graphql(
  `mutation ActivityCastVote($input: CastVoteInput!) { castVote(input: $input) { __typename } }`,
);
const CloseBallot = graphql(
  `mutation ActivityCloseBallot($input: CloseBallotInput!) { closeBallot(input: $input) { __typename } }`,
);

let c: Committee;
let draftId: string;
let revisionId: string;
beforeEach(async () => {
  c = setUpCommittee(createTestDb().db);
  ({ draftId, revisionId } = await draftInCommittee(c));
});

const openStream = (token: string | null, id: string) => openSse(c.app, token, print(DraftActivity), { draftId: id });
const comment = (text: string, token = c.members[0].token) =>
  executeAs(c.app, token, Comment, { input: { revisionId, type: 'TECHNICAL', clauseNumber: '5.1', comment: text } });

describe('the draftActivity subscription', () => {
  it('streams a new comment to a member of the committee, over SSE', async () => {
    const stream = await openStream(c.observer.token, draftId);
    expect(stream.status).toBe(200);
    expect(stream.contentType).toContain('text/event-stream');
    ok(await comment('Too short.'));
    const event = await stream.next();
    stream.close();
    expect(event.errors).toBeUndefined();
    expect(event.data!.draftActivity).toMatchObject({
      action: 'comment.created',
      entityType: 'Draft',
      actor: { name: 'Ma Member' },
      data: { clauseNumber: '5.1', comment: 'Too short.', type: 'TECHNICAL' },
    });
  });

  it('refuses a signed-in outsider and an anonymous caller before streaming anything', async () => {
    const outsider = await openStream(c.outsider.token, draftId);
    const refused = await outsider.next();
    outsider.close();
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await openStream(null, draftId);
    const anonymousRefused = await anonymous.next();
    anonymous.close();
    expect(anonymousRefused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it(
    'ends the streams of a viewer whose token was revoked ' + 'or whose membership was removed, at the next event',
    async () => {
      const revoked = await openStream(c.observer.token, draftId);
      const removed = await openStream(c.members[1].token, draftId);
      const control = await openStream(c.members[2].token, draftId);
      c.db.$client
        .prepare('update api_tokens set revoked_at = ? where person_id = ?')
        .run(new Date().toISOString(), c.observer.personId);
      c.db.$client.prepare('delete from memberships where person_id = ?').run(c.members[1].personId);
      ok(await comment('Confidential remark.'));
      expect((await control.next()).data!.draftActivity.action).toBe('comment.created');
      expect(await revoked.message()).toEqual({ event: 'complete' });
      expect(await removed.message()).toEqual({ event: 'complete' });
      for (const stream of [revoked, removed, control]) stream.close();
    },
  );

  it(
    'ends them at once when the token is revoked or the membership removed through the API, with no event on the ' +
      'draft',
    async () => {
      const revoked = await openStream(c.observer.token, draftId);
      const removed = await openStream(c.members[1].token, draftId);
      ok(await executeAs(c.app, c.observer.token, RevokeToken, { input: { tokenId: String(c.observer.tokenId) } }));
      ok(
        await executeAs(c.app, c.admin.token, RemoveMembership, {
          input: { personId: gid('Person', c.members[1].personId), committeeId: c.committeeGid },
        }),
      );
      expect(await revoked.message()).toEqual({ event: 'complete' });
      expect(await removed.message()).toEqual({ event: 'complete' });
    },
  );

  it("ends an outsider's stream of a public enquiry when the enquiry ends; members go on hearing", async () => {
    await moveTo(c, draftId, ['ENQUIRY'], { publicEnquiry: true });
    const outsider = await openStream(c.outsider.token, draftId);
    const member = await openStream(c.members[0].token, draftId);
    ok(await comment('Seen by all during the enquiry.', c.outsider.token));
    expect((await outsider.next()).data!.draftActivity.action).toBe('comment.created');
    expect((await member.next()).data!.draftActivity.action).toBe('comment.created');
    await moveTo(c, draftId, ['CANCELLED']);
    expect(await outsider.message()).toEqual({ event: 'complete' });
    expect((await member.next()).data!.draftActivity).toMatchObject({
      action: 'draft.stageMoved',
      data: { to: 'CANCELLED' },
    });
    member.close();
  });

  it(
    'streams votes to the committee only: an outsider of a ' + 'public enquiry hears of the ballot, not of the votes',
    async () => {
      await moveTo(c, draftId, ['ENQUIRY'], { publicEnquiry: true });
      const outsider = await openStream(c.outsider.token, draftId);
      const observer = await openStream(c.observer.token, draftId);
      const ballotId = ok(
        await executeAs(c.app, c.secretary.token, OpenBallot, {
          input: { revisionId, closesAt: later(c, 1).toISOString() },
        }),
      ).openBallot.ballot.id;
      ok(
        await executeAs(c.app, c.members[0].token, CastVote, {
          input: { ballotId, value: 'DISAPPROVE', reason: 'Secret reason.' },
        }),
      );
      ok(await comment('After the vote.'));
      c.clock.now = later(c, 2);
      ok(await executeAs(c.app, c.secretary.token, CloseBallot, { input: { ballotId } }));
      const actions = async (stream: typeof outsider, n: number) => {
        const seen = [];
        for (let k = 0; k < n; k += 1) seen.push((await stream.next()).data!.draftActivity);
        return seen;
      };
      const heard = await actions(outsider, 3);
      expect(heard.map((e) => e.action)).toEqual(['ballot.opened', 'comment.created', 'ballot.closed']);
      expect(JSON.stringify(heard)).not.toContain('Secret reason.');
      expect(heard[2]!.data).toMatchObject({
        counts: { APPROVE: 0, DISAPPROVE: 1, ABSTAIN: 0 },
        result: 'NOT_APPROVED',
      });
      const committee = await actions(observer, 4);
      expect(committee.map((e) => e.action)).toEqual([
        'ballot.opened',
        'ballot.voteCast',
        'comment.created',
        'ballot.closed',
      ]);
      expect(committee[1]).toMatchObject({
        actor: { name: 'Ma Member' },
        data: { value: 'DISAPPROVE', reason: 'Secret reason.' },
      });
      outsider.close();
      observer.close();
    },
  );
});
