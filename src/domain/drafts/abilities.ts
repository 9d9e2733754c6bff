import type { Viewer } from '../accounts/viewer.ts';
import { isAllowed } from '../accounts/permissions.ts';
import type { DraftStage } from '../enums.ts';
import { draftSubject, type DraftRow } from './access.ts';
import type { DraftState } from './facts.ts';
import { allowedMoves, checkAddRevision, checkComment, checkMove, checkOpenBallot } from './lifecycle.ts';

export interface DraftAbilities {
  moveTo: DraftStage[];
  revise: boolean;
  comment: boolean;
  openBallot: boolean;
  publish: boolean;
}

type DraftFields = Pick<DraftRow, 'stage' | 'committeeId' | 'publicEnquiry' | 'leaderId'>;

/**
 * What the viewer could do to the draft right now: the permission table and the same stage
 * checks the verbs make, so a client offers exactly the actions that would succeed.
 */
export function draftAbilities(viewer: Viewer | null, draft: DraftFields, state: DraftState): DraftAbilities {
  const subject = draftSubject(draft);
  const moveTo = allowedMoves(draft.stage).filter((to) => {
    const check = checkMove(draft.stage, to, state, 'move');
    return check.ok && isAllowed(viewer, check.move.action, subject);
  });
  return {
    moveTo,
    revise: checkAddRevision(draft.stage, state).ok && isAllowed(viewer, 'draft.revise', subject),
    comment: checkComment(draft.stage, state).ok && isAllowed(viewer, 'comment.create', subject),
    openBallot: checkOpenBallot(draft.stage, state).ok && isAllowed(viewer, 'ballot.open', subject),
    publish:
      checkMove(draft.stage, 'PUBLISHED', state, 'publication').ok && isAllowed(viewer, 'draft.publish', subject),
  };
}
