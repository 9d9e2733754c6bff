import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import {
  COMMITTEE_CODE,
  addRevision,
  approvedDraft,
  draftInCommittee,
  executeAs,
  gid,
  later,
  moveTo,
  ok,
  proposeDraft,
  readStage,
  setUpCommittee,
  type Committee,
  type Person,
  type Result,
} from './support/committee.ts';
import { createTestDb } from './support/db.ts';
import type { Credential } from './support/http.ts';
import { createPersonWithToken, postAs } from './support/people.ts';
import { sessionCookieFor } from './support/sessions.ts';

// Every mutation × every kind of caller, through HTTP, from this one table. A caller who may act
// gets an answer without FORBIDDEN/UNAUTHENTICATED; one who may not gets the right code and
// leaves the database exactly as it was.

// `admin` holds no role in the committee; `actingAdmin` is an administrator who took the acting
// officer role in it (`actAsOfficer`): administrators act as officers only through that role.
const CALLERS = ['anonymous', 'outsider', 'observer', 'member', 'secretary', 'chair', 'admin', 'actingAdmin'] as const;
type Caller = (typeof CALLERS)[number];
const ADMINS = ['admin', 'actingAdmin'] as const;
const OFFICERS_ACTING = ['secretary', 'chair', 'actingAdmin'] as const;

const actingAdmins = new WeakMap<Committee, Person>();
/** An administrator acting as an officer of the committee (created on first use, before any snapshot). */
function actingAdminOf(c: Committee): Person {
  let person = actingAdmins.get(c);
  if (!person) {
    person = createPersonWithToken(c.db, { admin: true, name: 'Acting Admin' });
    c.db.$client
      .prepare('insert into acting_officers (person_id, committee_id, reason, started_at) values (?, ?, ?, ?)')
      .run(person.personId, c.committeeId, 'The secretariat is vacant.', c.clock.now.toISOString());
    actingAdmins.set(c, person);
  }
  return person;
}

/** The same person signed in from a browser, with the session cookie: the same abilities as their token. */
function cookieOf(c: Committee, caller: Exclude<Caller, 'anonymous'>): Credential {
  return { cookie: sessionCookieFor(c.db, personOf(c, caller).personId, c.clock.now) };
}

function personOf(c: Committee, caller: Exclude<Caller, 'anonymous'>): Person {
  if (caller === 'actingAdmin') return actingAdminOf(c);
  const people: Record<Exclude<Caller, 'anonymous' | 'actingAdmin'>, Person> = {
    outsider: c.outsider,
    observer: c.observer,
    member: c.members[0],
    secretary: c.secretary,
    chair: c.chair,
    admin: c.admin,
  };
  return people[caller];
}

function tokenOf(c: Committee, caller: Caller): string | null {
  return caller === 'anonymous' ? null : personOf(c, caller).token;
}

