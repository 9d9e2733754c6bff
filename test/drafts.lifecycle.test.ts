import { describe, expect, it } from 'vitest';
import type { ClauseFacts } from '../src/domain/clause-tree.ts';
import { compareRevisions } from '../src/domain/drafts/compareRevisions.ts';
import {
  allowedMoves,
  checkAddRevision,
  checkComment,
  checkMove,
  checkOpenBallot,
  DRAFT_MOVES,
  type DraftFacts,
} from '../src/domain/drafts/lifecycle.ts';
import { DRAFT_STAGES, type DraftStage } from '../src/domain/enums.ts';

/** Facts under which every precondition holds. */
const READY: DraftFacts = {
  revisionCount: 2,
  openBallot: false,
  unresolvedTechnicalComments: 0,
  approvedBallots: ['ENQUIRY', 'APPROVAL'],
};

/** The whole table, as the design states it. */
const EXPECTED: Record<DraftStage, DraftStage[]> = {
  PROPOSAL: ['WORKING_DRAFT', 'CANCELLED'],
  WORKING_DRAFT: ['COMMITTEE_DRAFT', 'CANCELLED'],
  COMMITTEE_DRAFT: ['ENQUIRY', 'CANCELLED'],
  ENQUIRY: ['COMMITTEE_DRAFT', 'APPROVAL', 'CANCELLED'],
  APPROVAL: ['PUBLISHED', 'CANCELLED'],
  PUBLISHED: [],
  CANCELLED: [],
};

describe('the draft lifecycle table', () => {
  it('allows exactly the designed moves from each stage', () => {
    for (const from of DRAFT_STAGES) expect(new Set(allowedMoves(from)), from).toEqual(new Set(EXPECTED[from]));
  });

  describe('every pair of stages is allowed or an illegal transition', () => {
    for (const from of DRAFT_STAGES) {
      for (const to of DRAFT_STAGES) {
        const allowed = EXPECTED[from].includes(to);
        it(`${from} → ${to}: ${allowed ? 'allowed' : 'illegal'}`, () => {
          const route = to === 'PUBLISHED' ? 'publication' : 'move';
          const check = checkMove(from, to, READY, route);
          expect(check.ok).toBe(allowed);
          if (!check.ok) expect(check.reason).toContain(`from ${from} to ${to}`);
        });
      }
    }
  });

  it('names the permission action of each move: publication is draft.publish, the rest draft.move', () => {
    for (const move of DRAFT_MOVES) expect(move.action).toBe(move.to === 'PUBLISHED' ? 'draft.publish' : 'draft.move');
  });

  it('reaches PUBLISHED only by publication, and every other stage only by a move', () => {
    expect(checkMove('APPROVAL', 'PUBLISHED', READY, 'move')).toEqual({
      ok: false,
      reason: 'A draft becomes PUBLISHED only by publishDraft.',
    });
    expect(checkMove('APPROVAL', 'CANCELLED', READY, 'publication').ok).toBe(false);
  });

  it('needs a revision before COMMITTEE_DRAFT and ENQUIRY', () => {
    const none = { ...READY, revisionCount: 0 };
    expect(checkMove('WORKING_DRAFT', 'COMMITTEE_DRAFT', none)).toEqual({
      ok: false,
      reason: 'Moving from WORKING_DRAFT to COMMITTEE_DRAFT requires that the draft has a revision.',
    });
    expect(checkMove('COMMITTEE_DRAFT', 'ENQUIRY', none).ok).toBe(false);
    expect(checkMove('PROPOSAL', 'WORKING_DRAFT', none).ok).toBe(true);
  });

  it('makes no move at all while a ballot is open', () => {
    const balloting = { ...READY, openBallot: true };
    for (const move of DRAFT_MOVES) {
      const check = checkMove(move.from, move.to, balloting, move.route);
      expect(check.ok, `${move.from} → ${move.to}`).toBe(false);
      if (!check.ok) expect(check.reason).toContain('no ballot is open');
    }
  });

  it('needs every technical comment on the current revision resolved before ENQUIRY and APPROVAL', () => {
    const unresolved = { ...READY, unresolvedTechnicalComments: 1 };
    expect(checkMove('COMMITTEE_DRAFT', 'ENQUIRY', unresolved).ok).toBe(false);
    expect(checkMove('ENQUIRY', 'APPROVAL', unresolved).ok).toBe(false);
    expect(checkMove('ENQUIRY', 'COMMITTEE_DRAFT', unresolved).ok).toBe(true);
    expect(checkMove('COMMITTEE_DRAFT', 'CANCELLED', unresolved).ok).toBe(true);
  });

  it(
    'needs an approved ENQUIRY ballot on the current revision ' +
      'before APPROVAL, and an APPROVAL one before PUBLISHED',
    () => {
      expect(checkMove('ENQUIRY', 'APPROVAL', { ...READY, approvedBallots: ['APPROVAL'] })).toEqual({
        ok: false,
        reason: 'Moving from ENQUIRY to APPROVAL requires that an ENQUIRY ballot on the current revision approved it.',
      });
      expect(checkMove('APPROVAL', 'PUBLISHED', { ...READY, approvedBallots: ['ENQUIRY'] }, 'publication').ok).toBe(
        false,
      );
      expect(checkMove('APPROVAL', 'PUBLISHED', { ...READY, approvedBallots: ['APPROVAL'] }, 'publication').ok).toBe(
        true,
      );
    },
  );

  it('takes revisions and comments only while the draft is active, and ballots only at ENQUIRY or APPROVAL', () => {
    for (const stage of DRAFT_STAGES) {
      const active = stage !== 'PUBLISHED' && stage !== 'CANCELLED';
      expect(checkAddRevision(stage, READY).ok, stage).toBe(active);
      expect(checkComment(stage, READY).ok, stage).toBe(active);
      expect(checkOpenBallot(stage, READY).ok, stage).toBe(stage === 'ENQUIRY' || stage === 'APPROVAL');
    }
    expect(checkAddRevision('ENQUIRY', { ...READY, openBallot: true }).ok).toBe(false);
    expect(checkComment('COMMITTEE_DRAFT', { revisionCount: 0 }).ok).toBe(false);
    expect(checkOpenBallot('ENQUIRY', { ...READY, openBallot: true }).ok).toBe(false);
    expect(checkOpenBallot('ENQUIRY', { ...READY, unresolvedTechnicalComments: 2 })).toEqual({
      ok: false,
      reason: '2 TECHNICAL comment(s) on the current revision are unresolved.',
    });
  });
});

