import { describe, expect, it } from 'vitest';
import { ballotResult, countLatestVotes, type VoteCounts } from '../src/domain/ballots/rule.ts';

const counts = (APPROVE: number, DISAPPROVE: number, ABSTAIN = 0): VoteCounts => ({ APPROVE, DISAPPROVE, ABSTAIN });
/** Only voting members vote here, so both halves of the rule look at the same votes. */
const result = (approve: number, disapprove: number, abstain = 0) =>
  ballotResult({ votingMembers: counts(approve, disapprove, abstain), all: counts(approve, disapprove, abstain) });

describe(
  "the ballot rule: ≥ 2/3 of members' votes cast approve and ≤ 1/4 of all votes cast disapprove; abstentions are " +
    'not votes cast',
  () => {
    it('passes at exactly 2/3 approving (the 1/4 cap met by all votes cast)', () => {
      expect(ballotResult({ votingMembers: counts(2, 1), all: counts(6, 2) })).toBe('APPROVED');
      expect(ballotResult({ votingMembers: counts(10, 5), all: counts(30, 10) })).toBe('APPROVED');
    });

    it('fails just under 2/3 approving', () => {
      expect(ballotResult({ votingMembers: counts(65, 35), all: counts(300, 35) })).toBe('NOT_APPROVED');
      expect(result(13, 7)).toBe('NOT_APPROVED');
    });

    it('passes with disapprovals at exactly 1/4 of votes cast', () => {
      expect(result(3, 1)).toBe('APPROVED');
      expect(result(9, 3, 4)).toBe('APPROVED');
    });

    it('fails with disapprovals just over 1/4, even with 2/3 approving', () => {
      expect(result(8, 3)).toBe('NOT_APPROVED'); // 8/11 ≥ 2/3, 3/11 > 1/4
      expect(result(2, 1)).toBe('NOT_APPROVED'); // one body: exactly 2/3 means 1/3 disapprove
    });

    it('does not count abstentions', () => {
      expect(result(1, 0, 10)).toBe('APPROVED');
      expect(result(3, 1, 100)).toBe('APPROVED');
    });

    it('fails when everyone abstains, and when nobody votes', () => {
      expect(result(0, 0, 5)).toBe('NOT_APPROVED');
      expect(result(0, 0, 0)).toBe('NOT_APPROVED');
    });

    it("counts each voter's latest vote once", () => {
      const votes = [
        { id: 1, personId: 7, value: 'DISAPPROVE' as const },
        { id: 2, personId: 8, value: 'APPROVE' as const },
        { id: 3, personId: 7, value: 'APPROVE' as const },
        { id: 4, personId: 9, value: 'ABSTAIN' as const },
      ];
      expect(countLatestVotes(votes, (v) => v.personId)).toEqual(counts(2, 0, 1));
    });
  },
);
