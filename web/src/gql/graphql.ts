/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Why a one-time link to set a password was issued. */
export type AccountLinkPurpose =
  /** The person has no password yet: the link lets them choose one and sign in. */
  | 'INVITATION'
  /** The person forgot their password: the link sets a new one and ends their other sessions. */
  | 'PASSWORD_RESET';

/** The committee to act in as an officer, and why. */
export type ActAsOfficerInput = {
  /** The committee. */
  committeeId: string | number;
  /** Why an administrator acts for its officers (recorded). */
  reason: string;
};

/** The full text of the new revision. */
export type AddDraftRevisionInput = {
  /** The number of the revision this text was written from (0 for the first); if a newer one exists, CONFLICT. */
  basedOn?: number | null | undefined;
  /** The top-level clauses, in printed order, with their sub-clauses. */
  clauses: Array<ClauseInput>;
  /** The draft. */
  draftId: string | number;
  /** What this revision changes. */
  note?: string | null | undefined;
};

/** Degree of correspondence of an adoption (ISO/IEC Guide 21-1). */
export type AdoptionDegree =
  /** Identical. */
  | 'IDT'
  /** Modified. */
  | 'MOD'
  /** Not equivalent. */
  | 'NEQ';

/** Whom the applicability question is about. */
export type ApplicabilityScope =
  /** Types approved before, e.g. for extensions or conformity of production. */
  | 'EXISTING_TYPES'
  /** New type approvals (the default). */
  | 'NEW_TYPES';

/** The outcome of a closed ballot, computed by the rule. */
export type BallotResult =
  /** The committee's ballot rule (`Ballot.rule`) is met; `Ballot.explanation` says how. */
  | 'APPROVED'
  /** Otherwise, including when no votes (or only abstentions) were cast. */
  | 'NOT_APPROVED';

/** The rule a committee's ballots are decided by. */
export type BallotRule =
  /** ISO/IEC Directives: at least 2/3 of the votes cast by voting members approve and at most 1/4 of all votes cast are against; abstentions are not votes cast. */
  | 'ISO'
  /** SAC national technical committees: at least 3/4 of the voting members take part; at least 2/3 of those taking part approve and at most 1/4 are against (an abstention takes part). */
  | 'SAC'
  /** UNECE WP.29 Administrative Committee of the 1958 Agreement: at least 4/5 of the contracting parties present and voting approve (an abstention is not voting). */
  | 'UNECE_AC1';

/** The stage a ballot is held at. */
export type BallotStage =
  /** The approval ballot on the final text. */
  | 'APPROVAL'
  /** The enquiry ballot. */
  | 'ENQUIRY';

/** Where a ballot stands, by the server clock. */
export type BallotStatus =
  /** The closing time has passed and votes are refused; the server closes it and computes the result within a minute (or an officer closes it first). */
  | 'AWAITING_CLOSURE'
  /** Closed: counts and result are final. */
  | 'CLOSED'
  /** Taking votes until the closing time. */
  | 'OPEN'
  /** Opens at `opensAt`; votes before then are refused with BALLOT_NOT_OPEN. */
  | 'SCHEDULED';

/** The open comment of an earlier revision to carry to the current one. */
export type CarryCommentThreadInput = {
  /** The clause of the current revision it concerns; default the clause it named, if it still exists. */
  clauseNumber?: string | null | undefined;
  /** The open thread. */
  threadId: string | number;
};

/** A vote. */
export type CastVoteInput = {
  /** The ballot. */
  ballotId: string | number;
  /** The reason; required to disapprove. */
  reason?: string | null | undefined;
  /** Approve, disapprove or abstain. */
  value: VoteValue;
};

/** The current password and the new one. */
export type ChangePasswordInput = {
  /** The password now. */
  currentPassword: string;
  /** The new password: 12 to 200 characters. */
  newPassword: string;
};

/** A clause of a revision's text, with its sub-clauses. */
export type ClauseInput = {
  /** Sub-clauses, in printed order. */
  clauses?: Array<ClauseInput> | null | undefined;
  /** The clause heading. */
  heading: string;
  /** True for an informative clause (default false). */
  informative?: boolean | null | undefined;
  /** The clause number, e.g. `5.2.3`; unique within the revision. */
  number: string;
  /** The body text. */
  text?: string | null | undefined;
};

/** The ballot to close. */
export type CloseBallotInput = {
  /** The ballot. */
  ballotId: string | number;
};

/** The type of a comment, as in the ISO/IEC/CEN template (`ge`, `te`, `ed`). */
export type CommentType =
  /** An editorial comment. */
  | 'EDITORIAL'
  /** A general comment. */
  | 'GENERAL'
  /** A technical comment: must be resolved before the draft goes to ballot. */
  | 'TECHNICAL';

/** The role a person holds in a committee. */
export type CommitteeRole =
  /** Chairs the committee: moves drafts, opens and closes ballots, records dispositions, publishes. */
  | 'CHAIR'
  /** Voting member (ISO "P-member"): proposes drafts, comments and votes. */
  | 'MEMBER'
  /** Non-voting member (ISO "O-member"): reads drafts and comments, cannot vote. */
  | 'OBSERVER'
  /** Runs the secretariat: the same powers as the chair. */
  | 'SECRETARY';

/** The token to create. */
export type CreateApiTokenInput = {
  /** What the token is for, e.g. "LIMS sync". */
  name: string;
  /** Whose token; default: the caller's own. */
  personId?: string | number | null | undefined;
};

/** A comment in the ISO/IEC/CEN template on a revision of a draft. */
export type CreateCommentThreadInput = {
  /** The clause commented on; it must exist in that revision. Leave out for a general comment. */
  clauseNumber?: string | null | undefined;
  /** The comment. */
  comment: string;
  /** Line number(s) in the circulated text, e.g. `17` or `120-124`. */
  lineNumber?: string | null | undefined;
  /** The member body or organisation commenting; default the author's organisation. */
  organisation?: string | null | undefined;
  /** Paragraph, figure or table, e.g. `Table 2`. */
  paragraph?: string | null | undefined;
  /** The change proposed. */
  proposedChange?: string | null | undefined;
  /** The revision commented on, normally the draft's current one. */
  revisionId: string | number;
  /** General, technical or editorial. */
  type: CommentType;
};

/** A draft to propose: a revision of an existing standard (`standardDesignation`) or a new standard (`newStandard`). */
export type CreateDraftInput = {
  /** For a SUPPLEMENT, AMENDMENT or CORRIGENDUM: the base version of the same standard it modifies. */
  baseVersionDesignation?: string | null | undefined;
  /** The committee the draft belongs to. */
  committeeId: string | number;
  /** The project leader, who must hold a role in the committee; default the caller. */
  leaderId?: string | number | null | undefined;
  /** The new standard to propose, instead of `standardDesignation`. */
  newStandard?: NewStandardInput | null | undefined;
  /** Designations of the versions the published version will replace (any standard). */
  replaces?: Array<string> | null | undefined;
  /** The standard to revise (designation root, case and spacing ignored), e.g. `GB/T 31486`. */
  standardDesignation?: string | null | undefined;
  /** The title of the text; required for a new standard, default the revised standard's. */
  title?: LocalizedTextInput | null | undefined;
  /** The designation the published version is planned to have, e.g. `GB/T 31486-2027`. */
  versionDesignation: string;
  /** The type of the planned version (a modification needs `baseVersionDesignation`). */
  versionType: VersionType;
};

/** A person to record. */
export type CreatePersonInput = {
  /** E-mail address; one person per address. */
  email: string;
  /** Make the person an administrator (default false). */
  isAdmin?: boolean | null | undefined;
  /** Full name. */
  name: string;
  /** The organisation the person represents. */
  organisation?: string | null | undefined;
  /** What kind of organisation it is. */
  organisationKind?: OrganisationKind | null | undefined;
};

/** The webhook to create. */
export type CreateWebhookInput = {
  /** The kinds to deliver (at least one). */
  kinds: Array<NotificationKind>;
  /** Whose notifications: the caller's own only (another person's is FORBIDDEN, administrators included). */
  personId?: string | number | null | undefined;
  /** An https URL (plain http only to a loopback address); private addresses are refused unless configured. */
  url: string;
};

/** How precisely the date of a change is known. */
export type DatePrecision =
  /** The day is known. */
  | 'DAY'
  /** Only the month is known (e.g. a publication dated `2026-07`). */
  | 'MONTH'
  /** Bounded by other versions of the chain: somewhere from `earliest` to `latest`. */
  | 'RANGE'
  /** Only the year is known. */
  | 'YEAR';

/** The webhook to delete. */
export type DeleteWebhookInput = {
  /** The webhook number (`Webhook.id`). */
  webhookId: string | number;
};

/** What happened to a piece of text between two versions. */
export type DiffKind =
  /** Only in the earlier text. */
  | 'DELETED'
  /** Unchanged. */
  | 'EQUAL'
  /** Only in the later text. */
  | 'INSERTED';

/** The secretariat's disposition of a comment. */
export type DisposeCommentInput = {
  /** The decision. */
  disposition: Disposition;
  /** The `lockVersion` read; if the comment changed since (say, the author edited it), CONFLICT. */
  lockVersion: number;
  /** The observation of the secretariat; required for REJECTED. */
  observation?: string | null | undefined;
  /** The thread. */
  threadId: string | number;
};

/** The secretariat's decision on a comment. */
export type Disposition =
  /** The proposed change is accepted. */
  | 'ACCEPTED'
  /** Accepted in principle: the text will change, not necessarily as proposed. */
  | 'ACCEPTED_IN_PRINCIPLE'
  /** Noted; no change to the text. */
  | 'NOTED'
  /** Rejected, with the reason in the observation. */
  | 'REJECTED';

/** Where a draft is in its life; `Draft.viewerCanMoveTo` lists the moves open to the viewer. */
export type DraftStage =
  /** Final text out for the approval ballot. */
  | 'APPROVAL'
  /** Abandoned; the draft is closed. */
  | 'CANCELLED'
  /** Circulated in the committee for comment. */
  | 'COMMITTEE_DRAFT'
  /** Out for enquiry (possibly public): comments and the enquiry ballot. */
  | 'ENQUIRY'
  /** Proposed as a new work item. */
  | 'PROPOSAL'
  /** Published as a version of the standard; the draft is closed. */
  | 'PUBLISHED'
  /** Being written by the project leader and experts. */
  | 'WORKING_DRAFT';

