import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { committeeBallotRules } from '../../db/committee-tables.ts';
import { committees } from '../../db/tables.ts';
import { assertAllowed } from '../accounts/permissions.ts';
import { BALLOT_RULES, VOTING_UNITS } from '../enums.ts';
import { DomainError } from '../errors.ts';
import { recordEvent } from '../events.ts';
import { nowIso, parseInput, type VerbArgs } from '../verb.ts';
import { loadCommitteeBallotRules } from './committeeRules.ts';

const days = z.number().int().min(0, 'at least 0').max(366, 'at most 366');
const input = z.object({
  committeeId: z.number().int().positive(),
  rule: z.enum(BALLOT_RULES),
  votesBy: z.enum(VOTING_UNITS),
  enquiryMinimumDays: days,
  approvalMinimumDays: days,
});
export type SetCommitteeBallotRulesInput = z.input<typeof input>;

/**
 * An administrator records how a committee's ballots are decided. Ballots already opened keep
 * the rule and unit they opened under; the minimum durations apply to ballots opened from now on.
 */
export function setCommitteeBallotRules({ ctx, input: raw }: VerbArgs<SetCommitteeBallotRulesInput>): number {
  assertAllowed(ctx.viewer, 'committee.setBallotRules');
  const data = parseInput(input, raw);
  const at = nowIso(ctx);
  return ctx.db.transaction(
    (tx) => {
      if (!tx.select({ id: committees.id }).from(committees).where(eq(committees.id, data.committeeId)).get())
        throw new DomainError('NOT_FOUND', 'No such committee.');
      const before = loadCommitteeBallotRules(tx, data.committeeId);
      const { committeeId, ...values } = data;
      tx.insert(committeeBallotRules)
        .values({ ...data, updatedAt: at })
        .onConflictDoUpdate({ target: committeeBallotRules.committeeId, set: { ...values, updatedAt: at } })
        .run();
      recordEvent(tx, {
        at,
        actorId: ctx.viewer!.personId,
        action: 'committee.ballotRulesSet',
        entityType: 'Committee',
        entityId: committeeId,
        data: { before, after: loadCommitteeBallotRules(tx, committeeId) },
      });
      return committeeId;
    },
    { behavior: 'immediate' },
  );
}
