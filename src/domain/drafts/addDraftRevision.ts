import { z } from 'zod';
import { draftRevisions, revisionClauses } from '../../db/committee-tables.ts';
import { assertAllowed } from '../accounts/permissions.ts';
import { DomainError } from '../errors.ts';
import { nowIso, parseInput, requireSignedIn, text, type VerbArgs } from '../verb.ts';
import { draftSubject, loadDraft } from './access.ts';
import { clauseNode, flattenClauses, insertClauseTree, MAX_CLAUSES } from './clauseTree.ts';
import { loadDraftState } from './facts.ts';
import { checkAddRevision } from './lifecycle.ts';
import { recordDraftEvent, writeDraftChange } from './write.ts';

const input = z.object({
  draftId: z.number().int().positive(),
  clauses: z.array(clauseNode).min(1, 'a revision has at least one clause').max(MAX_CLAUSES),
  note: text(2000).nullish(),
  /** The number of the revision this text was written from (0 for the first); stale → CONFLICT. */
  basedOn: z.number().int().min(0).nullish(),
});
export type AddDraftRevisionInput = z.input<typeof input>;

/**
 * Stores the draft's text as a new numbered revision (1, 2, …): an immutable snapshot, which the
 * database also refuses to change. Officers and the project leader write revisions, while the
 * draft is active and no ballot runs. `basedOn` lets an editor refuse to supersede a revision
 * they have not seen.
 */
export function addDraftRevision({ ctx, input: raw }: VerbArgs<AddDraftRevisionInput>): {
  revisionId: number;
  draftId: number;
} {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  const flat = flattenClauses(data.clauses);
  const at = nowIso(ctx);
  return writeDraftChange(ctx, (tx) => {
    const draft = loadDraft(tx, data.draftId);
    assertAllowed(viewer, 'draft.revise', draftSubject(draft));
    const state = loadDraftState(tx, draft.id);
    const check = checkAddRevision(draft.stage, state);
    if (!check.ok) throw new DomainError('ILLEGAL_TRANSITION', check.reason);
    if (data.basedOn != null && data.basedOn !== state.revisionCount) {
      throw new DomainError('CONFLICT', `Revision ${state.revisionCount} is the current one, not ${data.basedOn}.`, {
        field: 'basedOn',
      });
    }
    const number = state.revisionCount + 1;
    const revisionId = Number(
      tx
        .insert(draftRevisions)
        .values({ draftId: draft.id, number, note: data.note ?? null, createdById: viewer.personId, createdAt: at })
        .run().lastInsertRowid,
    );
    insertClauseTree(flat, (row) =>
      Number(
        tx
          .insert(revisionClauses)
          .values({ ...row, revisionId })
          .run().lastInsertRowid,
      ),
    );
    const eventId = recordDraftEvent(tx, {
      at,
      actorId: viewer.personId,
      action: 'draft.revisionAdded',
      entityId: draft.id,
      data: { revisionId, number, clauses: flat.length, note: data.note ?? null },
    });
    return { draftId: draft.id, eventId, revisionId };
  });
}
