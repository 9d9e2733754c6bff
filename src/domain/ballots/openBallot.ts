import { z } from 'zod';
import { ballots } from '../../db/committee-tables.ts';
import { assertAllowed } from '../accounts/permissions.ts';
import { draftSubject, loadRevision } from '../drafts/access.ts';
import { loadDraftState } from '../drafts/facts.ts';
import { checkOpenBallot } from '../drafts/lifecycle.ts';
import { recordDraftEvent, writeDraftChange } from '../drafts/write.ts';
import type { BallotStage } from '../enums.ts';
import { DomainError } from '../errors.ts';
import { nowIso, parseInput, requireSignedIn, type VerbArgs } from '../verb.ts';
import { earliestClose, loadCommitteeBallotRules } from './committeeRules.ts';

const input = z.object({
  /** The revision to ballot: it must be the draft's current one (the text the officer read). */
  revisionId: z.number().int().positive(),
  /** When voting starts; default now. A later time schedules the ballot. */
  opensAt: z.date().nullish(),
  closesAt: z.date(),
});
export type OpenBallotInput = z.input<typeof input>;

/**
 * The secretary or chair opens a ballot on the current revision of a draft at ENQUIRY or APPROVAL,
 * now or at a later time, closing no sooner than the committee's minimum duration for the stage;
 * one ballot at a time, and only once every technical comment on that revision is resolved or
 * withdrawn. The ballot keeps the committee's rule and voting unit as they are now.
 */
export function openBallot({ ctx, input: raw }: VerbArgs<OpenBallotInput>): number {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  const now = ctx.now();
  const at = nowIso(ctx);
  return writeDraftChange(ctx, (tx) => {
    const { revision, draft } = loadRevision(tx, data.revisionId);
    assertAllowed(viewer, 'ballot.open', draftSubject(draft));
    const state = loadDraftState(tx, draft.id);
    if (state.currentRevisionId !== revision.id) {
      throw new DomainError(
        'CONFLICT',
        `Revision ${state.revisionCount} superseded revision ${revision.number}: ballot the current one.`,
        { field: 'revisionId' },
      );
    }
    const check = checkOpenBallot(draft.stage, state);
    if (!check.ok) throw new DomainError('ILLEGAL_TRANSITION', check.reason);
    const opensAt = data.opensAt ?? now;
    if (opensAt.getTime() < now.getTime()) {
      throw new DomainError('INVALID_INPUT', 'opensAt: the opening time must not be in the past', {
        field: 'opensAt',
      });
    }
    if (data.closesAt.getTime() <= opensAt.getTime()) {
      throw new DomainError('INVALID_INPUT', 'closesAt: the closing time must be after the opening time', {
        field: 'closesAt',
      });
    }
    const stage = draft.stage as BallotStage;
    const rules = loadCommitteeBallotRules(tx, draft.committeeId);
    const earliest = earliestClose(rules, stage, opensAt);
    if (data.closesAt.getTime() < earliest.getTime()) {
      throw new DomainError(
        'BALLOT_TOO_SHORT',
        `closesAt: an ${stage} ballot of this committee runs at least ${rules.minimumDays[stage]} days: ` +
          `close it at ${earliest.toISOString()} or later`,
        { field: 'closesAt', earliest: earliest.toISOString() },
      );
    }
    const row = {
      draftId: draft.id,
      revisionId: revision.id,
      stage,
      openedById: viewer.personId,
      opensAt: opensAt.toISOString(),
      closesAt: data.closesAt.toISOString(),
      rule: rules.rule,
      votesBy: rules.votesBy,
    };
    const ballotId = Number(tx.insert(ballots).values(row).run().lastInsertRowid);
    const eventId = recordDraftEvent(tx, {
      at,
      actorId: viewer.personId,
      action: 'ballot.opened',
      entityId: draft.id,
      data: { ballotId, ...row },
    });
    return { draftId: draft.id, eventId, ballotId };
  }).ballotId;
}
