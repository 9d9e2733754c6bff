import { count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/types.ts';
import { draftReplaces, draftRevisions, revisionClauses } from '../../db/committee-tables.ts';
import { standards, versions } from '../../db/tables.ts';
import { designationKey } from '../designation.ts';
import type { DraftRow } from './access.ts';
import { replacementConsentsOf } from './planChecks.ts';

type Reader = Pick<Db, 'select'>;

/** What `publishDraft` would create now, with the designation the draft planned. */
export interface PublishPreview {
  designation: string;
  versionType: DraftRow['versionType'];
  /** The standard revised, or null when the publication creates the proposed one. */
  standardId: number | null;
  standardDesignation: string;
  baseVersionId: number | null;
  replacedVersionIds: number[];
  /** Replaced versions of other committees still waiting for their consent. */
  missingConsentVersionIds: number[];
  /** The revision whose text would be copied (the current one), and how many clauses it has. */
  revisionId: number | null;
  clauseCount: number;
  /** A version with the planned designation exists already (an import since): publication names another. */
  designationTaken: boolean;
}

export function publishPreviewOf(db: Reader, draft: DraftRow): PublishPreview {
  const standard =
    draft.standardId === null
      ? null
      : db
          .select({ designation: standards.designation })
          .from(standards)
          .where(eq(standards.id, draft.standardId))
          .get();
  const revision = db
    .select({ id: draftRevisions.id })
    .from(draftRevisions)
    .where(eq(draftRevisions.draftId, draft.id))
    .orderBy(desc(draftRevisions.number))
    .get();
  const clauseCount = revision
    ? db.select({ n: count() }).from(revisionClauses).where(eq(revisionClauses.revisionId, revision.id)).get()!.n
    : 0;
  const replaced = db
    .select({ id: draftReplaces.versionId })
    .from(draftReplaces)
    .where(eq(draftReplaces.draftId, draft.id))
    .orderBy(draftReplaces.versionId)
    .all();
  const taken = db
    .select({ id: versions.id })
    .from(versions)
    .where(eq(versions.designationKey, designationKey(draft.versionDesignation)))
    .get();
  return {
    designation: draft.versionDesignation,
    versionType: draft.versionType,
    standardId: draft.standardId,
    standardDesignation: standard?.designation ?? draft.newStandardDesignation!,
    baseVersionId: draft.baseVersionId,
    replacedVersionIds: replaced.map((r) => r.id),
    missingConsentVersionIds: (replacementConsentsOf(db, [draft.id]).get(draft.id) ?? [])
      .filter((r) => r.consent === null)
      .map((r) => r.versionId),
    revisionId: revision?.id ?? null,
    clauseCount,
    designationTaken: taken !== undefined,
  };
}
