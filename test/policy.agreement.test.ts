import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { openDatabase } from '../src/db/client.ts';
import { graphql } from './gql/index.ts';
import {
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

// The `viewerCan…` fields of ballots and comment threads and the verbs they announce agree, for
// every kind of caller and every state: a field says true exactly when the verb then succeeds.
// Each case acts on its own copy of a prepared database, so one verb's success cannot affect another.

const CALLERS = ['anonymous', 'outsider', 'observer', 'member', 'member2', 'secretary', 'chair', 'admin'] as const;
type Caller = (typeof CALLERS)[number];

function tokenOf(c: Committee, caller: Caller): string | null {
  const people: Record<Exclude<Caller, 'anonymous'>, Person> = {
    outsider: c.outsider,
    observer: c.observer,
    member: c.members[0],
    member2: c.members[1],
    secretary: c.secretary,
    chair: c.chair,
    admin: c.admin,
  };
  return caller === 'anonymous' ? null : people[caller].token;
}

/** A copy of the committee's database as it is now, served by its own app on the same clock. */
function copyOf(c: Committee) {
  const opened = openDatabase({ file: ':memory:', image: c.db.$client.serialize(), migrate: false });
  return createApp({ db: opened.db, clock: () => c.clock.now });
}

const BallotAbilities = graphql(`
  query AgreementBallot($id: ID!) { node(id: $id) { ... on Ballot { status viewerCanVote viewerCanClose } } }
`);
const Vote = graphql(`
  mutation AgreementVote($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }
`);
const Close = graphql(`
  mutation AgreementClose($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { status } } }
`);
const Open = graphql(`
  mutation AgreementOpen($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }
`);
const Rules = graphql(`
  mutation AgreementRules($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input: $input) {
    ballotRules { votesBy } } }
`);
const MemberBody = graphql(`
  mutation AgreementMemberBody($input: SetMemberBodyInput!) { setMemberBody(input: $input) { membership {
    headOfDelegation } } }
`);

const BALLOT_STATES = ['SCHEDULED', 'OPEN', 'AWAITING_CLOSURE', 'CLOSED'] as const;

async function ballotIn(state: (typeof BALLOT_STATES)[number], votesBy: 'PERSON' | 'MEMBER_BODY') {
  const c = setUpCommittee(createTestDb().db);
  const { draftId, revisionId } = await draftInCommittee(c);
  await moveTo(c, draftId, ['ENQUIRY']);
  const admin = c.admin.token;
  ok(
    await executeAs(c.app, admin, Rules, {
      input: { committeeId: c.committeeGid, rule: 'ISO', votesBy, enquiryMinimumDays: 0, approvalMinimumDays: 0 },
    }),
  );
  // By member body: the first member heads the delegation of DIN, the second sits for DIN too.
  for (const [person, head] of [
    [c.members[0], true],
    [c.members[1], false],
  ] as const) {
    const personId = Buffer.from(`Person:${person.personId}`).toString('base64');
    ok(
      await executeAs(c.app, admin, MemberBody, {
        input: { personId, committeeId: c.committeeGid, memberBody: 'DIN', headOfDelegation: head },
      }),
    );
  }
  const opensAt = state === 'SCHEDULED' ? later(c, 1) : c.clock.now;
  const ballotId = ok(
    await executeAs(c.app, c.secretary.token, Open, {
      input: { revisionId, opensAt: opensAt.toISOString(), closesAt: later(c, 7).toISOString() },
    }),
  ).openBallot.ballot.id;
  if (state === 'AWAITING_CLOSURE' || state === 'CLOSED') c.clock.now = later(c, 8);
  if (state === 'CLOSED') ok(await executeAs(c.app, c.secretary.token, Close, { input: { ballotId } }));
  return { c, ballotId };
}

describe('ballots: viewerCanVote and viewerCanClose say what castVote and closeBallot do', () => {
  for (const votesBy of ['PERSON', 'MEMBER_BODY'] as const) {
    for (const state of BALLOT_STATES) {
      it(`${votesBy}, ${state}`, async () => {
        const { c, ballotId } = await ballotIn(state, votesBy);
        // A refused verb changes nothing (the permission matrix checks that): a new copy only after a success.
        let app = copyOf(c);
        for (const caller of CALLERS) {
          for (const verb of ['vote', 'close'] as const) {
            const token = tokenOf(c, caller);
            // Those who may not read the ballot get an error instead: nothing is offered to them.
            const node = (await executeAs(app, token, BallotAbilities, { id: ballotId })).data?.node;
            const offered =
              node && 'viewerCanVote' in node ? (verb === 'vote' ? node.viewerCanVote : node.viewerCanClose) : false;
            if (node && 'status' in node) expect(node.status).toBe(state);
            const result =
              verb === 'vote'
                ? await executeAs(app, token, Vote, { input: { ballotId, value: 'APPROVE' } })
                : await executeAs(app, token, Close, { input: { ballotId } });
            expect({ caller, verb, succeeded: !result.errors }).toEqual({ caller, verb, succeeded: offered });
            if (!result.errors) app = copyOf(c);
          }
        }
      });
    }
  }
});

const ThreadAbilities = graphql(`
  query AgreementThread($id: ID!) { node(id: $id) { ... on CommentThread { status lockVersion viewerCanReply
    viewerCanEdit viewerCanWithdraw viewerCanDispose } } }
`);
const CreateThread = graphql(`
  mutation AgreementCreateThread($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread {
    id lockVersion } } }
`);
const Reply = graphql(`
  mutation AgreementReply($input: ReplyToCommentInput!) { replyToComment(input: $input) { __typename } }
`);
const Edit = graphql(`
  mutation AgreementEdit($input: EditCommentInput!) { editComment(input: $input) { __typename } }
`);
const Withdraw = graphql(`
  mutation AgreementWithdraw($input: WithdrawCommentInput!) { withdrawComment(input: $input) { __typename } }
`);
const Dispose = graphql(`
  mutation AgreementDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { __typename } }
`);

const THREAD_STATES = ['OPEN', 'RESOLVED', 'WITHDRAWN'] as const;

async function threadIn(status: (typeof THREAD_STATES)[number], draftStage: 'COMMITTEE_DRAFT' | 'CANCELLED') {
  const c = setUpCommittee(createTestDb().db);
  const { draftId, revisionId } = await draftInCommittee(c);
  const thread = ok(
    await executeAs(c.app, c.members[0].token, CreateThread, {
      input: { revisionId, type: 'TECHNICAL', comment: 'Too short.' },
    }),
  ).createCommentThread.thread;
  const threadId = thread.id;
  if (status === 'RESOLVED') {
    ok(
      await executeAs(c.app, c.secretary.token, Dispose, {
        input: { threadId, lockVersion: thread.lockVersion, disposition: 'NOTED' },
      }),
    );
  }
  if (status === 'WITHDRAWN') {
    ok(await executeAs(c.app, c.members[0].token, Withdraw, { input: { threadId, lockVersion: thread.lockVersion } }));
  }
  if (draftStage === 'CANCELLED') await moveTo(c, draftId, ['CANCELLED']);
  return { c, threadId, lockVersion: status === 'OPEN' ? 1 : 2 };
}

const THREAD_VERBS = ['reply', 'edit', 'withdraw', 'dispose'] as const;

describe('comment threads: viewerCanReply/Edit/Withdraw/Dispose say what the verbs do', () => {
  for (const stage of ['COMMITTEE_DRAFT', 'CANCELLED'] as const) {
    for (const status of THREAD_STATES) {
      it(`${status} thread on a ${stage} draft`, async () => {
        const { c, threadId, lockVersion } = await threadIn(status, stage);
        let app = copyOf(c);
        for (const caller of CALLERS) {
          for (const verb of THREAD_VERBS) {
            const token = tokenOf(c, caller);
            const node = (await executeAs(app, token, ThreadAbilities, { id: threadId })).data?.node;
            const thread = node && 'viewerCanReply' in node ? node : null;
            const offered =
              thread === null
                ? false
                : {
                    reply: thread.viewerCanReply,
                    edit: thread.viewerCanEdit,
                    withdraw: thread.viewerCanWithdraw,
                    dispose: thread.viewerCanDispose,
                  }[verb];
            if (thread) expect(thread.lockVersion).toBe(lockVersion);
            const result = await attempt(app, token, verb, threadId, lockVersion);
            expect({ caller, verb, succeeded: !result.errors }).toEqual({ caller, verb, succeeded: offered });
            if (!result.errors) app = copyOf(c);
          }
        }
      });
    }
  }
});

function attempt(
  app: Committee['app'],
  token: string | null,
  verb: (typeof THREAD_VERBS)[number],
  threadId: string,
  lockVersion: number,
) {
  switch (verb) {
    case 'reply':
      return executeAs(app, token, Reply, { input: { threadId, body: 'Agreed.' } });
    case 'edit':
      return executeAs(app, token, Edit, { input: { threadId, lockVersion, comment: 'Far too short.' } });
    case 'withdraw':
      return executeAs(app, token, Withdraw, { input: { threadId, lockVersion } });
    case 'dispose':
      return executeAs(app, token, Dispose, { input: { threadId, lockVersion, disposition: 'ACCEPTED' } });
  }
}

const CommitteeAbilities = graphql(`
  query AgreementCommittee($code: String!) { committee(code: $code) { viewerCanCreateDraft } }
`);
const Propose = graphql(`
  mutation AgreementPropose($input: CreateDraftInput!) { createDraft(input: $input) { draft { id } } }
`);

describe('committees: viewerCanCreateDraft says what createDraft does', () => {
  it('for every caller', async () => {
    const c = setUpCommittee(createTestDb().db);
    for (const caller of CALLERS) {
      const app = copyOf(c);
      const token = tokenOf(c, caller);
      const offered = ok(await executeAs(app, token, CommitteeAbilities, { code: 'SAC/TC114/SC27' })).committee
        ?.viewerCanCreateDraft;
      const result = await executeAs(app, token, Propose, {
        input: {
          committeeId: c.committeeGid,
          standardDesignation: 'GB 38031',
          versionDesignation: 'GB 38031-2026',
          versionType: 'EDITION',
        },
      });
      expect({ caller, succeeded: !result.errors }).toEqual({ caller, succeeded: offered });
    }
  });
});