/** Changes to the author's own open comment. A field left out keeps its value; null clears an optional one. */
export type EditCommentInput = {
  /** The clause commented on (null: general). */
  clauseNumber?: string | null | undefined;
  /** The comment. */
  comment?: string | null | undefined;
  /** Line number(s). */
  lineNumber?: string | null | undefined;
  /** The `lockVersion` the author read; if the thread changed since, CONFLICT and nothing is written. */
  lockVersion: number;
  /** The member body or organisation. */
  organisation?: string | null | undefined;
  /** Paragraph, figure or table. */
  paragraph?: string | null | undefined;
  /** The change proposed. */
  proposedChange?: string | null | undefined;
  /** The thread. */
  threadId: string | number;
  /** General, technical or editorial. */
  type?: CommentType | null | undefined;
};

/** The standard to follow. */
export type FollowStandardInput = {
  /** The standard. */
  standardId: string | number;
};

/** What happens on a date of the horizon. */
export type HorizonChangeKind =
  /** Compliance with the version becomes required for types approved before; older versions stop applying to them. */
  | 'MANDATORY_EXISTING_TYPES'
  /** Compliance with the version becomes required for new type approvals; older versions stop applying to them. */
  | 'MANDATORY_NEW_TYPES'
  /** The version reaches a cut-off for `scope`: the change that caused it lists it in its `ends`. */
  | 'STOPS_APPLYING'
  /** The version starts to apply (its implementation date, or its publication when it has none). */
  | 'TAKES_EFFECT'
  /** The version is withdrawn: it stops applying for every scope. */
  | 'WITHDRAWN';

/** Narrows the horizon to some standards; all given conditions must hold. Cut-offs caused by other standards that end their versions are kept. */
export type HorizonFilter = {
  /** Standards of the committee with this code or of any committee below it. */
  committee?: string | null | undefined;
  /** Standards of any of these kinds. */
  kinds?: Array<StandardKind> | null | undefined;
  /** Standards by designation root, e.g. `GB 38031`, `UN R155`. */
  standards?: Array<string> | null | undefined;
  /** Standards whose designation or English or Chinese title contains this text. */
  text?: string | null | undefined;
  /** Changes of versions that record any of these vehicle categories. A version recording none is not matched (not recorded is not "all"). */
  vehicleCategories?: Array<VehicleCategory> | null | undefined;
};

/** Who the link is for, and why. */
export type IssueAccountLinkInput = {
  /** The person. */
  personId: string | number;
  /** Invitation or reset. */
  purpose: AccountLinkPurpose;
};

/** A text in English, and optionally in Chinese. */
export type LocalizedTextInput = {
  /** The English text. */
  en: string;
  /** The Chinese text, if there is one. */
  zh?: string | null | undefined;
};

/** The notifications to mark read: `ids`, or `all: true`. */
export type MarkNotificationsReadInput = {
  /** Mark every unread notification of the caller read. */
  all?: boolean | null | undefined;
  /** Notification numbers (`Notification.id`), at most 500; numbers that are not the caller's change nothing. */
  ids?: Array<string | number> | null | undefined;
};

/** A stage move, with the stage and lock version the caller read. */
export type MoveDraftStageInput = {
  /** The draft. */
  draftId: string | number;
  /** The stage the caller read; if the draft has moved since, CONFLICT. */
  fromStage: DraftStage;
  /** The `lockVersion` the caller read; if the draft changed since, CONFLICT. */
  lockVersion: number;
  /** Moving to ENQUIRY: open the draft to every signed-in user for reading and comment. */
  publicEnquiry?: boolean | null | undefined;
  /** The stage to move to (PUBLISHED only through `publishDraft`). */
  toStage: DraftStage;
};

/** A standard a draft proposes to create. */
export type NewStandardInput = {
  /** The designation root, e.g. `GB 46031`; must not exist yet. */
  designation: string;
  /** The family of the standard. */
  kind: StandardKind;
  /** Who will publish it, e.g. `SAMR/SAC`. */
  publisher: string;
};

/** What a notification tells. */
export type NotificationKind =
  /** An administrator issued the person an invitation or password-reset link (`data.purpose`, `data.url` while the link is unused, `data.expiresAt`). */
  | 'ACCOUNT_LINK_ISSUED'
  /** A ballot closed, with its result and counts (never who voted what). */
  | 'BALLOT_CLOSED'
  /** A ballot opened on a draft (`data.closesAt`). */
  | 'BALLOT_OPENED'
  /** The secretariat recorded a disposition of a comment the person wrote. */
  | 'COMMENT_DISPOSED'
  /** Someone replied to a comment thread the person started. */
  | 'COMMENT_REPLIED'
  /** A correction was recorded: a corrigendum or amendment, or a metadata correction by import. */
  | 'CORRECTION_RECORDED'
  /** A cut-off or mandatory date of a followed version is 90, 30 or 7 days ahead (`data.daysAhead`). */
  | 'DEADLINE_AHEAD'
  /** A cut-off or mandatory date of a followed version is today. */
  | 'DEADLINE_PASSED'
  /** A draft moved to another stage (`data.from`, `data.to`). */
  | 'DRAFT_STAGE_CHANGED'
  /** A draft opened for public enquiry: any signed-in user may read and comment on it. */
  | 'PUBLIC_ENQUIRY_OPENED'
  /** A new version of a followed standard was published or imported. */
  | 'VERSION_PUBLISHED'
  /** A version of a followed standard was withdrawn. */
  | 'VERSION_WITHDRAWN'
  /** A ballot the person may vote in, and has not, closes within 3 days or within 1 day (`data.closesAt`). */
  | 'VOTE_REMINDER'
  /** A webhook of the person failed for 24 hours and was disabled (`data.url`, `data.lastError`). */
  | 'WEBHOOK_DISABLED';

/** The ballot to open. */
export type OpenBallotInput = {
  /** When voting ends: after the opening time, and no sooner than the committee's minimum duration for the stage (otherwise BALLOT_TOO_SHORT). The server closes the ballot at this time. */
  closesAt: unknown;
  /** When voting starts; default now. A later time schedules the ballot (`status` SCHEDULED). */
  opensAt?: unknown;
  /** The revision to ballot: the draft's current one (otherwise CONFLICT). */
  revisionId: string | number;
};

/** What kind of organisation a person works for. */
export type OrganisationKind =
  /** A research or standards institute. */
  | 'INSTITUTE'
  /** A test laboratory. */
  | 'LAB'
  /** A vehicle manufacturer. */
  | 'MAKER'
  /** Any other organisation. */
  | 'OTHER'
  /** A regulator or type-approval authority. */
  | 'REGULATOR'
  /** A component or system supplier. */
  | 'SUPPLIER';

/** The publication of an approved draft: the new version's designation and dates. */
export type PublishDraftInput = {
  /** The version's designation; default the one the draft planned. Taken: CONFLICT. */
  designation?: string | null | undefined;
  /** The draft, at APPROVAL with a passed approval ballot on its current revision. */
  draftId: string | number;
  /** Implementation date; default: it takes effect when published. */
  effective?: string | null | undefined;
  /** The `lockVersion` the caller read; if the draft changed since, CONFLICT. */
  lockVersion: number;
  /** From this date replaced versions may no longer be used for existing types; not before it takes effect. */
  mandatoryExistingTypes?: string | null | undefined;
  /** From this date replaced versions may no longer be used for new types; not before it takes effect. */
  mandatoryNewTypes?: string | null | undefined;
  /** Issue date; may be only a year or a month. */
  published: string;
};

/** How a version relates to the document it names. */
export type ReferenceKind =
  /** The version adopts the named document (e.g. a GB/T adopting an ISO standard), with a degree. */
  | 'ADOPTS'
  /** Cited for information only. */
  | 'INFORMATIVE_REFERENCE'
  /** Cited as indispensable for applying the version. */
  | 'NORMATIVE_REFERENCE';

/** The membership to end. */
export type RemoveMembershipInput = {
  /** The committee. */
  committeeId: string | number;
  /** The person. */
  personId: string | number;
};

/** A reply to a comment thread. */
export type ReplyToCommentInput = {
  /** The reply. */
  body: string;
  /** The thread. */
  threadId: string | number;
};

/** The token to revoke. */
export type RevokeApiTokenInput = {
  /** The token number (`ApiToken.id`). */
  tokenId: string | number;
};

/** The session to end. */
export type RevokeSessionInput = {
  /** The session number (`Session.id`). */
  sessionId: string | number;
};

/** The text a snippet is taken from. */
export type SearchField =
  /** The designation. */
  | 'DESIGNATION'
  /** The clause number and heading. */
  | 'HEADING'
  /** The clause text. */
  | 'TEXT'
  /** The English title. */
  | 'TITLE_EN'
  /** The Chinese title. */
  | 'TITLE_ZH';

/** What a search hit is. */
export type SearchHitKind =
  /** A clause of a version's text, matched by its number, heading or text. */
  | 'CLAUSE'
  /** A standard, matched by its designation or title. */
  | 'STANDARD'
  /** A version, matched by its full designation or its own title. */
  | 'VERSION';

/** How a committee's ballots are to be decided. */
export type SetCommitteeBallotRulesInput = {
  /** Days an approval ballot runs at least (0 to 366). */
  approvalMinimumDays: number;
  /** The committee. */
  committeeId: string | number;
  /** Days an enquiry ballot runs at least (0 to 366). */
  enquiryMinimumDays: number;
  /** The rule. */
  rule: BallotRule;
  /** Per person or per member body. */
  votesBy: VotingUnit;
};

/** The member body a committee member sits for. */
export type SetMemberBodyInput = {
  /** The committee. */
  committeeId: string | number;
  /** Heads the body's delegation (the previous head, if any, stops being head). */
  headOfDelegation: boolean;
  /** The member body, e.g. `DIN` or `SAC`; null or left out: none. */
  memberBody?: string | null | undefined;
  /** The person (a member of the committee). */
  personId: string | number;
};

/** A role to give a person in a committee. */
export type SetMembershipInput = {
  /** The committee. */
  committeeId: string | number;
  /** The person. */
  personId: string | number;
  /** The role. */
  role: CommitteeRole;
};

/** The secret of an invitation or reset link, and the password to set. */
export type SetPasswordWithLinkInput = {
  /** The new password: 12 to 200 characters. */
  password: string;
  /** The secret from the link (after `#token=`). */
  token: string;
};

/** An e-mail address and a password. */
export type SignInInput = {
  /** The e-mail address the person is recorded with. */
  email: string;
  /** The password. */
  password: string;
};

/** Where to sign out. */
export type SignOutInput = {
  /** Also end every other browser session of the person (default false). API tokens stay. */
  everywhere?: boolean | null | undefined;
};

