import { eq, inArray } from 'drizzle-orm';
import type { Reader } from '../../db/types.ts';
import { draftRevisions, drafts } from '../../db/committee-tables.ts';
import type { Subject } from '../accounts/permissions.ts';
import type { Viewer } from '../accounts/viewer.ts';
import { DomainError } from '../errors.ts';

export type DraftRow = typeof drafts.$inferSelect;
export type RevisionRow = typeof draftRevisions.$inferSelect;

/**
 * What permissions on a draft (and on its revisions, comments and ballots) are decided on. The
 * public-enquiry flag counts only at the ENQUIRY stage: outside readers lose access once it ends.
 */
export function draftSubject(draft: Pick<DraftRow, 'committeeId' | 'publicEnquiry' | 'stage' | 'leaderId'>): Subject {
  return {
    committeeId: draft.committeeId,
    publicEnquiry: draft.publicEnquiry && draft.stage === 'ENQUIRY',
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

/**
 * The drafts a viewer may read, as a filter for lists (a list cannot ask `isAllowed` row by row
 * and still page). Must say what PERMISSIONS['draft.read'] says: administrators read all, members
 * their committees' drafts, any signed-in user those open for public enquiry. The type-level check
 * on Draft stays as the backstop, and a test holds the two together.
 */
export interface DraftReadScope {
  everything: boolean;
  committeeIds: number[];
  publicEnquiries: boolean;
}

export function draftReadScope(viewer: Viewer | null): DraftReadScope {
  if (viewer === null) return { everything: false, committeeIds: [], publicEnquiries: false };
  return { everything: viewer.isAdmin, committeeIds: [...viewer.roles.keys()], publicEnquiries: true };
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
