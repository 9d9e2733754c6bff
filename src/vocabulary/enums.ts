// One `as const` array per enum: it drives the TypeScript type, the column check and the GraphQL enum.

export const STANDARD_KINDS = ['GB', 'GB_T', 'UN_R', 'ISO', 'SAE', 'OTHER'] as const;
export type StandardKind = (typeof STANDARD_KINDS)[number];

export const VERSION_TYPES = ['EDITION', 'SERIES', 'SUPPLEMENT', 'AMENDMENT', 'CORRIGENDUM'] as const;
export type VersionType = (typeof VERSION_TYPES)[number];

/** Base texts (EDITION, SERIES) stand alone; modifications amend a base version and never replace it. */
export const MODIFICATION_TYPES = ['SUPPLEMENT', 'AMENDMENT', 'CORRIGENDUM'] as const satisfies readonly VersionType[];

export function isModificationType(type: VersionType): boolean {
  return (MODIFICATION_TYPES as readonly VersionType[]).includes(type);
}

/** UN R.E.3 vehicle categories (used in China too); the order is the canonical order of a stored list. */
export const VEHICLE_CATEGORIES = [
  'M1',
  'M2',
  'M3',
  'N1',
  'N2',
  'N3',
  'O1',
  'O2',
  'O3',
  'O4',
  'L1',
  'L2',
  'L3',
  'L4',
  'L5',
  'L6',
  'L7',
] as const;
export type VehicleCategory = (typeof VEHICLE_CATEGORIES)[number];

export const REFERENCE_KINDS = ['NORMATIVE_REFERENCE', 'INFORMATIVE_REFERENCE', 'ADOPTS'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export const ADOPTION_DEGREES = ['IDT', 'MOD', 'NEQ'] as const;
export type AdoptionDegree = (typeof ADOPTION_DEGREES)[number];

export const APPLICABILITY_SCOPES = ['NEW_TYPES', 'EXISTING_TYPES'] as const;
export type ApplicabilityScope = (typeof APPLICABILITY_SCOPES)[number];

export const VERSION_STATUSES = [
  'UPCOMING',
  'IN_FORCE',
  'IN_TRANSITION',
  'SUPERSEDED',
  'WITHDRAWN',
  'UNKNOWN',
] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const ORGANISATION_KINDS = ['LAB', 'MAKER', 'SUPPLIER', 'INSTITUTE', 'REGULATOR', 'OTHER'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** CHAIR and SECRETARY run the committee; MEMBER votes (ISO "P-member"); OBSERVER comments only. */
export const COMMITTEE_ROLES = ['CHAIR', 'SECRETARY', 'MEMBER', 'OBSERVER'] as const;
export type CommitteeRole = (typeof COMMITTEE_ROLES)[number];

export const DRAFT_STAGES = [
  'PROPOSAL',
  'WORKING_DRAFT',
  'COMMITTEE_DRAFT',
  'ENQUIRY',
  'APPROVAL',
  'PUBLISHED',
  'CANCELLED',
] as const;
export type DraftStage = (typeof DRAFT_STAGES)[number];

export const COMMENT_TYPES = ['GENERAL', 'TECHNICAL', 'EDITORIAL'] as const;
export type CommentType = (typeof COMMENT_TYPES)[number];

export const DISPOSITIONS = ['ACCEPTED', 'ACCEPTED_IN_PRINCIPLE', 'REJECTED', 'NOTED'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** OPEN until the secretariat records a disposition (RESOLVED) or the author withdraws it. */
export const THREAD_STATUSES = ['OPEN', 'RESOLVED', 'WITHDRAWN'] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];

export const BALLOT_STAGES = ['ENQUIRY', 'APPROVAL'] as const satisfies readonly DraftStage[];
export type BallotStage = (typeof BALLOT_STAGES)[number];

export const VOTE_VALUES = ['APPROVE', 'DISAPPROVE', 'ABSTAIN'] as const;
export type VoteValue = (typeof VOTE_VALUES)[number];

export const BALLOT_RESULTS = ['APPROVED', 'NOT_APPROVED'] as const;
export type BallotResult = (typeof BALLOT_RESULTS)[number];

/** The rule a committee's ballots follow (domain/ballots/rule.ts; sources in docs/committee-work.md). */
export const BALLOT_RULES = ['ISO', 'SAC', 'UNECE_AC1'] as const;
export type BallotRule = (typeof BALLOT_RULES)[number];

/** Who a vote stands for: each voting member, or each member body (one vote per organisation). */
export const VOTING_UNITS = ['PERSON', 'MEMBER_BODY'] as const;
export type VotingUnit = (typeof VOTING_UNITS)[number];

/** Why a one-time account link was issued: to accept an invitation, or to reset a password. */
export const ACCOUNT_LINK_PURPOSES = ['INVITATION', 'PASSWORD_RESET'] as const;
export type AccountLinkPurpose = (typeof ACCOUNT_LINK_PURPOSES)[number];