/** The family a standard belongs to, which decides how it is designated and whether it is mandatory. */
export type StandardKind =
  /** Chinese mandatory national standard (GB). */
  | 'GB'
  /** Chinese recommended national standard (GB/T). */
  | 'GB_T'
  /** ISO (or ISO/IEC, ISO/SAE) international standard. */
  | 'ISO'
  /** Any other publisher. */
  | 'OTHER'
  /** SAE International standard. */
  | 'SAE'
  /** UNECE WP.29 UN Regulation. */
  | 'UN_R';

/** The administrator's acting officer role to end. */
export type StopActingAsOfficerInput = {
  /** The committee. */
  committeeId: string | number;
  /** The administrator acting; default the caller. */
  personId?: string | number | null | undefined;
  /** Why it ends (recorded). */
  reason?: string | null | undefined;
};

/** Where a comment thread stands. */
export type ThreadStatus =
  /** Awaiting a disposition; the author may still edit or withdraw it. */
  | 'OPEN'
  /** The secretariat recorded a disposition. */
  | 'RESOLVED'
  /** Withdrawn by its author. */
  | 'WITHDRAWN';

/** The committee to stop following. */
export type UnfollowCommitteeInput = {
  /** The committee. */
  committeeId: string | number;
};

/** The saved horizon filter to drop. */
export type UnfollowHorizonFilterInput = {
  /** The watch number (`Watch.id`). */
  watchId: string | number;
};

/** The standard to stop following. */
export type UnfollowStandardInput = {
  /** The standard. */
  standardId: string | number;
};

/** A filled comment sheet (CSV) to read back as new comments. */
export type UploadCommentSheetInput = {
  /** The sheet in the columns `commentSheetPath` exports; rows with an empty `Thread` are new comments on the current revision, the others are left as they are. */
  csv: string;
  /** The draft commented on. */
  draftId: string | number;
};

/** A UN R.E.3 vehicle category, as used in China too (GB/T 15089). */
export type VehicleCategory =
  /** Two-wheeled mopeds. */
  | 'L1'
  /** Three-wheeled mopeds. */
  | 'L2'
  /** Two-wheeled motorcycles. */
  | 'L3'
  /** Motorcycles with sidecars. */
  | 'L4'
  /** Motor tricycles. */
  | 'L5'
  /** Light quadricycles. */
  | 'L6'
  /** Heavy quadricycles. */
  | 'L7'
  /** Passenger vehicles with at most eight seats besides the driver's. */
  | 'M1'
  /** Buses and coaches with more than eight passenger seats, at most 5 t. */
  | 'M2'
  /** Buses and coaches with more than eight passenger seats, over 5 t. */
  | 'M3'
  /** Goods vehicles of at most 3.5 t. */
  | 'N1'
  /** Goods vehicles over 3.5 t and at most 12 t. */
  | 'N2'
  /** Goods vehicles over 12 t. */
  | 'N3'
  /** Trailers of at most 0.75 t. */
  | 'O1'
  /** Trailers over 0.75 t and at most 3.5 t. */
  | 'O2'
  /** Trailers over 3.5 t and at most 10 t. */
  | 'O3'
  /** Trailers over 10 t. */
  | 'O4';

/** The status of a version on a date for a scope; computed for the date, never stored. */
export type VersionStatus =
  /** Applies, and nothing that replaces it has taken effect. */
  | 'IN_FORCE'
  /** Still applies, but a replacement has taken effect and its cut-off for the scope is ahead (or, for existing types, there is none). */
  | 'IN_TRANSITION'
  /** Stopped applying: a replacement reached its cut-off for the scope. */
  | 'SUPERSEDED'
  /** The record cannot decide (dates unknown or of reduced precision); never a guess. */
  | 'UNKNOWN'
  /** Has not taken effect yet on the date. */
  | 'UPCOMING'
  /** Stopped applying on its withdrawal date (wins over SUPERSEDED). */
  | 'WITHDRAWN';

/** What kind of text a version is: a base text, or a modification of one. */
export type VersionType =
  /** An amendment (ISO Amd, GB 修改单); modifies its base and never replaces it. */
  | 'AMENDMENT'
  /** A correction of its base; never replaces it. */
  | 'CORRIGENDUM'
  /** A base text identified by year (GB, ISO, SAE editions). */
  | 'EDITION'
  /** A UN Regulation series of amendments: a base text; series run in parallel. */
  | 'SERIES'
  /** A UN supplement to a series; modifies its base and never replaces it. */
  | 'SUPPLEMENT';

/** A vote on a ballot. */
export type VoteValue =
  /** Abstain: not counted as a vote cast. */
  | 'ABSTAIN'
  /** Approve the text. */
  | 'APPROVE'
  /** Disapprove the text; a reason is required. */
  | 'DISAPPROVE';

/** Who a vote stands for. */
export type VotingUnit =
  /** Each member body votes once, through its head of delegation (ISO P-members vote as countries). */
  | 'MEMBER_BODY'
  /** Each voting member votes. */
  | 'PERSON';

/** The comment to withdraw. */
export type WithdrawCommentInput = {
  /** The `lockVersion` the author read; stale: CONFLICT. */
  lockVersion: number;
  /** The thread. */
  threadId: string | number;
};

export type WebSignOutMutationVariables = Exact<{
  input: SignOutInput;
}>;


export type WebSignOutMutation = { signOut: { sessionsEnded: number } };

export type WebViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type WebViewerQuery = { viewer: { id: string, name: string, isAdmin: boolean } | null };

export type WebUnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type WebUnreadCountQuery = { viewer: { id: string, notifications: { unreadCount: number } | null } | null };

export type WebNotificationArrivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WebNotificationArrivedSubscription = { notifications: { id: string } };

export type WebCommitteeQueryVariables = Exact<{
  code: string;
}>;


export type WebCommitteeQuery = { viewer: { id: string, isAdmin: boolean } | null, committee: { id: string, code: string, viewerActsAsOfficer: boolean, name: { en: string, zh: string | null }, members: Array<{ role: CommitteeRole, memberBody: string | null, headOfDelegation: boolean, since: string, person: { id: string, name: string, organisation: string | null, email: string | null } }> | null, ballotRules: { rule: BallotRule, votesBy: VotingUnit, minimumDays: { enquiry: number, approval: number } } | null, drafts: { totalCount: number, edges: Array<{ node: { id: string, stage: DraftStage, versionDesignation: string, title: { en: string, zh: string | null } } }> }, history: { edges: Array<{ node: { action: string, at: unknown, data: unknown, actor: { name: string } | null } }> } | null } | null };

export type WebCommitteePeopleQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type WebCommitteePeopleQuery = { nodes: Array<
    | { id: string, name: string }
    | Record<PropertyKey, never>
   | null> };

export type WebCreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type WebCreatePersonMutation = { createPerson: { person: { id: string, name: string } } };

export type WebSetMembershipMutationVariables = Exact<{
  input: SetMembershipInput;
}>;


export type WebSetMembershipMutation = { setMembership: { membership: { role: CommitteeRole } } };

export type WebRemoveMembershipMutationVariables = Exact<{
  input: RemoveMembershipInput;
}>;


export type WebRemoveMembershipMutation = { removeMembership: { removed: boolean } };

export type WebIssueAccountLinkMutationVariables = Exact<{
  input: IssueAccountLinkInput;
}>;


export type WebIssueAccountLinkMutation = { issueAccountLink: { url: string, expiresAt: unknown, person: { name: string, webhooks: Array<{ enabled: boolean, kinds: Array<NotificationKind> }> | null } } };

export type WebSetBallotRulesMutationVariables = Exact<{
  input: SetCommitteeBallotRulesInput;
}>;


export type WebSetBallotRulesMutation = { setCommitteeBallotRules: { ballotRules: { rule: BallotRule } } };

export type WebSetMemberBodyMutationVariables = Exact<{
  input: SetMemberBodyInput;
}>;


export type WebSetMemberBodyMutation = { setMemberBody: { membership: { role: CommitteeRole } } };

export type WebActAsOfficerMutationVariables = Exact<{
  input: ActAsOfficerInput;
}>;


export type WebActAsOfficerMutation = { actAsOfficer: { committee: { id: string } } };

export type WebStopActingMutationVariables = Exact<{
  input: StopActingAsOfficerInput;
}>;


export type WebStopActingMutation = { stopActingAsOfficer: { committee: { id: string } } };

export type WebPersonByEmailQueryVariables = Exact<{
  email: string;
}>;


export type WebPersonByEmailQuery = { personByEmail: { id: string, name: string } | null };

export type WebCompareQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type WebCompareQuery = { compareVersions: { textCompared: boolean, unchangedCount: number, from: { designation: string, standard: { designation: string, versions: { edges: Array<{ node: { designation: string, published: string | null } }> } } }, to: { designation: string, clauses: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean }> }> }> }> }> }, replacesChain: Array<{ designation: string }>, added: Array<{ number: string, heading: string, text: string | null, informative: boolean }>, removed: Array<{ number: string, heading: string, text: string | null, informative: boolean }>, changed: Array<{ moved: boolean, informativeChanged: boolean, before: { number: string, heading: string, text: string | null, informative: boolean }, after: { number: string, heading: string, text: string | null, informative: boolean }, headingDiff: Array<{ kind: DiffKind, text: string }>, textDiff: Array<{ kind: DiffKind, text: string }> }> } | null };

export type WebCompareClauseFragment = { number: string, heading: string, text: string | null, informative: boolean };

export type WebCompareStartQueryVariables = Exact<{
  designation: string;
}>;


export type WebCompareStartQuery = { version: { designation: string, standard: { versions: { edges: Array<{ node: { designation: string, published: string | null } }> } } } | null, standard: { designation: string, versions: { edges: Array<{ node: { designation: string, published: string | null } }> } } | null };

export type WebDraftCompareQueryVariables = Exact<{
  id: string | number;
  from: number;
  to: number;
}>;


export type WebDraftCompareQuery = { viewer: { id: string } | null, draft: { id: string, versionDesignation: string, revisions: { totalCount: number }, compareRevisions: { unchangedCount: number, from: { number: number }, to: { id: string, number: number }, added: Array<{ number: string, heading: string, text: string | null, informative: boolean }>, removed: Array<{ number: string, heading: string, text: string | null, informative: boolean }>, changed: Array<{ moved: boolean, informativeChanged: boolean, before: { number: string, heading: string, text: string | null, informative: boolean }, after: { number: string, heading: string, text: string | null, informative: boolean }, headingDiff: Array<{ kind: DiffKind, text: string }>, textDiff: Array<{ kind: DiffKind, text: string }> }> } | null } | null };

