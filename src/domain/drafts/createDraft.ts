import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { committees, draftReplaces, drafts, memberships, people } from '../../db/schema.ts';
import { standards, versions } from '../../db/tables.ts';
import { assertAllowed } from '../accounts/permissions.ts';
import { designationKey } from '../designation.ts';
import { isModificationType, STANDARD_KINDS, VERSION_TYPES } from '../enums.ts';
import { DomainError } from '../errors.ts';
import { nowIso, parseInput, text, type VerbArgs } from '../verb.ts';
import type { Tx } from '../../db/types.ts';
import { isActingOfficer } from '../accounts/actingOfficer.ts';
import { assertDesignationOfStandard, assertNotPlanned, assertResponsible } from './planChecks.ts';
import { recordDraftEvent, writeDraftChange } from './write.ts';

const localized = z.object({ en: text(500), zh: text(500).nullish() });

const input = z.object({
  committeeId: z.number().int().positive(),
  /** Revise this existing standard (designation root, case and spacing ignored)… */
  standardDesignation: text(100).nullish(),
  /** …or propose a new one. */
  newStandard: z.object({ designation: text(100), kind: z.enum(STANDARD_KINDS), publisher: text(200) }).nullish(),
  /** Required for a new standard; for a revision, defaults to the standard's title. */
  title: localized.nullish(),
  versionDesignation: text(100),
  versionType: z.enum(VERSION_TYPES),
  baseVersionDesignation: text(100).nullish(),
  replaces: z.array(text(100)).max(50).default([]),
  leaderId: z.number().int().positive().nullish(),
});
export type CreateDraftInput = z.input<typeof input>;

const invalid = (field: string, message: string) => new DomainError('INVALID_INPUT', `${field}: ${message}`, { field });

/**
 * Chairs, secretaries and voting members (and administrators acting as officers) propose drafts in
 * their committee. The draft starts at PROPOSAL, led by the caller unless another member is named.
 * What it plans is checked now (planChecks.ts), not at publication.
 */
export function createDraft({ ctx, input: raw }: VerbArgs<CreateDraftInput>): number {
  assertAllowed(ctx.viewer, 'draft.create', { committeeId: raw.committeeId });
  const data = parseInput(input, raw);
  const actorId = ctx.viewer.personId;
  const at = nowIso(ctx);
  return writeDraftChange(ctx, (tx) => {
    if (!tx.select({ id: committees.id }).from(committees).where(eq(committees.id, data.committeeId)).get()) {
      throw new DomainError('NOT_FOUND', 'No such committee.');
    }
    const target = resolveTarget(tx, data);
    const base = resolveBase(tx, data, target.standardId);
    const replacedIds = resolveReplaces(tx, data, base?.id ?? null);
    if (
      tx
        .select({ id: versions.id })
        .from(versions)
        .where(eq(versions.designationKey, designationKey(data.versionDesignation)))
        .get()
    ) {
      throw new DomainError('CONFLICT', `A version ${data.versionDesignation} exists already.`, {
        field: 'versionDesignation',
      });
    }
    assertNotPlanned(tx, {
      versionDesignation: data.versionDesignation,
      newStandard: data.newStandard?.designation ?? null,
    });
    const leaderId = data.leaderId ?? actorId;
    if (!tx.select({ id: people.id }).from(people).where(eq(people.id, leaderId)).get())
      throw new DomainError('NOT_FOUND', 'No such person.');
    const leaderRole = tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.personId, leaderId), eq(memberships.committeeId, data.committeeId)))
      .get();
    if (!leaderRole && !isActingOfficer(tx, leaderId, data.committeeId))
      throw invalid('leaderId', 'the project leader must hold a role in the committee');

    const row = {
      committeeId: data.committeeId,
      leaderId,
      standardId: target.standardId,
      newStandardDesignation: data.newStandard?.designation ?? null,
      newStandardKind: data.newStandard?.kind ?? null,
      publisher: data.newStandard?.publisher ?? null,
      titleEn: target.title.en,
      titleZh: target.title.zh,
      versionDesignation: data.versionDesignation,
      versionType: data.versionType,
      baseVersionId: base?.id ?? null,
      stage: 'PROPOSAL' as const,
      createdAt: at,
      updatedAt: at,
    };
    const draftId = Number(tx.insert(drafts).values(row).run().lastInsertRowid);
    if (replacedIds.length > 0)
      tx.insert(draftReplaces)
        .values(replacedIds.map((versionId) => ({ draftId, versionId })))
        .run();
    const eventId = recordDraftEvent(tx, {
      at,
      actorId,
      action: 'draft.created',
      entityId: draftId,
      data: { ...row, replaces: data.replaces },
    });
    return { draftId, eventId };
  }).draftId;
}

