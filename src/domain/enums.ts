// One `as const` array per enum: it drives the TypeScript type, the column check and the GraphQL enum.

export const STANDARD_KINDS = ['GB', 'GB_T', 'UN_R', 'ISO', 'SAE', 'OTHER'] as const;
export type StandardKind = (typeof STANDARD_KINDS)[number];

export const VERSION_TYPES = ['EDITION', 'SERIES', 'SUPPLEMENT', 'AMENDMENT', 'CORRIGENDUM'] as const;
export type VersionType = (typeof VERSION_TYPES)[number];

/** Base texts stand alone; modifications amend a base version and never replace it. */
export const BASE_VERSION_TYPES = ['EDITION', 'SERIES'] as const satisfies readonly VersionType[];
export const MODIFICATION_TYPES = ['SUPPLEMENT', 'AMENDMENT', 'CORRIGENDUM'] as const satisfies readonly VersionType[];

export function isModificationType(type: VersionType): boolean {
  return (MODIFICATION_TYPES as readonly VersionType[]).includes(type);
}

export const REFERENCE_KINDS = ['NORMATIVE_REFERENCE', 'INFORMATIVE_REFERENCE', 'ADOPTS'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export const ADOPTION_DEGREES = ['IDT', 'MOD', 'NEQ'] as const;
export type AdoptionDegree = (typeof ADOPTION_DEGREES)[number];

export const APPLICABILITY_SCOPES = ['NEW_TYPES', 'EXISTING_TYPES'] as const;
export type ApplicabilityScope = (typeof APPLICABILITY_SCOPES)[number];

export const VERSION_STATUSES = ['UPCOMING', 'IN_FORCE', 'IN_TRANSITION', 'SUPERSEDED', 'WITHDRAWN', 'UNKNOWN'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];
