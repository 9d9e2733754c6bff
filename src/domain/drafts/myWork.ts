import { and, asc, desc, eq, gt, inArray, isNull, lte, notInArray } from 'drizzle-orm';
import type { Reader } from '../../db/types.ts';
import { ballots, commentReplies, commentThreads, draftRevisions, drafts, votes } from '../../db/committee-tables.ts';
import { commentCarries } from '../../db/oversight-tables.ts';
import { isAllowed } from '../accounts/permissions.ts';
import { loadVoterSeat } from '../ballots/access.ts';
import { checkBallotVerb, type VoterSeat } from '../ballots/policy.ts';
import type { Viewer } from '../accounts/viewer.ts';
import { DRAFT_STAGES, type DraftStage } from '../enums.ts';

// A person's work in their committees, for the workspace's first page: the same permission table
// decides which ballots are theirs to vote in and which comments theirs to dispose of.

type DraftRow = typeof drafts.$inferSelect;

/** Each list is bounded; the pages behind them list the rest. */
export const MY_WORK_LIMIT = 100;
const DAY_MS = 24 * 60 * 60 * 1000;
const CLOSED: DraftStage[] = ['PUBLISHED', 'CANCELLED'];

export interface MyWork {
  draftsByStage: { stage: DraftStage; drafts: DraftRow[] }[];
  ballotsToVote: { ballot: typeof ballots.$inferSelect; daysLeft: number }[];
  threadsAwaitingDisposition: (typeof commentThreads.$inferSelect)[];
  threadsAwaitingReply: (typeof commentThreads.$inferSelect)[];
}

export function myWorkOf(db: Reader, viewer: Viewer, now: Date): MyWork {
  const committeeIds = [...new Set([...viewer.roles.keys(), ...(viewer.actingOfficerOf ?? [])])];
  const active =
    committeeIds.length === 0
      ? []
      : db
          .select()
          .from(drafts)
          .where(and(inArray(drafts.committeeId, committeeIds), notInArray(drafts.stage, CLOSED)))
          .orderBy(desc(drafts.updatedAt), desc(drafts.id))
          .limit(MY_WORK_LIMIT)
          .all();
  const draftsByStage = DRAFT_STAGES.filter((stage) => !CLOSED.includes(stage))
    .map((stage) => ({ stage, drafts: active.filter((d) => d.stage === stage) }))
    .filter((group) => group.drafts.length > 0);
  const draftOf = new Map(active.map((d) => [d.id, d]));
  const ids = [...draftOf.keys()];
  if (ids.length === 0)
    return { draftsByStage, ballotsToVote: [], threadsAwaitingDisposition: [], threadsAwaitingReply: [] };

  const at = now.toISOString();
  // A ballot is the viewer's to vote in exactly when castVote would take their vote (the same policy,
  // with their seat where the committee votes by member body), and neither they nor their body voted.
  const seats = new Map<number, VoterSeat | null>();
  const seatIn = (committeeId: number) => {
    if (!seats.has(committeeId)) seats.set(committeeId, loadVoterSeat(db, viewer.personId, committeeId));
    return seats.get(committeeId)!;
  };
  const open = db
    .select()
    .from(ballots)
    .where(
      and(inArray(ballots.draftId, ids), isNull(ballots.closedAt), lte(ballots.opensAt, at), gt(ballots.closesAt, at)),
    )
    .orderBy(asc(ballots.closesAt))
    .all()
    .filter((b) => {
      const { committeeId } = draftOf.get(b.draftId)!;
      return (
        isAllowed(viewer, 'ballot.vote', { committeeId }) && checkBallotVerb('vote', b, now, seatIn(committeeId)).ok
      );
    });
  const cast =
    open.length === 0
      ? []
      : db
          .select({ ballotId: votes.ballotId, personId: votes.personId, memberBody: votes.memberBody })
          .from(votes)
          .where(
            inArray(
              votes.ballotId,
              open.map((b) => b.id),
            ),
          )
          .all();
  const votedFor = (ballot: (typeof open)[number]) => {
    const body = ballot.votesBy === 'MEMBER_BODY' ? seatIn(draftOf.get(ballot.draftId)!.committeeId)?.memberBody : null;
    return cast.some(
      (v) => v.ballotId === ballot.id && (body ? v.memberBody === body : v.personId === viewer.personId),
    );
  };
  const ballotsToVote = open
    .filter((b) => !votedFor(b))
    .map((ballot) => ({ ballot, daysLeft: Math.ceil((Date.parse(ballot.closesAt) - now.getTime()) / DAY_MS) }));

  const openThreads = db
    .select({ thread: commentThreads, draftId: draftRevisions.draftId })
    .from(commentThreads)
    .innerJoin(draftRevisions, eq(draftRevisions.id, commentThreads.revisionId))
    .leftJoin(commentCarries, eq(commentCarries.fromThreadId, commentThreads.id))
    .where(
      and(inArray(draftRevisions.draftId, ids), eq(commentThreads.status, 'OPEN'), isNull(commentCarries.fromThreadId)),
    )
    .orderBy(asc(commentThreads.id))
    .all();
  const threadsAwaitingDisposition = openThreads
    .filter((t) => isAllowed(viewer, 'comment.dispose', { committeeId: draftOf.get(t.draftId)!.committeeId }))
    .slice(0, MY_WORK_LIMIT)
    .map((t) => t.thread);
  // My open comments whose latest reply is someone else's: the conversation waits for me.
  const mine = openThreads.filter((t) => t.thread.authorId === viewer.personId).map((t) => t.thread);
  const lastReplier = new Map<number, number>();
  if (mine.length > 0) {
    for (const reply of db
      .select({ threadId: commentReplies.threadId, authorId: commentReplies.authorId })
      .from(commentReplies)
      .where(
        inArray(
          commentReplies.threadId,
          mine.map((t) => t.id),
        ),
      )
      .orderBy(asc(commentReplies.id))
      .all())
      lastReplier.set(reply.threadId, reply.authorId);
  }
  const threadsAwaitingReply = mine
    .filter((t) => lastReplier.has(t.id) && lastReplier.get(t.id) !== viewer.personId)
    .slice(0, MY_WORK_LIMIT);
  return { draftsByStage, ballotsToVote, threadsAwaitingDisposition, threadsAwaitingReply };
}