describe('comparing revisions clause by clause', () => {
  const clause = (
    id: number,
    number: string,
    parentId: number | null,
    position: number,
    text: string | null = null,
    heading = `H ${number}`,
  ): ClauseFacts => ({
    id,
    number,
    parentId,
    position,
    heading,
    text,
    informative: false,
  });

  it('reports added, changed and removed clauses matched by number, in printed order', () => {
    const before = [
      clause(1, '1', null, 0, 'a'),
      clause(2, '2', null, 1),
      clause(3, '2.1', 2, 0, 'x'),
      clause(4, '2.2', 2, 1, 'y'),
      clause(5, '3', null, 2),
    ];
    const after = [
      clause(11, '1', null, 0, 'a'),
      clause(12, '2', null, 1),
      clause(15, '2.3', 12, 1, 'new'),
      clause(13, '2.1', 12, 0, 'x changed'),
      clause(16, '3', null, 2),
    ];
    expect(compareRevisions(before, after).map((c) => [c.change, c.number])).toEqual([
      ['CHANGED', '2.1'],
      ['ADDED', '2.3'],
      ['REMOVED', '2.2'],
    ]);
  });

  it('counts a heading change and a move to another parent as changes; the first revision is all added', () => {
    const before = [clause(1, '4', null, 0), clause(2, '4.1', 1, 0), clause(3, '5', null, 1)];
    const after = [clause(7, '4', null, 0, null, 'Renamed'), clause(8, '5', null, 1), clause(9, '4.1', 8, 0)];
    expect(compareRevisions(before, after).map((c) => [c.change, c.number])).toEqual([
      ['CHANGED', '4'],
      ['CHANGED', '4.1'],
    ]);
    expect(compareRevisions([], before).map((c) => c.change)).toEqual(['ADDED', 'ADDED', 'ADDED']);
  });
});