const CreatePerson = graphql(
  `mutation MatrixCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { __typename } }`,
);
const SetMembership = graphql(
  `mutation MatrixSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { __typename } }`,
);
const RemoveMembership = graphql(
  `mutation MatrixRemoveMembership($input: RemoveMembershipInput!) { removeMembership(input: $input) { __typename } }`,
);
const CreateApiToken = graphql(
  `mutation MatrixCreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { __typename } }`,
);
const RevokeApiToken = graphql(
  `mutation MatrixRevokeApiToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { __typename } }`,
);
const IssueAccountLink = graphql(
  `mutation MatrixIssueAccountLink($input: IssueAccountLinkInput!) { issueAccountLink(input: $input) { __typename } }`,
);
const RevokeSession = graphql(
  `mutation MatrixRevokeSession($input: RevokeSessionInput!) { revokeSession(input: $input) { __typename } }`,
);
const SignOutEverywhere = graphql(
  `mutation MatrixSignOutEverywhere { signOut(input: { everywhere: true }) { sessionsEnded } }`,
);
const CreateDraft = graphql(
  `mutation MatrixCreateDraft($input: CreateDraftInput!) { createDraft(input: $input) { __typename } }`,
);
const MoveDraftStage = graphql(
  `mutation MatrixMoveDraftStage($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { __typename } }`,
);
const AddDraftRevision = graphql(
  `mutation MatrixAddDraftRevision($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { __typename } }`,
);
const CreateCommentThread = graphql(`
  mutation MatrixCreateCommentThread($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread {
    id lockVersion } } }
`);
const ReplyToComment = graphql(
  `mutation MatrixReplyToComment($input: ReplyToCommentInput!) { replyToComment(input: $input) { __typename } }`,
);
const EditComment = graphql(
  `mutation MatrixEditComment($input: EditCommentInput!) { editComment(input: $input) { __typename } }`,
);
const WithdrawComment = graphql(
  `mutation MatrixWithdrawComment($input: WithdrawCommentInput!) { withdrawComment(input: $input) { __typename } }`,
);
const DisposeComment = graphql(
  `mutation MatrixDisposeComment($input: DisposeCommentInput!) { disposeComment(input: $input) { __typename } }`,
);
const OpenBallot = graphql(
  `mutation MatrixOpenBallot($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }`,
);
const CastVote = graphql(`mutation MatrixCastVote($input: CastVoteInput!) { castVote(input: $input) { __typename } }`);
const CloseBallot = graphql(
  `mutation MatrixCloseBallot($input: CloseBallotInput!) { closeBallot(input: $input) { __typename } }`,
);
const FollowStandard = graphql(
  `mutation MatrixFollowStandard($input: FollowStandardInput!) { followStandard(input: $input) { __typename } }`,
);
const UnfollowStandard = graphql(
  `mutation MatrixUnfollowStandard($input: UnfollowStandardInput!) { unfollowStandard(input: $input) { __typename } }`,
);
const FollowCommittee = graphql(
  `mutation MatrixFollowCommittee($input: FollowCommitteeInput!) { followCommittee(input: $input) { __typename } }`,
);
const UnfollowCommittee = graphql(
  `mutation MatrixUnfollowCommittee($input: UnfollowCommitteeInput!) { unfollowCommittee(input: $input) { __typename }
    }`,
);
const FollowHorizonFilter = graphql(
  `mutation MatrixFollowHorizonFilter($input: FollowHorizonFilterInput!) { followHorizonFilter(input: $input) {
    __typename } }`,
);
const UnfollowHorizonFilter = graphql(
  `mutation MatrixUnfollowHorizonFilter($input: UnfollowHorizonFilterInput!) { unfollowHorizonFilter(input: $input) {
    __typename } }`,
);
const MarkNotificationsRead = graphql(
  `mutation MatrixMarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) {
    marked } }`,
);
const CreateWebhook = graphql(
  `mutation MatrixCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { __typename } }`,
);
const UpdateWebhook = graphql(
  `mutation MatrixUpdateWebhook($input: UpdateWebhookInput!) { updateWebhook(input: $input) { __typename } }`,
);
const DeleteWebhook = graphql(
  `mutation MatrixDeleteWebhook($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { __typename } }`,
);
const SetCommitteeBallotRules = graphql(
  `mutation MatrixSetCommitteeBallotRules($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input:
    $input) { __typename } }`,
);
const SetMemberBody = graphql(
  `mutation MatrixSetMemberBody($input: SetMemberBodyInput!) { setMemberBody(input: $input) { __typename } }`,
);
const PublishDraft = graphql(
  `mutation MatrixPublishDraft($input: PublishDraftInput!) { publishDraft(input: $input) { __typename } }`,
);
const CarryCommentThread = graphql(
  `mutation MatrixCarryCommentThread($input: CarryCommentThreadInput!) { carryCommentThread(input: $input) {
    __typename } }`,
);
const UploadCommentSheet = graphql(
  `mutation MatrixUploadCommentSheet($input: UploadCommentSheetInput!) { uploadCommentSheet(input: $input) {
    __typename } }`,
);
const ActAsOfficer = graphql(
  `mutation MatrixActAsOfficer($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { __typename } }`,
);
const StopActingAsOfficer = graphql(
  `mutation MatrixStopActingAsOfficer($input: StopActingAsOfficerInput!) { stopActingAsOfficer(input: $input) {
    __typename } }`,
);
const AssignStandardCommittee = graphql(
  `mutation MatrixAssignStandardCommittee($input: AssignStandardCommitteeInput!) { assignStandardCommittee(input:
    $input) { __typename } }`,
);
const ConsentToReplacement = graphql(
  `mutation MatrixConsentToReplacement($input: ConsentToReplacementInput!) { consentToReplacement(input: $input) {
    __typename } }`,
);

/** A comment by the member on a draft at COMMITTEE_DRAFT. */
async function memberComment(c: Committee) {
  const { draftId, revisionId } = await draftInCommittee(c);
  const thread = ok(
    await executeAs(c.app, c.members[0].token, CreateCommentThread, {
      input: {
        revisionId,
        clauseNumber: '5.1',
        type: 'TECHNICAL',
        comment: 'Five minutes is too short.',
        proposedChange: 'Use 10 min.',
      },
    }),
  ).createCommentThread.thread;
  return { draftId, revisionId, threadId: thread.id, lockVersion: thread.lockVersion };
}

