import { eq } from 'drizzle-orm';
import type { Db } from '../../db/types.ts';
import { committeeBallotRules } from '../../db/committee-tables.ts';
import type { BallotRule, BallotStage, VotingUnit } from '../enums.ts';

export interface CommitteeBallotRules {
  rule: BallotRule;
  votesBy: VotingUnit;
  /** The shortest ballot at each stage, in days from opening to closing (0: any length). */
  minimumDays: Record<BallotStage, number>;
}

/** A committee that has recorded nothing follows the ISO rule, per person, with no minimum duration. */
export const DEFAULT_BALLOT_RULES: CommitteeBallotRules = {
  rule: 'ISO',
  votesBy: 'PERSON',
  minimumDays: { ENQUIRY: 0, APPROVAL: 0 },
};

export function loadCommitteeBallotRules(db: Pick<Db, 'select'>, committeeId: number): CommitteeBallotRules {
  const row = db.select().from(committeeBallotRules).where(eq(committeeBallotRules.committeeId, committeeId)).get();
  return row
    ? {
        rule: row.rule,
        votesBy: row.votesBy,
        minimumDays: { ENQUIRY: row.enquiryMinimumDays, APPROVAL: row.approvalMinimumDays },
      }
    : DEFAULT_BALLOT_RULES;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The earliest closing time a ballot opening at `opensAt` may have at `stage`. */
export function earliestClose(rules: CommitteeBallotRules, stage: BallotStage, opensAt: Date): Date {
  return new Date(opensAt.getTime() + rules.minimumDays[stage] * DAY_MS);
}