export type WebRevisionCompareClauseFragment = { number: string, heading: string, text: string | null, informative: boolean };

export type WebEditCommentMutationVariables = Exact<{
  input: EditCommentInput;
}>;


export type WebEditCommentMutation = { editComment: { thread: { id: string, lockVersion: number } } };

export type WebWithdrawCommentMutationVariables = Exact<{
  input: WithdrawCommentInput;
}>;


export type WebWithdrawCommentMutation = { withdrawComment: { thread: { id: string, status: ThreadStatus } } };

export type WebDisposeCommentMutationVariables = Exact<{
  input: DisposeCommentInput;
}>;


export type WebDisposeCommentMutation = { disposeComment: { thread: { id: string, status: ThreadStatus } } };

export type WebCarryCommentMutationVariables = Exact<{
  input: CarryCommentThreadInput;
}>;


export type WebCarryCommentMutation = { carryCommentThread: { thread: { id: string } } };

export type WebUploadCommentSheetMutationVariables = Exact<{
  input: UploadCommentSheetInput;
}>;


export type WebUploadCommentSheetMutation = { uploadCommentSheet: { threads: Array<{ id: string }> } };

export type WebPublishPreviewFragment = { designation: string, versionType: VersionType, standardDesignation: string, clauseCount: number, designationTaken: boolean, standard: { designation: string } | null, revision: { number: number } | null, baseVersion: { designation: string } | null, replaces: Array<{ designation: string, published: string | null, standard: { designation: string, committee: { code: string } | null } }>, awaitingConsent: Array<{ designation: string, published: string | null, standard: { designation: string, committee: { code: string } | null } }> };

export type WebPublishVersionRefFragment = { designation: string, published: string | null, standard: { designation: string, committee: { code: string } | null } };

export type WebPublishedVersionFragment = { designation: string, published: string | null, effective: string | null, standard: { designation: string } };

export type WebPublishDraftMutationVariables = Exact<{
  input: PublishDraftInput;
}>;


export type WebPublishDraftMutation = { publishDraft: { version: { designation: string } } };

export type WebDraftQueryVariables = Exact<{
  id: string | number;
}>;


export type WebDraftQuery = { viewer: { id: string } | null, draft: { id: string, versionDesignation: string, versionType: VersionType, stage: DraftStage, lockVersion: number, publicEnquiry: boolean, viewerCanMoveTo: Array<DraftStage>, viewerCanComment: boolean, viewerCanOpenBallot: boolean, viewerCanPublish: boolean, viewerCanRevise: boolean, commentSheetPath: string, title: { en: string, zh: string | null }, committee: { code: string, name: { en: string, zh: string | null } }, leader: { name: string }, publishPreview: { designation: string, versionType: VersionType, standardDesignation: string, clauseCount: number, designationTaken: boolean, standard: { designation: string } | null, revision: { number: number } | null, baseVersion: { designation: string } | null, replaces: Array<{ designation: string, published: string | null, standard: { designation: string, committee: { code: string } | null } }>, awaitingConsent: Array<{ designation: string, published: string | null, standard: { designation: string, committee: { code: string } | null } }> } | null, publishedVersion: { designation: string, published: string | null, effective: string | null, standard: { designation: string } } | null, currentRevision: { id: string, number: number, clauses: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean }> }> }> }> }> }> }> }> }> }> }> }>, threads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: CommentType, clauseNumber: string | null, comment: string, proposedChange: string | null, status: ThreadStatus, disposition: Disposition | null, observation: string | null, createdAt: unknown, viewerCanReply: boolean, lockVersion: number, viewerCanEdit: boolean, viewerCanWithdraw: boolean, viewerCanDispose: boolean, viewerCanCarry: boolean, disposedAt: unknown, disposedBy: { name: string } | null, author: { id: string, name: string }, replies: Array<{ body: string, createdAt: unknown, author: { name: string } }> } }> } } | null, openEarlierThreads: Array<{ id: string, type: CommentType, clauseNumber: string | null, comment: string, proposedChange: string | null, status: ThreadStatus, disposition: Disposition | null, observation: string | null, createdAt: unknown, viewerCanReply: boolean, lockVersion: number, viewerCanEdit: boolean, viewerCanWithdraw: boolean, viewerCanDispose: boolean, viewerCanCarry: boolean, disposedAt: unknown, revision: { number: number }, disposedBy: { name: string } | null, author: { id: string, name: string }, replies: Array<{ body: string, createdAt: unknown, author: { name: string } }> }>, revisions: { totalCount: number, edges: Array<{ node: { id: string, number: number, note: string | null, createdAt: unknown, isCurrent: boolean, createdBy: { name: string } } }> }, ballots: Array<{ id: string, stage: BallotStage, status: BallotStatus, opensAt: unknown, closesAt: unknown, result: BallotResult | null, viewerCanVote: boolean, viewerCanClose: boolean, counts: { approve: number, disapprove: number, abstain: number } | null, explanation: { en: string, zh: string | null } | null, revision: { number: number }, votes: Array<{ value: VoteValue, reason: string | null, castAt: unknown, voter: { id: string, name: string } }> }>, history: { edges: Array<{ node: { id: string, action: string, at: unknown, data: unknown, actor: { name: string } | null } }> } } | null };

export type WebDraftClauseFragment = { number: string, heading: string, text: string | null, informative: boolean };

export type WebDraftThreadFragment = { id: string, type: CommentType, clauseNumber: string | null, comment: string, proposedChange: string | null, status: ThreadStatus, disposition: Disposition | null, observation: string | null, createdAt: unknown, viewerCanReply: boolean, lockVersion: number, viewerCanEdit: boolean, viewerCanWithdraw: boolean, viewerCanDispose: boolean, viewerCanCarry: boolean, disposedAt: unknown, disposedBy: { name: string } | null, author: { id: string, name: string }, replies: Array<{ body: string, createdAt: unknown, author: { name: string } }> };

export type WebDraftBallotFragment = { id: string, stage: BallotStage, status: BallotStatus, opensAt: unknown, closesAt: unknown, result: BallotResult | null, viewerCanVote: boolean, viewerCanClose: boolean, counts: { approve: number, disapprove: number, abstain: number } | null, explanation: { en: string, zh: string | null } | null, revision: { number: number }, votes: Array<{ value: VoteValue, reason: string | null, castAt: unknown, voter: { id: string, name: string } }> };

export type WebMoveDraftMutationVariables = Exact<{
  input: MoveDraftStageInput;
}>;


export type WebMoveDraftMutation = { moveDraftStage: { draft: { id: string, stage: DraftStage, lockVersion: number } } };

export type WebCastVoteMutationVariables = Exact<{
  input: CastVoteInput;
}>;


export type WebCastVoteMutation = { castVote: { vote: { value: VoteValue } } };

export type WebCreateThreadMutationVariables = Exact<{
  input: CreateCommentThreadInput;
}>;


export type WebCreateThreadMutation = { createCommentThread: { thread: { id: string } } };

export type WebReplyMutationVariables = Exact<{
  input: ReplyToCommentInput;
}>;


export type WebReplyMutation = { replyToComment: { thread: { id: string } } };

export type WebOpenBallotMutationVariables = Exact<{
  input: OpenBallotInput;
}>;


export type WebOpenBallotMutation = { openBallot: { ballot: { id: string } } };

export type WebCloseBallotMutationVariables = Exact<{
  input: CloseBallotInput;
}>;


export type WebCloseBallotMutation = { closeBallot: { ballot: { id: string } } };

export type WebRevisionTreeQueryVariables = Exact<{
  id: string | number;
}>;


export type WebRevisionTreeQuery = { node:
    | { __typename: 'Ballot' }
    | { __typename: 'CommentThread' }
    | { __typename: 'Committee' }
    | { __typename: 'Draft' }
    | { __typename: 'DraftRevision', id: string, clauses: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean }> }> }> }> }> }> }> }> }> }> }> }> }
    | { __typename: 'Person' }
    | { __typename: 'Standard' }
    | { __typename: 'StandardVersion' }
   | null };

export type WebRevisionTreeClauseFragment = { number: string, heading: string, text: string | null, informative: boolean };

export type WebDraftMoreThreadsQueryVariables = Exact<{
  id: string | number;
  after: string;
}>;


export type WebDraftMoreThreadsQuery = { draft: { id: string, currentRevision: { id: string, threads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: CommentType, clauseNumber: string | null, comment: string, proposedChange: string | null, status: ThreadStatus, disposition: Disposition | null, observation: string | null, createdAt: unknown, viewerCanReply: boolean, lockVersion: number, viewerCanEdit: boolean, viewerCanWithdraw: boolean, viewerCanDispose: boolean, viewerCanCarry: boolean, disposedAt: unknown, disposedBy: { name: string } | null, author: { id: string, name: string }, replies: Array<{ body: string, createdAt: unknown, author: { name: string } }> } }> } } | null } | null };

export type WebDraftActivitySubscriptionVariables = Exact<{
  draftId: string | number;
}>;


export type WebDraftActivitySubscription = { draftActivity: { id: string, action: string, data: unknown, actor: { id: string, name: string } | null } };

export type WebEditorDraftQueryVariables = Exact<{
  id: string | number;
}>;


export type WebEditorDraftQuery = { viewer: { id: string } | null, draft: { id: string, versionDesignation: string, viewerCanRevise: boolean, title: { en: string, zh: string | null }, currentRevision: { number: number, clauses: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean, children: Array<{ number: string, heading: string, text: string | null, informative: boolean }> }> }> }> }> }> }> }> }> }> }> }> } | null } | null };

export type WebEditorClauseFragment = { number: string, heading: string, text: string | null, informative: boolean };

export type WebAddRevisionMutationVariables = Exact<{
  input: AddDraftRevisionInput;
}>;


export type WebAddRevisionMutation = { addDraftRevision: { revision: { number: number } } };

export type WebHorizonCommitteesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebHorizonCommitteesQuery = { committees: { edges: Array<{ node: { code: string, name: { en: string, zh: string | null } } }> } };

export type WebHorizonQueryVariables = Exact<{
  from: string;
  to: string;
  filter?: HorizonFilter | null | undefined;
  changes?: Array<HorizonChangeKind> | HorizonChangeKind | null | undefined;
  after?: string | null | undefined;
}>;