/** A ballot opened at ENQUIRY on the current revision, closing in a day. */
async function openEnquiryBallot(c: Committee) {
  const { draftId, revisionId } = await draftInCommittee(c);
  await moveTo(c, draftId, ['ENQUIRY']);
  const ballotId = ok(
    await executeAs(c.app, c.secretary.token, OpenBallot, {
      input: { revisionId, closesAt: later(c, 1).toISOString() },
    }),
  ).openBallot.ballot.id;
  return { draftId, ballotId };
}

type Run = (c: Committee, token: Credential) => Promise<Result<unknown>>;

interface Case {
  mutation: string;
  allowed: readonly Caller[];
  /** The code a signed-in caller who may not gets, when it is not FORBIDDEN. */
  refusedWith?: string;
  /** Brings the database to the state the mutation needs, and returns how to send it. */
  prepare: (c: Committee) => Promise<Run>;
}

const MATRIX: readonly Case[] = [
  {
    mutation: 'createPerson',
    allowed: ADMINS,
    prepare: async (c) => (_c, token) =>
      executeAs(c.app, token, CreatePerson, { input: { name: 'New Person', email: 'new@example.org' } }),
  },
  {
    mutation: 'setMembership',
    allowed: ADMINS,
    prepare: async (c) => (_c, token) =>
      executeAs(c.app, token, SetMembership, {
        input: { personId: gid('Person', c.outsider.personId), committeeId: c.committeeGid, role: 'MEMBER' },
      }),
  },
  {
    mutation: 'removeMembership',
    allowed: ADMINS,
    prepare: async (c) => (_c, token) =>
      executeAs(c.app, token, RemoveMembership, {
        input: { personId: gid('Person', c.members[2].personId), committeeId: c.committeeGid },
      }),
  },
  {
    mutation: 'createApiToken (for the member)',
    allowed: ['member', ...ADMINS],
    prepare: async (c) => (_c, token) =>
      executeAs(c.app, token, CreateApiToken, {
        input: { personId: gid('Person', c.members[0].personId), name: 'LIMS' },
      }),
  },
  {
    mutation: "revokeApiToken (the member's second token)",
    allowed: ['member', ...ADMINS],
    // As for a token that does not exist: token ids cannot be probed.
    refusedWith: 'NOT_FOUND',
    prepare: async (c) => {
      const second = c.db.$client
        .prepare(
          "insert into api_tokens (person_id, name, token_hash, created_at) values (?, 'second', 'not-a-real-hash', ?)",
        )
        .run(c.members[0].personId, c.clock.now.toISOString());
      return (_c, token) =>
        executeAs(c.app, token, RevokeApiToken, { input: { tokenId: String(second.lastInsertRowid) } });
    },
  },
  {
    mutation: 'issueAccountLink (an invitation for the outsider)',
    allowed: [...ADMINS],
    prepare: async (c) => (_c, token) =>
      executeAs(c.app, token, IssueAccountLink, {
        input: { personId: gid('Person', c.outsider.personId), purpose: 'INVITATION' },
      }),
  },
  {
    mutation: "revokeSession (the member's browser session)",
    allowed: ['member', ...ADMINS],
    // As for a session that does not exist: session ids cannot be probed.
    refusedWith: 'NOT_FOUND',
    prepare: async (c) => {
      sessionCookieFor(c.db, c.members[0].personId, c.clock.now);
      const sessionId = c.db.$client.prepare('select max(id) from sessions').pluck().get() as number;
      return (_c, token) => executeAs(c.app, token, RevokeSession, { input: { sessionId: String(sessionId) } });
    },
  },
  {
    mutation: 'signOut everywhere (own sessions)',
    allowed: ['outsider', 'observer', 'member', 'secretary', 'chair', ...ADMINS],
    prepare: async (c) => (_c, token) => executeAs(c.app, token, SignOutEverywhere),
  },
  {
    mutation: 'createDraft',
    allowed: ['member', 'secretary', 'chair', 'actingAdmin'],
    prepare: async (c) => (_c, token) =>
      executeAs(c.app, token, CreateDraft, {
        input: {
          committeeId: c.committeeGid,
          standardDesignation: 'GB 38031',
          versionDesignation: 'GB 38031-2026',
          versionType: 'EDITION',
          replaces: ['GB 38031-2020'],
          leaderId: gid('Person', c.secretary.personId),
        },
      }),
  },
  {
    mutation: 'moveDraftStage',
    allowed: OFFICERS_ACTING,
    prepare: async (c) => {
      const draftId = await proposeDraft(c);
      const read = await readStage(c, draftId);
      return (_c, token) =>
        executeAs(c.app, token, MoveDraftStage, {
          input: { draftId, fromStage: read.stage, lockVersion: read.lockVersion, toStage: 'WORKING_DRAFT' },
        });
    },
  },
  {
    mutation: 'addDraftRevision (draft led by the secretary)',
    allowed: OFFICERS_ACTING,
    prepare: async (c) => {
      const draftId = await proposeDraft(c);
      await moveTo(c, draftId, ['WORKING_DRAFT']);
      return (_c, token) =>
        executeAs(c.app, token, AddDraftRevision, { input: { draftId, clauses: [{ number: '1', heading: 'Scope' }] } });
    },
  },
  {
    mutation: 'createCommentThread',
    allowed: ['observer', 'member', 'secretary', 'chair'],
    prepare: async (c) => {
      const { revisionId } = await draftInCommittee(c);
      return (_c, token) =>
        executeAs(c.app, token, CreateCommentThread, {
          input: { revisionId, type: 'EDITORIAL', comment: 'Typo in the title.' },
        });
    },
  },
  {
    mutation: 'replyToComment',
    allowed: ['observer', 'member', ...OFFICERS_ACTING],
    prepare: async (c) => {
      const { threadId } = await memberComment(c);
      return (_c, token) => executeAs(c.app, token, ReplyToComment, { input: { threadId, body: 'Agreed.' } });
    },
  },
  {
    mutation: "editComment (the member's)",
    allowed: ['member'],
    prepare: async (c) => {
      const { threadId, lockVersion } = await memberComment(c);
      return (_c, token) =>
        executeAs(c.app, token, EditComment, {
          input: { threadId, lockVersion, comment: 'Five minutes is far too short.' },
        });
    },
  },
  {
    mutation: "withdrawComment (the member's)",
    allowed: ['member'],
    prepare: async (c) => {
      const { threadId, lockVersion } = await memberComment(c);
      return (_c, token) => executeAs(c.app, token, WithdrawComment, { input: { threadId, lockVersion } });
    },
  },
  {
    mutation: 'disposeComment',
    allowed: OFFICERS_ACTING,
    prepare: async (c) => {
      const { threadId, lockVersion } = await memberComment(c);
      return (_c, token) =>
        executeAs(c.app, token, DisposeComment, {
          input: { threadId, lockVersion, disposition: 'ACCEPTED', observation: 'Changed to 10 min.' },
        });
    },
  },
  {
    mutation: 'carryCommentThread (to a new revision)',
    allowed: OFFICERS_ACTING,
    prepare: async (c) => {
      const { draftId, threadId } = await memberComment(c);
      await addRevision(c, draftId);
      return (_c, token) => executeAs(c.app, token, CarryCommentThread, { input: { threadId } });
    },
  },
  {
    mutation: 'uploadCommentSheet',
    allowed: ['observer', 'member', 'secretary', 'chair'],
    prepare: async (c) => {
      const { draftId } = await draftInCommittee(c);
      const csv =
        'MB/NC,Line number,Clause/Subclause,Paragraph/Figure/Table,Type of comment,Comments,Proposed change,' +
        'Observations of the secretariat,Revision,Thread,Status,Disposition\r\nCATARC,,1,,ed,Typo.,,,,,,\r\n';
      return (_c, token) => executeAs(c.app, token, UploadCommentSheet, { input: { draftId, csv } });
    },
  },
  {
    mutation: 'openBallot',
    allowed: OFFICERS_ACTING,
    prepare: async (c) => {
      const { draftId } = await draftInCommittee(c);
      await moveTo(c, draftId, ['ENQUIRY']);
      const revisionId = (await readStage(c, draftId)).currentRevision!.id;
      return (_c, token) =>
        executeAs(c.app, token, OpenBallot, { input: { revisionId, closesAt: later(c, 1).toISOString() } });
    },
  },
  {
    mutation: 'castVote',
    allowed: ['member'],
    prepare: async (c) => {
      const { ballotId } = await openEnquiryBallot(c);
      return (_c, token) => executeAs(c.app, token, CastVote, { input: { ballotId, value: 'APPROVE' } });
    },
  },
  {
    mutation: 'closeBallot',
    allowed: OFFICERS_ACTING,
    prepare: async (c) => {
      const { ballotId } = await openEnquiryBallot(c);
      c.clock.now = later(c, 2);
      return (_c, token) => executeAs(c.app, token, CloseBallot, { input: { ballotId } });
    },
  },
  {
    mutation: 'setCommitteeBallotRules',
    allowed: [...ADMINS],
    prepare: async (c) => (_c, token) =>
      executeAs(c.app, token, SetCommitteeBallotRules, {
        input: {
          committeeId: c.committeeGid,
          rule: 'SAC',
          votesBy: 'MEMBER_BODY',
          enquiryMinimumDays: 56,
          approvalMinimumDays: 14,
        },
      }),
  },
  {
    mutation: 'setMemberBody',
    allowed: [...ADMINS],
    prepare: async (c) => (_c, token) =>
      executeAs(c.app, token, SetMemberBody, {
        input: {
          personId: gid('Person', c.members[0].personId),
          committeeId: c.committeeGid,
          memberBody: 'DIN',
          headOfDelegation: true,
        },
      }),
  },
  {
    mutation: 'publishDraft',
    allowed: OFFICERS_ACTING,
    prepare: async (c) => {
      const { draftId } = await approvedDraft(c);
      const read = await readStage(c, draftId);
      return (_c, token) =>
        executeAs(c.app, token, PublishDraft, {
          input: { draftId, lockVersion: read.lockVersion, published: '2026-05-01', effective: '2027-01-01' },
        });
    },
  },
  // Oversight: administrators take and end the acting officer role, and assign standards to committees;
  // the committee responsible for a replaced version (here SAC/TC114/SC34, where nobody here is an
  // officer) or an administrator consents to its replacement.
  {
    mutation: 'actAsOfficer (another committee)',
    allowed: ADMINS,
    prepare: async (c) => (_c, token) =>
      executeAs(c.app, token, ActAsOfficer, {
        input: { committeeId: gid('Committee', committeeIdOf(c, 'SAC/TC114/SC34')), reason: 'Chair is absent.' },
      }),
  },
  {
    mutation: "stopActingAsOfficer (another administrator's)",
    allowed: ADMINS,
    prepare: async (c) => {
      c.db.$client
        .prepare('insert into acting_officers (person_id, committee_id, reason, started_at) values (?, ?, ?, ?)')
        .run(c.admin.personId, committeeIdOf(c, 'SAC/TC114/SC34'), 'Chair is absent.', c.clock.now.toISOString());
      return (_c, token) =>
        executeAs(c.app, token, StopActingAsOfficer, {
          input: {
            committeeId: gid('Committee', committeeIdOf(c, 'SAC/TC114/SC34')),
            personId: gid('Person', c.admin.personId),
          },
        });
    },
  },
  {
    mutation: 'assignStandardCommittee',
    allowed: ADMINS,
    prepare: async (c) => (_c, token) =>
      executeAs(c.app, token, AssignStandardCommittee, {
        input: { standardId: gid('Standard', standardId(c, 'GB 44495')), committeeId: c.committeeGid },
      }),
  },
  {
    mutation: "consentToReplacement (another committee's version)",
    allowed: ADMINS,
    prepare: async (c) => {
      const draftId = await proposeDraft(c);
      const versionId = c.db.$client
        .prepare("select id from versions where designation = 'GB 44495-2024'")
        .pluck()
        .get() as number;
      c.db.$client
        .prepare('insert into draft_replaces (draft_id, version_id) values (?, ?)')
        .run(Number(Buffer.from(draftId, 'base64').toString().split(':')[1]), versionId);
      return (_c, token) =>
        executeAs(c.app, token, ConsentToReplacement, {
          input: { draftId, versionId: gid('StandardVersion', versionId) },
        });
    },
  },
  // Webhooks: every signed-in person creates their own only (deliveries would reveal a watch list); administrators
  // disable and delete anyone's. Someone else's cannot be probed.
  {
    mutation: 'createWebhook (own)',
    allowed: ['outsider', 'observer', 'member', 'secretary', 'chair', ...ADMINS],
    prepare: async (c) => (_c, token) =>
      executeAs(c.app, token, CreateWebhook, { input: { url: HOOK_URL, kinds: ['VERSION_PUBLISHED'] } }),
  },
  {
    mutation: 'createWebhook (for the member)',
    allowed: ['member'],
    prepare: async (c) => (_c, token) =>
      executeAs(c.app, token, CreateWebhook, {
        input: { url: HOOK_URL, kinds: ['VERSION_PUBLISHED'], personId: gid('Person', c.members[0].personId) },
      }),
  },
  {
    mutation: "updateWebhook (the member's)",
    allowed: ['member', ...ADMINS],
    refusedWith: 'NOT_FOUND',
    prepare: async (c) => {
      const webhookId = memberWebhook(c);
      return (_c, token) => executeAs(c.app, token, UpdateWebhook, { input: { webhookId, enabled: false } });
    },
  },
  {
    mutation: "deleteWebhook (the member's)",
    allowed: ['member', ...ADMINS],
    refusedWith: 'NOT_FOUND',
    prepare: async (c) => {
      const webhookId = memberWebhook(c);
      return (_c, token) => executeAs(c.app, token, DeleteWebhook, { input: { webhookId } });
    },
  },
  // Watch lists and notifications: every signed-in person their own (what one unfollows or marks
  // read is only ever one's own, so there is nobody else's to refuse).
  ...(
    [
      ['followStandard', FollowStandard, (c: Committee) => ({ standardId: gid('Standard', standardId(c)) })],
      ['unfollowStandard', UnfollowStandard, (c: Committee) => ({ standardId: gid('Standard', standardId(c)) })],
      ['followCommittee', FollowCommittee, (c: Committee) => ({ committeeId: c.committeeGid })],
      ['unfollowCommittee', UnfollowCommittee, (c: Committee) => ({ committeeId: c.committeeGid })],
      ['followHorizonFilter', FollowHorizonFilter, () => ({ filter: { text: 'battery' } })],
      ['unfollowHorizonFilter', UnfollowHorizonFilter, () => ({ watchId: '1' })],
      ['markNotificationsRead', MarkNotificationsRead, () => ({ all: true })],
    ] as const
  ).map(
    ([mutation, document, input]): Case => ({
      mutation,
      allowed: ['outsider', 'observer', 'member', 'secretary', 'chair', ...ADMINS],
      prepare: async (c) => (_c, token) =>
        executeAs(c.app, token, document as TypedDocumentNode<unknown, { input: unknown }>, { input: input(c) }),
    }),
  ),
];