type Data = z.infer<typeof input>;

function resolveTarget(tx: Tx, data: Data): { standardId: number | null; title: { en: string; zh: string | null } } {
  if ((data.standardDesignation == null) === (data.newStandard == null)) {
    throw invalid('standardDesignation', 'give either the standard to revise or a new standard, not both or neither');
  }
  if (data.newStandard) {
    if (!data.title) throw invalid('title', 'a new standard needs a title');
    if (
      tx
        .select({ id: standards.id })
        .from(standards)
        .where(eq(standards.designationKey, designationKey(data.newStandard.designation)))
        .get()
    ) {
      throw new DomainError(
        'CONFLICT',
        `A standard ${data.newStandard.designation} exists already: revise it instead.`,
        { field: 'newStandard.designation' },
      );
    }
    assertDesignationOfStandard(data.versionDesignation, data.newStandard.designation);
    return { standardId: null, title: { en: data.title.en, zh: data.title.zh ?? null } };
  }
  const standard = tx
    .select()
    .from(standards)
    .where(eq(standards.designationKey, designationKey(data.standardDesignation!)))
    .get();
  if (!standard)
    throw new DomainError('NOT_FOUND', `No standard ${data.standardDesignation}.`, { field: 'standardDesignation' });
  assertResponsible(standard, data.committeeId);
  assertDesignationOfStandard(data.versionDesignation, standard.designation);
  const title = data.title
    ? { en: data.title.en, zh: data.title.zh ?? null }
    : { en: standard.titleEn, zh: standard.titleZh };
  return { standardId: standard.id, title };
}

/** A modification names its base: a base text of the same standard. A base text names none. */
function resolveBase(tx: Tx, data: Data, standardId: number | null) {
  if (!isModificationType(data.versionType)) {
    if (data.baseVersionDesignation != null)
      throw invalid('baseVersionDesignation', `${data.versionType} is a base text and has no base`);
    return null;
  }
  if (data.baseVersionDesignation == null)
    throw invalid('baseVersionDesignation', `${data.versionType} modifies a base version and must name it`);
  if (standardId === null) throw invalid('versionType', 'a new standard starts with a base text (EDITION or SERIES)');
  const base = tx
    .select()
    .from(versions)
    .where(eq(versions.designationKey, designationKey(data.baseVersionDesignation)))
    .get();
  if (!base)
    throw new DomainError('NOT_FOUND', `No version ${data.baseVersionDesignation}.`, {
      field: 'baseVersionDesignation',
    });
  if (base.standardId !== standardId)
    throw invalid('baseVersionDesignation', `${base.designation} is a version of another standard`);
  if (isModificationType(base.type))
    throw invalid(
      'baseVersionDesignation',
      `${base.designation} is itself a ${base.type}; a base must be an EDITION or SERIES`,
    );
  return base;
}

function resolveReplaces(tx: Tx, data: Data, baseId: number | null): number[] {
  if (data.replaces.length === 0) return [];
  const keys = data.replaces.map(designationKey);
  const found = tx
    .select({ id: versions.id, key: versions.designationKey })
    .from(versions)
    .where(inArray(versions.designationKey, keys))
    .all();
  const idOf = new Map(found.map((v) => [v.key, v.id]));
  return keys.map((key, k) => {
    const field = `replaces.${k}`;
    if (keys.indexOf(key) !== k) throw invalid(field, `${data.replaces[k]} is listed twice`);
    const id = idOf.get(key);
    if (id === undefined) throw new DomainError('NOT_FOUND', `${field}: no version ${data.replaces[k]}.`, { field });
    if (id === baseId) throw invalid(field, 'a modification modifies its base and never replaces it');
    return id;
  });
}