export type WebHorizonQuery = { horizon: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { date: string, precision: DatePrecision, kind: HorizonChangeKind, scope: ApplicabilityScope | null, version: { designation: string, title: { en: string, zh: string | null }, standard: { designation: string } }, ends: Array<{ designation: string }> } }> } };

export type WebMeQueryVariables = Exact<{ [key: string]: never; }>;


export type WebMeQuery = { viewer: { id: string, name: string, email: string | null, organisation: string | null, isAdmin: boolean, hasPassword: boolean | null, memberships: Array<{ role: CommitteeRole, memberBody: string | null, headOfDelegation: boolean, since: string, committee: { code: string, name: { en: string, zh: string | null } } }>, tokens: Array<{ id: string, name: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> | null, sessions: Array<{ id: string, createdAt: unknown, lastSeenAt: unknown, endsAt: unknown, userAgent: string | null, current: boolean }> | null, watching: Array<{ id: string, name: string | null, since: unknown, standard: { id: string, designation: string, title: { en: string, zh: string | null } } | null, committee: { id: string, code: string, name: { en: string, zh: string | null } } | null, horizonFilter: { committee: string | null, kinds: Array<StandardKind> | null, standards: Array<string> | null, text: string | null } | null }> | null, webhooks: Array<{ id: string, url: string, enabled: boolean, kinds: Array<NotificationKind>, disabledAt: unknown, disabledReason: string | null, failingSince: unknown }> | null } | null };

export type WebCreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type WebCreateApiTokenMutation = { createApiToken: { secret: string, token: { id: string, name: string } } };

export type WebRevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type WebRevokeApiTokenMutation = { revokeApiToken: { revoked: boolean } };

export type WebRevokeSessionMutationVariables = Exact<{
  input: RevokeSessionInput;
}>;


export type WebRevokeSessionMutation = { revokeSession: { revoked: boolean } };

export type WebChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type WebChangePasswordMutation = { changePassword: { changed: boolean } };

export type WebUnfollowStandardMutationVariables = Exact<{
  input: UnfollowStandardInput;
}>;


export type WebUnfollowStandardMutation = { unfollowStandard: { unfollowed: boolean } };

export type WebUnfollowCommitteeMutationVariables = Exact<{
  input: UnfollowCommitteeInput;
}>;


export type WebUnfollowCommitteeMutation = { unfollowCommittee: { unfollowed: boolean } };

export type WebUnfollowHorizonFilterMutationVariables = Exact<{
  input: UnfollowHorizonFilterInput;
}>;


export type WebUnfollowHorizonFilterMutation = { unfollowHorizonFilter: { unfollowed: boolean } };

export type WebCreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type WebCreateWebhookMutation = { createWebhook: { secret: string, webhook: { id: string, url: string } } };

export type WebDeleteWebhookMutationVariables = Exact<{
  input: DeleteWebhookInput;
}>;


export type WebDeleteWebhookMutation = { deleteWebhook: { deleted: boolean } };

export type WebProposeCommitteesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebProposeCommitteesQuery = { viewer: { id: string, memberships: Array<{ role: CommitteeRole, committee: { id: string, code: string, viewerCanCreateDraft: boolean, name: { en: string, zh: string | null }, standards: { edges: Array<{ node: { designation: string } }> } } }>, actingOfficerOf: Array<{ id: string, code: string, viewerCanCreateDraft: boolean, name: { en: string, zh: string | null }, standards: { edges: Array<{ node: { designation: string } }> } }> | null } | null };

export type WebCreateDraftMutationVariables = Exact<{
  input: CreateDraftInput;
}>;


export type WebCreateDraftMutation = { createDraft: { draft: { id: string } } };

export type WebSearchQueryVariables = Exact<{
  query: string;
  on: string;
  scope?: ApplicabilityScope | null | undefined;
  after?: string | null | undefined;
}>;


export type WebSearchQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { kind: SearchHitKind, status: VersionStatus | null, standard: { id: string, designation: string, title: { en: string, zh: string | null } }, version: { designation: string } | null, clause: { number: string } | null, snippet: { field: SearchField, parts: Array<{ match: boolean, text: string }> }, replacedBy: Array<{ status: VersionStatus, version: { designation: string, standard: { designation: string } } }> } }> } };

export type WebSearchApplicabilityQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  on: string;
  scope?: ApplicabilityScope | null | undefined;
}>;


export type WebSearchApplicabilityQuery = { nodes: Array<
    | { id: string, applicability: { on: string, scope: ApplicabilityScope, versions: Array<{ status: VersionStatus, version: { designation: string } }> } }
    | Record<PropertyKey, never>
   | null> };

export type WebSetPasswordWithLinkMutationVariables = Exact<{
  input: SetPasswordWithLinkInput;
}>;


export type WebSetPasswordWithLinkMutation = { setPasswordWithLink: { purpose: AccountLinkPurpose, viewer: { id: string, name: string } } };

export type WebSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type WebSignInMutation = { signIn: { viewer: { id: string, name: string } } };

export type WebFollowedStandardsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebFollowedStandardsQuery = { viewer: { id: string, watching: Array<{ id: string, standard: { id: string } | null }> | null } | null };

export type WebFollowStandardMutationVariables = Exact<{
  input: FollowStandardInput;
}>;


export type WebFollowStandardMutation = { followStandard: { watch: { id: string } } };

export type WebStandardUnfollowMutationVariables = Exact<{
  input: UnfollowStandardInput;
}>;


export type WebStandardUnfollowMutation = { unfollowStandard: { unfollowed: boolean } };

export type WebStandardQueryVariables = Exact<{
  designation: string;
}>;


export type WebStandardQuery = { standard: { id: string, designation: string, kind: StandardKind, publisher: string, title: { en: string, zh: string | null }, committee: { code: string, name: { en: string, zh: string | null } } | null, versions: { totalCount: number, edges: Array<{ node: { id: string, designation: string, type: VersionType, published: string | null, effective: string | null, mandatoryNewTypes: string | null, mandatoryExistingTypes: string | null, withdrawn: string | null, base: { designation: string } | null, replaces: Array<{ designation: string, standard: { designation: string } }>, replacedBy: Array<{ designation: string, published: string | null, effective: string | null, mandatoryNewTypes: string | null, mandatoryExistingTypes: string | null, standard: { designation: string } }> } }> }, citedBy: { totalCount: number, edges: Array<{ node: { kind: ReferenceKind, degree: AdoptionDegree | null, citingVersion: { designation: string, standard: { designation: string } } } }> } } | null };

export type WebStandardApplicabilityQueryVariables = Exact<{
  designation: string;
  on: string;
  scope: ApplicabilityScope;
}>;


export type WebStandardApplicabilityQuery = { standard: { id: string, applicability: { on: string, scope: ApplicabilityScope, current: { designation: string } | null, versions: Array<{ status: VersionStatus, mandatory: boolean | null, version: { designation: string }, modifications: Array<{ designation: string }> }>, unknown: Array<{ designation: string, published: string | null, effective: string | null }>, successors: Array<{ designation: string, standard: { designation: string } }> }, versions: { edges: Array<{ node: { designation: string, status: VersionStatus } }> } } | null };

export type WebNotificationFeedQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebNotificationFeedQuery = { viewer: { id: string, notifications: { unreadCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: NotificationKind, subject: string, data: unknown, read: boolean, createdAt: unknown } }> } | null } | null };

