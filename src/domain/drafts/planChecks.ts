import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { Db } from '../../db/types.ts';
import { draftReplaces, drafts } from '../../db/committee-tables.ts';
import { replacementConsents } from '../../db/oversight-tables.ts';
import { standards, versions } from '../../db/tables.ts';
import { designationKey, normaliseDesignation } from '../designation.ts';
import { DomainError } from '../errors.ts';

// What a draft plans is checked when it is proposed, not when it is published: the version's
// designation is its standard's and no other active draft plans it, the committee is responsible
// for the standard, and replacing another committee's version waits for that committee's consent.

type Reader = Pick<Db, 'select'>;

/** Stages of drafts that no longer plan anything: what they planned exists, or never will. */
const CLOSED_STAGES = ['PUBLISHED', 'CANCELLED'] as const;

/**
 * A version designation belongs to a standard when, as the registry spells both, it starts with
 * the standard's designation followed by something that cannot continue it: `GB 38031-2026` and
 * `UN R155 01 series` do; `GB 380311-2026`, `GB 38031.2-2026` and `GB/T 38031-2026` do not.
 */
export function designationBelongsTo(versionDesignation: string, standardDesignation: string): boolean {
  const version = normaliseDesignation(versionDesignation).toUpperCase();
  const root = normaliseDesignation(standardDesignation).toUpperCase();
  if (!version.startsWith(root) || version.length === root.length) return false;
  return !/[\p{L}\p{N}.]/u.test(version[root.length]!);
}

export function assertDesignationOfStandard(
  versionDesignation: string,
  standardDesignation: string,
  field = 'versionDesignation',
): void {
  if (designationBelongsTo(versionDesignation, standardDesignation)) return;
  throw new DomainError(
    'DESIGNATION_NOT_OF_STANDARD',
    `${field}: ${versionDesignation} is not a designation of ${standardDesignation}`,
    { field },
  );
}

/**
 * Refuses a version designation or a new standard that another active draft (not `exceptDraftId`,
 * the one publishing) already plans.
 */
export function assertNotPlanned(
  db: Reader,
  plan: { versionDesignation: string; newStandard: string | null },
  options: { exceptDraftId?: number; field?: string } = {},
): void {
  const active = db
    .select({ id: drafts.id, version: drafts.versionDesignation, standard: drafts.newStandardDesignation })
    .from(drafts)
    .where(notInArray(drafts.stage, [...CLOSED_STAGES]))
    .all()
    .filter((d) => d.id !== options.exceptDraftId);
  const versionKey = designationKey(plan.versionDesignation);
  const sameVersion = active.find((d) => designationKey(d.version) === versionKey);
  if (sameVersion) {
    throw new DomainError('DESIGNATION_PLANNED', `Another draft already plans ${plan.versionDesignation}.`, {
      field: options.field ?? 'versionDesignation',
      draftId: sameVersion.id,
    });
  }
  if (plan.newStandard === null) return;
  const standardKey = designationKey(plan.newStandard);
  const sameStandard = active.find((d) => d.standard !== null && designationKey(d.standard) === standardKey);
  if (sameStandard) {
    throw new DomainError('DESIGNATION_PLANNED', `Another draft already proposes the standard ${plan.newStandard}.`, {
      field: 'newStandard.designation',
      draftId: sameStandard.id,
    });
  }
}

/** Only the committee responsible for a standard revises it; a standard with none waits for an administrator. */
export function assertResponsible(
  standard: { designation: string; committeeId: number | null },
  committeeId: number,
): void {
  if (standard.committeeId === committeeId) return;
  const message =
    standard.committeeId === null
      ? `No committee is responsible for ${standard.designation} yet: an administrator assigns one first.`
      : `${standard.designation} is the responsibility of another committee.`;
  throw new DomainError('NOT_RESPONSIBLE_COMMITTEE', message, { field: 'standardDesignation' });
}

export interface ReplacementConsent {
  versionId: number;
  designation: string;
  /** The committee whose consent is needed (null: the standard has none; an administrator's then). */
  committeeId: number | null;
  consent: { personId: number; asAdministrator: boolean; at: string } | null;
}

/**
 * The replaced versions that belong to other committees (or to none) than the drafts', each with
 * the consent given, if any. Publication waits until every one has a consent.
 */
export function replacementConsentsOf(db: Reader, draftIds: readonly number[]): Map<number, ReplacementConsent[]> {
  const out = new Map<number, ReplacementConsent[]>(draftIds.map((id) => [id, []]));
  if (draftIds.length === 0) return out;
  const rows = db
    .select({
      draftId: draftReplaces.draftId,
      draftCommitteeId: drafts.committeeId,
      versionId: versions.id,
      designation: versions.designation,
      committeeId: standards.committeeId,
      personId: replacementConsents.personId,
      asAdministrator: replacementConsents.asAdministrator,
      at: replacementConsents.at,
    })
    .from(draftReplaces)
    .innerJoin(drafts, eq(drafts.id, draftReplaces.draftId))
    .innerJoin(versions, eq(versions.id, draftReplaces.versionId))
    .innerJoin(standards, eq(standards.id, versions.standardId))
    .leftJoin(
      replacementConsents,
      and(eq(replacementConsents.draftId, draftReplaces.draftId), eq(replacementConsents.versionId, versions.id)),
    )
    .where(inArray(draftReplaces.draftId, [...draftIds]))
    .orderBy(versions.id)
    .all();
  for (const row of rows) {
    if (row.committeeId === row.draftCommitteeId) continue;
    out.get(row.draftId)!.push({
      versionId: row.versionId,
      designation: row.designation,
      committeeId: row.committeeId,
      consent:
        row.personId === null ? null : { personId: row.personId, asAdministrator: row.asAdministrator!, at: row.at! },
    });
  }
  return out;
}

export function assertReplacementsConsented(db: Reader, draftId: number): void {
  const missing = replacementConsentsOf(db, [draftId])
    .get(draftId)!
    .filter((r) => r.consent === null);
  if (missing.length === 0) return;
  throw new DomainError(
    'CONSENT_REQUIRED',
    `Replacing ${missing.map((r) => r.designation).join(', ')} needs the consent of the committee responsible ` +
      '(its officers) or of an administrator.',
    { designations: missing.map((r) => r.designation) },
  );
}
