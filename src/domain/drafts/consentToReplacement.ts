import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { draftReplaces } from '../../db/committee-tables.ts';
import { replacementConsents } from '../../db/oversight-tables.ts';
import { standards, versions } from '../../db/tables.ts';
import { assertAllowed, isAllowed } from '../accounts/permissions.ts';
import { DomainError } from '../errors.ts';
import { nowIso, parseInput, requireSignedIn, type VerbArgs } from '../verb.ts';
import { loadDraft } from './access.ts';
import { isActiveStage } from './lifecycle.ts';
import { recordDraftEvent, writeDraftChange } from './write.ts';

const input = z.object({ draftId: z.number().int().positive(), versionId: z.number().int().positive() });
export type ConsentToReplacementInput = z.input<typeof input>;

/**
 * The committee responsible for a version consents, through one of its officers, that another
 * committee's draft replaces it; for a standard with no committee, an administrator consents (an
 * administrator may also consent for any committee). Recorded on the draft's history.
 */
export function consentToReplacement({ ctx, input: raw }: VerbArgs<ConsentToReplacementInput>): number {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  const at = nowIso(ctx);
  return writeDraftChange(ctx, (tx) => {
    const version = tx
      .select({ id: versions.id, designation: versions.designation, committeeId: standards.committeeId })
      .from(versions)
      .innerJoin(standards, eq(standards.id, versions.standardId))
      .where(eq(versions.id, data.versionId))
      .get();
    if (!version) throw new DomainError('NOT_FOUND', 'No such version.', { field: 'versionId' });
    // Decided on the committee responsible for the version, which is public: nothing of the draft shows yet.
    const owner = version.committeeId === null ? {} : { committeeId: version.committeeId };
    assertAllowed(viewer, 'draft.consentReplacement', owner);
    const draft = loadDraft(tx, data.draftId);
    const replaces = tx
      .select({ versionId: draftReplaces.versionId })
      .from(draftReplaces)
      .where(and(eq(draftReplaces.draftId, draft.id), eq(draftReplaces.versionId, version.id)))
      .get();
    if (!replaces || draft.committeeId === version.committeeId)
      throw new DomainError('NOT_FOUND', `The draft does not replace another committee's ${version.designation}.`);
    if (!isActiveStage(draft.stage))
      throw new DomainError('ILLEGAL_TRANSITION', `The draft is ${draft.stage}: it plans nothing any more.`);
    const given = tx
      .select({ id: replacementConsents.id })
      .from(replacementConsents)
      .where(and(eq(replacementConsents.draftId, draft.id), eq(replacementConsents.versionId, version.id)))
      .get();
    if (given) throw new DomainError('CONFLICT', `Consent to replace ${version.designation} was given already.`);
    const asAdministrator = !isAllowed({ ...viewer, isAdmin: false }, 'draft.consentReplacement', owner);
    tx.insert(replacementConsents)
      .values({
        draftId: draft.id,
        versionId: version.id,
        committeeId: version.committeeId,
        personId: viewer.personId,
        asAdministrator,
        at,
      })
      .run();
    const eventId = recordDraftEvent(tx, {
      at,
      actorId: viewer.personId,
      action: 'draft.replacementConsented',
      entityId: draft.id,
      data: {
        versionId: version.id,
        designation: version.designation,
        committeeId: version.committeeId,
        asAdministrator,
      },
    });
    return { draftId: draft.id, eventId };
  }).draftId;
}