export type WebNotificationSubjectsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type WebNotificationSubjectsQuery = { nodes: Array<
    | { __typename: 'Ballot', id: string }
    | { __typename: 'CommentThread', id: string }
    | { __typename: 'Committee', id: string }
    | { __typename: 'Draft', versionDesignation: string, id: string }
    | { __typename: 'DraftRevision', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Standard', id: string }
    | { __typename: 'StandardVersion', designation: string, id: string, standard: { designation: string } }
   | null> };

export type WebMarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type WebMarkNotificationsReadMutation = { markNotificationsRead: { marked: number } };

export type WebMyWorkQueryVariables = Exact<{ [key: string]: never; }>;


export type WebMyWorkQuery = { viewer: { id: string, name: string, memberships: Array<{ committee: { id: string, viewerCanCreateDraft: boolean } }>, actingOfficerOf: Array<{ id: string, viewerCanCreateDraft: boolean }> | null, myWork: { draftsByStage: Array<{ stage: DraftStage, drafts: Array<{ id: string, versionDesignation: string, title: { en: string, zh: string | null }, committee: { code: string } }> }>, ballotsToVote: Array<{ daysLeft: number, ballot: { id: string, stage: BallotStage, closesAt: unknown, draft: { id: string, versionDesignation: string } } }>, threadsAwaitingReply: Array<{ id: string, type: CommentType, clauseNumber: string | null, comment: string, author: { name: string }, revision: { number: number, draft: { id: string, versionDesignation: string } } }>, threadsAwaitingDisposition: Array<{ id: string, type: CommentType, clauseNumber: string | null, comment: string, author: { name: string }, revision: { number: number, draft: { id: string, versionDesignation: string } } }> } | null } | null };

export type WebWorkThreadFragment = { id: string, type: CommentType, clauseNumber: string | null, comment: string, author: { name: string }, revision: { number: number, draft: { id: string, versionDesignation: string } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const WebCompareClauseFragmentDoc = new TypedDocumentString(`
    fragment WebCompareClause on Clause {
  number
  heading
  text
  informative
}
    `, {"fragmentName":"WebCompareClause"}) as unknown as TypedDocumentString<WebCompareClauseFragment, unknown>;
export const WebRevisionCompareClauseFragmentDoc = new TypedDocumentString(`
    fragment WebRevisionCompareClause on RevisionClause {
  number
  heading
  text
  informative
}
    `, {"fragmentName":"WebRevisionCompareClause"}) as unknown as TypedDocumentString<WebRevisionCompareClauseFragment, unknown>;
export const WebPublishVersionRefFragmentDoc = new TypedDocumentString(`
    fragment WebPublishVersionRef on StandardVersion {
  designation
  published
  standard {
    designation
    committee {
      code
    }
  }
}
    `, {"fragmentName":"WebPublishVersionRef"}) as unknown as TypedDocumentString<WebPublishVersionRefFragment, unknown>;
export const WebPublishPreviewFragmentDoc = new TypedDocumentString(`
    fragment WebPublishPreview on PublishPreview {
  designation
  versionType
  standardDesignation
  clauseCount
  designationTaken
  standard {
    designation
  }
  revision {
    number
  }
  baseVersion {
    designation
  }
  replaces {
    ...WebPublishVersionRef
  }
  awaitingConsent {
    ...WebPublishVersionRef
  }
}
    fragment WebPublishVersionRef on StandardVersion {
  designation
  published
  standard {
    designation
    committee {
      code
    }
  }
}`, {"fragmentName":"WebPublishPreview"}) as unknown as TypedDocumentString<WebPublishPreviewFragment, unknown>;
export const WebPublishedVersionFragmentDoc = new TypedDocumentString(`
    fragment WebPublishedVersion on StandardVersion {
  designation
  published
  effective
  standard {
    designation
  }
}
    `, {"fragmentName":"WebPublishedVersion"}) as unknown as TypedDocumentString<WebPublishedVersionFragment, unknown>;
export const WebDraftClauseFragmentDoc = new TypedDocumentString(`
    fragment WebDraftClause on RevisionClause {
  number
  heading
  text
  informative
}
    `, {"fragmentName":"WebDraftClause"}) as unknown as TypedDocumentString<WebDraftClauseFragment, unknown>;
export const WebDraftThreadFragmentDoc = new TypedDocumentString(`
    fragment WebDraftThread on CommentThread {
  id
  type
  clauseNumber
  comment
  proposedChange
  status
  disposition
  observation
  createdAt
  viewerCanReply
  lockVersion
  viewerCanEdit
  viewerCanWithdraw
  viewerCanDispose
  viewerCanCarry
  disposedAt
  disposedBy {
    name
  }
  author {
    id
    name
  }
  replies {
    body
    createdAt
    author {
      name
    }
  }
}
    `, {"fragmentName":"WebDraftThread"}) as unknown as TypedDocumentString<WebDraftThreadFragment, unknown>;
export const WebDraftBallotFragmentDoc = new TypedDocumentString(`
    fragment WebDraftBallot on Ballot {
  id
  stage
  status
  opensAt
  closesAt
  result
  viewerCanVote
  viewerCanClose
  counts {
    approve
    disapprove
    abstain
  }
  explanation {
    en
    zh
  }
  revision {
    number
  }
  votes {
    value
    reason
    castAt
    voter {
      id
      name
    }
  }
}
    `, {"fragmentName":"WebDraftBallot"}) as unknown as TypedDocumentString<WebDraftBallotFragment, unknown>;
export const WebRevisionTreeClauseFragmentDoc = new TypedDocumentString(`
    fragment WebRevisionTreeClause on RevisionClause {
  number
  heading
  text
  informative
}
    `, {"fragmentName":"WebRevisionTreeClause"}) as unknown as TypedDocumentString<WebRevisionTreeClauseFragment, unknown>;
export const WebEditorClauseFragmentDoc = new TypedDocumentString(`
    fragment WebEditorClause on RevisionClause {
  number
  heading
  text
  informative
}
    `, {"fragmentName":"WebEditorClause"}) as unknown as TypedDocumentString<WebEditorClauseFragment, unknown>;
export const WebWorkThreadFragmentDoc = new TypedDocumentString(`
    fragment WebWorkThread on CommentThread {
  id
  type
  clauseNumber
  comment
  author {
    name
  }
  revision {
    number
    draft {
      id
      versionDesignation
    }
  }
}
    `, {"fragmentName":"WebWorkThread"}) as unknown as TypedDocumentString<WebWorkThreadFragment, unknown>;
export const WebSignOutDocument = new TypedDocumentString(`
    mutation WebSignOut($input: SignOutInput!) {
  signOut(input: $input) {
    sessionsEnded
  }
}
    `) as unknown as TypedDocumentString<WebSignOutMutation, WebSignOutMutationVariables>;
export const WebViewerDocument = new TypedDocumentString(`
    query WebViewer {
  viewer {
    id
    name
    isAdmin
  }
}
    `) as unknown as TypedDocumentString<WebViewerQuery, WebViewerQueryVariables>;
export const WebUnreadCountDocument = new TypedDocumentString(`
    query WebUnreadCount {
  viewer {
    id
    notifications(first: 0) {
      unreadCount
    }
  }
}
    `) as unknown as TypedDocumentString<WebUnreadCountQuery, WebUnreadCountQueryVariables>;
export const WebNotificationArrivedDocument = new TypedDocumentString(`
    subscription WebNotificationArrived {
  notifications {
    id
  }
}
    `) as unknown as TypedDocumentString<WebNotificationArrivedSubscription, WebNotificationArrivedSubscriptionVariables>;
export const WebCommitteeDocument = new TypedDocumentString(`
    query WebCommittee($code: String!) {
  viewer {
    id
    isAdmin
  }
  committee(code: $code) {
    id
    code
    name {
      en
      zh
    }
    viewerActsAsOfficer
    members {
      role
      memberBody
      headOfDelegation
      since
      person {
        id
        name
        organisation
        email
      }
    }
    ballotRules {
      rule
      votesBy
      minimumDays {
        enquiry
        approval
      }
    }
    drafts(first: 100) {
      totalCount
      edges {
        node {
          id
          stage
          versionDesignation
          title {
            en
            zh
          }
        }
      }
    }
    history(first: 50) {
      edges {
        node {
          action
          at
          actor {
            name
          }
          data
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebCommitteeQuery, WebCommitteeQueryVariables>;
export const WebCommitteePeopleDocument = new TypedDocumentString(`
    query WebCommitteePeople($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Person {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WebCommitteePeopleQuery, WebCommitteePeopleQueryVariables>;
export const WebCreatePersonDocument = new TypedDocumentString(`
    mutation WebCreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) {
    person {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WebCreatePersonMutation, WebCreatePersonMutationVariables>;
export const WebSetMembershipDocument = new TypedDocumentString(`
    mutation WebSetMembership($input: SetMembershipInput!) {
  setMembership(input: $input) {
    membership {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<WebSetMembershipMutation, WebSetMembershipMutationVariables>;
export const WebRemoveMembershipDocument = new TypedDocumentString(`
    mutation WebRemoveMembership($input: RemoveMembershipInput!) {
  removeMembership(input: $input) {
    removed
  }
}
    `) as unknown as TypedDocumentString<WebRemoveMembershipMutation, WebRemoveMembershipMutationVariables>;
export const WebIssueAccountLinkDocument = new TypedDocumentString(`
    mutation WebIssueAccountLink($input: IssueAccountLinkInput!) {
  issueAccountLink(input: $input) {
    url
    expiresAt
    person {
      name
      webhooks {
        enabled
        kinds
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebIssueAccountLinkMutation, WebIssueAccountLinkMutationVariables>;
export const WebSetBallotRulesDocument = new TypedDocumentString(`
    mutation WebSetBallotRules($input: SetCommitteeBallotRulesInput!) {
  setCommitteeBallotRules(input: $input) {
    ballotRules {
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<WebSetBallotRulesMutation, WebSetBallotRulesMutationVariables>;
export const WebSetMemberBodyDocument = new TypedDocumentString(`
    mutation WebSetMemberBody($input: SetMemberBodyInput!) {
  setMemberBody(input: $input) {
    membership {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<WebSetMemberBodyMutation, WebSetMemberBodyMutationVariables>;
export const WebActAsOfficerDocument = new TypedDocumentString(`
    mutation WebActAsOfficer($input: ActAsOfficerInput!) {
  actAsOfficer(input: $input) {
    committee {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WebActAsOfficerMutation, WebActAsOfficerMutationVariables>;
export const WebStopActingDocument = new TypedDocumentString(`
    mutation WebStopActing($input: StopActingAsOfficerInput!) {
  stopActingAsOfficer(input: $input) {
    committee {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WebStopActingMutation, WebStopActingMutationVariables>;
export const WebPersonByEmailDocument = new TypedDocumentString(`
    query WebPersonByEmail($email: String!) {
  personByEmail(email: $email) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<WebPersonByEmailQuery, WebPersonByEmailQueryVariables>;
export const WebCompareDocument = new TypedDocumentString(`
    query WebCompare($from: String!, $to: String!) {
  compareVersions(from: $from, to: $to) {
    textCompared
    unchangedCount
    from {
      designation
      standard {
        designation
        versions(first: 100) {
          edges {
            node {
              designation
              published
            }
          }
        }
      }
    }
    to {
      designation
      clauses {
        ...WebCompareClause
        children {
          ...WebCompareClause
          children {
            ...WebCompareClause
            children {
              ...WebCompareClause
              children {
                ...WebCompareClause
              }
            }
          }
        }
      }
    }
    replacesChain {
      designation
    }
    added {
      ...WebCompareClause
    }
    removed {
      ...WebCompareClause
    }
    changed {
      moved
      informativeChanged
      before {
        ...WebCompareClause
      }
      after {
        ...WebCompareClause
      }
      headingDiff {
        kind
        text
      }
      textDiff {
        kind
        text
      }
    }
  }
}
    fragment WebCompareClause on Clause {
  number
  heading
  text
  informative
}`) as unknown as TypedDocumentString<WebCompareQuery, WebCompareQueryVariables>;
export const WebCompareStartDocument = new TypedDocumentString(`
    query WebCompareStart($designation: String!) {
  version(designation: $designation) {
    designation
    standard {
      versions(first: 100) {
        edges {
          node {
            designation
            published
          }
        }
      }
    }
  }
  standard(designation: $designation) {
    designation
    versions(first: 100) {
      edges {
        node {
          designation
          published
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebCompareStartQuery, WebCompareStartQueryVariables>;
export const WebDraftCompareDocument = new TypedDocumentString(`
    query WebDraftCompare($id: ID!, $from: Int!, $to: Int!) {
  viewer {
    id
  }
  draft(id: $id) {
    id
    versionDesignation
    revisions(last: 1) {
      totalCount
    }
    compareRevisions(from: $from, to: $to) {
      unchangedCount
      from {
        number
      }
      to {
        id
        number
      }
      added {
        ...WebRevisionCompareClause
      }
      removed {
        ...WebRevisionCompareClause
      }
      changed {
        moved
        informativeChanged
        before {
          ...WebRevisionCompareClause
        }
        after {
          ...WebRevisionCompareClause
        }
        headingDiff {
          kind
          text
        }
        textDiff {
          kind
          text
        }
      }
    }
  }
}
    fragment WebRevisionCompareClause on RevisionClause {
  number
  heading
  text
  informative
}`) as unknown as TypedDocumentString<WebDraftCompareQuery, WebDraftCompareQueryVariables>;
export const WebEditCommentDocument = new TypedDocumentString(`
    mutation WebEditComment($input: EditCommentInput!) {
  editComment(input: $input) {
    thread {
      id
      lockVersion
    }
  }
}
    `) as unknown as TypedDocumentString<WebEditCommentMutation, WebEditCommentMutationVariables>;
export const WebWithdrawCommentDocument = new TypedDocumentString(`
    mutation WebWithdrawComment($input: WithdrawCommentInput!) {
  withdrawComment(input: $input) {
    thread {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<WebWithdrawCommentMutation, WebWithdrawCommentMutationVariables>;
export const WebDisposeCommentDocument = new TypedDocumentString(`
    mutation WebDisposeComment($input: DisposeCommentInput!) {
  disposeComment(input: $input) {
    thread {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<WebDisposeCommentMutation, WebDisposeCommentMutationVariables>;
export const WebCarryCommentDocument = new TypedDocumentString(`
    mutation WebCarryComment($input: CarryCommentThreadInput!) {
  carryCommentThread(input: $input) {
    thread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WebCarryCommentMutation, WebCarryCommentMutationVariables>;
export const WebUploadCommentSheetDocument = new TypedDocumentString(`
    mutation WebUploadCommentSheet($input: UploadCommentSheetInput!) {
  uploadCommentSheet(input: $input) {
    threads {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WebUploadCommentSheetMutation, WebUploadCommentSheetMutationVariables>;
export const WebPublishDraftDocument = new TypedDocumentString(`
    mutation WebPublishDraft($input: PublishDraftInput!) {
  publishDraft(input: $input) {
    version {
      designation
    }
  }
}
    `) as unknown as TypedDocumentString<WebPublishDraftMutation, WebPublishDraftMutationVariables>;
export const WebDraftDocument = new TypedDocumentString(`
    query WebDraft($id: ID!) {
  viewer {
    id
  }
  draft(id: $id) {
    id
    versionDesignation
    versionType
    stage
    lockVersion
    publicEnquiry
    title {
      en
      zh
    }
    committee {
      code
      name {
        en
        zh
      }
    }
    leader {
      name
    }
    viewerCanMoveTo
    viewerCanComment
    viewerCanOpenBallot
    viewerCanPublish
    publishPreview {
      ...WebPublishPreview
    }
    publishedVersion {
      ...WebPublishedVersion
    }
    viewerCanRevise
    commentSheetPath
    currentRevision {
      id
      number
      clauses {
        ...WebDraftClause
        children {
          ...WebDraftClause
          children {
            ...WebDraftClause
            children {
              ...WebDraftClause
              children {
                ...WebDraftClause
                children {
                  ...WebDraftClause
                  children {
                    ...WebDraftClause
                    children {
                      ...WebDraftClause
                      children {
                        ...WebDraftClause
                        children {
                          ...WebDraftClause
                          children {
                            ...WebDraftClause
                            children {
                              ...WebDraftClause
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
      threads(first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...WebDraftThread
          }
        }
      }
    }
    openEarlierThreads {
      ...WebDraftThread
      revision {
        number
      }
    }
    revisions(last: 50) {
      totalCount
      edges {
        node {
          id
          number
          note
          createdAt
          isCurrent
          createdBy {
            name
          }
        }
      }
    }
    ballots {
      ...WebDraftBallot
    }
    history(first: 50) {
      edges {
        node {
          id
          action
          at
          data
          actor {
            name
          }
        }
      }
    }
  }
}
    fragment WebPublishPreview on PublishPreview {
  designation
  versionType
  standardDesignation
  clauseCount
  designationTaken
  standard {
    designation
  }
  revision {
    number
  }
  baseVersion {
    designation
  }
  replaces {
    ...WebPublishVersionRef
  }
  awaitingConsent {
    ...WebPublishVersionRef
  }
}
fragment WebPublishVersionRef on StandardVersion {
  designation
  published
  standard {
    designation
    committee {
      code
    }
  }
}
fragment WebPublishedVersion on StandardVersion {
  designation
  published
  effective
  standard {
    designation
  }
}
fragment WebDraftClause on RevisionClause {
  number
  heading
  text
  informative
}
fragment WebDraftThread on CommentThread {
  id
  type
  clauseNumber
  comment
  proposedChange
  status
  disposition
  observation
  createdAt
  viewerCanReply
  lockVersion
  viewerCanEdit
  viewerCanWithdraw
  viewerCanDispose
  viewerCanCarry
  disposedAt
  disposedBy {
    name
  }
  author {
    id
    name
  }
  replies {
    body
    createdAt
    author {
      name
    }
  }
}
fragment WebDraftBallot on Ballot {
  id
  stage
  status
  opensAt
  closesAt
  result
  viewerCanVote
  viewerCanClose
  counts {
    approve
    disapprove
    abstain
  }
  explanation {
    en
    zh
  }
  revision {
    number
  }
  votes {
    value
    reason
    castAt
    voter {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<WebDraftQuery, WebDraftQueryVariables>;
export const WebMoveDraftDocument = new TypedDocumentString(`
    mutation WebMoveDraft($input: MoveDraftStageInput!) {
  moveDraftStage(input: $input) {
    draft {
      id
      stage
      lockVersion
    }
  }
}
    `) as unknown as TypedDocumentString<WebMoveDraftMutation, WebMoveDraftMutationVariables>;
export const WebCastVoteDocument = new TypedDocumentString(`
    mutation WebCastVote($input: CastVoteInput!) {
  castVote(input: $input) {
    vote {
      value
    }
  }
}
    `) as unknown as TypedDocumentString<WebCastVoteMutation, WebCastVoteMutationVariables>;
export const WebCreateThreadDocument = new TypedDocumentString(`
    mutation WebCreateThread($input: CreateCommentThreadInput!) {
  createCommentThread(input: $input) {
    thread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WebCreateThreadMutation, WebCreateThreadMutationVariables>;
export const WebReplyDocument = new TypedDocumentString(`
    mutation WebReply($input: ReplyToCommentInput!) {
  replyToComment(input: $input) {
    thread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WebReplyMutation, WebReplyMutationVariables>;
export const WebOpenBallotDocument = new TypedDocumentString(`
    mutation WebOpenBallot($input: OpenBallotInput!) {
  openBallot(input: $input) {
    ballot {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WebOpenBallotMutation, WebOpenBallotMutationVariables>;
export const WebCloseBallotDocument = new TypedDocumentString(`
    mutation WebCloseBallot($input: CloseBallotInput!) {
  closeBallot(input: $input) {
    ballot {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WebCloseBallotMutation, WebCloseBallotMutationVariables>;
export const WebRevisionTreeDocument = new TypedDocumentString(`
    query WebRevisionTree($id: ID!) {
  node(id: $id) {
    __typename
    ... on DraftRevision {
      id
      clauses {
        ...WebRevisionTreeClause
        children {
          ...WebRevisionTreeClause
          children {
            ...WebRevisionTreeClause
            children {
              ...WebRevisionTreeClause
              children {
                ...WebRevisionTreeClause
                children {
                  ...WebRevisionTreeClause
                  children {
                    ...WebRevisionTreeClause
                    children {
                      ...WebRevisionTreeClause
                      children {
                        ...WebRevisionTreeClause
                        children {
                          ...WebRevisionTreeClause
                          children {
                            ...WebRevisionTreeClause
                            children {
                              ...WebRevisionTreeClause
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    fragment WebRevisionTreeClause on RevisionClause {
  number
  heading
  text
  informative
}`) as unknown as TypedDocumentString<WebRevisionTreeQuery, WebRevisionTreeQueryVariables>;
export const WebDraftMoreThreadsDocument = new TypedDocumentString(`
    query WebDraftMoreThreads($id: ID!, $after: String!) {
  draft(id: $id) {
    id
    currentRevision {
      id
      threads(first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...WebDraftThread
          }
        }
      }
    }
  }
}
    fragment WebDraftThread on CommentThread {
  id
  type
  clauseNumber
  comment
  proposedChange
  status
  disposition
  observation
  createdAt
  viewerCanReply
  lockVersion
  viewerCanEdit
  viewerCanWithdraw
  viewerCanDispose
  viewerCanCarry
  disposedAt
  disposedBy {
    name
  }
  author {
    id
    name
  }
  replies {
    body
    createdAt
    author {
      name
    }
  }
}`) as unknown as TypedDocumentString<WebDraftMoreThreadsQuery, WebDraftMoreThreadsQueryVariables>;
export const WebDraftActivityDocument = new TypedDocumentString(`
    subscription WebDraftActivity($draftId: ID!) {
  draftActivity(draftId: $draftId) {
    id
    action
    data
    actor {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WebDraftActivitySubscription, WebDraftActivitySubscriptionVariables>;
export const WebEditorDraftDocument = new TypedDocumentString(`
    query WebEditorDraft($id: ID!) {
  viewer {
    id
  }
  draft(id: $id) {
    id
    versionDesignation
    title {
      en
      zh
    }
    viewerCanRevise
    currentRevision {
      number
      clauses {
        ...WebEditorClause
        children {
          ...WebEditorClause
          children {
            ...WebEditorClause
            children {
              ...WebEditorClause
              children {
                ...WebEditorClause
                children {
                  ...WebEditorClause
                  children {
                    ...WebEditorClause
                    children {
                      ...WebEditorClause
                      children {
                        ...WebEditorClause
                        children {
                          ...WebEditorClause
                          children {
                            ...WebEditorClause
                            children {
                              ...WebEditorClause
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    fragment WebEditorClause on RevisionClause {
  number
  heading
  text
  informative
}`) as unknown as TypedDocumentString<WebEditorDraftQuery, WebEditorDraftQueryVariables>;
export const WebAddRevisionDocument = new TypedDocumentString(`
    mutation WebAddRevision($input: AddDraftRevisionInput!) {
  addDraftRevision(input: $input) {
    revision {
      number
    }
  }
}
    `) as unknown as TypedDocumentString<WebAddRevisionMutation, WebAddRevisionMutationVariables>;
export const WebHorizonCommitteesDocument = new TypedDocumentString(`
    query WebHorizonCommittees {
  committees(first: 100) {
    edges {
      node {
        code
        name {
          en
          zh
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebHorizonCommitteesQuery, WebHorizonCommitteesQueryVariables>;
export const WebHorizonDocument = new TypedDocumentString(`
    query WebHorizon($from: Date!, $to: Date!, $filter: HorizonFilter, $changes: [HorizonChangeKind!], $after: String) {
  horizon(
    from: $from
    to: $to
    filter: $filter
    changes: $changes
    first: 100
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        date
        precision
        kind
        scope
        version {
          designation
          title {
            en
            zh
          }
          standard {
            designation
          }
        }
        ends {
          designation
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebHorizonQuery, WebHorizonQueryVariables>;
export const WebMeDocument = new TypedDocumentString(`
    query WebMe {
  viewer {
    id
    name
    email
    organisation
    isAdmin
    hasPassword
    memberships {
      role
      memberBody
      headOfDelegation
      since
      committee {
        code
        name {
          en
          zh
        }
      }
    }
    tokens {
      id
      name
      createdAt
      lastUsedAt
      revokedAt
    }
    sessions {
      id
      createdAt
      lastSeenAt
      endsAt
      userAgent
      current
    }
    watching {
      id
      name
      since
      standard {
        id
        designation
        title {
          en
          zh
        }
      }
      committee {
        id
        code
        name {
          en
          zh
        }
      }
      horizonFilter {
        committee
        kinds
        standards
        text
      }
    }
    webhooks {
      id
      url
      enabled
      kinds
      disabledAt
      disabledReason
      failingSince
    }
  }
}
    `) as unknown as TypedDocumentString<WebMeQuery, WebMeQueryVariables>;
export const WebCreateApiTokenDocument = new TypedDocumentString(`
    mutation WebCreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    secret
    token {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WebCreateApiTokenMutation, WebCreateApiTokenMutationVariables>;
export const WebRevokeApiTokenDocument = new TypedDocumentString(`
    mutation WebRevokeApiToken($input: RevokeApiTokenInput!) {
  revokeApiToken(input: $input) {
    revoked
  }
}
    `) as unknown as TypedDocumentString<WebRevokeApiTokenMutation, WebRevokeApiTokenMutationVariables>;
export const WebRevokeSessionDocument = new TypedDocumentString(`
    mutation WebRevokeSession($input: RevokeSessionInput!) {
  revokeSession(input: $input) {
    revoked
  }
}
    `) as unknown as TypedDocumentString<WebRevokeSessionMutation, WebRevokeSessionMutationVariables>;
export const WebChangePasswordDocument = new TypedDocumentString(`
    mutation WebChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    changed
  }
}
    `) as unknown as TypedDocumentString<WebChangePasswordMutation, WebChangePasswordMutationVariables>;
export const WebUnfollowStandardDocument = new TypedDocumentString(`
    mutation WebUnfollowStandard($input: UnfollowStandardInput!) {
  unfollowStandard(input: $input) {
    unfollowed
  }
}
    `) as unknown as TypedDocumentString<WebUnfollowStandardMutation, WebUnfollowStandardMutationVariables>;
export const WebUnfollowCommitteeDocument = new TypedDocumentString(`
    mutation WebUnfollowCommittee($input: UnfollowCommitteeInput!) {
  unfollowCommittee(input: $input) {
    unfollowed
  }
}
    `) as unknown as TypedDocumentString<WebUnfollowCommitteeMutation, WebUnfollowCommitteeMutationVariables>;
export const WebUnfollowHorizonFilterDocument = new TypedDocumentString(`
    mutation WebUnfollowHorizonFilter($input: UnfollowHorizonFilterInput!) {
  unfollowHorizonFilter(input: $input) {
    unfollowed
  }
}
    `) as unknown as TypedDocumentString<WebUnfollowHorizonFilterMutation, WebUnfollowHorizonFilterMutationVariables>;
export const WebCreateWebhookDocument = new TypedDocumentString(`
    mutation WebCreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    secret
    webhook {
      id
      url
    }
  }
}
    `) as unknown as TypedDocumentString<WebCreateWebhookMutation, WebCreateWebhookMutationVariables>;
export const WebDeleteWebhookDocument = new TypedDocumentString(`
    mutation WebDeleteWebhook($input: DeleteWebhookInput!) {
  deleteWebhook(input: $input) {
    deleted
  }
}
    `) as unknown as TypedDocumentString<WebDeleteWebhookMutation, WebDeleteWebhookMutationVariables>;
export const WebProposeCommitteesDocument = new TypedDocumentString(`
    query WebProposeCommittees {
  viewer {
    id
    memberships {
      role
      committee {
        id
        code
        name {
          en
          zh
        }
        viewerCanCreateDraft
        standards(first: 100) {
          edges {
            node {
              designation
            }
          }
        }
      }
    }
    actingOfficerOf {
      id
      code
      name {
        en
        zh
      }
      viewerCanCreateDraft
      standards(first: 100) {
        edges {
          node {
            designation
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebProposeCommitteesQuery, WebProposeCommitteesQueryVariables>;
export const WebCreateDraftDocument = new TypedDocumentString(`
    mutation WebCreateDraft($input: CreateDraftInput!) {
  createDraft(input: $input) {
    draft {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WebCreateDraftMutation, WebCreateDraftMutationVariables>;
export const WebSearchDocument = new TypedDocumentString(`
    query WebSearch($query: String!, $on: Date!, $scope: ApplicabilityScope, $after: String) {
  search(query: $query, on: $on, scope: $scope, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        kind
        status
        standard {
          id
          designation
          title {
            en
            zh
          }
        }
        version {
          designation
        }
        clause {
          number
        }
        snippet {
          field
          parts {
            match
            text
          }
        }
        replacedBy {
          status
          version {
            designation
            standard {
              designation
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebSearchQuery, WebSearchQueryVariables>;
export const WebSearchApplicabilityDocument = new TypedDocumentString(`
    query WebSearchApplicability($ids: [ID!]!, $on: Date!, $scope: ApplicabilityScope) {
  nodes(ids: $ids) {
    ... on Standard {
      id
      applicability(on: $on, scope: $scope) {
        on
        scope
        versions {
          status
          version {
            designation
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebSearchApplicabilityQuery, WebSearchApplicabilityQueryVariables>;
export const WebSetPasswordWithLinkDocument = new TypedDocumentString(`
    mutation WebSetPasswordWithLink($input: SetPasswordWithLinkInput!) {
  setPasswordWithLink(input: $input) {
    purpose
    viewer {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WebSetPasswordWithLinkMutation, WebSetPasswordWithLinkMutationVariables>;
export const WebSignInDocument = new TypedDocumentString(`
    mutation WebSignIn($input: SignInInput!) {
  signIn(input: $input) {
    viewer {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WebSignInMutation, WebSignInMutationVariables>;
export const WebFollowedStandardsDocument = new TypedDocumentString(`
    query WebFollowedStandards {
  viewer {
    id
    watching {
      id
      standard {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebFollowedStandardsQuery, WebFollowedStandardsQueryVariables>;
export const WebFollowStandardDocument = new TypedDocumentString(`
    mutation WebFollowStandard($input: FollowStandardInput!) {
  followStandard(input: $input) {
    watch {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WebFollowStandardMutation, WebFollowStandardMutationVariables>;
export const WebStandardUnfollowDocument = new TypedDocumentString(`
    mutation WebStandardUnfollow($input: UnfollowStandardInput!) {
  unfollowStandard(input: $input) {
    unfollowed
  }
}
    `) as unknown as TypedDocumentString<WebStandardUnfollowMutation, WebStandardUnfollowMutationVariables>;
export const WebStandardDocument = new TypedDocumentString(`
    query WebStandard($designation: String!) {
  standard(designation: $designation) {
    id
    designation
    kind
    publisher
    title {
      en
      zh
    }
    committee {
      code
      name {
        en
        zh
      }
    }
    versions(first: 100) {
      totalCount
      edges {
        node {
          id
          designation
          type
          published
          effective
          mandatoryNewTypes
          mandatoryExistingTypes
          withdrawn
          base {
            designation
          }
          replaces {
            designation
            standard {
              designation
            }
          }
          replacedBy {
            designation
            published
            effective
            mandatoryNewTypes
            mandatoryExistingTypes
            standard {
              designation
            }
          }
        }
      }
    }
    citedBy(first: 100) {
      totalCount
      edges {
        node {
          kind
          degree
          citingVersion {
            designation
            standard {
              designation
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebStandardQuery, WebStandardQueryVariables>;
export const WebStandardApplicabilityDocument = new TypedDocumentString(`
    query WebStandardApplicability($designation: String!, $on: Date!, $scope: ApplicabilityScope!) {
  standard(designation: $designation) {
    id
    applicability(on: $on, scope: $scope) {
      on
      scope
      current {
        designation
      }
      versions {
        status
        mandatory
        version {
          designation
        }
        modifications {
          designation
        }
      }
      unknown {
        designation
        published
        effective
      }
      successors {
        designation
        standard {
          designation
        }
      }
    }
    versions(first: 100) {
      edges {
        node {
          designation
          status(on: $on, scope: $scope)
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebStandardApplicabilityQuery, WebStandardApplicabilityQueryVariables>;
export const WebNotificationFeedDocument = new TypedDocumentString(`
    query WebNotificationFeed($first: Int, $after: String) {
  viewer {
    id
    notifications(first: $first, after: $after) {
      unreadCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          subject
          data
          read
          createdAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebNotificationFeedQuery, WebNotificationFeedQueryVariables>;
export const WebNotificationSubjectsDocument = new TypedDocumentString(`
    query WebNotificationSubjects($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
    ... on Draft {
      versionDesignation
    }
    ... on StandardVersion {
      designation
      standard {
        designation
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebNotificationSubjectsQuery, WebNotificationSubjectsQueryVariables>;
export const WebMarkNotificationsReadDocument = new TypedDocumentString(`
    mutation WebMarkNotificationsRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) {
    marked
  }
}
    `) as unknown as TypedDocumentString<WebMarkNotificationsReadMutation, WebMarkNotificationsReadMutationVariables>;
export const WebMyWorkDocument = new TypedDocumentString(`
    query WebMyWork {
  viewer {
    id
    name
    memberships {
      committee {
        id
        viewerCanCreateDraft
      }
    }
    actingOfficerOf {
      id
      viewerCanCreateDraft
    }
    myWork {
      draftsByStage {
        stage
        drafts {
          id
          versionDesignation
          title {
            en
            zh
          }
          committee {
            code
          }
        }
      }
      ballotsToVote {
        daysLeft
        ballot {
          id
          stage
          closesAt
          draft {
            id
            versionDesignation
          }
        }
      }
      threadsAwaitingReply {
        ...WebWorkThread
      }
      threadsAwaitingDisposition {
        ...WebWorkThread
      }
    }
  }
}
    fragment WebWorkThread on CommentThread {
  id
  type
  clauseNumber
  comment
  author {
    name
  }
  revision {
    number
    draft {
      id
      versionDesignation
    }
  }
}`) as unknown as TypedDocumentString<WebMyWorkQuery, WebMyWorkQueryVariables>;