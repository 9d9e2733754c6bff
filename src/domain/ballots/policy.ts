import { assertAllowed, isAllowed, type Action } from '../accounts/permissions.ts';
import type { Viewer } from '../accounts/viewer.ts';
import { draftSubject, type DraftRow } from '../drafts/access.ts';
import { DomainError, type ErrorCode } from '../errors.ts';
import type { BallotRow } from './access.ts';

// A ballot's life as data: its status on a clock, and for each verb who may use it (an action of
// the permission table) and in which status, with the coded refusal otherwise. The verbs and the
// `viewerCan…` fields of a ballot both ask these functions, so the API never offers what it refuses.

export const BALLOT_STATUSES = ['SCHEDULED', 'OPEN', 'AWAITING_CLOSURE', 'CLOSED'] as const;
export type BallotStatus = (typeof BALLOT_STATUSES)[number];

/**
 * SCHEDULED before its opening time, OPEN (taking votes) until its closing time, then
 * AWAITING_CLOSURE until it is closed (by the scheduler, or an officer) and the result computed;
 * then CLOSED. Decided on the caller's clock, so every read and write of one request agrees.
 */
export function ballotStatus(ballot: Pick<BallotRow, 'opensAt' | 'closesAt' | 'closedAt'>, now: Date): BallotStatus {
  if (ballot.closedAt !== null) return 'CLOSED';
  const t = now.getTime();
  if (t < Date.parse(ballot.opensAt)) return 'SCHEDULED';
  return t < Date.parse(ballot.closesAt) ? 'OPEN' : 'AWAITING_CLOSURE';
}

export const BALLOT_VERBS = ['vote', 'close'] as const;
export type BallotVerb = (typeof BALLOT_VERBS)[number];

type BallotFields = Pick<BallotRow, 'opensAt' | 'closesAt' | 'closedAt' | 'votesBy'>;
type Refusal = { code: ErrorCode; says: (ballot: BallotFields) => string };

interface BallotRule {
  action: Action;
  refusals: Record<BallotStatus, Refusal | null>;
}

const closed: Refusal = { code: 'BALLOT_CLOSED', says: (b) => `The ballot closed at ${b.closesAt}.` };

export const BALLOT_VERB_RULES: Record<BallotVerb, BallotRule> = {
  vote: {
    action: 'ballot.vote',
    refusals: {
      SCHEDULED: { code: 'BALLOT_NOT_OPEN', says: (b) => `The ballot opens at ${b.opensAt}.` },
      OPEN: null,
      AWAITING_CLOSURE: closed,
      CLOSED: closed,
    },
  },
  close: {
    action: 'ballot.close',
    refusals: {
      SCHEDULED: { code: 'ILLEGAL_TRANSITION', says: (b) => `The ballot takes votes until ${b.closesAt}.` },
      OPEN: { code: 'ILLEGAL_TRANSITION', says: (b) => `The ballot takes votes until ${b.closesAt}.` },
      AWAITING_CLOSURE: null,
      CLOSED: { code: 'CONFLICT', says: () => 'The ballot was closed already.' },
    },
  },
};

/** The voter's seat in the committee, where the ballot votes by member body. */
export interface VoterSeat {
  memberBody: string | null;
  headOfDelegation: boolean;
}

export type BallotCheck = { ok: true } | { ok: false; code: ErrorCode; reason: string };

/** The state conditions of a verb: the ballot's status and, to vote by member body, the voter's seat. */
export function checkBallotVerb(
  verb: BallotVerb,
  ballot: BallotFields,
  now: Date,
  seat: VoterSeat | null = null,
): BallotCheck {
  const refusal = BALLOT_VERB_RULES[verb].refusals[ballotStatus(ballot, now)];
  if (refusal) return { ok: false, code: refusal.code, reason: refusal.says(ballot) };
  if (verb === 'vote' && ballot.votesBy === 'MEMBER_BODY' && !(seat?.headOfDelegation && seat.memberBody)) {
    return {
      ok: false,
      code: 'NOT_HEAD_OF_DELEGATION',
      reason: 'This committee votes by member body: only the head of a member body’s delegation votes for it.',
    };
  }
  return { ok: true };
}

type DraftFields = Pick<DraftRow, 'committeeId' | 'publicEnquiry' | 'stage' | 'leaderId'>;

/** The verbs' check: UNAUTHENTICATED/FORBIDDEN by the permission table, then the coded state refusal. */
export function assertBallotVerb(
  viewer: Viewer | null,
  verb: BallotVerb,
  ballot: BallotFields,
  draft: DraftFields,
  now: Date,
  seat: VoterSeat | null = null,
): asserts viewer is Viewer {
  assertAllowed(viewer, BALLOT_VERB_RULES[verb].action, draftSubject(draft));
  const check = checkBallotVerb(verb, ballot, now, seat);
  if (!check.ok) throw new DomainError(check.code, check.reason);
}

export interface BallotAbilities {
  vote: boolean;
  close: boolean;
  /** Sees who voted what (`ballot.readVotes`): the committee and administrators. */
  seeVotes: boolean;
}

/** What the viewer could do with the ballot right now: exactly what `assertBallotVerb` lets through. */
export function ballotAbilities(
  viewer: Viewer | null,
  ballot: BallotFields,
  draft: DraftFields,
  now: Date,
  seat: VoterSeat | null = null,
): BallotAbilities {
  const subject = draftSubject(draft);
  const can = (verb: BallotVerb) =>
    isAllowed(viewer, BALLOT_VERB_RULES[verb].action, subject) && checkBallotVerb(verb, ballot, now, seat).ok;
  return { vote: can('vote'), close: can('close'), seeVotes: maySeeVotes(viewer, draft) };
}

/** Who voted what is the committee's (and administrators'), before and after closing. */
export function maySeeVotes(viewer: Viewer | null, draft: DraftFields): boolean {
  return isAllowed(viewer, 'ballot.readVotes', draftSubject(draft));
}