const HOOK_URL = 'https://hooks.example.org/registry';
const memberWebhook = (c: Committee) =>
  String(
    c.db.$client
      .prepare(
        `insert into webhooks (person_id, url, kinds, secret, created_at)
         values (?, ?, '["VERSION_PUBLISHED"]', 'whsec_AAAA', ?)`,
      )
      .run(c.members[0].personId, HOOK_URL, c.clock.now.toISOString()).lastInsertRowid,
  );

const standardId = (c: Committee, designation = 'GB 38031') =>
  c.db.$client.prepare('select id from standards where designation = ?').pluck().get(designation) as number;
const committeeIdOf = (c: Committee, code: string) =>
  c.db.$client.prepare('select id from committees where code = ?').pluck().get(code) as number;

/** Everything a denied call must leave as it was (token use times excepted: reading is not a change). */
function snapshot(c: Committee): string {
  const tables = (
    c.db.$client
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like " +
          "'%fts%' order by name",
      )
      .all() as { name: string }[]
  ).map((t) => t.name);
  return JSON.stringify(
    tables.map((table) => [
      table,
      c.db.$client
        .prepare(
          table === 'api_tokens'
            ? 'select id, person_id, name, revoked_at from api_tokens order by id'
            : table === 'sessions'
              ? 'select id, person_id, revoked_at from sessions order by id'
              : `select * from "${table}" order by 1`,
        )
        .all(),
    ]),
  );
}

