import { describe, expect, it } from 'vitest';
import { BALLOT_RULE_SPECS, decideBallot, type VoteCounts } from '../src/domain/ballots/rule.ts';
import { BALLOT_RULES } from '../src/domain/enums.ts';

const counts = (APPROVE: number, DISAPPROVE: number, ABSTAIN = 0): VoteCounts => ({ APPROVE, DISAPPROVE, ABSTAIN });
/** Only voting members vote, `eligible` of them (or of member bodies) hold a vote. */
const tally = (eligible: number, approve: number, disapprove: number, abstain = 0) => ({
  votingMembers: counts(approve, disapprove, abstain),
  all: counts(approve, disapprove, abstain),
  eligible,
  unit: 'PERSON' as const,
});

describe('each committee rule is a row of data', () => {
  it('has a rule for every BallotRule value', () => {
    expect(Object.keys(BALLOT_RULE_SPECS).sort()).toEqual([...BALLOT_RULES].sort());
  });
});

describe('ISO: ≥ 2/3 of the votes cast by voting members approve, ≤ 1/4 of all votes cast against', () => {
  it('explains a failure on the 1/4 cap in English and Chinese', () => {
    // 2 of 3 members' votes approve (exactly 2/3), but a non-member's earlier vote makes 2 of 4 against.
    const decision = decideBallot('ISO', {
      votingMembers: counts(2, 1),
      all: counts(2, 2),
      eligible: 3,
      unit: 'PERSON',
    });
    expect(decision).toEqual({
      result: 'NOT_APPROVED',
      explanation: {
        en:
          '2 of 3 votes cast by voting members approve: at least 2/3; ' +
          '2 of 4 votes cast against: more than 1/4. Not approved.',
        zh: '有表决权成员所投票3票中2票赞成：达到2/3；所投票4票中2票反对：超过1/4。未通过。',
      },
    });
  });

  it('passes at exactly 2/3 and exactly 1/4, ignoring abstentions and who did not vote', () => {
    expect(decideBallot('ISO', tally(100, 3, 1, 7)).result).toBe('APPROVED');
    expect(decideBallot('ISO', tally(100, 3, 1, 7)).explanation.en).toBe(
      '3 of 4 votes cast by voting members approve: at least 2/3; 1 of 4 votes cast against: at most 1/4. Approved.',
    );
  });

  it('never passes with nothing cast', () => {
    expect(decideBallot('ISO', tally(5, 0, 0, 5))).toMatchObject({
      result: 'NOT_APPROVED',
      explanation: {
        en:
          '0 of 0 votes cast by voting members approve: fewer than 2/3; ' +
          '0 of 0 votes cast against: at most 1/4. Not approved.',
      },
    });
  });
});

describe('SAC: ≥ 3/4 of voting members take part; ≥ 2/3 of those approve; ≤ 1/4 of those against', () => {
  it('fails when too few take part, however they vote', () => {
    const decision = decideBallot('SAC', tally(20, 14, 0));
    expect(decision.result).toBe('NOT_APPROVED');
    expect(decision.explanation.en).toBe(
      '14 of 20 voting members took part: fewer than 3/4; 14 of 14 voting members taking part approve: at least 2/3; ' +
        '0 of 14 voting members taking part against: at most 1/4. Not approved.',
    );
    expect(decision.explanation.zh).toBe(
      '20名有表决权的委员中14名参加投票：不足3/4；参加投票的委员14票中14票赞成：达到2/3；参加投票的委员14票中0票反对：未超过1/4。未通过。',
    );
  });

  it('passes at exactly 3/4 taking part, counting an abstention as taking part', () => {
    // 15 of 20 take part, 12 of 15 approve, 2 of 15 against.
    expect(decideBallot('SAC', tally(20, 12, 2, 1)).result).toBe('APPROVED');
    expect(decideBallot('SAC', tally(20, 10, 2, 3)).result).toBe('APPROVED'); // 10/15 = 2/3 exactly
  });

  it('counts abstentions in the approval share, unlike ISO', () => {
    // 10 approve of 15 taking part is 2/3; with 4 abstaining instead of 3, 10/16 falls short.
    expect(decideBallot('SAC', tally(20, 10, 2, 4)).result).toBe('NOT_APPROVED');
    expect(decideBallot('ISO', tally(20, 10, 2, 4)).result).toBe('APPROVED');
  });

  it('counts member bodies where the committee votes by member body', () => {
    const decision = decideBallot('SAC', { ...tally(8, 6, 0), unit: 'MEMBER_BODY' });
    expect(decision.result).toBe('APPROVED');
    expect(decision.explanation.zh).toBe(
      '8个有表决权的成员体中6个参加投票：达到3/4；参加投票的成员体6票中6票赞成：达到2/3；参加投票的成员体6票中0票反对：未超过1/4。通过。',
    );
  });

  it('fails with more than 1/4 of those taking part against', () => {
    expect(decideBallot('SAC', tally(16, 11, 4)).result).toBe('NOT_APPROVED'); // 4/15 > 1/4
    expect(decideBallot('SAC', tally(16, 12, 4)).result).toBe('APPROVED'); // 4/16 = 1/4 exactly
    expect(decideBallot('SAC', tally(16, 11, 5)).result).toBe('NOT_APPROVED'); // 5/16 > 1/4
  });
});

describe('UNECE WP.29/AC.1: ≥ 4/5 of the contracting parties present and voting', () => {
  it('passes at exactly 4/5, with abstentions not voting', () => {
    const decision = decideBallot('UNECE_AC1', { ...tally(40, 20, 5, 10), unit: 'MEMBER_BODY' });
    expect(decision).toEqual({
      result: 'APPROVED',
      explanation: {
        en: '20 of 25 votes cast by member bodies approve: at least 4/5. Approved.',
        zh: '成员体所投票25票中20票赞成：达到4/5。通过。',
      },
    });
  });

  it('fails just under 4/5, and has no cap on votes against of its own', () => {
    expect(decideBallot('UNECE_AC1', tally(40, 19, 5)).result).toBe('NOT_APPROVED');
    expect(decideBallot('UNECE_AC1', tally(40, 4, 1)).result).toBe('APPROVED');
  });
});
