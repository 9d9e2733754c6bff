import { describe, expect, it } from 'vitest';
import { ballotStatus, checkBallotVerb } from '../src/domain/ballots/policy.ts';

const ballot = {
  opensAt: '2026-03-02T09:00:00.000Z',
  closesAt: '2026-03-09T09:00:00.000Z',
  closedAt: null,
  votesBy: 'PERSON' as const,
};
const at = (iso: string) => new Date(iso);

describe("a ballot's status on a clock", () => {
  it('is SCHEDULED before opensAt, OPEN from it, AWAITING_CLOSURE from closesAt, CLOSED once closed', () => {
    expect(ballotStatus(ballot, at('2026-03-02T08:59:59.999Z'))).toBe('SCHEDULED');
    expect(ballotStatus(ballot, at('2026-03-02T09:00:00.000Z'))).toBe('OPEN');
    expect(ballotStatus(ballot, at('2026-03-09T08:59:59.999Z'))).toBe('OPEN');
    expect(ballotStatus(ballot, at('2026-03-09T09:00:00.000Z'))).toBe('AWAITING_CLOSURE');
    expect(ballotStatus({ ...ballot, closedAt: '2026-03-09T09:00:01.000Z' }, at('2026-03-01T00:00:00Z'))).toBe(
      'CLOSED',
    );
  });
});

describe('what each status allows', () => {
  const codes = (
    verb: 'vote' | 'close',
    seat = null as { memberBody: string | null; headOfDelegation: boolean } | null,
  ) =>
    ['2026-03-01T00:00:00Z', '2026-03-05T00:00:00Z', '2026-03-10T00:00:00Z'].map((t) => {
      const check = checkBallotVerb(verb, { ...ballot, votesBy: seat ? 'MEMBER_BODY' : 'PERSON' }, at(t), seat);
      return check.ok ? 'ok' : check.code;
    });

  it('votes only while OPEN; closing only once the closing time has passed', () => {
    expect(codes('vote')).toEqual(['BALLOT_NOT_OPEN', 'ok', 'BALLOT_CLOSED']);
    expect(codes('close')).toEqual(['ILLEGAL_TRANSITION', 'ILLEGAL_TRANSITION', 'ok']);
    expect(
      checkBallotVerb('close', { ...ballot, closedAt: ballot.closesAt }, at('2026-03-10T00:00:00Z')),
    ).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('by member body, votes only from a head of delegation of a named body', () => {
    expect(codes('vote', { memberBody: 'DIN', headOfDelegation: true })[1]).toBe('ok');
    expect(codes('vote', { memberBody: 'DIN', headOfDelegation: false })[1]).toBe('NOT_HEAD_OF_DELEGATION');
    expect(codes('vote', { memberBody: null, headOfDelegation: true })[1]).toBe('NOT_HEAD_OF_DELEGATION');
  });
});