type Via = 'token' | 'cookie';
const CALLERS_AND_CREDENTIALS = CALLERS.flatMap((caller): [Caller, Via][] =>
  caller === 'anonymous'
    ? [[caller, 'token']]
    : [
        [caller, 'token'],
        [caller, 'cookie'],
      ],
);

describe('permission matrix: every mutation × every caller, with a token and with the session cookie', () => {
  for (const entry of MATRIX) {
    for (const [caller, via] of CALLERS_AND_CREDENTIALS) {
      const allowed = entry.allowed.includes(caller);
      const by = `${caller}${via === 'cookie' ? ' (cookie)' : ''}`;
      it(`${entry.mutation} by ${by}: ${allowed ? 'allowed' : 'refused'}`, async () => {
        const c = setUpCommittee(createTestDb().db);
        // Any acting administrator exists before the entry prepares and the snapshot is taken.
        tokenOf(c, caller);
        const run = await entry.prepare(c);
        const credential = via === 'cookie' && caller !== 'anonymous' ? cookieOf(c, caller) : tokenOf(c, caller);
        const before = snapshot(c);
        const result = await run(c, credential);
        const code = result.errors?.[0]?.extensions?.code;
        if (allowed) {
          expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
        } else {
          expect(code).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : (entry.refusedWith ?? 'FORBIDDEN'));
          expect(snapshot(c)).toBe(before);
        }
      });
    }
  }
});

