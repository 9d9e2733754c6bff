import { withNewVersionPermit } from '../../db/rules.ts';
import { syncSearchIndex } from '../../db/search-index.ts';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { draftReplaces, drafts, revisionClauses } from '../../db/committee-tables.ts';
import { clauses, standards, versionReplacements, versions } from '../../db/tables.ts';
import { assertAllowed } from '../accounts/permissions.ts';
import { isIsoDate, isPartialDate, partialDateRange } from '../dates.ts';
import { designationKey } from '../designation.ts';
import { DomainError } from '../errors.ts';
import { recordEvent } from '../events.ts';
import { nowIso, parseInput, requireSignedIn, text, type VerbArgs } from '../verb.ts';
import { draftSubject, loadDraft, type DraftRow } from './access.ts';
import { loadDraftState } from './facts.ts';
import { checkMove } from './lifecycle.ts';
import type { Tx } from '../../db/types.ts';
import { assertDesignationOfStandard, assertNotPlanned, assertReplacementsConsented } from './planChecks.ts';
import { recordDraftEvent, writeDraftChange } from './write.ts';
import { insertClauseTree } from './clauseTree.ts';

const isoDate = z.string().refine(isIsoDate, 'must be a calendar date YYYY-MM-DD');

const input = z.object({
  draftId: z.number().int().positive(),
  /** The draft's lock version the caller read. */
  lockVersion: z.number().int().positive(),
  /** Default: the designation the draft planned. */
  designation: text(100).nullish(),
  published: z.string().refine(isPartialDate, 'must be a date YYYY, YYYY-MM or YYYY-MM-DD'),
  effective: isoDate.nullish(),
  mandatoryNewTypes: isoDate.nullish(),
  mandatoryExistingTypes: isoDate.nullish(),
});
export type PublishDraftInput = z.input<typeof input>;

/**
 * Turns an approved draft into a published version, in one transaction: the standard (when the
 * draft proposes a new one), the version with the clause tree of the approved revision, what it
 * replaces, the draft moved to PUBLISHED (compare-and-set) and linked to the version, and events
 * on the standard, the version and the draft. Inserts only, under a permit for the new version alone
 * (db/rules.ts): published versions are never updated.
 */
