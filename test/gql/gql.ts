/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation HistorySetMembership($input: SetMembershipInput!) { setMembership(input: $input) { membership { role } } }\n": typeof types.HistorySetMembershipDocument,
    "\n  mutation HistoryRemoveMembership($input: RemoveMembershipInput!) { removeMembership(input: $input) { __typename } }\n": typeof types.HistoryRemoveMembershipDocument,
    "\n  mutation HistoryCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token { id } secret } }\n": typeof types.HistoryCreateTokenDocument,
    "\n  mutation HistoryRevokeToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { __typename } }\n": typeof types.HistoryRevokeTokenDocument,
    "\n  query Viewer {\n    viewer { name email isAdmin memberships { role committee { code } } tokens { name revokedAt } }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { person { id name email organisationKind isAdmin } }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation SetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) { membership { role person { name } committee { code } } }\n  }\n": typeof types.SetMembershipDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { secret token { id name } }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { revoked } }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation RoleActAsOfficer($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { committee { code } } }\n": typeof types.RoleActAsOfficerDocument,
    "\n  mutation RoleStopActing($input: StopActingAsOfficerInput!) { stopActingAsOfficer(input: $input) { committee {\n    code } } }\n": typeof types.RoleStopActingDocument,
    "\n  query RoleDraftAbilities($id: ID!) { draft(id: $id) { stage viewerCanMoveTo viewerCanRevise } }\n": typeof types.RoleDraftAbilitiesDocument,
    "\n  mutation RoleMove($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }\n": typeof types.RoleMoveDocument,
    "\n  query RoleCommitteeHistory($code: String!) {\n    committee(code: $code) { history(first: 10) { edges { node { action actor { name } data } } } }\n  }\n": typeof types.RoleCommitteeHistoryDocument,
    "\n  query RoleActsAsOfficer($code: String!) { committee(code: $code) { viewerActsAsOfficer } }\n": typeof types.RoleActsAsOfficerDocument,
    "\n  mutation RoleActAndRead($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { committee {\n    viewerActsAsOfficer } } }\n": typeof types.RoleActAndReadDocument,
    "\n  mutation RoleActAndAbilities($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { committee {\n    viewerActsAsOfficer viewerCanCreateDraft } } }\n": typeof types.RoleActAndAbilitiesDocument,
    "\n  mutation RoleStopAndAbilities($input: StopActingAsOfficerInput!) { stopActingAsOfficer(input: $input) {\n    committee { viewerActsAsOfficer viewerCanCreateDraft } } }\n": typeof types.RoleStopAndAbilitiesDocument,
    "\n  query RoleActingOfficerOf { viewer { actingOfficerOf { code } } }\n": typeof types.RoleActingOfficerOfDocument,
    "\n  mutation RulesSet($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input: $input) { ballotRules {\n    rule votesBy minimumDays { enquiry approval } } } }\n": typeof types.RulesSetDocument,
    "\n  query RulesRead($code: String!) { committee(code: $code) { ballotRules { rule votesBy minimumDays { enquiry\n    approval } } members { person { name } memberBody headOfDelegation } } }\n": typeof types.RulesReadDocument,
    "\n  mutation RulesMemberBody($input: SetMemberBodyInput!) { setMemberBody(input: $input) { membership { memberBody\n    headOfDelegation person { name } } } }\n": typeof types.RulesMemberBodyDocument,
    "\n  mutation RulesOpen($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id rule votesBy } } }\n": typeof types.RulesOpenDocument,
    "\n  mutation RulesVote($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }\n": typeof types.RulesVoteDocument,
    "\n  mutation RulesClose($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { status result rule votesBy\n    counts { approve disapprove abstain } explanation { en zh } } } }\n": typeof types.RulesCloseDocument,
    "\n  query RulesBallot($id: ID!) { node(id: $id) { ... on Ballot { viewerCanVote explanation { en } } } }\n": typeof types.RulesBallotDocument,
    "\n  query RulesBallotVotes($id: ID!) { node(id: $id) { ... on Ballot { votes { voter { name } memberBody value } } } }\n": typeof types.RulesBallotVotesDocument,
    "\n  mutation SchedulerOpen($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }\n": typeof types.SchedulerOpenDocument,
    "\n  mutation OpenBallot($input: OpenBallotInput!) {\n    openBallot(input: $input) { ballot { id stage status closesAt revision { number } draft { viewerCanOpenBallot\n      viewerCanMoveTo } } }\n  }\n": typeof types.OpenBallotDocument,
    "\n  mutation CastVote($input: CastVoteInput!) { castVote(input: $input) { vote { value reason voter { name } } ballot {\n    votes { value } } } }\n": typeof types.CastVoteDocument,
    "\n  mutation CloseBallot($input: CloseBallotInput!) {\n    closeBallot(input: $input) { ballot { status result counts { approve disapprove abstain } closedAt } }\n  }\n": typeof types.CloseBallotDocument,
    "\n  query BallotView($id: ID!) {\n    node(id: $id) {\n      ... on Ballot {\n        status result counts { approve }\n        votes { value reason voter { name } }\n        voteHistory { value castAt voter { name } }\n        viewerCanVote viewerCanClose\n      }\n    }\n  }\n": typeof types.BallotViewDocument,
    "\n  query DraftBallots($id: ID!) { draft(id: $id) { stage viewerCanMoveTo viewerCanOpenBallot viewerCanRevise ballots {\n    stage result } } }\n": typeof types.DraftBallotsDocument,
    "\n      mutation BallotBlockingComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread {\n        id } } }\n    ": typeof types.BallotBlockingCommentDocument,
    "\n      mutation MoveAfterBallot($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }\n    ": typeof types.MoveAfterBallotDocument,
    "\n  mutation TimingRules($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input: $input) { ballotRules {\n    rule } } }\n": typeof types.TimingRulesDocument,
    "\n  mutation TimingOpen($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id status opensAt closesAt } } }\n": typeof types.TimingOpenDocument,
    "\n  mutation TimingVote($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }\n": typeof types.TimingVoteDocument,
    "\n  mutation TimingClose($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { status } } }\n": typeof types.TimingCloseDocument,
    "\n  query TimingBallot($id: ID!) { node(id: $id) { ... on Ballot { status result closedAt counts { approve disapprove }\n    explanation { en } viewerCanVote viewerCanClose votes { value } } } }\n": typeof types.TimingBallotDocument,
    "\n  query TimingDraft($id: ID!) { draft(id: $id) { viewerCanMoveTo viewerCanOpenBallot ballots { status }\n    history(first: 1) { edges { node { action actor { name } data } } } } }\n": typeof types.TimingDraftDocument,
    "\n  query TimingDraftHistory($id: ID!) { draft(id: $id) { history(first: 50) { edges { node { action } } } } }\n": typeof types.TimingDraftHistoryDocument,
    "\n  query CachedLookup($designation: String!, $on: Date!) {\n    standard(designation: $designation) {\n      designation\n      title { en }\n      applicability(on: $on) { current { designation effective } }\n    }\n  }\n": typeof types.CachedLookupDocument,
    "\n  mutation CliLinkSetPassword($input: SetPasswordWithLinkInput!) {\n    setPasswordWithLink(input: $input) { purpose viewer { name } }\n  }\n": typeof types.CliLinkSetPasswordDocument,
    "\n  mutation CliLinkSignIn($input: SignInInput!) { signIn(input: $input) { viewer { name isAdmin } } }\n": typeof types.CliLinkSignInDocument,
    "\n  mutation SheetComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id\n    lockVersion } } }\n": typeof types.SheetCommentDocument,
    "\n  mutation SheetDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { thread { status } } }\n": typeof types.SheetDisposeDocument,
    "query SheetPath($id: ID!) { draft(id: $id) { commentSheetPath } }": typeof types.SheetPathDocument,
    "\n  mutation SheetUpload($input: UploadCommentSheetInput!) {\n    uploadCommentSheet(input: $input) {\n      threads { organisation clauseNumber type comment proposedChange author { name } revision { number } }\n    }\n  }\n": typeof types.SheetUploadDocument,
    "\n  mutation CarryComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }\n": typeof types.CarryCommentDocument,
    "\n  mutation CarryThread($input: CarryCommentThreadInput!) {\n    carryCommentThread(input: $input) {\n      thread { id clauseNumber type comment status author { name } revision { number } carriedFrom { id } }\n    }\n  }\n": typeof types.CarryThreadDocument,
    "\n  mutation CarryDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { thread { status } } }\n": typeof types.CarryDisposeDocument,
    "\n  query CarryReadThread($id: ID!) { node(id: $id) { ... on CommentThread { lockVersion carriedTo { id }\n    viewerCanCarry } } }\n": typeof types.CarryReadThreadDocument,
    "\n  mutation CarryMove($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }\n": typeof types.CarryMoveDocument,
    "query CarryAbilities($id: ID!) { draft(id: $id) { viewerCanMoveTo } }": typeof types.CarryAbilitiesDocument,
    "\n  mutation EarlierComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }\n": typeof types.EarlierCommentDocument,
    "\n  mutation EarlierCarry($input: CarryCommentThreadInput!) { carryCommentThread(input: $input) { thread { id } } }\n": typeof types.EarlierCarryDocument,
    "\n  mutation EarlierWithdraw($input: WithdrawCommentInput!) { withdrawComment(input: $input) { thread { id } } }\n": typeof types.EarlierWithdrawDocument,
    "\n  query EarlierThreads($id: ID!) {\n    draft(id: $id) {\n      openEarlierThreads { id comment status revision { number } viewerCanCarry viewerCanDispose }\n    }\n  }\n": typeof types.EarlierThreadsDocument,
    "\n  query EarlierThreadsPlain($id: ID!) { draft(id: $id) { openEarlierThreads { id type comment clauseNumber } } }\n": typeof types.EarlierThreadsPlainDocument,
    "\n  mutation CreateThread($input: CreateCommentThreadInput!) {\n    createCommentThread(input: $input) {\n      thread { id organisation clauseNumber lineNumber paragraph type comment proposedChange status lockVersion author {\n        name } revision { number } }\n    }\n  }\n": typeof types.CreateThreadDocument,
    "\n  mutation Reply($input: ReplyToCommentInput!) { replyToComment(input: $input) { reply { body author { name } } thread {\n    replies { body } } } }\n": typeof types.ReplyDocument,
    "\n  mutation Edit($input: EditCommentInput!) { editComment(input: $input) { thread { comment type clauseNumber\n    proposedChange lockVersion } } }\n": typeof types.EditDocument,
    "\n  mutation Withdraw($input: WithdrawCommentInput!) { withdrawComment(input: $input) { thread { status lockVersion } } }\n": typeof types.WithdrawDocument,
    "\n  mutation Dispose($input: DisposeCommentInput!) {\n    disposeComment(input: $input) { thread { status disposition observation disposedBy { name } lockVersion } }\n  }\n": typeof types.DisposeDocument,
    "\n  query ThreadView($id: ID!) {\n    node(id: $id) {\n      ... on CommentThread {\n        status comment lockVersion\n        replies { body author { name } }\n        viewerCanEdit viewerCanWithdraw viewerCanDispose viewerCanReply\n      }\n    }\n  }\n": typeof types.ThreadViewDocument,
    "\n  query RevisionComments($id: ID!) {\n    node(id: $id) { ... on DraftRevision { threads(first: 10) { totalCount edges { node { comment status } } }\n      commentsCsv } }\n  }\n": typeof types.RevisionCommentsDocument,
    "\n  query DraftHistory($id: ID!) { draft(id: $id) { history { edges { node { action data } } } } }\n": typeof types.DraftHistoryDocument,
    "\n      mutation MoveOnce($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }\n    ": typeof types.MoveOnceDocument,
    "\n  query Compare($from: String!, $to: String!) {\n    compareVersions(from: $from, to: $to) {\n      from { designation }\n      to { designation }\n      textCompared\n      added { number heading }\n      removed { number heading }\n      changed {\n        before { number heading }\n        after { number heading text }\n        matchedBy\n        moved\n        informativeChanged\n        headingDiff { kind text }\n        textDiff { kind text }\n      }\n      unchangedCount\n      replacesChain { designation }\n    }\n  }\n": typeof types.CompareDocument,
    "\n  subscription LimitsDraftActivity($draftId: ID!) { draftActivity(draftId: $draftId) { action actor { name } data } }\n": typeof types.LimitsDraftActivityDocument,
    "\n  mutation LimitsComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }\n": typeof types.LimitsCommentDocument,
    "\n  subscription DraftActivity($draftId: ID!) { draftActivity(draftId: $draftId) { action entityType actor { name } data }\n    }\n": typeof types.DraftActivityDocument,
    "\n  mutation ActivityComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }\n": typeof types.ActivityCommentDocument,
    "mutation ActivityRevokeToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { __typename } }": typeof types.ActivityRevokeTokenDocument,
    "mutation ActivityRemoveMembership($input: RemoveMembershipInput!) { removeMembership(input: $input) { __typename }\n    }": typeof types.ActivityRemoveMembershipDocument,
    "mutation ActivityOpenBallot($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }": typeof types.ActivityOpenBallotDocument,
    "mutation ActivityCastVote($input: CastVoteInput!) { castVote(input: $input) { __typename } }": typeof types.ActivityCastVoteDocument,
    "mutation ActivityCloseBallot($input: CloseBallotInput!) { closeBallot(input: $input) { __typename } }": typeof types.ActivityCloseBallotDocument,
    "\n  query CompareDraftRevisions($id: ID!, $from: Int!, $to: Int!) {\n    draft(id: $id) {\n      compareRevisions(from: $from, to: $to) {\n        from { number }\n        to { number }\n        unchangedCount\n        added { number heading }\n        removed { number heading }\n        changed {\n          matchedBy moved informativeChanged\n          before { number text }\n          after { number text }\n          headingDiff { kind text }\n          textDiff { kind text }\n        }\n      }\n    }\n  }\n": typeof types.CompareDraftRevisionsDocument,
    "\n  mutation PlanCreateDraft($input: CreateDraftInput!) {\n    createDraft(input: $input) { draft { id lockVersion replacementConsents { version { designation } consented } } }\n  }\n": typeof types.PlanCreateDraftDocument,
    "\n  mutation PlanMove($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }\n": typeof types.PlanMoveDocument,
    "\n  mutation PlanAssign($input: AssignStandardCommitteeInput!) {\n    assignStandardCommittee(input: $input) { standard { designation committee { code } } }\n  }\n": typeof types.PlanAssignDocument,
    "\n  query PlanStandardHistory($designation: String!) {\n    standard(designation: $designation) { id history { edges { node { action actor { name } data } } } }\n  }\n": typeof types.PlanStandardHistoryDocument,
    "\n  mutation PlanConsent($input: ConsentToReplacementInput!) {\n    consentToReplacement(input: $input) {\n      draft { replacementConsents { version { designation } committee { code } consented consentedBy { name }\n        asAdministrator } }\n    }\n  }\n": typeof types.PlanConsentDocument,
    "\n  mutation PlanPublish($input: PublishDraftInput!) { publishDraft(input: $input) { version { designation } } }\n": typeof types.PlanPublishDocument,
    "\n  query PlanDraftHistory($id: ID!) { draft(id: $id) { history { edges { node { action actor { name } } } } } }\n": typeof types.PlanDraftHistoryDocument,
    "\n  mutation CreateDraft($input: CreateDraftInput!) {\n    createDraft(input: $input) {\n      draft {\n        id stage lockVersion versionDesignation versionType title { en zh }\n        standard { designation } proposedStandard { designation kind publisher }\n        baseVersion { designation } replaces { designation } leader { name } committee { code }\n      }\n    }\n  }\n": typeof types.CreateDraftDocument,
    "\n  query DraftView($id: ID!) {\n    draft(id: $id) {\n      stage lockVersion publicEnquiry\n      viewerCanMoveTo viewerCanRevise viewerCanComment viewerCanOpenBallot viewerCanPublish\n      currentRevision { number isCurrent }\n      revisions { totalCount edges { node { number isCurrent note } } }\n      history { edges { node { action actor { name } data } } }\n    }\n  }\n": typeof types.DraftViewDocument,
    "\n  query DraftNode($id: ID!) { node(id: $id) { id ... on Draft { stage versionDesignation } } }\n": typeof types.DraftNodeDocument,
    "\n  query CommitteeDrafts($code: String!, $stages: [DraftStage!]) {\n    committee(code: $code) { drafts(stages: $stages) { totalCount edges { node { id stage } } } }\n  }\n": typeof types.CommitteeDraftsDocument,
    "\n  query DraftsWithAbilities($code: String!) {\n    committee(code: $code) {\n      drafts(first: 50) {\n        edges { node { id stage viewerCanMoveTo viewerCanRevise viewerCanComment viewerCanOpenBallot viewerCanPublish }\n          }\n      }\n    }\n  }\n": typeof types.DraftsWithAbilitiesDocument,
    "\n  mutation MoveDraftStage($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage lockVersion\n    publicEnquiry } } }\n": typeof types.MoveDraftStageDocument,
    "\n  mutation AddDraftRevision($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { revision { id number\n    note createdBy { name } } } }\n": typeof types.AddDraftRevisionDocument,
    "\n  query RevisionChanges($id: ID!) {\n    node(id: $id) {\n      ... on DraftRevision {\n        number\n        clauses { number heading informative children { number text } }\n        changes { number change before { text } after { heading text } }\n      }\n    }\n  }\n": typeof types.RevisionChangesDocument,
    "\n  query StandardsPage($first: Int, $after: String, $filter: StandardFilter) {\n    standards(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          designation\n          committee { code }\n          versions(first: 10) {\n            totalCount\n            edges { node { designation published effective replaces { designation } replacedBy { designation } } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StandardsPageDocument,
    "\n  query Committees {\n    committees(first: 50) {\n      totalCount\n      edges { node { code name { en } parent { code } children { code } } }\n    }\n    committee(code: \" iso/tc 22/sc32 \") {\n      code\n      standards(first: 1) { totalCount edges { node { designation } } }\n    }\n  }\n": typeof types.CommitteesDocument,
    "\n  query NodesRefetch($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      __typename\n      ... on Standard { designation }\n      ... on StandardVersion { designation }\n      ... on Committee { code }\n    }\n  }\n": typeof types.NodesRefetchDocument,
    "\n  query NodeRefetch($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Standard { designation }\n      ... on StandardVersion { designation }\n      ... on Committee { code }\n    }\n  }\n": typeof types.NodeRefetchDocument,
    "\n  query Ids {\n    standard(designation: \"UN R155\") { id versions(first: 1) { edges { node { id } } } committee { id } }\n  }\n": typeof types.IdsDocument,
    "\n  query StandardApplicability($designation: String!, $on: Date!, $scope: ApplicabilityScope) {\n    standard(designation: $designation) {\n      designation\n      kind\n      title { en zh }\n      applicability(on: $on, scope: $scope) {\n        on\n        scope\n        current { designation }\n        versions { status version { designation } modifications { designation } }\n        unknown { designation }\n        successors { designation }\n      }\n    }\n  }\n": typeof types.StandardApplicabilityDocument,
    "\n  query VersionLookup($designation: String!, $on: Date!) {\n    version(designation: $designation) {\n      designation\n      type\n      published\n      effective\n      status(on: $on)\n      existing: status(on: $on, scope: EXISTING_TYPES)\n      standard { designation }\n      title { en zh }\n      base { designation }\n      replaces { designation }\n      replacedBy { designation }\n    }\n  }\n": typeof types.VersionLookupDocument,
    "\n  mutation E2EPropose($input: CreateDraftInput!) { createDraft(input: $input) { draft { id stage lockVersion\n    viewerCanMoveTo } } }\n": typeof types.E2EProposeDocument,
    "\n  mutation E2EMove($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage lockVersion } } }\n": typeof types.E2EMoveDocument,
    "\n  mutation E2ERevise($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { revision { id number changes {\n    change number } } } }\n": typeof types.E2EReviseDocument,
    "\n  mutation E2EComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id lockVersion\n    status } } }\n": typeof types.E2ECommentDocument,
    "\n  mutation E2EDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { thread { status disposition } } }\n": typeof types.E2EDisposeDocument,
    "mutation E2EOpenBallot($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id status } } }": typeof types.E2EOpenBallotDocument,
    "mutation E2EVote($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }": typeof types.E2EVoteDocument,
    "mutation E2EClose($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { result counts { approve\n    disapprove abstain } } } }": typeof types.E2ECloseDocument,
    "\n  mutation E2EPublish($input: PublishDraftInput!) {\n    publishDraft(input: $input) { draft { stage } version { designation effective replaces { designation } clauses {\n      number children { number } } } }\n  }\n": typeof types.E2EPublishDocument,
    "\n  query E2EDraftState($id: ID!) {\n    draft(id: $id) {\n      stage lockVersion viewerCanOpenBallot viewerCanPublish\n      currentRevision { id number commentsCsv }\n      history(first: 50) { edges { node { action actor { name } } } }\n    }\n  }\n": typeof types.E2EDraftStateDocument,
    "\n  query E2ESearch($on: Date!) { search(query: \"thermal propagation\", on: $on, first: 5) { edges { node { kind applies\n    version { designation } clause { number } } } } }\n": typeof types.E2ESearchDocument,
    "\n  query E2EApplies($on: Date!) {\n    standard(designation: \"GB 38031\") {\n      applicability(on: $on) { current { designation } versions { status version { designation } } }\n    }\n  }\n": typeof types.E2EAppliesDocument,
    "\n  query MyWorkOfViewer {\n    viewer {\n      myWork {\n        draftsByStage { stage drafts { id } }\n        ballotsToVote { ballot { id } daysLeft }\n        threadsAwaitingDisposition { id }\n        threadsAwaitingReply { id }\n      }\n    }\n  }\n": typeof types.MyWorkOfViewerDocument,
    "\n  mutation MyWorkComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }\n": typeof types.MyWorkCommentDocument,
    "\n  mutation MyWorkReply($input: ReplyToCommentInput!) { replyToComment(input: $input) { __typename } }\n": typeof types.MyWorkReplyDocument,
    "\n  mutation MyWorkOpenBallot($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }\n": typeof types.MyWorkOpenBallotDocument,
    "mutation MyWorkVote($input: CastVoteInput!) { castVote(input: $input) { __typename } }": typeof types.MyWorkVoteDocument,
    "\n  mutation MyWorkRules($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input: $input) { __typename } }\n": typeof types.MyWorkRulesDocument,
    "\n  mutation MyWorkMemberBody($input: SetMemberBodyInput!) { setMemberBody(input: $input) { __typename } }\n": typeof types.MyWorkMemberBodyDocument,
    "mutation OutboxDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { __typename } }": typeof types.OutboxDisposeDocument,
    "mutation OutboxThread($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id\n    lockVersion } } }": typeof types.OutboxThreadDocument,
    "mutation OutboxReply($input: ReplyToCommentInput!) { replyToComment(input: $input) { __typename } }": typeof types.OutboxReplyDocument,
    "mutation MatrixCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { __typename } }": typeof types.MatrixCreatePersonDocument,
    "mutation MatrixSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { __typename } }": typeof types.MatrixSetMembershipDocument,
    "mutation MatrixRemoveMembership($input: RemoveMembershipInput!) { removeMembership(input: $input) { __typename } }": typeof types.MatrixRemoveMembershipDocument,
    "mutation MatrixCreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { __typename } }": typeof types.MatrixCreateApiTokenDocument,
    "mutation MatrixRevokeApiToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { __typename } }": typeof types.MatrixRevokeApiTokenDocument,
    "mutation MatrixIssueAccountLink($input: IssueAccountLinkInput!) { issueAccountLink(input: $input) { __typename } }": typeof types.MatrixIssueAccountLinkDocument,
    "mutation MatrixRevokeSession($input: RevokeSessionInput!) { revokeSession(input: $input) { __typename } }": typeof types.MatrixRevokeSessionDocument,
    "mutation MatrixSignOutEverywhere { signOut(input: { everywhere: true }) { sessionsEnded } }": typeof types.MatrixSignOutEverywhereDocument,
    "mutation MatrixCreateDraft($input: CreateDraftInput!) { createDraft(input: $input) { __typename } }": typeof types.MatrixCreateDraftDocument,
    "mutation MatrixMoveDraftStage($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { __typename } }": typeof types.MatrixMoveDraftStageDocument,
    "mutation MatrixAddDraftRevision($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { __typename } }": typeof types.MatrixAddDraftRevisionDocument,
    "\n  mutation MatrixCreateCommentThread($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread {\n    id lockVersion } } }\n": typeof types.MatrixCreateCommentThreadDocument,
    "mutation MatrixReplyToComment($input: ReplyToCommentInput!) { replyToComment(input: $input) { __typename } }": typeof types.MatrixReplyToCommentDocument,
    "mutation MatrixEditComment($input: EditCommentInput!) { editComment(input: $input) { __typename } }": typeof types.MatrixEditCommentDocument,
    "mutation MatrixWithdrawComment($input: WithdrawCommentInput!) { withdrawComment(input: $input) { __typename } }": typeof types.MatrixWithdrawCommentDocument,
    "mutation MatrixDisposeComment($input: DisposeCommentInput!) { disposeComment(input: $input) { __typename } }": typeof types.MatrixDisposeCommentDocument,
    "mutation MatrixOpenBallot($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }": typeof types.MatrixOpenBallotDocument,
    "mutation MatrixCastVote($input: CastVoteInput!) { castVote(input: $input) { __typename } }": typeof types.MatrixCastVoteDocument,
    "mutation MatrixCloseBallot($input: CloseBallotInput!) { closeBallot(input: $input) { __typename } }": typeof types.MatrixCloseBallotDocument,
    "mutation MatrixFollowStandard($input: FollowStandardInput!) { followStandard(input: $input) { __typename } }": typeof types.MatrixFollowStandardDocument,
    "mutation MatrixUnfollowStandard($input: UnfollowStandardInput!) { unfollowStandard(input: $input) { __typename } }": typeof types.MatrixUnfollowStandardDocument,
    "mutation MatrixFollowCommittee($input: FollowCommitteeInput!) { followCommittee(input: $input) { __typename } }": typeof types.MatrixFollowCommitteeDocument,
    "mutation MatrixUnfollowCommittee($input: UnfollowCommitteeInput!) { unfollowCommittee(input: $input) { __typename }\n    }": typeof types.MatrixUnfollowCommitteeDocument,
    "mutation MatrixFollowHorizonFilter($input: FollowHorizonFilterInput!) { followHorizonFilter(input: $input) {\n    __typename } }": typeof types.MatrixFollowHorizonFilterDocument,
    "mutation MatrixUnfollowHorizonFilter($input: UnfollowHorizonFilterInput!) { unfollowHorizonFilter(input: $input) {\n    __typename } }": typeof types.MatrixUnfollowHorizonFilterDocument,
    "mutation MatrixMarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) {\n    marked } }": typeof types.MatrixMarkNotificationsReadDocument,
    "mutation MatrixCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { __typename } }": typeof types.MatrixCreateWebhookDocument,
    "mutation MatrixUpdateWebhook($input: UpdateWebhookInput!) { updateWebhook(input: $input) { __typename } }": typeof types.MatrixUpdateWebhookDocument,
    "mutation MatrixDeleteWebhook($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { __typename } }": typeof types.MatrixDeleteWebhookDocument,
    "mutation MatrixSetCommitteeBallotRules($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input:\n    $input) { __typename } }": typeof types.MatrixSetCommitteeBallotRulesDocument,
    "mutation MatrixSetMemberBody($input: SetMemberBodyInput!) { setMemberBody(input: $input) { __typename } }": typeof types.MatrixSetMemberBodyDocument,
    "mutation MatrixPublishDraft($input: PublishDraftInput!) { publishDraft(input: $input) { __typename } }": typeof types.MatrixPublishDraftDocument,
    "mutation MatrixCarryCommentThread($input: CarryCommentThreadInput!) { carryCommentThread(input: $input) {\n    __typename } }": typeof types.MatrixCarryCommentThreadDocument,
    "mutation MatrixUploadCommentSheet($input: UploadCommentSheetInput!) { uploadCommentSheet(input: $input) {\n    __typename } }": typeof types.MatrixUploadCommentSheetDocument,
    "mutation MatrixActAsOfficer($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { __typename } }": typeof types.MatrixActAsOfficerDocument,
    "mutation MatrixStopActingAsOfficer($input: StopActingAsOfficerInput!) { stopActingAsOfficer(input: $input) {\n    __typename } }": typeof types.MatrixStopActingAsOfficerDocument,
    "mutation MatrixAssignStandardCommittee($input: AssignStandardCommitteeInput!) { assignStandardCommittee(input:\n    $input) { __typename } }": typeof types.MatrixAssignStandardCommitteeDocument,
    "mutation MatrixConsentToReplacement($input: ConsentToReplacementInput!) { consentToReplacement(input: $input) {\n    __typename } }": typeof types.MatrixConsentToReplacementDocument,
    "\n  query MatrixBallotAndHistory($id: ID!) {\n    draft(id: $id) {\n      ballots { status result counts { approve disapprove abstain } viewerCanSeeVotes votes { voter { name } value\n        reason } voteHistory { value reason } }\n      history(first: 50) { edges { node { action actor { name } data } } }\n    }\n  }\n": typeof types.MatrixBallotAndHistoryDocument,
    "\n  query PersonByEmail($email: String!) { personByEmail(email: $email) { name email memberships { role } } }\n": typeof types.PersonByEmailDocument,
    "\n  query AgreementBallot($id: ID!) { node(id: $id) { ... on Ballot { status viewerCanVote viewerCanClose } } }\n": typeof types.AgreementBallotDocument,
    "\n  mutation AgreementVote($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }\n": typeof types.AgreementVoteDocument,
    "\n  mutation AgreementClose($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { status } } }\n": typeof types.AgreementCloseDocument,
    "\n  mutation AgreementOpen($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }\n": typeof types.AgreementOpenDocument,
    "\n  mutation AgreementRules($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input: $input) {\n    ballotRules { votesBy } } }\n": typeof types.AgreementRulesDocument,
    "\n  mutation AgreementMemberBody($input: SetMemberBodyInput!) { setMemberBody(input: $input) { membership {\n    headOfDelegation } } }\n": typeof types.AgreementMemberBodyDocument,
    "\n  query AgreementThread($id: ID!) { node(id: $id) { ... on CommentThread { status lockVersion viewerCanReply\n    viewerCanEdit viewerCanWithdraw viewerCanDispose } } }\n": typeof types.AgreementThreadDocument,
    "\n  mutation AgreementCreateThread($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread {\n    id lockVersion } } }\n": typeof types.AgreementCreateThreadDocument,
    "\n  mutation AgreementReply($input: ReplyToCommentInput!) { replyToComment(input: $input) { __typename } }\n": typeof types.AgreementReplyDocument,
    "\n  mutation AgreementEdit($input: EditCommentInput!) { editComment(input: $input) { __typename } }\n": typeof types.AgreementEditDocument,
    "\n  mutation AgreementWithdraw($input: WithdrawCommentInput!) { withdrawComment(input: $input) { __typename } }\n": typeof types.AgreementWithdrawDocument,
    "\n  mutation AgreementDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { __typename } }\n": typeof types.AgreementDisposeDocument,
    "\n  query AgreementCommittee($code: String!) { committee(code: $code) { viewerCanCreateDraft } }\n": typeof types.AgreementCommitteeDocument,
    "\n  mutation AgreementPropose($input: CreateDraftInput!) { createDraft(input: $input) { draft { id } } }\n": typeof types.AgreementProposeDocument,
    "\n  mutation PublishDraft($input: PublishDraftInput!) {\n    publishDraft(input: $input) {\n      draft { stage lockVersion viewerCanMoveTo viewerCanPublish publishedVersion { designation } }\n      version {\n        designation type published effective mandatoryNewTypes\n        standard { designation committee { code } title { en } }\n        title { en zh }\n        replaces { designation }\n        clauses { number heading text informative children { number heading text } }\n        history { edges { node { action } } }\n      }\n    }\n  }\n": typeof types.PublishDraftDocument,
    "\n  query PublishedApplicability($designation: String!) {\n    standard(designation: $designation) {\n      before: applicability(on: \"2026-12-31\") { current { designation } }\n      after: applicability(on: \"2027-06-01\") { current { designation } versions { status version { designation } } }\n      existing: applicability(on: \"2027-06-01\", scope: EXISTING_TYPES) { versions { status version { designation } } }\n    }\n  }\n": typeof types.PublishedApplicabilityDocument,
    "\n  query ReadyToPublish($id: ID!) { draft(id: $id) { viewerCanPublish lockVersion } }\n": typeof types.ReadyToPublishDocument,
    "\n  mutation ReadThenPublish($publish: PublishDraftInput!, $draft: CreateDraftInput!) {\n    first: createDraft(input: $draft) { draft { replaces { designation status(on: \"2027-06-01\") } } }\n    then: publishDraft(input: $publish) { version { replaces { designation status(on: \"2027-06-01\") } } }\n  }\n": typeof types.ReadThenPublishDocument,
    "\n  query StandardHistory { standard(designation: \"GB 38031\") { history { edges { node { action actor { name } } } } } }\n": typeof types.StandardHistoryDocument,
    "\n  mutation CreateAmendment($input: CreateDraftInput!) { createDraft(input: $input) { draft { id } } }\n": typeof types.CreateAmendmentDocument,
    "\n      mutation ProposeNewStandard($input: CreateDraftInput!) { createDraft(input: $input) { draft { id } } }\n    ": typeof types.ProposeNewStandardDocument,
    "\n  query PreviewOfDraft($id: ID!) {\n    draft(id: $id) {\n      publishPreview {\n        designation versionType standardDesignation standard { designation } baseVersion { designation }\n        replaces { designation } awaitingConsent { designation } revision { number } clauseCount designationTaken\n      }\n    }\n  }\n": typeof types.PreviewOfDraftDocument,
    "\n  mutation PreviewPublish($input: PublishDraftInput!) {\n    publishDraft(input: $input) { version { designation type standard { designation } replaces { designation } } }\n  }\n": typeof types.PreviewPublishDocument,
    "\n  query ForgivingSearch($query: String!, $on: Date, $first: Int) {\n    search(query: $query, on: $on, first: $first) {\n      edges {\n        node {\n          kind\n          standard { designation }\n          version { designation }\n          status\n          replacedBy { version { designation standard { designation } } status }\n        }\n      }\n    }\n  }\n": typeof types.ForgivingSearchDocument,
    "\n  query Search($query: String!, $on: Date, $first: Int, $after: String) {\n    search(query: $query, on: $on, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          kind\n          score\n          standard { designation }\n          version { designation standard { designation } }\n          clause { number heading }\n          status\n          applies\n          snippet { field text parts { text match } }\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query ThreadedSearch($query: String!, $on: Date, $first: Int, $after: String) {\n    search(query: $query, on: $on, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { kind score standard { designation } version { designation } clause { number } applies snippet {\n        field parts { text match } } } }\n    }\n  }\n": typeof types.ThreadedSearchDocument,
    "query CacheMe { viewer { name } }": typeof types.CacheMeDocument,
    "\n  mutation CrossSiteFollow($input: FollowCommitteeInput!) { followCommittee(input: $input) { __typename } }\n": typeof types.CrossSiteFollowDocument,
    "query CrossSiteMe { viewer { name } }": typeof types.CrossSiteMeDocument,
    "query SessionsList { viewer { name sessions { id current userAgent } } }": typeof types.SessionsListDocument,
    "\n  mutation SessionsRevoke($input: RevokeSessionInput!) { revokeSession(input: $input) { revoked } }\n": typeof types.SessionsRevokeDocument,
    "\n  mutation SignInIssueLink($input: IssueAccountLinkInput!) {\n    issueAccountLink(input: $input) { url token expiresAt person { name } }\n  }\n": typeof types.SignInIssueLinkDocument,
    "\n  mutation SignInSetPassword($input: SetPasswordWithLinkInput!) {\n    setPasswordWithLink(input: $input) { viewer { name } purpose expiresAt }\n  }\n": typeof types.SignInSetPasswordDocument,
    "\n  mutation SignInSignIn($input: SignInInput!) { signIn(input: $input) { viewer { name } expiresAt } }\n": typeof types.SignInSignInDocument,
    "mutation SignInSignOut($input: SignOutInput!) { signOut(input: $input) { sessionsEnded } }": typeof types.SignInSignOutDocument,
    "\n  mutation SignInChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { changed } }\n": typeof types.SignInChangePasswordDocument,
    "\n  query SignInMe { viewer { name hasPassword sessions { id current userAgent endsAt } memberships { role } } }\n": typeof types.SignInMeDocument,
    "\n  mutation StreamActAsOfficer($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { committee { code } } }\n": typeof types.StreamActAsOfficerDocument,
    "\n  mutation StreamStopActing($input: StopActingAsOfficerInput!) { stopActingAsOfficer(input: $input) { committee {\n    code } } }\n": typeof types.StreamStopActingDocument,
    "\n  mutation CreateDraftStep($input: CreateDraftInput!) { createDraft(input: $input) { draft { id stage lockVersion } } }\n": typeof types.CreateDraftStepDocument,
    "\n  mutation ReviseStep($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { revision { id number } } }\n": typeof types.ReviseStepDocument,
    "\n  query ReadStage($id: ID!) { draft(id: $id) { stage lockVersion currentRevision { id } } }\n": typeof types.ReadStageDocument,
    "\n  mutation MoveStep($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage lockVersion } } }\n": typeof types.MoveStepDocument,
    "\n  mutation OpenBallotStep($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }\n": typeof types.OpenBallotStepDocument,
    "\n  mutation VoteStep($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }\n": typeof types.VoteStepDocument,
    "\n  mutation CloseBallotStep($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { id result } } }\n": typeof types.CloseBallotStepDocument,
};
const documents: Documents = {
    "\n  mutation HistorySetMembership($input: SetMembershipInput!) { setMembership(input: $input) { membership { role } } }\n": types.HistorySetMembershipDocument,
    "\n  mutation HistoryRemoveMembership($input: RemoveMembershipInput!) { removeMembership(input: $input) { __typename } }\n": types.HistoryRemoveMembershipDocument,
    "\n  mutation HistoryCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token { id } secret } }\n": types.HistoryCreateTokenDocument,
    "\n  mutation HistoryRevokeToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { __typename } }\n": types.HistoryRevokeTokenDocument,
    "\n  query Viewer {\n    viewer { name email isAdmin memberships { role committee { code } } tokens { name revokedAt } }\n  }\n": types.ViewerDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { person { id name email organisationKind isAdmin } }\n  }\n": types.CreatePersonDocument,
    "\n  mutation SetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) { membership { role person { name } committee { code } } }\n  }\n": types.SetMembershipDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { secret token { id name } }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { revoked } }\n": types.RevokeApiTokenDocument,
    "\n  mutation RoleActAsOfficer($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { committee { code } } }\n": types.RoleActAsOfficerDocument,
    "\n  mutation RoleStopActing($input: StopActingAsOfficerInput!) { stopActingAsOfficer(input: $input) { committee {\n    code } } }\n": types.RoleStopActingDocument,
    "\n  query RoleDraftAbilities($id: ID!) { draft(id: $id) { stage viewerCanMoveTo viewerCanRevise } }\n": types.RoleDraftAbilitiesDocument,
    "\n  mutation RoleMove($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }\n": types.RoleMoveDocument,
    "\n  query RoleCommitteeHistory($code: String!) {\n    committee(code: $code) { history(first: 10) { edges { node { action actor { name } data } } } }\n  }\n": types.RoleCommitteeHistoryDocument,
    "\n  query RoleActsAsOfficer($code: String!) { committee(code: $code) { viewerActsAsOfficer } }\n": types.RoleActsAsOfficerDocument,
    "\n  mutation RoleActAndRead($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { committee {\n    viewerActsAsOfficer } } }\n": types.RoleActAndReadDocument,
    "\n  mutation RoleActAndAbilities($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { committee {\n    viewerActsAsOfficer viewerCanCreateDraft } } }\n": types.RoleActAndAbilitiesDocument,
    "\n  mutation RoleStopAndAbilities($input: StopActingAsOfficerInput!) { stopActingAsOfficer(input: $input) {\n    committee { viewerActsAsOfficer viewerCanCreateDraft } } }\n": types.RoleStopAndAbilitiesDocument,
    "\n  query RoleActingOfficerOf { viewer { actingOfficerOf { code } } }\n": types.RoleActingOfficerOfDocument,
    "\n  mutation RulesSet($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input: $input) { ballotRules {\n    rule votesBy minimumDays { enquiry approval } } } }\n": types.RulesSetDocument,
    "\n  query RulesRead($code: String!) { committee(code: $code) { ballotRules { rule votesBy minimumDays { enquiry\n    approval } } members { person { name } memberBody headOfDelegation } } }\n": types.RulesReadDocument,
    "\n  mutation RulesMemberBody($input: SetMemberBodyInput!) { setMemberBody(input: $input) { membership { memberBody\n    headOfDelegation person { name } } } }\n": types.RulesMemberBodyDocument,
    "\n  mutation RulesOpen($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id rule votesBy } } }\n": types.RulesOpenDocument,
    "\n  mutation RulesVote($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }\n": types.RulesVoteDocument,
    "\n  mutation RulesClose($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { status result rule votesBy\n    counts { approve disapprove abstain } explanation { en zh } } } }\n": types.RulesCloseDocument,
    "\n  query RulesBallot($id: ID!) { node(id: $id) { ... on Ballot { viewerCanVote explanation { en } } } }\n": types.RulesBallotDocument,
    "\n  query RulesBallotVotes($id: ID!) { node(id: $id) { ... on Ballot { votes { voter { name } memberBody value } } } }\n": types.RulesBallotVotesDocument,
    "\n  mutation SchedulerOpen($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }\n": types.SchedulerOpenDocument,
    "\n  mutation OpenBallot($input: OpenBallotInput!) {\n    openBallot(input: $input) { ballot { id stage status closesAt revision { number } draft { viewerCanOpenBallot\n      viewerCanMoveTo } } }\n  }\n": types.OpenBallotDocument,
    "\n  mutation CastVote($input: CastVoteInput!) { castVote(input: $input) { vote { value reason voter { name } } ballot {\n    votes { value } } } }\n": types.CastVoteDocument,
    "\n  mutation CloseBallot($input: CloseBallotInput!) {\n    closeBallot(input: $input) { ballot { status result counts { approve disapprove abstain } closedAt } }\n  }\n": types.CloseBallotDocument,
    "\n  query BallotView($id: ID!) {\n    node(id: $id) {\n      ... on Ballot {\n        status result counts { approve }\n        votes { value reason voter { name } }\n        voteHistory { value castAt voter { name } }\n        viewerCanVote viewerCanClose\n      }\n    }\n  }\n": types.BallotViewDocument,
    "\n  query DraftBallots($id: ID!) { draft(id: $id) { stage viewerCanMoveTo viewerCanOpenBallot viewerCanRevise ballots {\n    stage result } } }\n": types.DraftBallotsDocument,
    "\n      mutation BallotBlockingComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread {\n        id } } }\n    ": types.BallotBlockingCommentDocument,
    "\n      mutation MoveAfterBallot($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }\n    ": types.MoveAfterBallotDocument,
    "\n  mutation TimingRules($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input: $input) { ballotRules {\n    rule } } }\n": types.TimingRulesDocument,
    "\n  mutation TimingOpen($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id status opensAt closesAt } } }\n": types.TimingOpenDocument,
    "\n  mutation TimingVote($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }\n": types.TimingVoteDocument,
    "\n  mutation TimingClose($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { status } } }\n": types.TimingCloseDocument,
    "\n  query TimingBallot($id: ID!) { node(id: $id) { ... on Ballot { status result closedAt counts { approve disapprove }\n    explanation { en } viewerCanVote viewerCanClose votes { value } } } }\n": types.TimingBallotDocument,
    "\n  query TimingDraft($id: ID!) { draft(id: $id) { viewerCanMoveTo viewerCanOpenBallot ballots { status }\n    history(first: 1) { edges { node { action actor { name } data } } } } }\n": types.TimingDraftDocument,
    "\n  query TimingDraftHistory($id: ID!) { draft(id: $id) { history(first: 50) { edges { node { action } } } } }\n": types.TimingDraftHistoryDocument,
    "\n  query CachedLookup($designation: String!, $on: Date!) {\n    standard(designation: $designation) {\n      designation\n      title { en }\n      applicability(on: $on) { current { designation effective } }\n    }\n  }\n": types.CachedLookupDocument,
    "\n  mutation CliLinkSetPassword($input: SetPasswordWithLinkInput!) {\n    setPasswordWithLink(input: $input) { purpose viewer { name } }\n  }\n": types.CliLinkSetPasswordDocument,
    "\n  mutation CliLinkSignIn($input: SignInInput!) { signIn(input: $input) { viewer { name isAdmin } } }\n": types.CliLinkSignInDocument,
    "\n  mutation SheetComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id\n    lockVersion } } }\n": types.SheetCommentDocument,
    "\n  mutation SheetDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { thread { status } } }\n": types.SheetDisposeDocument,
    "query SheetPath($id: ID!) { draft(id: $id) { commentSheetPath } }": types.SheetPathDocument,
    "\n  mutation SheetUpload($input: UploadCommentSheetInput!) {\n    uploadCommentSheet(input: $input) {\n      threads { organisation clauseNumber type comment proposedChange author { name } revision { number } }\n    }\n  }\n": types.SheetUploadDocument,
    "\n  mutation CarryComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }\n": types.CarryCommentDocument,
    "\n  mutation CarryThread($input: CarryCommentThreadInput!) {\n    carryCommentThread(input: $input) {\n      thread { id clauseNumber type comment status author { name } revision { number } carriedFrom { id } }\n    }\n  }\n": types.CarryThreadDocument,
    "\n  mutation CarryDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { thread { status } } }\n": types.CarryDisposeDocument,
    "\n  query CarryReadThread($id: ID!) { node(id: $id) { ... on CommentThread { lockVersion carriedTo { id }\n    viewerCanCarry } } }\n": types.CarryReadThreadDocument,
    "\n  mutation CarryMove($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }\n": types.CarryMoveDocument,
    "query CarryAbilities($id: ID!) { draft(id: $id) { viewerCanMoveTo } }": types.CarryAbilitiesDocument,
    "\n  mutation EarlierComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }\n": types.EarlierCommentDocument,
    "\n  mutation EarlierCarry($input: CarryCommentThreadInput!) { carryCommentThread(input: $input) { thread { id } } }\n": types.EarlierCarryDocument,
    "\n  mutation EarlierWithdraw($input: WithdrawCommentInput!) { withdrawComment(input: $input) { thread { id } } }\n": types.EarlierWithdrawDocument,
    "\n  query EarlierThreads($id: ID!) {\n    draft(id: $id) {\n      openEarlierThreads { id comment status revision { number } viewerCanCarry viewerCanDispose }\n    }\n  }\n": types.EarlierThreadsDocument,
    "\n  query EarlierThreadsPlain($id: ID!) { draft(id: $id) { openEarlierThreads { id type comment clauseNumber } } }\n": types.EarlierThreadsPlainDocument,
    "\n  mutation CreateThread($input: CreateCommentThreadInput!) {\n    createCommentThread(input: $input) {\n      thread { id organisation clauseNumber lineNumber paragraph type comment proposedChange status lockVersion author {\n        name } revision { number } }\n    }\n  }\n": types.CreateThreadDocument,
    "\n  mutation Reply($input: ReplyToCommentInput!) { replyToComment(input: $input) { reply { body author { name } } thread {\n    replies { body } } } }\n": types.ReplyDocument,
    "\n  mutation Edit($input: EditCommentInput!) { editComment(input: $input) { thread { comment type clauseNumber\n    proposedChange lockVersion } } }\n": types.EditDocument,
    "\n  mutation Withdraw($input: WithdrawCommentInput!) { withdrawComment(input: $input) { thread { status lockVersion } } }\n": types.WithdrawDocument,
    "\n  mutation Dispose($input: DisposeCommentInput!) {\n    disposeComment(input: $input) { thread { status disposition observation disposedBy { name } lockVersion } }\n  }\n": types.DisposeDocument,
    "\n  query ThreadView($id: ID!) {\n    node(id: $id) {\n      ... on CommentThread {\n        status comment lockVersion\n        replies { body author { name } }\n        viewerCanEdit viewerCanWithdraw viewerCanDispose viewerCanReply\n      }\n    }\n  }\n": types.ThreadViewDocument,
    "\n  query RevisionComments($id: ID!) {\n    node(id: $id) { ... on DraftRevision { threads(first: 10) { totalCount edges { node { comment status } } }\n      commentsCsv } }\n  }\n": types.RevisionCommentsDocument,
    "\n  query DraftHistory($id: ID!) { draft(id: $id) { history { edges { node { action data } } } } }\n": types.DraftHistoryDocument,
    "\n      mutation MoveOnce($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }\n    ": types.MoveOnceDocument,
    "\n  query Compare($from: String!, $to: String!) {\n    compareVersions(from: $from, to: $to) {\n      from { designation }\n      to { designation }\n      textCompared\n      added { number heading }\n      removed { number heading }\n      changed {\n        before { number heading }\n        after { number heading text }\n        matchedBy\n        moved\n        informativeChanged\n        headingDiff { kind text }\n        textDiff { kind text }\n      }\n      unchangedCount\n      replacesChain { designation }\n    }\n  }\n": types.CompareDocument,
    "\n  subscription LimitsDraftActivity($draftId: ID!) { draftActivity(draftId: $draftId) { action actor { name } data } }\n": types.LimitsDraftActivityDocument,
    "\n  mutation LimitsComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }\n": types.LimitsCommentDocument,
    "\n  subscription DraftActivity($draftId: ID!) { draftActivity(draftId: $draftId) { action entityType actor { name } data }\n    }\n": types.DraftActivityDocument,
    "\n  mutation ActivityComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }\n": types.ActivityCommentDocument,
    "mutation ActivityRevokeToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { __typename } }": types.ActivityRevokeTokenDocument,
    "mutation ActivityRemoveMembership($input: RemoveMembershipInput!) { removeMembership(input: $input) { __typename }\n    }": types.ActivityRemoveMembershipDocument,
    "mutation ActivityOpenBallot($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }": types.ActivityOpenBallotDocument,
    "mutation ActivityCastVote($input: CastVoteInput!) { castVote(input: $input) { __typename } }": types.ActivityCastVoteDocument,
    "mutation ActivityCloseBallot($input: CloseBallotInput!) { closeBallot(input: $input) { __typename } }": types.ActivityCloseBallotDocument,
    "\n  query CompareDraftRevisions($id: ID!, $from: Int!, $to: Int!) {\n    draft(id: $id) {\n      compareRevisions(from: $from, to: $to) {\n        from { number }\n        to { number }\n        unchangedCount\n        added { number heading }\n        removed { number heading }\n        changed {\n          matchedBy moved informativeChanged\n          before { number text }\n          after { number text }\n          headingDiff { kind text }\n          textDiff { kind text }\n        }\n      }\n    }\n  }\n": types.CompareDraftRevisionsDocument,
    "\n  mutation PlanCreateDraft($input: CreateDraftInput!) {\n    createDraft(input: $input) { draft { id lockVersion replacementConsents { version { designation } consented } } }\n  }\n": types.PlanCreateDraftDocument,
    "\n  mutation PlanMove($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }\n": types.PlanMoveDocument,
    "\n  mutation PlanAssign($input: AssignStandardCommitteeInput!) {\n    assignStandardCommittee(input: $input) { standard { designation committee { code } } }\n  }\n": types.PlanAssignDocument,
    "\n  query PlanStandardHistory($designation: String!) {\n    standard(designation: $designation) { id history { edges { node { action actor { name } data } } } }\n  }\n": types.PlanStandardHistoryDocument,
    "\n  mutation PlanConsent($input: ConsentToReplacementInput!) {\n    consentToReplacement(input: $input) {\n      draft { replacementConsents { version { designation } committee { code } consented consentedBy { name }\n        asAdministrator } }\n    }\n  }\n": types.PlanConsentDocument,
    "\n  mutation PlanPublish($input: PublishDraftInput!) { publishDraft(input: $input) { version { designation } } }\n": types.PlanPublishDocument,
    "\n  query PlanDraftHistory($id: ID!) { draft(id: $id) { history { edges { node { action actor { name } } } } } }\n": types.PlanDraftHistoryDocument,
    "\n  mutation CreateDraft($input: CreateDraftInput!) {\n    createDraft(input: $input) {\n      draft {\n        id stage lockVersion versionDesignation versionType title { en zh }\n        standard { designation } proposedStandard { designation kind publisher }\n        baseVersion { designation } replaces { designation } leader { name } committee { code }\n      }\n    }\n  }\n": types.CreateDraftDocument,
    "\n  query DraftView($id: ID!) {\n    draft(id: $id) {\n      stage lockVersion publicEnquiry\n      viewerCanMoveTo viewerCanRevise viewerCanComment viewerCanOpenBallot viewerCanPublish\n      currentRevision { number isCurrent }\n      revisions { totalCount edges { node { number isCurrent note } } }\n      history { edges { node { action actor { name } data } } }\n    }\n  }\n": types.DraftViewDocument,
    "\n  query DraftNode($id: ID!) { node(id: $id) { id ... on Draft { stage versionDesignation } } }\n": types.DraftNodeDocument,
    "\n  query CommitteeDrafts($code: String!, $stages: [DraftStage!]) {\n    committee(code: $code) { drafts(stages: $stages) { totalCount edges { node { id stage } } } }\n  }\n": types.CommitteeDraftsDocument,
    "\n  query DraftsWithAbilities($code: String!) {\n    committee(code: $code) {\n      drafts(first: 50) {\n        edges { node { id stage viewerCanMoveTo viewerCanRevise viewerCanComment viewerCanOpenBallot viewerCanPublish }\n          }\n      }\n    }\n  }\n": types.DraftsWithAbilitiesDocument,
    "\n  mutation MoveDraftStage($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage lockVersion\n    publicEnquiry } } }\n": types.MoveDraftStageDocument,
    "\n  mutation AddDraftRevision($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { revision { id number\n    note createdBy { name } } } }\n": types.AddDraftRevisionDocument,
    "\n  query RevisionChanges($id: ID!) {\n    node(id: $id) {\n      ... on DraftRevision {\n        number\n        clauses { number heading informative children { number text } }\n        changes { number change before { text } after { heading text } }\n      }\n    }\n  }\n": types.RevisionChangesDocument,
    "\n  query StandardsPage($first: Int, $after: String, $filter: StandardFilter) {\n    standards(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          designation\n          committee { code }\n          versions(first: 10) {\n            totalCount\n            edges { node { designation published effective replaces { designation } replacedBy { designation } } }\n          }\n        }\n      }\n    }\n  }\n": types.StandardsPageDocument,
    "\n  query Committees {\n    committees(first: 50) {\n      totalCount\n      edges { node { code name { en } parent { code } children { code } } }\n    }\n    committee(code: \" iso/tc 22/sc32 \") {\n      code\n      standards(first: 1) { totalCount edges { node { designation } } }\n    }\n  }\n": types.CommitteesDocument,
    "\n  query NodesRefetch($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      __typename\n      ... on Standard { designation }\n      ... on StandardVersion { designation }\n      ... on Committee { code }\n    }\n  }\n": types.NodesRefetchDocument,
    "\n  query NodeRefetch($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Standard { designation }\n      ... on StandardVersion { designation }\n      ... on Committee { code }\n    }\n  }\n": types.NodeRefetchDocument,
    "\n  query Ids {\n    standard(designation: \"UN R155\") { id versions(first: 1) { edges { node { id } } } committee { id } }\n  }\n": types.IdsDocument,
    "\n  query StandardApplicability($designation: String!, $on: Date!, $scope: ApplicabilityScope) {\n    standard(designation: $designation) {\n      designation\n      kind\n      title { en zh }\n      applicability(on: $on, scope: $scope) {\n        on\n        scope\n        current { designation }\n        versions { status version { designation } modifications { designation } }\n        unknown { designation }\n        successors { designation }\n      }\n    }\n  }\n": types.StandardApplicabilityDocument,
    "\n  query VersionLookup($designation: String!, $on: Date!) {\n    version(designation: $designation) {\n      designation\n      type\n      published\n      effective\n      status(on: $on)\n      existing: status(on: $on, scope: EXISTING_TYPES)\n      standard { designation }\n      title { en zh }\n      base { designation }\n      replaces { designation }\n      replacedBy { designation }\n    }\n  }\n": types.VersionLookupDocument,
    "\n  mutation E2EPropose($input: CreateDraftInput!) { createDraft(input: $input) { draft { id stage lockVersion\n    viewerCanMoveTo } } }\n": types.E2EProposeDocument,
    "\n  mutation E2EMove($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage lockVersion } } }\n": types.E2EMoveDocument,
    "\n  mutation E2ERevise($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { revision { id number changes {\n    change number } } } }\n": types.E2EReviseDocument,
    "\n  mutation E2EComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id lockVersion\n    status } } }\n": types.E2ECommentDocument,
    "\n  mutation E2EDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { thread { status disposition } } }\n": types.E2EDisposeDocument,
    "mutation E2EOpenBallot($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id status } } }": types.E2EOpenBallotDocument,
    "mutation E2EVote($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }": types.E2EVoteDocument,
    "mutation E2EClose($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { result counts { approve\n    disapprove abstain } } } }": types.E2ECloseDocument,
    "\n  mutation E2EPublish($input: PublishDraftInput!) {\n    publishDraft(input: $input) { draft { stage } version { designation effective replaces { designation } clauses {\n      number children { number } } } }\n  }\n": types.E2EPublishDocument,
    "\n  query E2EDraftState($id: ID!) {\n    draft(id: $id) {\n      stage lockVersion viewerCanOpenBallot viewerCanPublish\n      currentRevision { id number commentsCsv }\n      history(first: 50) { edges { node { action actor { name } } } }\n    }\n  }\n": types.E2EDraftStateDocument,
    "\n  query E2ESearch($on: Date!) { search(query: \"thermal propagation\", on: $on, first: 5) { edges { node { kind applies\n    version { designation } clause { number } } } } }\n": types.E2ESearchDocument,
    "\n  query E2EApplies($on: Date!) {\n    standard(designation: \"GB 38031\") {\n      applicability(on: $on) { current { designation } versions { status version { designation } } }\n    }\n  }\n": types.E2EAppliesDocument,
    "\n  query MyWorkOfViewer {\n    viewer {\n      myWork {\n        draftsByStage { stage drafts { id } }\n        ballotsToVote { ballot { id } daysLeft }\n        threadsAwaitingDisposition { id }\n        threadsAwaitingReply { id }\n      }\n    }\n  }\n": types.MyWorkOfViewerDocument,
    "\n  mutation MyWorkComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }\n": types.MyWorkCommentDocument,
    "\n  mutation MyWorkReply($input: ReplyToCommentInput!) { replyToComment(input: $input) { __typename } }\n": types.MyWorkReplyDocument,
    "\n  mutation MyWorkOpenBallot($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }\n": types.MyWorkOpenBallotDocument,
    "mutation MyWorkVote($input: CastVoteInput!) { castVote(input: $input) { __typename } }": types.MyWorkVoteDocument,
    "\n  mutation MyWorkRules($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input: $input) { __typename } }\n": types.MyWorkRulesDocument,
    "\n  mutation MyWorkMemberBody($input: SetMemberBodyInput!) { setMemberBody(input: $input) { __typename } }\n": types.MyWorkMemberBodyDocument,
    "mutation OutboxDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { __typename } }": types.OutboxDisposeDocument,
    "mutation OutboxThread($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id\n    lockVersion } } }": types.OutboxThreadDocument,
    "mutation OutboxReply($input: ReplyToCommentInput!) { replyToComment(input: $input) { __typename } }": types.OutboxReplyDocument,
    "mutation MatrixCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { __typename } }": types.MatrixCreatePersonDocument,
    "mutation MatrixSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { __typename } }": types.MatrixSetMembershipDocument,
    "mutation MatrixRemoveMembership($input: RemoveMembershipInput!) { removeMembership(input: $input) { __typename } }": types.MatrixRemoveMembershipDocument,
    "mutation MatrixCreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { __typename } }": types.MatrixCreateApiTokenDocument,
    "mutation MatrixRevokeApiToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { __typename } }": types.MatrixRevokeApiTokenDocument,
    "mutation MatrixIssueAccountLink($input: IssueAccountLinkInput!) { issueAccountLink(input: $input) { __typename } }": types.MatrixIssueAccountLinkDocument,
    "mutation MatrixRevokeSession($input: RevokeSessionInput!) { revokeSession(input: $input) { __typename } }": types.MatrixRevokeSessionDocument,
    "mutation MatrixSignOutEverywhere { signOut(input: { everywhere: true }) { sessionsEnded } }": types.MatrixSignOutEverywhereDocument,
    "mutation MatrixCreateDraft($input: CreateDraftInput!) { createDraft(input: $input) { __typename } }": types.MatrixCreateDraftDocument,
    "mutation MatrixMoveDraftStage($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { __typename } }": types.MatrixMoveDraftStageDocument,
    "mutation MatrixAddDraftRevision($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { __typename } }": types.MatrixAddDraftRevisionDocument,
    "\n  mutation MatrixCreateCommentThread($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread {\n    id lockVersion } } }\n": types.MatrixCreateCommentThreadDocument,
    "mutation MatrixReplyToComment($input: ReplyToCommentInput!) { replyToComment(input: $input) { __typename } }": types.MatrixReplyToCommentDocument,
    "mutation MatrixEditComment($input: EditCommentInput!) { editComment(input: $input) { __typename } }": types.MatrixEditCommentDocument,
    "mutation MatrixWithdrawComment($input: WithdrawCommentInput!) { withdrawComment(input: $input) { __typename } }": types.MatrixWithdrawCommentDocument,
    "mutation MatrixDisposeComment($input: DisposeCommentInput!) { disposeComment(input: $input) { __typename } }": types.MatrixDisposeCommentDocument,
    "mutation MatrixOpenBallot($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }": types.MatrixOpenBallotDocument,
    "mutation MatrixCastVote($input: CastVoteInput!) { castVote(input: $input) { __typename } }": types.MatrixCastVoteDocument,
    "mutation MatrixCloseBallot($input: CloseBallotInput!) { closeBallot(input: $input) { __typename } }": types.MatrixCloseBallotDocument,
    "mutation MatrixFollowStandard($input: FollowStandardInput!) { followStandard(input: $input) { __typename } }": types.MatrixFollowStandardDocument,
    "mutation MatrixUnfollowStandard($input: UnfollowStandardInput!) { unfollowStandard(input: $input) { __typename } }": types.MatrixUnfollowStandardDocument,
    "mutation MatrixFollowCommittee($input: FollowCommitteeInput!) { followCommittee(input: $input) { __typename } }": types.MatrixFollowCommitteeDocument,
    "mutation MatrixUnfollowCommittee($input: UnfollowCommitteeInput!) { unfollowCommittee(input: $input) { __typename }\n    }": types.MatrixUnfollowCommitteeDocument,
    "mutation MatrixFollowHorizonFilter($input: FollowHorizonFilterInput!) { followHorizonFilter(input: $input) {\n    __typename } }": types.MatrixFollowHorizonFilterDocument,
    "mutation MatrixUnfollowHorizonFilter($input: UnfollowHorizonFilterInput!) { unfollowHorizonFilter(input: $input) {\n    __typename } }": types.MatrixUnfollowHorizonFilterDocument,
    "mutation MatrixMarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) {\n    marked } }": types.MatrixMarkNotificationsReadDocument,
    "mutation MatrixCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { __typename } }": types.MatrixCreateWebhookDocument,
    "mutation MatrixUpdateWebhook($input: UpdateWebhookInput!) { updateWebhook(input: $input) { __typename } }": types.MatrixUpdateWebhookDocument,
    "mutation MatrixDeleteWebhook($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { __typename } }": types.MatrixDeleteWebhookDocument,
    "mutation MatrixSetCommitteeBallotRules($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input:\n    $input) { __typename } }": types.MatrixSetCommitteeBallotRulesDocument,
    "mutation MatrixSetMemberBody($input: SetMemberBodyInput!) { setMemberBody(input: $input) { __typename } }": types.MatrixSetMemberBodyDocument,
    "mutation MatrixPublishDraft($input: PublishDraftInput!) { publishDraft(input: $input) { __typename } }": types.MatrixPublishDraftDocument,
    "mutation MatrixCarryCommentThread($input: CarryCommentThreadInput!) { carryCommentThread(input: $input) {\n    __typename } }": types.MatrixCarryCommentThreadDocument,
    "mutation MatrixUploadCommentSheet($input: UploadCommentSheetInput!) { uploadCommentSheet(input: $input) {\n    __typename } }": types.MatrixUploadCommentSheetDocument,
    "mutation MatrixActAsOfficer($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { __typename } }": types.MatrixActAsOfficerDocument,
    "mutation MatrixStopActingAsOfficer($input: StopActingAsOfficerInput!) { stopActingAsOfficer(input: $input) {\n    __typename } }": types.MatrixStopActingAsOfficerDocument,
    "mutation MatrixAssignStandardCommittee($input: AssignStandardCommitteeInput!) { assignStandardCommittee(input:\n    $input) { __typename } }": types.MatrixAssignStandardCommitteeDocument,
    "mutation MatrixConsentToReplacement($input: ConsentToReplacementInput!) { consentToReplacement(input: $input) {\n    __typename } }": types.MatrixConsentToReplacementDocument,
    "\n  query MatrixBallotAndHistory($id: ID!) {\n    draft(id: $id) {\n      ballots { status result counts { approve disapprove abstain } viewerCanSeeVotes votes { voter { name } value\n        reason } voteHistory { value reason } }\n      history(first: 50) { edges { node { action actor { name } data } } }\n    }\n  }\n": types.MatrixBallotAndHistoryDocument,
    "\n  query PersonByEmail($email: String!) { personByEmail(email: $email) { name email memberships { role } } }\n": types.PersonByEmailDocument,
    "\n  query AgreementBallot($id: ID!) { node(id: $id) { ... on Ballot { status viewerCanVote viewerCanClose } } }\n": types.AgreementBallotDocument,
    "\n  mutation AgreementVote($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }\n": types.AgreementVoteDocument,
    "\n  mutation AgreementClose($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { status } } }\n": types.AgreementCloseDocument,
    "\n  mutation AgreementOpen($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }\n": types.AgreementOpenDocument,
    "\n  mutation AgreementRules($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input: $input) {\n    ballotRules { votesBy } } }\n": types.AgreementRulesDocument,
    "\n  mutation AgreementMemberBody($input: SetMemberBodyInput!) { setMemberBody(input: $input) { membership {\n    headOfDelegation } } }\n": types.AgreementMemberBodyDocument,
    "\n  query AgreementThread($id: ID!) { node(id: $id) { ... on CommentThread { status lockVersion viewerCanReply\n    viewerCanEdit viewerCanWithdraw viewerCanDispose } } }\n": types.AgreementThreadDocument,
    "\n  mutation AgreementCreateThread($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread {\n    id lockVersion } } }\n": types.AgreementCreateThreadDocument,
    "\n  mutation AgreementReply($input: ReplyToCommentInput!) { replyToComment(input: $input) { __typename } }\n": types.AgreementReplyDocument,
    "\n  mutation AgreementEdit($input: EditCommentInput!) { editComment(input: $input) { __typename } }\n": types.AgreementEditDocument,
    "\n  mutation AgreementWithdraw($input: WithdrawCommentInput!) { withdrawComment(input: $input) { __typename } }\n": types.AgreementWithdrawDocument,
    "\n  mutation AgreementDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { __typename } }\n": types.AgreementDisposeDocument,
    "\n  query AgreementCommittee($code: String!) { committee(code: $code) { viewerCanCreateDraft } }\n": types.AgreementCommitteeDocument,
    "\n  mutation AgreementPropose($input: CreateDraftInput!) { createDraft(input: $input) { draft { id } } }\n": types.AgreementProposeDocument,
    "\n  mutation PublishDraft($input: PublishDraftInput!) {\n    publishDraft(input: $input) {\n      draft { stage lockVersion viewerCanMoveTo viewerCanPublish publishedVersion { designation } }\n      version {\n        designation type published effective mandatoryNewTypes\n        standard { designation committee { code } title { en } }\n        title { en zh }\n        replaces { designation }\n        clauses { number heading text informative children { number heading text } }\n        history { edges { node { action } } }\n      }\n    }\n  }\n": types.PublishDraftDocument,
    "\n  query PublishedApplicability($designation: String!) {\n    standard(designation: $designation) {\n      before: applicability(on: \"2026-12-31\") { current { designation } }\n      after: applicability(on: \"2027-06-01\") { current { designation } versions { status version { designation } } }\n      existing: applicability(on: \"2027-06-01\", scope: EXISTING_TYPES) { versions { status version { designation } } }\n    }\n  }\n": types.PublishedApplicabilityDocument,
    "\n  query ReadyToPublish($id: ID!) { draft(id: $id) { viewerCanPublish lockVersion } }\n": types.ReadyToPublishDocument,
    "\n  mutation ReadThenPublish($publish: PublishDraftInput!, $draft: CreateDraftInput!) {\n    first: createDraft(input: $draft) { draft { replaces { designation status(on: \"2027-06-01\") } } }\n    then: publishDraft(input: $publish) { version { replaces { designation status(on: \"2027-06-01\") } } }\n  }\n": types.ReadThenPublishDocument,
    "\n  query StandardHistory { standard(designation: \"GB 38031\") { history { edges { node { action actor { name } } } } } }\n": types.StandardHistoryDocument,
    "\n  mutation CreateAmendment($input: CreateDraftInput!) { createDraft(input: $input) { draft { id } } }\n": types.CreateAmendmentDocument,
    "\n      mutation ProposeNewStandard($input: CreateDraftInput!) { createDraft(input: $input) { draft { id } } }\n    ": types.ProposeNewStandardDocument,
    "\n  query PreviewOfDraft($id: ID!) {\n    draft(id: $id) {\n      publishPreview {\n        designation versionType standardDesignation standard { designation } baseVersion { designation }\n        replaces { designation } awaitingConsent { designation } revision { number } clauseCount designationTaken\n      }\n    }\n  }\n": types.PreviewOfDraftDocument,
    "\n  mutation PreviewPublish($input: PublishDraftInput!) {\n    publishDraft(input: $input) { version { designation type standard { designation } replaces { designation } } }\n  }\n": types.PreviewPublishDocument,
    "\n  query ForgivingSearch($query: String!, $on: Date, $first: Int) {\n    search(query: $query, on: $on, first: $first) {\n      edges {\n        node {\n          kind\n          standard { designation }\n          version { designation }\n          status\n          replacedBy { version { designation standard { designation } } status }\n        }\n      }\n    }\n  }\n": types.ForgivingSearchDocument,
    "\n  query Search($query: String!, $on: Date, $first: Int, $after: String) {\n    search(query: $query, on: $on, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          kind\n          score\n          standard { designation }\n          version { designation standard { designation } }\n          clause { number heading }\n          status\n          applies\n          snippet { field text parts { text match } }\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query ThreadedSearch($query: String!, $on: Date, $first: Int, $after: String) {\n    search(query: $query, on: $on, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { kind score standard { designation } version { designation } clause { number } applies snippet {\n        field parts { text match } } } }\n    }\n  }\n": types.ThreadedSearchDocument,
    "query CacheMe { viewer { name } }": types.CacheMeDocument,
    "\n  mutation CrossSiteFollow($input: FollowCommitteeInput!) { followCommittee(input: $input) { __typename } }\n": types.CrossSiteFollowDocument,
    "query CrossSiteMe { viewer { name } }": types.CrossSiteMeDocument,
    "query SessionsList { viewer { name sessions { id current userAgent } } }": types.SessionsListDocument,
    "\n  mutation SessionsRevoke($input: RevokeSessionInput!) { revokeSession(input: $input) { revoked } }\n": types.SessionsRevokeDocument,
    "\n  mutation SignInIssueLink($input: IssueAccountLinkInput!) {\n    issueAccountLink(input: $input) { url token expiresAt person { name } }\n  }\n": types.SignInIssueLinkDocument,
    "\n  mutation SignInSetPassword($input: SetPasswordWithLinkInput!) {\n    setPasswordWithLink(input: $input) { viewer { name } purpose expiresAt }\n  }\n": types.SignInSetPasswordDocument,
    "\n  mutation SignInSignIn($input: SignInInput!) { signIn(input: $input) { viewer { name } expiresAt } }\n": types.SignInSignInDocument,
    "mutation SignInSignOut($input: SignOutInput!) { signOut(input: $input) { sessionsEnded } }": types.SignInSignOutDocument,
    "\n  mutation SignInChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { changed } }\n": types.SignInChangePasswordDocument,
    "\n  query SignInMe { viewer { name hasPassword sessions { id current userAgent endsAt } memberships { role } } }\n": types.SignInMeDocument,
    "\n  mutation StreamActAsOfficer($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { committee { code } } }\n": types.StreamActAsOfficerDocument,
    "\n  mutation StreamStopActing($input: StopActingAsOfficerInput!) { stopActingAsOfficer(input: $input) { committee {\n    code } } }\n": types.StreamStopActingDocument,
    "\n  mutation CreateDraftStep($input: CreateDraftInput!) { createDraft(input: $input) { draft { id stage lockVersion } } }\n": types.CreateDraftStepDocument,
    "\n  mutation ReviseStep($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { revision { id number } } }\n": types.ReviseStepDocument,
    "\n  query ReadStage($id: ID!) { draft(id: $id) { stage lockVersion currentRevision { id } } }\n": types.ReadStageDocument,
    "\n  mutation MoveStep($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage lockVersion } } }\n": types.MoveStepDocument,
    "\n  mutation OpenBallotStep($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }\n": types.OpenBallotStepDocument,
    "\n  mutation VoteStep($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }\n": types.VoteStepDocument,
    "\n  mutation CloseBallotStep($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { id result } } }\n": types.CloseBallotStepDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistorySetMembership($input: SetMembershipInput!) { setMembership(input: $input) { membership { role } } }\n"): (typeof documents)["\n  mutation HistorySetMembership($input: SetMembershipInput!) { setMembership(input: $input) { membership { role } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryRemoveMembership($input: RemoveMembershipInput!) { removeMembership(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation HistoryRemoveMembership($input: RemoveMembershipInput!) { removeMembership(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token { id } secret } }\n"): (typeof documents)["\n  mutation HistoryCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token { id } secret } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryRevokeToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation HistoryRevokeToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { name email isAdmin memberships { role committee { code } } tokens { name revokedAt } }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer { name email isAdmin memberships { role committee { code } } tokens { name revokedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { person { id name email organisationKind isAdmin } }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { person { id name email organisationKind isAdmin } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) { membership { role person { name } committee { code } } }\n  }\n"): (typeof documents)["\n  mutation SetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) { membership { role person { name } committee { code } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { secret token { id name } }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { secret token { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { revoked } }\n"): (typeof documents)["\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { revoked } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleActAsOfficer($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { committee { code } } }\n"): (typeof documents)["\n  mutation RoleActAsOfficer($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { committee { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleStopActing($input: StopActingAsOfficerInput!) { stopActingAsOfficer(input: $input) { committee {\n    code } } }\n"): (typeof documents)["\n  mutation RoleStopActing($input: StopActingAsOfficerInput!) { stopActingAsOfficer(input: $input) { committee {\n    code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleDraftAbilities($id: ID!) { draft(id: $id) { stage viewerCanMoveTo viewerCanRevise } }\n"): (typeof documents)["\n  query RoleDraftAbilities($id: ID!) { draft(id: $id) { stage viewerCanMoveTo viewerCanRevise } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleMove($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }\n"): (typeof documents)["\n  mutation RoleMove($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleCommitteeHistory($code: String!) {\n    committee(code: $code) { history(first: 10) { edges { node { action actor { name } data } } } }\n  }\n"): (typeof documents)["\n  query RoleCommitteeHistory($code: String!) {\n    committee(code: $code) { history(first: 10) { edges { node { action actor { name } data } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleActsAsOfficer($code: String!) { committee(code: $code) { viewerActsAsOfficer } }\n"): (typeof documents)["\n  query RoleActsAsOfficer($code: String!) { committee(code: $code) { viewerActsAsOfficer } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleActAndRead($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { committee {\n    viewerActsAsOfficer } } }\n"): (typeof documents)["\n  mutation RoleActAndRead($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { committee {\n    viewerActsAsOfficer } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleActAndAbilities($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { committee {\n    viewerActsAsOfficer viewerCanCreateDraft } } }\n"): (typeof documents)["\n  mutation RoleActAndAbilities($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { committee {\n    viewerActsAsOfficer viewerCanCreateDraft } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleStopAndAbilities($input: StopActingAsOfficerInput!) { stopActingAsOfficer(input: $input) {\n    committee { viewerActsAsOfficer viewerCanCreateDraft } } }\n"): (typeof documents)["\n  mutation RoleStopAndAbilities($input: StopActingAsOfficerInput!) { stopActingAsOfficer(input: $input) {\n    committee { viewerActsAsOfficer viewerCanCreateDraft } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleActingOfficerOf { viewer { actingOfficerOf { code } } }\n"): (typeof documents)["\n  query RoleActingOfficerOf { viewer { actingOfficerOf { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesSet($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input: $input) { ballotRules {\n    rule votesBy minimumDays { enquiry approval } } } }\n"): (typeof documents)["\n  mutation RulesSet($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input: $input) { ballotRules {\n    rule votesBy minimumDays { enquiry approval } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesRead($code: String!) { committee(code: $code) { ballotRules { rule votesBy minimumDays { enquiry\n    approval } } members { person { name } memberBody headOfDelegation } } }\n"): (typeof documents)["\n  query RulesRead($code: String!) { committee(code: $code) { ballotRules { rule votesBy minimumDays { enquiry\n    approval } } members { person { name } memberBody headOfDelegation } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesMemberBody($input: SetMemberBodyInput!) { setMemberBody(input: $input) { membership { memberBody\n    headOfDelegation person { name } } } }\n"): (typeof documents)["\n  mutation RulesMemberBody($input: SetMemberBodyInput!) { setMemberBody(input: $input) { membership { memberBody\n    headOfDelegation person { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesOpen($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id rule votesBy } } }\n"): (typeof documents)["\n  mutation RulesOpen($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id rule votesBy } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesVote($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }\n"): (typeof documents)["\n  mutation RulesVote($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesClose($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { status result rule votesBy\n    counts { approve disapprove abstain } explanation { en zh } } } }\n"): (typeof documents)["\n  mutation RulesClose($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { status result rule votesBy\n    counts { approve disapprove abstain } explanation { en zh } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesBallot($id: ID!) { node(id: $id) { ... on Ballot { viewerCanVote explanation { en } } } }\n"): (typeof documents)["\n  query RulesBallot($id: ID!) { node(id: $id) { ... on Ballot { viewerCanVote explanation { en } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesBallotVotes($id: ID!) { node(id: $id) { ... on Ballot { votes { voter { name } memberBody value } } } }\n"): (typeof documents)["\n  query RulesBallotVotes($id: ID!) { node(id: $id) { ... on Ballot { votes { voter { name } memberBody value } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulerOpen($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }\n"): (typeof documents)["\n  mutation SchedulerOpen($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenBallot($input: OpenBallotInput!) {\n    openBallot(input: $input) { ballot { id stage status closesAt revision { number } draft { viewerCanOpenBallot\n      viewerCanMoveTo } } }\n  }\n"): (typeof documents)["\n  mutation OpenBallot($input: OpenBallotInput!) {\n    openBallot(input: $input) { ballot { id stage status closesAt revision { number } draft { viewerCanOpenBallot\n      viewerCanMoveTo } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastVote($input: CastVoteInput!) { castVote(input: $input) { vote { value reason voter { name } } ballot {\n    votes { value } } } }\n"): (typeof documents)["\n  mutation CastVote($input: CastVoteInput!) { castVote(input: $input) { vote { value reason voter { name } } ballot {\n    votes { value } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseBallot($input: CloseBallotInput!) {\n    closeBallot(input: $input) { ballot { status result counts { approve disapprove abstain } closedAt } }\n  }\n"): (typeof documents)["\n  mutation CloseBallot($input: CloseBallotInput!) {\n    closeBallot(input: $input) { ballot { status result counts { approve disapprove abstain } closedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BallotView($id: ID!) {\n    node(id: $id) {\n      ... on Ballot {\n        status result counts { approve }\n        votes { value reason voter { name } }\n        voteHistory { value castAt voter { name } }\n        viewerCanVote viewerCanClose\n      }\n    }\n  }\n"): (typeof documents)["\n  query BallotView($id: ID!) {\n    node(id: $id) {\n      ... on Ballot {\n        status result counts { approve }\n        votes { value reason voter { name } }\n        voteHistory { value castAt voter { name } }\n        viewerCanVote viewerCanClose\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftBallots($id: ID!) { draft(id: $id) { stage viewerCanMoveTo viewerCanOpenBallot viewerCanRevise ballots {\n    stage result } } }\n"): (typeof documents)["\n  query DraftBallots($id: ID!) { draft(id: $id) { stage viewerCanMoveTo viewerCanOpenBallot viewerCanRevise ballots {\n    stage result } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation BallotBlockingComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread {\n        id } } }\n    "): (typeof documents)["\n      mutation BallotBlockingComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread {\n        id } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MoveAfterBallot($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }\n    "): (typeof documents)["\n      mutation MoveAfterBallot($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TimingRules($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input: $input) { ballotRules {\n    rule } } }\n"): (typeof documents)["\n  mutation TimingRules($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input: $input) { ballotRules {\n    rule } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TimingOpen($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id status opensAt closesAt } } }\n"): (typeof documents)["\n  mutation TimingOpen($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id status opensAt closesAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TimingVote($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }\n"): (typeof documents)["\n  mutation TimingVote($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TimingClose($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { status } } }\n"): (typeof documents)["\n  mutation TimingClose($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimingBallot($id: ID!) { node(id: $id) { ... on Ballot { status result closedAt counts { approve disapprove }\n    explanation { en } viewerCanVote viewerCanClose votes { value } } } }\n"): (typeof documents)["\n  query TimingBallot($id: ID!) { node(id: $id) { ... on Ballot { status result closedAt counts { approve disapprove }\n    explanation { en } viewerCanVote viewerCanClose votes { value } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimingDraft($id: ID!) { draft(id: $id) { viewerCanMoveTo viewerCanOpenBallot ballots { status }\n    history(first: 1) { edges { node { action actor { name } data } } } } }\n"): (typeof documents)["\n  query TimingDraft($id: ID!) { draft(id: $id) { viewerCanMoveTo viewerCanOpenBallot ballots { status }\n    history(first: 1) { edges { node { action actor { name } data } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimingDraftHistory($id: ID!) { draft(id: $id) { history(first: 50) { edges { node { action } } } } }\n"): (typeof documents)["\n  query TimingDraftHistory($id: ID!) { draft(id: $id) { history(first: 50) { edges { node { action } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachedLookup($designation: String!, $on: Date!) {\n    standard(designation: $designation) {\n      designation\n      title { en }\n      applicability(on: $on) { current { designation effective } }\n    }\n  }\n"): (typeof documents)["\n  query CachedLookup($designation: String!, $on: Date!) {\n    standard(designation: $designation) {\n      designation\n      title { en }\n      applicability(on: $on) { current { designation effective } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliLinkSetPassword($input: SetPasswordWithLinkInput!) {\n    setPasswordWithLink(input: $input) { purpose viewer { name } }\n  }\n"): (typeof documents)["\n  mutation CliLinkSetPassword($input: SetPasswordWithLinkInput!) {\n    setPasswordWithLink(input: $input) { purpose viewer { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliLinkSignIn($input: SignInInput!) { signIn(input: $input) { viewer { name isAdmin } } }\n"): (typeof documents)["\n  mutation CliLinkSignIn($input: SignInInput!) { signIn(input: $input) { viewer { name isAdmin } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SheetComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id\n    lockVersion } } }\n"): (typeof documents)["\n  mutation SheetComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id\n    lockVersion } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SheetDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { thread { status } } }\n"): (typeof documents)["\n  mutation SheetDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { thread { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SheetPath($id: ID!) { draft(id: $id) { commentSheetPath } }"): (typeof documents)["query SheetPath($id: ID!) { draft(id: $id) { commentSheetPath } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SheetUpload($input: UploadCommentSheetInput!) {\n    uploadCommentSheet(input: $input) {\n      threads { organisation clauseNumber type comment proposedChange author { name } revision { number } }\n    }\n  }\n"): (typeof documents)["\n  mutation SheetUpload($input: UploadCommentSheetInput!) {\n    uploadCommentSheet(input: $input) {\n      threads { organisation clauseNumber type comment proposedChange author { name } revision { number } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CarryComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }\n"): (typeof documents)["\n  mutation CarryComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CarryThread($input: CarryCommentThreadInput!) {\n    carryCommentThread(input: $input) {\n      thread { id clauseNumber type comment status author { name } revision { number } carriedFrom { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation CarryThread($input: CarryCommentThreadInput!) {\n    carryCommentThread(input: $input) {\n      thread { id clauseNumber type comment status author { name } revision { number } carriedFrom { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CarryDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { thread { status } } }\n"): (typeof documents)["\n  mutation CarryDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { thread { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarryReadThread($id: ID!) { node(id: $id) { ... on CommentThread { lockVersion carriedTo { id }\n    viewerCanCarry } } }\n"): (typeof documents)["\n  query CarryReadThread($id: ID!) { node(id: $id) { ... on CommentThread { lockVersion carriedTo { id }\n    viewerCanCarry } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CarryMove($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }\n"): (typeof documents)["\n  mutation CarryMove($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarryAbilities($id: ID!) { draft(id: $id) { viewerCanMoveTo } }"): (typeof documents)["query CarryAbilities($id: ID!) { draft(id: $id) { viewerCanMoveTo } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EarlierComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }\n"): (typeof documents)["\n  mutation EarlierComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EarlierCarry($input: CarryCommentThreadInput!) { carryCommentThread(input: $input) { thread { id } } }\n"): (typeof documents)["\n  mutation EarlierCarry($input: CarryCommentThreadInput!) { carryCommentThread(input: $input) { thread { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EarlierWithdraw($input: WithdrawCommentInput!) { withdrawComment(input: $input) { thread { id } } }\n"): (typeof documents)["\n  mutation EarlierWithdraw($input: WithdrawCommentInput!) { withdrawComment(input: $input) { thread { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EarlierThreads($id: ID!) {\n    draft(id: $id) {\n      openEarlierThreads { id comment status revision { number } viewerCanCarry viewerCanDispose }\n    }\n  }\n"): (typeof documents)["\n  query EarlierThreads($id: ID!) {\n    draft(id: $id) {\n      openEarlierThreads { id comment status revision { number } viewerCanCarry viewerCanDispose }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EarlierThreadsPlain($id: ID!) { draft(id: $id) { openEarlierThreads { id type comment clauseNumber } } }\n"): (typeof documents)["\n  query EarlierThreadsPlain($id: ID!) { draft(id: $id) { openEarlierThreads { id type comment clauseNumber } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateThread($input: CreateCommentThreadInput!) {\n    createCommentThread(input: $input) {\n      thread { id organisation clauseNumber lineNumber paragraph type comment proposedChange status lockVersion author {\n        name } revision { number } }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateThread($input: CreateCommentThreadInput!) {\n    createCommentThread(input: $input) {\n      thread { id organisation clauseNumber lineNumber paragraph type comment proposedChange status lockVersion author {\n        name } revision { number } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reply($input: ReplyToCommentInput!) { replyToComment(input: $input) { reply { body author { name } } thread {\n    replies { body } } } }\n"): (typeof documents)["\n  mutation Reply($input: ReplyToCommentInput!) { replyToComment(input: $input) { reply { body author { name } } thread {\n    replies { body } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Edit($input: EditCommentInput!) { editComment(input: $input) { thread { comment type clauseNumber\n    proposedChange lockVersion } } }\n"): (typeof documents)["\n  mutation Edit($input: EditCommentInput!) { editComment(input: $input) { thread { comment type clauseNumber\n    proposedChange lockVersion } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Withdraw($input: WithdrawCommentInput!) { withdrawComment(input: $input) { thread { status lockVersion } } }\n"): (typeof documents)["\n  mutation Withdraw($input: WithdrawCommentInput!) { withdrawComment(input: $input) { thread { status lockVersion } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Dispose($input: DisposeCommentInput!) {\n    disposeComment(input: $input) { thread { status disposition observation disposedBy { name } lockVersion } }\n  }\n"): (typeof documents)["\n  mutation Dispose($input: DisposeCommentInput!) {\n    disposeComment(input: $input) { thread { status disposition observation disposedBy { name } lockVersion } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadView($id: ID!) {\n    node(id: $id) {\n      ... on CommentThread {\n        status comment lockVersion\n        replies { body author { name } }\n        viewerCanEdit viewerCanWithdraw viewerCanDispose viewerCanReply\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadView($id: ID!) {\n    node(id: $id) {\n      ... on CommentThread {\n        status comment lockVersion\n        replies { body author { name } }\n        viewerCanEdit viewerCanWithdraw viewerCanDispose viewerCanReply\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevisionComments($id: ID!) {\n    node(id: $id) { ... on DraftRevision { threads(first: 10) { totalCount edges { node { comment status } } }\n      commentsCsv } }\n  }\n"): (typeof documents)["\n  query RevisionComments($id: ID!) {\n    node(id: $id) { ... on DraftRevision { threads(first: 10) { totalCount edges { node { comment status } } }\n      commentsCsv } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftHistory($id: ID!) { draft(id: $id) { history { edges { node { action data } } } } }\n"): (typeof documents)["\n  query DraftHistory($id: ID!) { draft(id: $id) { history { edges { node { action data } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MoveOnce($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }\n    "): (typeof documents)["\n      mutation MoveOnce($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Compare($from: String!, $to: String!) {\n    compareVersions(from: $from, to: $to) {\n      from { designation }\n      to { designation }\n      textCompared\n      added { number heading }\n      removed { number heading }\n      changed {\n        before { number heading }\n        after { number heading text }\n        matchedBy\n        moved\n        informativeChanged\n        headingDiff { kind text }\n        textDiff { kind text }\n      }\n      unchangedCount\n      replacesChain { designation }\n    }\n  }\n"): (typeof documents)["\n  query Compare($from: String!, $to: String!) {\n    compareVersions(from: $from, to: $to) {\n      from { designation }\n      to { designation }\n      textCompared\n      added { number heading }\n      removed { number heading }\n      changed {\n        before { number heading }\n        after { number heading text }\n        matchedBy\n        moved\n        informativeChanged\n        headingDiff { kind text }\n        textDiff { kind text }\n      }\n      unchangedCount\n      replacesChain { designation }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LimitsDraftActivity($draftId: ID!) { draftActivity(draftId: $draftId) { action actor { name } data } }\n"): (typeof documents)["\n  subscription LimitsDraftActivity($draftId: ID!) { draftActivity(draftId: $draftId) { action actor { name } data } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitsComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }\n"): (typeof documents)["\n  mutation LimitsComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DraftActivity($draftId: ID!) { draftActivity(draftId: $draftId) { action entityType actor { name } data }\n    }\n"): (typeof documents)["\n  subscription DraftActivity($draftId: ID!) { draftActivity(draftId: $draftId) { action entityType actor { name } data }\n    }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }\n"): (typeof documents)["\n  mutation ActivityComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityRevokeToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { __typename } }"): (typeof documents)["mutation ActivityRevokeToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityRemoveMembership($input: RemoveMembershipInput!) { removeMembership(input: $input) { __typename }\n    }"): (typeof documents)["mutation ActivityRemoveMembership($input: RemoveMembershipInput!) { removeMembership(input: $input) { __typename }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityOpenBallot($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }"): (typeof documents)["mutation ActivityOpenBallot($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityCastVote($input: CastVoteInput!) { castVote(input: $input) { __typename } }"): (typeof documents)["mutation ActivityCastVote($input: CastVoteInput!) { castVote(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityCloseBallot($input: CloseBallotInput!) { closeBallot(input: $input) { __typename } }"): (typeof documents)["mutation ActivityCloseBallot($input: CloseBallotInput!) { closeBallot(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareDraftRevisions($id: ID!, $from: Int!, $to: Int!) {\n    draft(id: $id) {\n      compareRevisions(from: $from, to: $to) {\n        from { number }\n        to { number }\n        unchangedCount\n        added { number heading }\n        removed { number heading }\n        changed {\n          matchedBy moved informativeChanged\n          before { number text }\n          after { number text }\n          headingDiff { kind text }\n          textDiff { kind text }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompareDraftRevisions($id: ID!, $from: Int!, $to: Int!) {\n    draft(id: $id) {\n      compareRevisions(from: $from, to: $to) {\n        from { number }\n        to { number }\n        unchangedCount\n        added { number heading }\n        removed { number heading }\n        changed {\n          matchedBy moved informativeChanged\n          before { number text }\n          after { number text }\n          headingDiff { kind text }\n          textDiff { kind text }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanCreateDraft($input: CreateDraftInput!) {\n    createDraft(input: $input) { draft { id lockVersion replacementConsents { version { designation } consented } } }\n  }\n"): (typeof documents)["\n  mutation PlanCreateDraft($input: CreateDraftInput!) {\n    createDraft(input: $input) { draft { id lockVersion replacementConsents { version { designation } consented } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanMove($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }\n"): (typeof documents)["\n  mutation PlanMove($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanAssign($input: AssignStandardCommitteeInput!) {\n    assignStandardCommittee(input: $input) { standard { designation committee { code } } }\n  }\n"): (typeof documents)["\n  mutation PlanAssign($input: AssignStandardCommitteeInput!) {\n    assignStandardCommittee(input: $input) { standard { designation committee { code } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanStandardHistory($designation: String!) {\n    standard(designation: $designation) { id history { edges { node { action actor { name } data } } } }\n  }\n"): (typeof documents)["\n  query PlanStandardHistory($designation: String!) {\n    standard(designation: $designation) { id history { edges { node { action actor { name } data } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanConsent($input: ConsentToReplacementInput!) {\n    consentToReplacement(input: $input) {\n      draft { replacementConsents { version { designation } committee { code } consented consentedBy { name }\n        asAdministrator } }\n    }\n  }\n"): (typeof documents)["\n  mutation PlanConsent($input: ConsentToReplacementInput!) {\n    consentToReplacement(input: $input) {\n      draft { replacementConsents { version { designation } committee { code } consented consentedBy { name }\n        asAdministrator } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanPublish($input: PublishDraftInput!) { publishDraft(input: $input) { version { designation } } }\n"): (typeof documents)["\n  mutation PlanPublish($input: PublishDraftInput!) { publishDraft(input: $input) { version { designation } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanDraftHistory($id: ID!) { draft(id: $id) { history { edges { node { action actor { name } } } } } }\n"): (typeof documents)["\n  query PlanDraftHistory($id: ID!) { draft(id: $id) { history { edges { node { action actor { name } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDraft($input: CreateDraftInput!) {\n    createDraft(input: $input) {\n      draft {\n        id stage lockVersion versionDesignation versionType title { en zh }\n        standard { designation } proposedStandard { designation kind publisher }\n        baseVersion { designation } replaces { designation } leader { name } committee { code }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDraft($input: CreateDraftInput!) {\n    createDraft(input: $input) {\n      draft {\n        id stage lockVersion versionDesignation versionType title { en zh }\n        standard { designation } proposedStandard { designation kind publisher }\n        baseVersion { designation } replaces { designation } leader { name } committee { code }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftView($id: ID!) {\n    draft(id: $id) {\n      stage lockVersion publicEnquiry\n      viewerCanMoveTo viewerCanRevise viewerCanComment viewerCanOpenBallot viewerCanPublish\n      currentRevision { number isCurrent }\n      revisions { totalCount edges { node { number isCurrent note } } }\n      history { edges { node { action actor { name } data } } }\n    }\n  }\n"): (typeof documents)["\n  query DraftView($id: ID!) {\n    draft(id: $id) {\n      stage lockVersion publicEnquiry\n      viewerCanMoveTo viewerCanRevise viewerCanComment viewerCanOpenBallot viewerCanPublish\n      currentRevision { number isCurrent }\n      revisions { totalCount edges { node { number isCurrent note } } }\n      history { edges { node { action actor { name } data } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftNode($id: ID!) { node(id: $id) { id ... on Draft { stage versionDesignation } } }\n"): (typeof documents)["\n  query DraftNode($id: ID!) { node(id: $id) { id ... on Draft { stage versionDesignation } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeDrafts($code: String!, $stages: [DraftStage!]) {\n    committee(code: $code) { drafts(stages: $stages) { totalCount edges { node { id stage } } } }\n  }\n"): (typeof documents)["\n  query CommitteeDrafts($code: String!, $stages: [DraftStage!]) {\n    committee(code: $code) { drafts(stages: $stages) { totalCount edges { node { id stage } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftsWithAbilities($code: String!) {\n    committee(code: $code) {\n      drafts(first: 50) {\n        edges { node { id stage viewerCanMoveTo viewerCanRevise viewerCanComment viewerCanOpenBallot viewerCanPublish }\n          }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DraftsWithAbilities($code: String!) {\n    committee(code: $code) {\n      drafts(first: 50) {\n        edges { node { id stage viewerCanMoveTo viewerCanRevise viewerCanComment viewerCanOpenBallot viewerCanPublish }\n          }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveDraftStage($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage lockVersion\n    publicEnquiry } } }\n"): (typeof documents)["\n  mutation MoveDraftStage($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage lockVersion\n    publicEnquiry } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDraftRevision($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { revision { id number\n    note createdBy { name } } } }\n"): (typeof documents)["\n  mutation AddDraftRevision($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { revision { id number\n    note createdBy { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevisionChanges($id: ID!) {\n    node(id: $id) {\n      ... on DraftRevision {\n        number\n        clauses { number heading informative children { number text } }\n        changes { number change before { text } after { heading text } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RevisionChanges($id: ID!) {\n    node(id: $id) {\n      ... on DraftRevision {\n        number\n        clauses { number heading informative children { number text } }\n        changes { number change before { text } after { heading text } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardsPage($first: Int, $after: String, $filter: StandardFilter) {\n    standards(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          designation\n          committee { code }\n          versions(first: 10) {\n            totalCount\n            edges { node { designation published effective replaces { designation } replacedBy { designation } } }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StandardsPage($first: Int, $after: String, $filter: StandardFilter) {\n    standards(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          designation\n          committee { code }\n          versions(first: 10) {\n            totalCount\n            edges { node { designation published effective replaces { designation } replacedBy { designation } } }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Committees {\n    committees(first: 50) {\n      totalCount\n      edges { node { code name { en } parent { code } children { code } } }\n    }\n    committee(code: \" iso/tc 22/sc32 \") {\n      code\n      standards(first: 1) { totalCount edges { node { designation } } }\n    }\n  }\n"): (typeof documents)["\n  query Committees {\n    committees(first: 50) {\n      totalCount\n      edges { node { code name { en } parent { code } children { code } } }\n    }\n    committee(code: \" iso/tc 22/sc32 \") {\n      code\n      standards(first: 1) { totalCount edges { node { designation } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodesRefetch($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      __typename\n      ... on Standard { designation }\n      ... on StandardVersion { designation }\n      ... on Committee { code }\n    }\n  }\n"): (typeof documents)["\n  query NodesRefetch($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      __typename\n      ... on Standard { designation }\n      ... on StandardVersion { designation }\n      ... on Committee { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeRefetch($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Standard { designation }\n      ... on StandardVersion { designation }\n      ... on Committee { code }\n    }\n  }\n"): (typeof documents)["\n  query NodeRefetch($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Standard { designation }\n      ... on StandardVersion { designation }\n      ... on Committee { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ids {\n    standard(designation: \"UN R155\") { id versions(first: 1) { edges { node { id } } } committee { id } }\n  }\n"): (typeof documents)["\n  query Ids {\n    standard(designation: \"UN R155\") { id versions(first: 1) { edges { node { id } } } committee { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardApplicability($designation: String!, $on: Date!, $scope: ApplicabilityScope) {\n    standard(designation: $designation) {\n      designation\n      kind\n      title { en zh }\n      applicability(on: $on, scope: $scope) {\n        on\n        scope\n        current { designation }\n        versions { status version { designation } modifications { designation } }\n        unknown { designation }\n        successors { designation }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StandardApplicability($designation: String!, $on: Date!, $scope: ApplicabilityScope) {\n    standard(designation: $designation) {\n      designation\n      kind\n      title { en zh }\n      applicability(on: $on, scope: $scope) {\n        on\n        scope\n        current { designation }\n        versions { status version { designation } modifications { designation } }\n        unknown { designation }\n        successors { designation }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VersionLookup($designation: String!, $on: Date!) {\n    version(designation: $designation) {\n      designation\n      type\n      published\n      effective\n      status(on: $on)\n      existing: status(on: $on, scope: EXISTING_TYPES)\n      standard { designation }\n      title { en zh }\n      base { designation }\n      replaces { designation }\n      replacedBy { designation }\n    }\n  }\n"): (typeof documents)["\n  query VersionLookup($designation: String!, $on: Date!) {\n    version(designation: $designation) {\n      designation\n      type\n      published\n      effective\n      status(on: $on)\n      existing: status(on: $on, scope: EXISTING_TYPES)\n      standard { designation }\n      title { en zh }\n      base { designation }\n      replaces { designation }\n      replacedBy { designation }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2EPropose($input: CreateDraftInput!) { createDraft(input: $input) { draft { id stage lockVersion\n    viewerCanMoveTo } } }\n"): (typeof documents)["\n  mutation E2EPropose($input: CreateDraftInput!) { createDraft(input: $input) { draft { id stage lockVersion\n    viewerCanMoveTo } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2EMove($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage lockVersion } } }\n"): (typeof documents)["\n  mutation E2EMove($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage lockVersion } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2ERevise($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { revision { id number changes {\n    change number } } } }\n"): (typeof documents)["\n  mutation E2ERevise($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { revision { id number changes {\n    change number } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2EComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id lockVersion\n    status } } }\n"): (typeof documents)["\n  mutation E2EComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id lockVersion\n    status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2EDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { thread { status disposition } } }\n"): (typeof documents)["\n  mutation E2EDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { thread { status disposition } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation E2EOpenBallot($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id status } } }"): (typeof documents)["mutation E2EOpenBallot($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation E2EVote($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }"): (typeof documents)["mutation E2EVote($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation E2EClose($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { result counts { approve\n    disapprove abstain } } } }"): (typeof documents)["mutation E2EClose($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { result counts { approve\n    disapprove abstain } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2EPublish($input: PublishDraftInput!) {\n    publishDraft(input: $input) { draft { stage } version { designation effective replaces { designation } clauses {\n      number children { number } } } }\n  }\n"): (typeof documents)["\n  mutation E2EPublish($input: PublishDraftInput!) {\n    publishDraft(input: $input) { draft { stage } version { designation effective replaces { designation } clauses {\n      number children { number } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2EDraftState($id: ID!) {\n    draft(id: $id) {\n      stage lockVersion viewerCanOpenBallot viewerCanPublish\n      currentRevision { id number commentsCsv }\n      history(first: 50) { edges { node { action actor { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query E2EDraftState($id: ID!) {\n    draft(id: $id) {\n      stage lockVersion viewerCanOpenBallot viewerCanPublish\n      currentRevision { id number commentsCsv }\n      history(first: 50) { edges { node { action actor { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2ESearch($on: Date!) { search(query: \"thermal propagation\", on: $on, first: 5) { edges { node { kind applies\n    version { designation } clause { number } } } } }\n"): (typeof documents)["\n  query E2ESearch($on: Date!) { search(query: \"thermal propagation\", on: $on, first: 5) { edges { node { kind applies\n    version { designation } clause { number } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2EApplies($on: Date!) {\n    standard(designation: \"GB 38031\") {\n      applicability(on: $on) { current { designation } versions { status version { designation } } }\n    }\n  }\n"): (typeof documents)["\n  query E2EApplies($on: Date!) {\n    standard(designation: \"GB 38031\") {\n      applicability(on: $on) { current { designation } versions { status version { designation } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWorkOfViewer {\n    viewer {\n      myWork {\n        draftsByStage { stage drafts { id } }\n        ballotsToVote { ballot { id } daysLeft }\n        threadsAwaitingDisposition { id }\n        threadsAwaitingReply { id }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyWorkOfViewer {\n    viewer {\n      myWork {\n        draftsByStage { stage drafts { id } }\n        ballotsToVote { ballot { id } daysLeft }\n        threadsAwaitingDisposition { id }\n        threadsAwaitingReply { id }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MyWorkComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }\n"): (typeof documents)["\n  mutation MyWorkComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MyWorkReply($input: ReplyToCommentInput!) { replyToComment(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation MyWorkReply($input: ReplyToCommentInput!) { replyToComment(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MyWorkOpenBallot($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }\n"): (typeof documents)["\n  mutation MyWorkOpenBallot($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MyWorkVote($input: CastVoteInput!) { castVote(input: $input) { __typename } }"): (typeof documents)["mutation MyWorkVote($input: CastVoteInput!) { castVote(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MyWorkRules($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation MyWorkRules($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MyWorkMemberBody($input: SetMemberBodyInput!) { setMemberBody(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation MyWorkMemberBody($input: SetMemberBodyInput!) { setMemberBody(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutboxDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { __typename } }"): (typeof documents)["mutation OutboxDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutboxThread($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id\n    lockVersion } } }"): (typeof documents)["mutation OutboxThread($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id\n    lockVersion } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutboxReply($input: ReplyToCommentInput!) { replyToComment(input: $input) { __typename } }"): (typeof documents)["mutation OutboxReply($input: ReplyToCommentInput!) { replyToComment(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { __typename } }"): (typeof documents)["mutation MatrixCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { __typename } }"): (typeof documents)["mutation MatrixSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixRemoveMembership($input: RemoveMembershipInput!) { removeMembership(input: $input) { __typename } }"): (typeof documents)["mutation MatrixRemoveMembership($input: RemoveMembershipInput!) { removeMembership(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixCreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { __typename } }"): (typeof documents)["mutation MatrixCreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixRevokeApiToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { __typename } }"): (typeof documents)["mutation MatrixRevokeApiToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixIssueAccountLink($input: IssueAccountLinkInput!) { issueAccountLink(input: $input) { __typename } }"): (typeof documents)["mutation MatrixIssueAccountLink($input: IssueAccountLinkInput!) { issueAccountLink(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixRevokeSession($input: RevokeSessionInput!) { revokeSession(input: $input) { __typename } }"): (typeof documents)["mutation MatrixRevokeSession($input: RevokeSessionInput!) { revokeSession(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSignOutEverywhere { signOut(input: { everywhere: true }) { sessionsEnded } }"): (typeof documents)["mutation MatrixSignOutEverywhere { signOut(input: { everywhere: true }) { sessionsEnded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixCreateDraft($input: CreateDraftInput!) { createDraft(input: $input) { __typename } }"): (typeof documents)["mutation MatrixCreateDraft($input: CreateDraftInput!) { createDraft(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixMoveDraftStage($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { __typename } }"): (typeof documents)["mutation MatrixMoveDraftStage($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixAddDraftRevision($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { __typename } }"): (typeof documents)["mutation MatrixAddDraftRevision($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixCreateCommentThread($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread {\n    id lockVersion } } }\n"): (typeof documents)["\n  mutation MatrixCreateCommentThread($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread {\n    id lockVersion } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixReplyToComment($input: ReplyToCommentInput!) { replyToComment(input: $input) { __typename } }"): (typeof documents)["mutation MatrixReplyToComment($input: ReplyToCommentInput!) { replyToComment(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixEditComment($input: EditCommentInput!) { editComment(input: $input) { __typename } }"): (typeof documents)["mutation MatrixEditComment($input: EditCommentInput!) { editComment(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixWithdrawComment($input: WithdrawCommentInput!) { withdrawComment(input: $input) { __typename } }"): (typeof documents)["mutation MatrixWithdrawComment($input: WithdrawCommentInput!) { withdrawComment(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixDisposeComment($input: DisposeCommentInput!) { disposeComment(input: $input) { __typename } }"): (typeof documents)["mutation MatrixDisposeComment($input: DisposeCommentInput!) { disposeComment(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixOpenBallot($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }"): (typeof documents)["mutation MatrixOpenBallot($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixCastVote($input: CastVoteInput!) { castVote(input: $input) { __typename } }"): (typeof documents)["mutation MatrixCastVote($input: CastVoteInput!) { castVote(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixCloseBallot($input: CloseBallotInput!) { closeBallot(input: $input) { __typename } }"): (typeof documents)["mutation MatrixCloseBallot($input: CloseBallotInput!) { closeBallot(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixFollowStandard($input: FollowStandardInput!) { followStandard(input: $input) { __typename } }"): (typeof documents)["mutation MatrixFollowStandard($input: FollowStandardInput!) { followStandard(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixUnfollowStandard($input: UnfollowStandardInput!) { unfollowStandard(input: $input) { __typename } }"): (typeof documents)["mutation MatrixUnfollowStandard($input: UnfollowStandardInput!) { unfollowStandard(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixFollowCommittee($input: FollowCommitteeInput!) { followCommittee(input: $input) { __typename } }"): (typeof documents)["mutation MatrixFollowCommittee($input: FollowCommitteeInput!) { followCommittee(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixUnfollowCommittee($input: UnfollowCommitteeInput!) { unfollowCommittee(input: $input) { __typename }\n    }"): (typeof documents)["mutation MatrixUnfollowCommittee($input: UnfollowCommitteeInput!) { unfollowCommittee(input: $input) { __typename }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixFollowHorizonFilter($input: FollowHorizonFilterInput!) { followHorizonFilter(input: $input) {\n    __typename } }"): (typeof documents)["mutation MatrixFollowHorizonFilter($input: FollowHorizonFilterInput!) { followHorizonFilter(input: $input) {\n    __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixUnfollowHorizonFilter($input: UnfollowHorizonFilterInput!) { unfollowHorizonFilter(input: $input) {\n    __typename } }"): (typeof documents)["mutation MatrixUnfollowHorizonFilter($input: UnfollowHorizonFilterInput!) { unfollowHorizonFilter(input: $input) {\n    __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixMarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) {\n    marked } }"): (typeof documents)["mutation MatrixMarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) {\n    marked } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { __typename } }"): (typeof documents)["mutation MatrixCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixUpdateWebhook($input: UpdateWebhookInput!) { updateWebhook(input: $input) { __typename } }"): (typeof documents)["mutation MatrixUpdateWebhook($input: UpdateWebhookInput!) { updateWebhook(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixDeleteWebhook($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { __typename } }"): (typeof documents)["mutation MatrixDeleteWebhook($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSetCommitteeBallotRules($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input:\n    $input) { __typename } }"): (typeof documents)["mutation MatrixSetCommitteeBallotRules($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input:\n    $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSetMemberBody($input: SetMemberBodyInput!) { setMemberBody(input: $input) { __typename } }"): (typeof documents)["mutation MatrixSetMemberBody($input: SetMemberBodyInput!) { setMemberBody(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixPublishDraft($input: PublishDraftInput!) { publishDraft(input: $input) { __typename } }"): (typeof documents)["mutation MatrixPublishDraft($input: PublishDraftInput!) { publishDraft(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixCarryCommentThread($input: CarryCommentThreadInput!) { carryCommentThread(input: $input) {\n    __typename } }"): (typeof documents)["mutation MatrixCarryCommentThread($input: CarryCommentThreadInput!) { carryCommentThread(input: $input) {\n    __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixUploadCommentSheet($input: UploadCommentSheetInput!) { uploadCommentSheet(input: $input) {\n    __typename } }"): (typeof documents)["mutation MatrixUploadCommentSheet($input: UploadCommentSheetInput!) { uploadCommentSheet(input: $input) {\n    __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixActAsOfficer($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { __typename } }"): (typeof documents)["mutation MatrixActAsOfficer($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixStopActingAsOfficer($input: StopActingAsOfficerInput!) { stopActingAsOfficer(input: $input) {\n    __typename } }"): (typeof documents)["mutation MatrixStopActingAsOfficer($input: StopActingAsOfficerInput!) { stopActingAsOfficer(input: $input) {\n    __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixAssignStandardCommittee($input: AssignStandardCommitteeInput!) { assignStandardCommittee(input:\n    $input) { __typename } }"): (typeof documents)["mutation MatrixAssignStandardCommittee($input: AssignStandardCommitteeInput!) { assignStandardCommittee(input:\n    $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixConsentToReplacement($input: ConsentToReplacementInput!) { consentToReplacement(input: $input) {\n    __typename } }"): (typeof documents)["mutation MatrixConsentToReplacement($input: ConsentToReplacementInput!) { consentToReplacement(input: $input) {\n    __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixBallotAndHistory($id: ID!) {\n    draft(id: $id) {\n      ballots { status result counts { approve disapprove abstain } viewerCanSeeVotes votes { voter { name } value\n        reason } voteHistory { value reason } }\n      history(first: 50) { edges { node { action actor { name } data } } }\n    }\n  }\n"): (typeof documents)["\n  query MatrixBallotAndHistory($id: ID!) {\n    draft(id: $id) {\n      ballots { status result counts { approve disapprove abstain } viewerCanSeeVotes votes { voter { name } value\n        reason } voteHistory { value reason } }\n      history(first: 50) { edges { node { action actor { name } data } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonByEmail($email: String!) { personByEmail(email: $email) { name email memberships { role } } }\n"): (typeof documents)["\n  query PersonByEmail($email: String!) { personByEmail(email: $email) { name email memberships { role } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementBallot($id: ID!) { node(id: $id) { ... on Ballot { status viewerCanVote viewerCanClose } } }\n"): (typeof documents)["\n  query AgreementBallot($id: ID!) { node(id: $id) { ... on Ballot { status viewerCanVote viewerCanClose } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementVote($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }\n"): (typeof documents)["\n  mutation AgreementVote($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementClose($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { status } } }\n"): (typeof documents)["\n  mutation AgreementClose($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementOpen($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }\n"): (typeof documents)["\n  mutation AgreementOpen($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementRules($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input: $input) {\n    ballotRules { votesBy } } }\n"): (typeof documents)["\n  mutation AgreementRules($input: SetCommitteeBallotRulesInput!) { setCommitteeBallotRules(input: $input) {\n    ballotRules { votesBy } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementMemberBody($input: SetMemberBodyInput!) { setMemberBody(input: $input) { membership {\n    headOfDelegation } } }\n"): (typeof documents)["\n  mutation AgreementMemberBody($input: SetMemberBodyInput!) { setMemberBody(input: $input) { membership {\n    headOfDelegation } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementThread($id: ID!) { node(id: $id) { ... on CommentThread { status lockVersion viewerCanReply\n    viewerCanEdit viewerCanWithdraw viewerCanDispose } } }\n"): (typeof documents)["\n  query AgreementThread($id: ID!) { node(id: $id) { ... on CommentThread { status lockVersion viewerCanReply\n    viewerCanEdit viewerCanWithdraw viewerCanDispose } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementCreateThread($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread {\n    id lockVersion } } }\n"): (typeof documents)["\n  mutation AgreementCreateThread($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread {\n    id lockVersion } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementReply($input: ReplyToCommentInput!) { replyToComment(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation AgreementReply($input: ReplyToCommentInput!) { replyToComment(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementEdit($input: EditCommentInput!) { editComment(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation AgreementEdit($input: EditCommentInput!) { editComment(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementWithdraw($input: WithdrawCommentInput!) { withdrawComment(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation AgreementWithdraw($input: WithdrawCommentInput!) { withdrawComment(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation AgreementDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementCommittee($code: String!) { committee(code: $code) { viewerCanCreateDraft } }\n"): (typeof documents)["\n  query AgreementCommittee($code: String!) { committee(code: $code) { viewerCanCreateDraft } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementPropose($input: CreateDraftInput!) { createDraft(input: $input) { draft { id } } }\n"): (typeof documents)["\n  mutation AgreementPropose($input: CreateDraftInput!) { createDraft(input: $input) { draft { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishDraft($input: PublishDraftInput!) {\n    publishDraft(input: $input) {\n      draft { stage lockVersion viewerCanMoveTo viewerCanPublish publishedVersion { designation } }\n      version {\n        designation type published effective mandatoryNewTypes\n        standard { designation committee { code } title { en } }\n        title { en zh }\n        replaces { designation }\n        clauses { number heading text informative children { number heading text } }\n        history { edges { node { action } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishDraft($input: PublishDraftInput!) {\n    publishDraft(input: $input) {\n      draft { stage lockVersion viewerCanMoveTo viewerCanPublish publishedVersion { designation } }\n      version {\n        designation type published effective mandatoryNewTypes\n        standard { designation committee { code } title { en } }\n        title { en zh }\n        replaces { designation }\n        clauses { number heading text informative children { number heading text } }\n        history { edges { node { action } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedApplicability($designation: String!) {\n    standard(designation: $designation) {\n      before: applicability(on: \"2026-12-31\") { current { designation } }\n      after: applicability(on: \"2027-06-01\") { current { designation } versions { status version { designation } } }\n      existing: applicability(on: \"2027-06-01\", scope: EXISTING_TYPES) { versions { status version { designation } } }\n    }\n  }\n"): (typeof documents)["\n  query PublishedApplicability($designation: String!) {\n    standard(designation: $designation) {\n      before: applicability(on: \"2026-12-31\") { current { designation } }\n      after: applicability(on: \"2027-06-01\") { current { designation } versions { status version { designation } } }\n      existing: applicability(on: \"2027-06-01\", scope: EXISTING_TYPES) { versions { status version { designation } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadyToPublish($id: ID!) { draft(id: $id) { viewerCanPublish lockVersion } }\n"): (typeof documents)["\n  query ReadyToPublish($id: ID!) { draft(id: $id) { viewerCanPublish lockVersion } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadThenPublish($publish: PublishDraftInput!, $draft: CreateDraftInput!) {\n    first: createDraft(input: $draft) { draft { replaces { designation status(on: \"2027-06-01\") } } }\n    then: publishDraft(input: $publish) { version { replaces { designation status(on: \"2027-06-01\") } } }\n  }\n"): (typeof documents)["\n  mutation ReadThenPublish($publish: PublishDraftInput!, $draft: CreateDraftInput!) {\n    first: createDraft(input: $draft) { draft { replaces { designation status(on: \"2027-06-01\") } } }\n    then: publishDraft(input: $publish) { version { replaces { designation status(on: \"2027-06-01\") } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardHistory { standard(designation: \"GB 38031\") { history { edges { node { action actor { name } } } } } }\n"): (typeof documents)["\n  query StandardHistory { standard(designation: \"GB 38031\") { history { edges { node { action actor { name } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAmendment($input: CreateDraftInput!) { createDraft(input: $input) { draft { id } } }\n"): (typeof documents)["\n  mutation CreateAmendment($input: CreateDraftInput!) { createDraft(input: $input) { draft { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ProposeNewStandard($input: CreateDraftInput!) { createDraft(input: $input) { draft { id } } }\n    "): (typeof documents)["\n      mutation ProposeNewStandard($input: CreateDraftInput!) { createDraft(input: $input) { draft { id } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewOfDraft($id: ID!) {\n    draft(id: $id) {\n      publishPreview {\n        designation versionType standardDesignation standard { designation } baseVersion { designation }\n        replaces { designation } awaitingConsent { designation } revision { number } clauseCount designationTaken\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewOfDraft($id: ID!) {\n    draft(id: $id) {\n      publishPreview {\n        designation versionType standardDesignation standard { designation } baseVersion { designation }\n        replaces { designation } awaitingConsent { designation } revision { number } clauseCount designationTaken\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewPublish($input: PublishDraftInput!) {\n    publishDraft(input: $input) { version { designation type standard { designation } replaces { designation } } }\n  }\n"): (typeof documents)["\n  mutation PreviewPublish($input: PublishDraftInput!) {\n    publishDraft(input: $input) { version { designation type standard { designation } replaces { designation } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForgivingSearch($query: String!, $on: Date, $first: Int) {\n    search(query: $query, on: $on, first: $first) {\n      edges {\n        node {\n          kind\n          standard { designation }\n          version { designation }\n          status\n          replacedBy { version { designation standard { designation } } status }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForgivingSearch($query: String!, $on: Date, $first: Int) {\n    search(query: $query, on: $on, first: $first) {\n      edges {\n        node {\n          kind\n          standard { designation }\n          version { designation }\n          status\n          replacedBy { version { designation standard { designation } } status }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $on: Date, $first: Int, $after: String) {\n    search(query: $query, on: $on, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          kind\n          score\n          standard { designation }\n          version { designation standard { designation } }\n          clause { number heading }\n          status\n          applies\n          snippet { field text parts { text match } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $on: Date, $first: Int, $after: String) {\n    search(query: $query, on: $on, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          kind\n          score\n          standard { designation }\n          version { designation standard { designation } }\n          clause { number heading }\n          status\n          applies\n          snippet { field text parts { text match } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadedSearch($query: String!, $on: Date, $first: Int, $after: String) {\n    search(query: $query, on: $on, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { kind score standard { designation } version { designation } clause { number } applies snippet {\n        field parts { text match } } } }\n    }\n  }\n"): (typeof documents)["\n  query ThreadedSearch($query: String!, $on: Date, $first: Int, $after: String) {\n    search(query: $query, on: $on, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { kind score standard { designation } version { designation } clause { number } applies snippet {\n        field parts { text match } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CacheMe { viewer { name } }"): (typeof documents)["query CacheMe { viewer { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrossSiteFollow($input: FollowCommitteeInput!) { followCommittee(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation CrossSiteFollow($input: FollowCommitteeInput!) { followCommittee(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CrossSiteMe { viewer { name } }"): (typeof documents)["query CrossSiteMe { viewer { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsList { viewer { name sessions { id current userAgent } } }"): (typeof documents)["query SessionsList { viewer { name sessions { id current userAgent } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsRevoke($input: RevokeSessionInput!) { revokeSession(input: $input) { revoked } }\n"): (typeof documents)["\n  mutation SessionsRevoke($input: RevokeSessionInput!) { revokeSession(input: $input) { revoked } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInIssueLink($input: IssueAccountLinkInput!) {\n    issueAccountLink(input: $input) { url token expiresAt person { name } }\n  }\n"): (typeof documents)["\n  mutation SignInIssueLink($input: IssueAccountLinkInput!) {\n    issueAccountLink(input: $input) { url token expiresAt person { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInSetPassword($input: SetPasswordWithLinkInput!) {\n    setPasswordWithLink(input: $input) { viewer { name } purpose expiresAt }\n  }\n"): (typeof documents)["\n  mutation SignInSetPassword($input: SetPasswordWithLinkInput!) {\n    setPasswordWithLink(input: $input) { viewer { name } purpose expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInSignIn($input: SignInInput!) { signIn(input: $input) { viewer { name } expiresAt } }\n"): (typeof documents)["\n  mutation SignInSignIn($input: SignInInput!) { signIn(input: $input) { viewer { name } expiresAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInSignOut($input: SignOutInput!) { signOut(input: $input) { sessionsEnded } }"): (typeof documents)["mutation SignInSignOut($input: SignOutInput!) { signOut(input: $input) { sessionsEnded } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { changed } }\n"): (typeof documents)["\n  mutation SignInChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { changed } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInMe { viewer { name hasPassword sessions { id current userAgent endsAt } memberships { role } } }\n"): (typeof documents)["\n  query SignInMe { viewer { name hasPassword sessions { id current userAgent endsAt } memberships { role } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StreamActAsOfficer($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { committee { code } } }\n"): (typeof documents)["\n  mutation StreamActAsOfficer($input: ActAsOfficerInput!) { actAsOfficer(input: $input) { committee { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StreamStopActing($input: StopActingAsOfficerInput!) { stopActingAsOfficer(input: $input) { committee {\n    code } } }\n"): (typeof documents)["\n  mutation StreamStopActing($input: StopActingAsOfficerInput!) { stopActingAsOfficer(input: $input) { committee {\n    code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDraftStep($input: CreateDraftInput!) { createDraft(input: $input) { draft { id stage lockVersion } } }\n"): (typeof documents)["\n  mutation CreateDraftStep($input: CreateDraftInput!) { createDraft(input: $input) { draft { id stage lockVersion } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseStep($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { revision { id number } } }\n"): (typeof documents)["\n  mutation ReviseStep($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { revision { id number } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadStage($id: ID!) { draft(id: $id) { stage lockVersion currentRevision { id } } }\n"): (typeof documents)["\n  query ReadStage($id: ID!) { draft(id: $id) { stage lockVersion currentRevision { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveStep($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage lockVersion } } }\n"): (typeof documents)["\n  mutation MoveStep($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage lockVersion } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenBallotStep($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }\n"): (typeof documents)["\n  mutation OpenBallotStep($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteStep($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }\n"): (typeof documents)["\n  mutation VoteStep($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseBallotStep($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { id result } } }\n"): (typeof documents)["\n  mutation CloseBallotStep($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { id result } } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;