// Votes are committee business: while a ballot is open only the committee (and administrators) see
// who voted what; everyone else who may read the draft (a public enquiry) sees counts and the
// result once it closes, never a voter or a reason, in the ballot or in the draft's history.
const SEES_VOTES: readonly Caller[] = ['observer', 'member', 'secretary', 'chair', ...ADMINS];
const READS_DRAFT: readonly Caller[] = ['outsider', ...SEES_VOTES];

const BallotAndHistory = graphql(`
  query MatrixBallotAndHistory($id: ID!) {
    draft(id: $id) {
      ballots { status result counts { approve disapprove abstain } viewerCanSeeVotes votes { voter { name } value
        reason } voteHistory { value reason } }
      history(first: 50) { edges { node { action actor { name } data } } }
    }
  }
`);

describe('vote visibility matrix: every caller × ballot open or closed', () => {
  for (const phase of ['open', 'closed'] as const) {
    for (const caller of CALLERS) {
      const seesVotes = SEES_VOTES.includes(caller);
      it(
        `votes of a${phase === 'open' ? 'n open' : ' closed'} ballot of a public enquiry, read by ${caller}: ` +
          `${seesVotes ? 'shown' : 'hidden'}`,
        async () => {
          const c = setUpCommittee(createTestDb().db);
          const { draftId } = await draftInCommittee(c);
          await moveTo(c, draftId, ['ENQUIRY'], { publicEnquiry: true });
          const revisionId = (await readStage(c, draftId)).currentRevision!.id;
          const ballotId = ok(
            await executeAs(c.app, c.secretary.token, OpenBallot, {
              input: { revisionId, closesAt: later(c, 1).toISOString() },
            }),
          ).openBallot.ballot.id;
          ok(await executeAs(c.app, c.members[0].token, CastVote, { input: { ballotId, value: 'APPROVE' } }));
          ok(
            await executeAs(c.app, c.members[1].token, CastVote, {
              input: { ballotId, value: 'DISAPPROVE', reason: 'Clause 5.1 is untestable.' },
            }),
          );
          if (phase === 'closed') {
            c.clock.now = later(c, 2);
            ok(await executeAs(c.app, c.secretary.token, CloseBallot, { input: { ballotId } }));
          }
          const result = await executeAs(c.app, tokenOf(c, caller), BallotAndHistory, { id: draftId });
          const text = JSON.stringify(result);
          if (!READS_DRAFT.includes(caller)) {
            expect(result.data?.draft ?? null).toBeNull();
            expect(text).not.toContain('untestable');
            return;
          }
          expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
          const draft = result.data!.draft!;
          const ballot = draft.ballots[0]!;
          const actions = draft.history.edges.map((e) => e.node.action);
          expect(ballot.viewerCanSeeVotes).toBe(seesVotes);
          if (seesVotes) {
            expect(ballot.votes.map((v) => [v.voter.name, v.value, v.reason])).toEqual([
              ['Ma Member', 'APPROVE', null],
              ['Mo Member', 'DISAPPROVE', 'Clause 5.1 is untestable.'],
            ]);
            expect(ballot.voteHistory).toHaveLength(2);
            expect(actions.filter((a) => a === 'ballot.voteCast')).toHaveLength(2);
          } else {
            expect(ballot.votes).toEqual([]);
            expect(ballot.voteHistory).toEqual([]);
            expect(actions).not.toContain('ballot.voteCast');
            expect(actions).toContain('ballot.opened');
            expect(text).not.toContain('untestable');
            expect(text).not.toContain('Mo Member');
          }
          // Counts and the result, for every reader, once the ballot has closed.
          if (phase === 'closed') {
            expect(ballot).toMatchObject({
              status: 'CLOSED',
              result: 'NOT_APPROVED',
              counts: { approve: 1, disapprove: 1, abstain: 0 },
            });
            expect(actions[0]).toBe('ballot.closed');
          } else {
            expect(ballot).toMatchObject({ status: 'OPEN', result: null, counts: null });
          }
        },
      );
    }
  }
});