export function publishDraft({ ctx, input: raw }: VerbArgs<PublishDraftInput>): { draftId: number; versionId: number } {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  const takesEffect = data.effective ?? partialDateRange(data.published).from;
  for (const field of ['mandatoryNewTypes', 'mandatoryExistingTypes'] as const) {
    const date = data[field];
    if (date != null && date < takesEffect) {
      throw new DomainError('INVALID_INPUT', `${field}: ${date} is before the version takes effect (${takesEffect})`, {
        field,
      });
    }
  }
  const at = nowIso(ctx);
  return writeDraftChange(ctx, (tx) => {
    const draft = loadDraft(tx, data.draftId);
    assertAllowed(viewer, 'draft.publish', draftSubject(draft));
    if (draft.lockVersion !== data.lockVersion)
      throw new DomainError('CONFLICT', `The draft changed since it was read (lock version ${draft.lockVersion}).`);
    const state = loadDraftState(tx, draft.id);
    const check = checkMove(draft.stage, 'PUBLISHED', state, 'publication');
    if (!check.ok) throw new DomainError('ILLEGAL_TRANSITION', check.reason);
    assertReplacementsConsented(tx, draft.id);

    const designation = data.designation ?? draft.versionDesignation;
    if (
      tx
        .select({ id: versions.id })
        .from(versions)
        .where(eq(versions.designationKey, designationKey(designation)))
        .get()
    ) {
      throw new DomainError('CONFLICT', `A version ${designation} exists already.`, { field: 'designation' });
    }
    if (data.designation != null) {
      // Another designation than the one planned meets the same checks as at proposal.
      const root = draft.newStandardDesignation ?? standardDesignationOf(tx, draft.standardId!);
      assertDesignationOfStandard(designation, root, 'designation');
      assertNotPlanned(
        tx,
        { versionDesignation: designation, newStandard: null },
        { exceptDraftId: draft.id, field: 'designation' },
      );
    }
    const standard = standardFor(tx, draft, viewer.personId, at);
    const sameTitle = standard.titleEn === draft.titleEn && standard.titleZh === draft.titleZh;
    const version = {
      standardId: standard.id,
      designation,
      designationKey: designationKey(designation),
      type: draft.versionType,
      baseId: draft.baseVersionId,
      titleEn: sameTitle ? null : draft.titleEn,
      titleZh: sameTitle ? null : draft.titleZh,
      published: data.published,
      effective: data.effective ?? null,
      mandatoryNewTypes: data.mandatoryNewTypes ?? null,
      mandatoryExistingTypes: data.mandatoryExistingTypes ?? null,
    };
    const versionId = Number(tx.insert(versions).values(version).run().lastInsertRowid);
    const replaced = tx
      .select({ versionId: draftReplaces.versionId })
      .from(draftReplaces)
      .where(eq(draftReplaces.draftId, draft.id))
      .all();
    const clauseCount = withNewVersionPermit(tx, versionId, () => {
      if (replaced.length > 0)
        tx.insert(versionReplacements)
          .values(replaced.map((r) => ({ replacingId: versionId, replacedId: r.versionId })))
          .run();
      return copyClauses(tx, state.currentRevisionId!, versionId);
    });
    // The search index sees the new version and its clauses in the same transaction.
    syncSearchIndex(tx);
    if (draft.standardId !== null) {
      recordEvent(tx, {
        at,
        actorId: viewer.personId,
        action: 'standard.versionPublished',
        entityType: 'Standard',
        entityId: standard.id,
        data: { versionId, designation, draftId: draft.id },
      });
    }
    recordEvent(tx, {
      at,
      actorId: viewer.personId,
      action: 'version.published',
      entityType: 'StandardVersion',
      entityId: versionId,
      data: {
        ...version,
        draftId: draft.id,
        revisionId: state.currentRevisionId,
        clauses: clauseCount,
        replaces: replaced.map((r) => r.versionId),
      },
    });

    const closed = tx
      .update(drafts)
      .set({
        stage: 'PUBLISHED',
        publishedVersionId: versionId,
        publicEnquiry: false,
        lockVersion: sql`${drafts.lockVersion} + 1`,
        updatedAt: at,
      })
      .where(and(eq(drafts.id, draft.id), eq(drafts.stage, draft.stage), eq(drafts.lockVersion, data.lockVersion)))
      .run();
    if (closed.changes === 0) throw new DomainError('CONFLICT', 'The draft changed since it was read.');
    const eventId = recordDraftEvent(tx, {
      at,
      actorId: viewer.personId,
      action: 'draft.published',
      entityId: draft.id,
      data: { from: draft.stage, to: 'PUBLISHED', versionId, designation, revisionId: state.currentRevisionId },
    });
    return { draftId: draft.id, eventId, versionId };
  });
}

/** The standard being revised, or the new one the draft proposes (created now, in the draft's committee). */
function standardFor(tx: Tx, draft: DraftRow, actorId: number, at: string) {
  if (draft.standardId !== null) return tx.select().from(standards).where(eq(standards.id, draft.standardId)).get()!;
  const designation = draft.newStandardDesignation!;
  if (
    tx
      .select({ id: standards.id })
      .from(standards)
      .where(eq(standards.designationKey, designationKey(designation)))
      .get()
  ) {
    throw new DomainError('CONFLICT', `A standard ${designation} exists already.`, { field: 'designation' });
  }
  const row = {
    designation,
    designationKey: designationKey(designation),
    kind: draft.newStandardKind!,
    titleEn: draft.titleEn,
    titleZh: draft.titleZh,
    publisher: draft.publisher!,
    committeeId: draft.committeeId,
  };
  const id = Number(tx.insert(standards).values(row).run().lastInsertRowid);
  recordEvent(tx, {
    at,
    actorId,
    action: 'standard.created',
    entityType: 'Standard',
    entityId: id,
    data: { ...row, draftId: draft.id },
  });
  return { id, ...row };
}

/** Copies the approved revision's clause tree; by id, a parent comes before its sub-clauses. */
function copyClauses(tx: Tx, revisionId: number, versionId: number): number {
  const rows = tx
    .select()
    .from(revisionClauses)
    .where(eq(revisionClauses.revisionId, revisionId))
    .orderBy(asc(revisionClauses.id))
    .all();
  const indexOf = new Map(rows.map((c, k) => [c.id, k]));
  const flat = rows.map((c) => ({ ...c, parentIndex: c.parentId === null ? null : indexOf.get(c.parentId)! }));
  insertClauseTree(flat, (row) =>
    Number(
      tx
        .insert(clauses)
        .values({ ...row, versionId })
        .run().lastInsertRowid,
    ),
  );
  return rows.length;
}

const standardDesignationOf = (tx: Tx, standardId: number) =>
  tx.select({ designation: standards.designation }).from(standards).where(eq(standards.id, standardId)).get()!
    .designation;
