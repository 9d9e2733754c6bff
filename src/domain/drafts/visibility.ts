import { sql, type SQL } from 'drizzle-orm';
import type { drafts } from '../../db/committee-tables.ts';
import type { Viewer } from '../accounts/viewer.ts';
import type { DraftStage } from '../enums.ts';

// Who may read a draft (and its revisions, comments and ballots), defined once. The permission
// `draft.read` asks `mayReadDraft`; lists page in SQL with `draftReadFilter`, built from the same
// scope and the same public-enquiry condition. A test runs both over viewers × drafts.

/** The only stage at which a draft's public-enquiry flag opens it to every signed-in person. */
export const PUBLIC_ENQUIRY_STAGE: DraftStage = 'ENQUIRY';

/** What a viewer reads: everything (administrators), their committees' drafts, drafts in public enquiry. */
export interface DraftReadScope {
  everything: boolean;
  committeeIds: readonly number[];
  publicEnquiries: boolean;
}

export function draftReadScope(viewer: Viewer | null): DraftReadScope {
  if (viewer === null) return { everything: false, committeeIds: [], publicEnquiries: false };
  return { everything: viewer.isAdmin, committeeIds: [...viewer.roles.keys()], publicEnquiries: true };
}

/** The flag counts only at the public-enquiry stage: outside readers lose access once it ends. */
export function inPublicEnquiry(draft: { publicEnquiry: boolean; stage: DraftStage }): boolean {
  return draft.publicEnquiry && draft.stage === PUBLIC_ENQUIRY_STAGE;
}

/** What visibility is decided on: the draft's committee and whether it is in public enquiry now. */
export interface DraftVisibility {
  committeeId?: number;
  publicEnquiry?: boolean;
}

/** The predicate: may a viewer whose scope this is read a draft with these facts. */
export function scopeAdmits(scope: DraftReadScope, draft: DraftVisibility): boolean {
  if (scope.everything) return true;
  if (draft.committeeId !== undefined && scope.committeeIds.includes(draft.committeeId)) return true;
  return scope.publicEnquiries && draft.publicEnquiry === true;
}

export function mayReadDraft(viewer: Viewer | null, draft: DraftVisibility): boolean {
  return scopeAdmits(draftReadScope(viewer), draft);
}

/** The same rule as an SQL condition on the drafts table, for lists that page. */
export function draftReadFilter(table: typeof drafts, scope: DraftReadScope): SQL {
  if (scope.everything) return sql`1 = 1`;
  const parts: SQL[] = [];
  if (scope.committeeIds.length > 0)
    parts.push(
      sql`${table.committeeId} in (${sql.join(
        scope.committeeIds.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
  if (scope.publicEnquiries) parts.push(sql`(${table.publicEnquiry} = 1 and ${table.stage} = ${PUBLIC_ENQUIRY_STAGE})`);
  return parts.length > 0 ? sql`(${sql.join(parts, sql` or `)})` : sql`1 = 0`;
}