// Reading people: what a committee needs. Its members (and administrators) see who holds which
// role in it; a person's record, by `node(id:)`, is seen by those who share a committee with them;
// the committees a person belongs to are listed only where the caller belongs too. Refused reads
// answer null, as for an ID that does not exist.

const MEMBERS_OF = 'query($code: String!) { committee(code: $code) { members { role person { name } } } }';
const PERSON = 'query($id: ID!) { node(id: $id) { ... on Person { name memberships { committee { code } } } } }';
const COMMITTEE_ROLES: readonly Caller[] = ['observer', 'member', 'secretary', 'chair', ...ADMINS];

interface Read {
  read: string;
  allowed: readonly Caller[];
  /** True when the caller saw what is read. */
  sees: (c: Committee, token: string | null) => Promise<boolean>;
}

/** Puts the second member into another committee as well, and someone into that committee only. */
function otherCommittee(c: Committee): { elsewhere: Person } {
  const other = c.db.$client.prepare("select id from committees where code = 'SAC/TC114/SC34'").pluck().get() as number;
  const join = c.db.$client.prepare(
    "insert into memberships (person_id, committee_id, role, created_at) values (?, ?, 'MEMBER', ?)",
  );
  join.run(c.members[1].personId, other, c.clock.now.toISOString());
  const elsewhere = createPersonWithToken(c.db, { name: 'Elsewhere' });
  join.run(elsewhere.personId, other, c.clock.now.toISOString());
  return { elsewhere };
}

