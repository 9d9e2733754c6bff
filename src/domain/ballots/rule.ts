import type { BallotResult, BallotRule, VoteValue, VotingUnit } from '../enums.ts';

export type VoteCounts = Record<VoteValue, number>;

export interface BallotTally {
  /** Latest votes of those who are voting members (or member bodies) when the ballot closes. */
  votingMembers: VoteCounts;
  /** Latest votes of everyone who voted, including members removed or made observers since. */
  all: VoteCounts;
  /** Voting members (or member bodies) when the ballot closes, voted or not. */
  eligible: number;
  /** Who a vote stands for: a person, or a member body (one vote per organisation). */
  unit: VotingUnit;
}

interface Fraction {
  num: number;
  den: number;
}

/** What a share is of. `cast`: approvals and disapprovals (abstentions are not votes cast). */
type Base = 'membersCast' | 'allCast' | 'membersTakingPart';

/**
 * A committee's ballot rule as data: each criterion is a share of some base that must be reached
 * (`atLeast`) or not exceeded (`atMost`). docs/committee-work.md names the source of each rule.
 */
export interface RuleSpec {
  /** Voting members (or member bodies) that must take part, abstaining included. */
  participation?: Fraction;
  approval: { share: Fraction; of: Base };
  against?: { share: Fraction; of: Base };
}

export const BALLOT_RULE_SPECS: Record<BallotRule, RuleSpec> = {
  ISO: {
    approval: { share: { num: 2, den: 3 }, of: 'membersCast' },
    against: { share: { num: 1, den: 4 }, of: 'allCast' },
  },
  SAC: {
    participation: { num: 3, den: 4 },
    approval: { share: { num: 2, den: 3 }, of: 'membersTakingPart' },
    against: { share: { num: 1, den: 4 }, of: 'membersTakingPart' },
  },
  UNECE_AC1: { approval: { share: { num: 4, den: 5 }, of: 'membersCast' } },
};

export interface Explained {
  en: string;
  zh: string;
}

export interface BallotDecision {
  result: BallotResult;
  explanation: Explained;
}

const frac = (f: Fraction) => `${f.num}/${f.den}`;
// Integer arithmetic, so 2/3 is exact: n/d >= a/b  <=>  n*b >= a*d.
const reaches = (n: number, d: number, f: Fraction) => n * f.den >= f.num * d;

function baseCount(base: Base, t: BallotTally): number {
  const m = t.votingMembers;
  if (base === 'membersCast') return m.APPROVE + m.DISAPPROVE;
  if (base === 'allCast') return t.all.APPROVE + t.all.DISAPPROVE;
  return m.APPROVE + m.DISAPPROVE + m.ABSTAIN;
}

function approvalsIn(base: Base, t: BallotTally): number {
  return base === 'allCast' ? t.all.APPROVE : t.votingMembers.APPROVE;
}

function againstIn(base: Base, t: BallotTally): number {
  return base === 'allCast' ? t.all.DISAPPROVE : t.votingMembers.DISAPPROVE;
}

const BASE_WORDS: Record<VotingUnit, Record<Base, Explained>> = {
  PERSON: {
    membersCast: { en: 'votes cast by voting members', zh: '有表决权成员所投票' },
    allCast: { en: 'votes cast', zh: '所投票' },
    membersTakingPart: { en: 'voting members taking part', zh: '参加投票的委员' },
  },
  MEMBER_BODY: {
    membersCast: { en: 'votes cast by member bodies', zh: '成员体所投票' },
    allCast: { en: 'votes cast', zh: '所投票' },
    membersTakingPart: { en: 'member bodies taking part', zh: '参加投票的成员体' },
  },
};
const UNIT_WORDS: Record<VotingUnit, Explained & { counter: string }> = {
  PERSON: { en: 'voting members', zh: '有表决权的委员', counter: '名' },
  MEMBER_BODY: { en: 'member bodies', zh: '有表决权的成员体', counter: '个' },
};

/**
 * Applies a rule to the tally: the result, and why, in English and Chinese, one clause per
 * criterion ("2 of 3 votes cast by voting members approve: at least 2/3; 1 of 4 votes cast
 * against: more than 1/4. Not approved."). Nothing cast (no votes, or abstentions only) never passes.
 */
export function decideBallot(rule: BallotRule, tally: BallotTally): BallotDecision {
  const spec = BALLOT_RULE_SPECS[rule];
  const en: string[] = [];
  const zh: string[] = [];
  let passes = true;
  if (spec.participation) {
    const n = baseCount('membersTakingPart', tally);
    const met = tally.eligible > 0 && reaches(n, tally.eligible, spec.participation);
    passes &&= met;
    const f = frac(spec.participation);
    en.push(
      `${n} of ${tally.eligible} ${UNIT_WORDS[tally.unit].en} took part: ${met ? 'at least' : 'fewer than'} ${f}`,
    );
    const { zh: unit, counter } = UNIT_WORDS[tally.unit];
    zh.push(`${tally.eligible}${counter}${unit}中${n}${counter}参加投票：${met ? '达到' : '不足'}${f}`);
  }
  {
    const { share, of } = spec.approval;
    const d = baseCount(of, tally);
    const n = approvalsIn(of, tally);
    const met = d > 0 && reaches(n, d, share);
    passes &&= met;
    const words = BASE_WORDS[tally.unit][of];
    en.push(`${n} of ${d} ${words.en} approve: ${met ? 'at least' : 'fewer than'} ${frac(share)}`);
    zh.push(`${words.zh}${d}票中${n}票赞成：${met ? '达到' : '不足'}${frac(share)}`);
  }
  if (spec.against) {
    const { share, of } = spec.against;
    const d = baseCount(of, tally);
    const n = againstIn(of, tally);
    // "At most": reached exactly is still allowed; more is not.
    const met = n * share.den <= share.num * d;
    passes &&= met;
    const words = BASE_WORDS[tally.unit][of];
    en.push(`${n} of ${d} ${words.en} against: ${met ? 'at most' : 'more than'} ${frac(share)}`);
    zh.push(`${words.zh}${d}票中${n}票反对：${met ? '未超过' : '超过'}${frac(share)}`);
  }
  const result: BallotResult = passes ? 'APPROVED' : 'NOT_APPROVED';
  return {
    result,
    explanation: {
      en: `${en.join('; ')}. ${passes ? 'Approved' : 'Not approved'}.`,
      zh: `${zh.join('；')}。${passes ? '通过' : '未通过'}。`,
    },
  };
}

/** The ISO rule's result alone (a ballot counted per person). */
export function ballotResult(tally: Omit<BallotTally, 'eligible' | 'unit'>): BallotResult {
  return decideBallot('ISO', { ...tally, eligible: 0, unit: 'PERSON' }).result;
}

/** Counts of the latest vote of each voter (a person or a member body): a changed vote counts once, as last cast. */
export function countLatestVotes<V extends { value: VoteValue; id: number }>(
  votes: readonly V[],
  keyOf: (vote: V) => unknown,
): VoteCounts {
  const latest = new Map<unknown, { id: number; value: VoteValue }>();
  for (const v of votes) {
    const key = keyOf(v);
    const seen = latest.get(key);
    if (!seen || v.id > seen.id) latest.set(key, v);
  }
  const counts: VoteCounts = { APPROVE: 0, DISAPPROVE: 0, ABSTAIN: 0 };
  for (const v of latest.values()) counts[v.value] += 1;
  return counts;
}
