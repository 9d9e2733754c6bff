import type { Action } from '../accounts/permissions.ts';
import { BALLOT_STAGES, type BallotStage, type DraftStage } from '../enums.ts';

// The life of a draft as data: which stage may follow which, who may make each move (an action
// of the permission table) and what must hold first. The verbs and the `viewerCan…` fields both
// ask these functions, so the API never offers what it would refuse.

/** What the preconditions are decided on; loaded inside the transaction that acts (facts.ts). */
export interface DraftFacts {
  /** Revisions so far (they are numbered 1, 2, …, so this is also the current number). */
  revisionCount: number;
  /** A ballot is open (opened and not yet closed, whatever its closing time). */
  openBallot: boolean;
  /** TECHNICAL comment threads still OPEN on any revision and not carried to a later one (facts.ts). */
  unresolvedTechnicalComments: number;
  /** Ballot stages whose last ballot closed on the current revision APPROVED it. */
  approvedBallots: readonly BallotStage[];
}

export interface Precondition {
  /** What must hold, phrased for an error message: "… requires that <says>". */
  says: string;
  holds: (facts: DraftFacts) => boolean;
}

const hasRevision: Precondition = { says: 'the draft has a revision', holds: (f) => f.revisionCount > 0 };
const noOpenBallot: Precondition = { says: 'no ballot is open', holds: (f) => !f.openBallot };
const technicalCommentsResolved: Precondition = {
  says: 'every TECHNICAL comment on the current revision is resolved or withdrawn',
  holds: (f) => f.unresolvedTechnicalComments === 0,
};
const approvedBallot = (stage: BallotStage): Precondition => ({
  says: `an ${stage} ballot on the current revision approved it`,
  holds: (f) => f.approvedBallots.includes(stage),
});

/** How a move is made: by `moveDraftStage`, or only by `publishDraft` (which also writes the version). */
export type MoveRoute = 'move' | 'publication';

export interface Move {
  from: DraftStage;
  to: DraftStage;
  action: Action;
  route: MoveRoute;
  preconditions: readonly Precondition[];
}

const CANCELLABLE: readonly DraftStage[] = ['PROPOSAL', 'WORKING_DRAFT', 'COMMITTEE_DRAFT', 'ENQUIRY', 'APPROVAL'];

/**
 * Every allowed move. No move is made while a ballot is open: a ballot always runs at the stage
 * it was opened at, on the revision it was opened on.
 */
export const DRAFT_MOVES: readonly Move[] = [
  { from: 'PROPOSAL', to: 'WORKING_DRAFT', action: 'draft.move', route: 'move', preconditions: [noOpenBallot] },
  {
    from: 'WORKING_DRAFT',
    to: 'COMMITTEE_DRAFT',
    action: 'draft.move',
    route: 'move',
    preconditions: [hasRevision, noOpenBallot],
  },
  {
    from: 'COMMITTEE_DRAFT',
    to: 'ENQUIRY',
    action: 'draft.move',
    route: 'move',
    preconditions: [hasRevision, noOpenBallot, technicalCommentsResolved],
  },
  // Back after a failed enquiry (or when the enquiry showed the text needs more committee work).
  { from: 'ENQUIRY', to: 'COMMITTEE_DRAFT', action: 'draft.move', route: 'move', preconditions: [noOpenBallot] },
  {
    from: 'ENQUIRY',
    to: 'APPROVAL',
    action: 'draft.move',
    route: 'move',
    preconditions: [noOpenBallot, technicalCommentsResolved, approvedBallot('ENQUIRY')],
  },
  {
    from: 'APPROVAL',
    to: 'PUBLISHED',
    action: 'draft.publish',
    route: 'publication',
    preconditions: [noOpenBallot, approvedBallot('APPROVAL')],
  },
  ...CANCELLABLE.map(
    (from): Move => ({ from, to: 'CANCELLED', action: 'draft.move', route: 'move', preconditions: [noOpenBallot] }),
  ),
];

/** The stages a draft at `stage` may move to at all (whatever the facts and the caller). */
export function allowedMoves(stage: DraftStage): DraftStage[] {
  return DRAFT_MOVES.filter((m) => m.from === stage).map((m) => m.to);
}

export type MoveCheck = { ok: true; move: Move } | { ok: false; reason: string };

/** Whether `from → to` is a move of the table, made by `route`, whose preconditions hold. */
export function checkMove(from: DraftStage, to: DraftStage, facts: DraftFacts, route: MoveRoute = 'move'): MoveCheck {
  const move = DRAFT_MOVES.find((m) => m.from === from && m.to === to);
  if (!move) {
    const next = allowedMoves(from);
    return {
      ok: false,
      reason:
        `A draft cannot move from ${from} to ${to}` +
        `${next.length > 0 ? ` (from ${from}: ${next.join(', ')})` : ''}.`,
    };
  }
  if (move.route !== route) {
    return {
      ok: false,
      reason:
        move.route === 'publication'
          ? `A draft becomes ${to} only by publishDraft.`
          : `Use moveDraftStage to move to ${to}.`,
    };
  }
  const unmet = move.preconditions.find((p) => !p.holds(facts));
  return unmet
    ? { ok: false, reason: `Moving from ${from} to ${to} requires that ${unmet.says}.` }
    : { ok: true, move };
}

// ---- what else the stage decides ----

/** Drafts still being worked on; PUBLISHED and CANCELLED drafts are closed records. */
export function isActiveStage(stage: DraftStage): boolean {
  return stage !== 'PUBLISHED' && stage !== 'CANCELLED';
}

export type Check = { ok: true } | { ok: false; reason: string };
const fail = (reason: string): Check => ({ ok: false, reason });
const OK: Check = { ok: true };

/** A new revision: while the draft is active and no ballot runs (a ballot votes on one fixed text). */
export function checkAddRevision(stage: DraftStage, facts: DraftFacts): Check {
  if (!isActiveStage(stage)) return fail(`A ${stage} draft takes no new revisions.`);
  if (facts.openBallot) return fail('A ballot is open on the current revision: close it before adding a revision.');
  return OK;
}

/** Comments and replies: on an active draft that has a text to comment on. */
export function checkComment(stage: DraftStage, facts: Pick<DraftFacts, 'revisionCount'>): Check {
  if (!isActiveStage(stage)) return fail(`A ${stage} draft takes no more comments.`);
  if (facts.revisionCount === 0) return fail('The draft has no revision to comment on yet.');
  return OK;
}

/** A ballot opens at ENQUIRY or APPROVAL, one at a time, once technical comments are settled. */
export function checkOpenBallot(stage: DraftStage, facts: DraftFacts): Check {
  if (!(BALLOT_STAGES as readonly DraftStage[]).includes(stage))
    return fail(`Ballots are held at ENQUIRY or APPROVAL, not at ${stage}.`);
  if (facts.revisionCount === 0) return fail('The draft has no revision to ballot.');
  if (facts.openBallot) return fail('Another ballot is open on this draft.');
  if (facts.unresolvedTechnicalComments > 0) {
    return fail(`${facts.unresolvedTechnicalComments} TECHNICAL comment(s) on the current revision are unresolved.`);
  }
  return OK;
}
