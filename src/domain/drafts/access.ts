import { eq, inArray } from 'drizzle-orm';
import type { Reader } from '../../db/types.ts';
import { draftRevisions, drafts } from '../../db/committee-tables.ts';
import type { Subject } from '../accounts/permissions.ts';
import { DomainError } from '../errors.ts';
import { inPublicEnquiry } from './visibility.ts';

export type DraftRow = typeof drafts.$inferSelect;
export type RevisionRow = typeof draftRevisions.$inferSelect;

/**
 * What permissions on a draft (and on its revisions, comments and ballots) are decided on; who
 * may read it is ./visibility.ts.
 */
export function draftSubject(draft: Pick<DraftRow, 'committeeId' | 'publicEnquiry' | 'stage' | 'leaderId'>): Subject {
  return {
    committeeId: draft.committeeId,
    publicEnquiry: inPublicEnquiry(draft),
    leaderId: draft.leaderId,
  };
}

export function loadDraft(db: Reader, draftId: number): DraftRow {
  const draft = db.select().from(drafts).where(eq(drafts.id, draftId)).get();
  if (!draft) throw new DomainError('NOT_FOUND', 'No such draft.');
  return draft;
}

export function loadRevision(db: Reader, revisionId: number): { revision: RevisionRow; draft: DraftRow } {
  const row = db
    .select()
    .from(draftRevisions)
    .innerJoin(drafts, eq(drafts.id, draftRevisions.draftId))
    .where(eq(draftRevisions.id, revisionId))
    .get();
  if (!row) throw new DomainError('NOT_FOUND', 'No such draft revision.');
  return { revision: row.draft_revisions, draft: row.drafts };
}

/** Drafts by id, for per-request batch loading (one statement per batch). */
export function loadDraftsByIds(db: Reader, ids: readonly number[]): DraftRow[] {
  return ids.length === 0
    ? []
    : db
        .select()
        .from(drafts)
        .where(inArray(drafts.id, [...ids]))
        .all();
}

/** The drafts the given revisions belong to, keyed by revision id. */
export function loadDraftsOfRevisions(db: Reader, revisionIds: readonly number[]): Map<number, DraftRow> {
  if (revisionIds.length === 0) return new Map();
  const rows = db
    .select({ revisionId: draftRevisions.id, draft: drafts })
    .from(draftRevisions)
    .innerJoin(drafts, eq(drafts.id, draftRevisions.draftId))
    .where(inArray(draftRevisions.id, [...revisionIds]))
    .all();
  return new Map(rows.map((r) => [r.revisionId, r.draft]));
}
