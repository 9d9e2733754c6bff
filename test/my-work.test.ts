import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import {
  draftInCommittee,
  executeAs,
  gid,
  later,
  moveTo,
  ok,
  proposeDraft,
  setUpCommittee,
  type Committee,
} from './support/committee.ts';
import { createTestDb } from './support/db.ts';
import { postAs } from './support/people.ts';

// `viewer { myWork }`: a person's drafts by stage, the ballots waiting for their vote with the
// days left, and the comments waiting for their reply or disposition.

const MyWork = graphql(`
  query MyWorkOfViewer {
    viewer {
      myWork {
        draftsByStage { stage drafts { id } }
        ballotsToVote { ballot { id } daysLeft }
        threadsAwaitingDisposition { id }
        threadsAwaitingReply { id }
      }
    }
  }
`);
const Comment = graphql(`
  mutation MyWorkComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }
`);
const Reply = graphql(`
  mutation MyWorkReply($input: ReplyToCommentInput!) { replyToComment(input: $input) { __typename } }
`);
const OpenBallot = graphql(`
  mutation MyWorkOpenBallot($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }
`);
const Vote = graphql(`mutation MyWorkVote($input: CastVoteInput!) { castVote(input: $input) { __typename } }`);
const SetRules = graphql(`
  mutation MyWorkRules($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input: $input) { __typename } }
`);
const SetMemberBody = graphql(`
  mutation MyWorkMemberBody($input: SetMemberBodyInput!) { setMemberBody(input: $input) { __typename } }
`);

async function committeeAtWork(c: Committee) {
  const proposal = await proposeDraft(c, c.secretary, 'GB 38031-2027');
  const { draftId, revisionId } = await draftInCommittee(c);
  const threadId = ok(
    await executeAs(c.app, c.members[0].token, Comment, {
      input: { revisionId, clauseNumber: '1', type: 'EDITORIAL', comment: 'Say "traction batteries".' },
    }),
  ).createCommentThread.thread.id;
  ok(await executeAs(c.app, c.secretary.token, Reply, { input: { threadId, body: 'Which clause exactly?' } }));
  await moveTo(c, draftId, ['ENQUIRY']);
  const ballotId = ok(
    await executeAs(c.app, c.secretary.token, OpenBallot, {
      input: { revisionId, closesAt: new Date(later(c, 3).getTime() - 60_000).toISOString() },
    }),
  ).openBallot.ballot.id;
  ok(await executeAs(c.app, c.members[1].token, Vote, { input: { ballotId, value: 'APPROVE' } }));
  return { proposal, draftId, threadId, ballotId };
}

const myWork = async (c: Committee, token: string) => ok(await executeAs(c.app, token, MyWork)).viewer!.myWork!;

describe('my work', () => {
  it("lists each person's drafts by stage, ballots to vote in and comments waiting for them", async () => {
    const c = setUpCommittee(createTestDb().db);
    const { proposal, draftId, threadId, ballotId } = await committeeAtWork(c);
    const byStage = [
      { stage: 'PROPOSAL', drafts: [{ id: proposal }] },
      { stage: 'ENQUIRY', drafts: [{ id: draftId }] },
    ];
    expect(await myWork(c, c.members[0].token)).toEqual({
      draftsByStage: byStage,
      ballotsToVote: [{ ballot: { id: ballotId }, daysLeft: 3 }],
      threadsAwaitingDisposition: [],
      threadsAwaitingReply: [{ id: threadId }],
    });
    // Voted already: nothing to vote in.
    expect((await myWork(c, c.members[1].token)).ballotsToVote).toEqual([]);
    expect(await myWork(c, c.secretary.token)).toEqual({
      draftsByStage: byStage,
      ballotsToVote: [],
      threadsAwaitingDisposition: [{ id: threadId }],
      threadsAwaitingReply: [],
    });
    expect(await myWork(c, c.outsider.token)).toEqual({
      draftsByStage: [],
      ballotsToVote: [],
      threadsAwaitingDisposition: [],
      threadsAwaitingReply: [],
    });
    // Once the member replies, the thread waits for them no more.
    ok(await executeAs(c.app, c.members[0].token, Reply, { input: { threadId, body: 'Clause 1.' } }));
    expect((await myWork(c, c.members[0].token)).threadsAwaitingReply).toEqual([]);
  });

  it('lists a ballot voted by member body only for heads of delegation whose body has not voted', async () => {
    const c = setUpCommittee(createTestDb().db);
    ok(
      await executeAs(c.app, c.admin.token, SetRules, {
        input: {
          committeeId: c.committeeGid,
          rule: 'ISO',
          votesBy: 'MEMBER_BODY',
          enquiryMinimumDays: 0,
          approvalMinimumDays: 0,
        },
      }),
    );
    const seat = async (k: number, memberBody: string, headOfDelegation: boolean) =>
      ok(
        await executeAs(c.app, c.admin.token, SetMemberBody, {
          input: {
            personId: gid('Person', c.members[k]!.personId),
            committeeId: c.committeeGid,
            memberBody,
            headOfDelegation,
          },
        }),
      );
    await seat(0, 'DE', true);
    await seat(1, 'DE', false);
    await seat(2, 'FR', true);
    const { draftId, revisionId } = await draftInCommittee(c);
    await moveTo(c, draftId, ['ENQUIRY']);
    const ballotId = ok(
      await executeAs(c.app, c.secretary.token, OpenBallot, {
        input: { revisionId, closesAt: later(c, 3).toISOString() },
      }),
    ).openBallot.ballot.id;
    const toVote = async (k: number) =>
      (await myWork(c, c.members[k]!.token)).ballotsToVote.map(({ ballot }) => ballot.id);
    // Not the head of DE's delegation: the vote is not theirs (castVote says NOT_HEAD_OF_DELEGATION).
    expect(await toVote(1)).toEqual([]);
    expect(await toVote(0)).toEqual([ballotId]);
    expect(await toVote(2)).toEqual([ballotId]);
    ok(await executeAs(c.app, c.members[0].token, Vote, { input: { ballotId, value: 'APPROVE' } }));
    expect(await toVote(0)).toEqual([]);
    // DE voted: a new head of DE's delegation finds no vote waiting.
    await seat(1, 'DE', true);
    expect(await toVote(1)).toEqual([]);
    expect(await toVote(2)).toEqual([ballotId]);
  });

  it("is nobody else's to read", async () => {
    const c = setUpCommittee(createTestDb().db);
    const query = 'query($id: ID!) { node(id: $id) { ... on Person { name myWork { ballotsToVote { daysLeft } } } } }';
    const answer = await postAs<{ node: { name: string; myWork: unknown } }>(c.app, c.secretary.token, query, {
      id: gid('Person', c.members[0].personId),
    });
    expect(answer.data?.node).toEqual({ name: 'Ma Member', myWork: null });
    expect(ok(await executeAs(c.app, null, MyWork)).viewer).toBeNull();
  });
});