type PersonAnswer = { node: { name: string; memberships: { committee: { code: string } }[] } | null };

const HISTORY_OF = 'query($code: String!) { committee(code: $code) { history { edges { node { action } } } } }';
const ACCOUNT = 'query($id: ID!) { node(id: $id) { ... on Person { history { edges { node { action } } } } } }';
const WORK = 'query($id: ID!) { node(id: $id) { ... on Person { myWork { draftsByStage { stage } } } } }';
type Field<K extends string> = { node: Record<K, unknown> | null } | null | undefined;

const READS: readonly Read[] = [
  {
    read: "the committee's membership history",
    allowed: COMMITTEE_ROLES,
    sees: async (c, token) =>
      (await postAs<{ committee: { history: unknown } }>(c.app, token, HISTORY_OF, { code: COMMITTEE_CODE })).data
        ?.committee.history != null,
  },
  {
    read: "a fellow member's account history (tokens, roles)",
    allowed: ADMINS,
    sees: async (c, token) =>
      ((await postAs(c.app, token, ACCOUNT, { id: gid('Person', c.members[1].personId) })).data as Field<'history'>)
        ?.node?.history != null,
  },
  {
    read: "a fellow member's work (myWork)",
    allowed: [],
    sees: async (c, token) =>
      ((await postAs(c.app, token, WORK, { id: gid('Person', c.members[1].personId) })).data as Field<'myWork'>)?.node
        ?.myWork != null,
  },
  {
    read: "the committee's members",
    allowed: COMMITTEE_ROLES,
    sees: async (c, token) =>
      (await postAs<{ committee: { members: unknown[] | null } }>(c.app, token, MEMBERS_OF, { code: COMMITTEE_CODE }))
        .data?.committee.members != null,
  },
  {
    read: "a fellow member's record (node)",
    allowed: COMMITTEE_ROLES,
    sees: async (c, token) =>
      (await postAs<PersonAnswer>(c.app, token, PERSON, { id: gid('Person', c.members[1].personId) })).data?.node !=
      null,
  },
  {
    read: 'the record of someone only in another committee (node)',
    allowed: ADMINS,
    sees: async (c, token) => {
      const { elsewhere } = otherCommittee(c);
      return (
        (await postAs<PersonAnswer>(c.app, token, PERSON, { id: gid('Person', elsewhere.personId) })).data?.node != null
      );
    },
  },
  {
    read: "a fellow member's membership of another committee",
    allowed: ADMINS,
    sees: async (c, token) => {
      otherCommittee(c);
      const node = (await postAs<PersonAnswer>(c.app, token, PERSON, { id: gid('Person', c.members[1].personId) })).data
        ?.node;
      return node?.memberships.some((m) => m.committee.code === 'SAC/TC114/SC34') ?? false;
    },
  },
];

describe('permission matrix: reading people × every caller', () => {
  for (const entry of READS) {
    for (const caller of CALLERS) {
      const allowed = entry.allowed.includes(caller);
      it(`${entry.read} by ${caller}: ${allowed ? 'seen' : 'not seen'}`, async () => {
        const c = setUpCommittee(createTestDb().db);
        expect(await entry.sees(c, tokenOf(c, caller))).toBe(allowed);
      });
    }
  }
});
