import {
  APPLICABILITY_SCOPES,
  STANDARD_KINDS,
  VEHICLE_CATEGORIES,
  VERSION_STATUSES,
  VERSION_TYPES,
  REFERENCE_KINDS,
  ADOPTION_DEGREES,
} from '../../domain/enums.ts';
import { builder } from '../builder.ts';
import { enumOf } from './enum-of.ts';

export const StandardKindEnum = enumOf(
  'StandardKind',
  'The family a standard belongs to, which decides how it is designated and whether it is mandatory.',
  STANDARD_KINDS,
  {
    GB: 'Chinese mandatory national standard (GB).',
    GB_T: 'Chinese recommended national standard (GB/T).',
    UN_R: 'UNECE WP.29 UN Regulation.',
    ISO: 'ISO (or ISO/IEC, ISO/SAE) international standard.',
    SAE: 'SAE International standard.',
    OTHER: 'Any other publisher.',
  },
);

export const VersionTypeEnum = enumOf(
  'VersionType',
  'What kind of text a version is: a base text, or a modification of one.',
  VERSION_TYPES,
  {
    EDITION: 'A base text identified by year (GB, ISO, SAE editions).',
    SERIES: 'A UN Regulation series of amendments: a base text; series run in parallel.',
    SUPPLEMENT: 'A UN supplement to a series; modifies its base and never replaces it.',
    AMENDMENT: 'An amendment (ISO Amd, GB 修改单); modifies its base and never replaces it.',
    CORRIGENDUM: 'A correction of its base; never replaces it.',
  },
);

export const ApplicabilityScopeEnum = enumOf(
  'ApplicabilityScope',
  'Whom the applicability question is about.',
  APPLICABILITY_SCOPES,
  {
    NEW_TYPES: 'New type approvals (the default).',
    EXISTING_TYPES: 'Types approved before, e.g. for extensions or conformity of production.',
  },
);

export const VersionStatusEnum = enumOf(
  'VersionStatus',
  'The status of a version on a date for a scope; computed for the date, never stored.',
  VERSION_STATUSES,
  {
    UPCOMING: 'Has not taken effect yet on the date.',
    IN_FORCE: 'Applies, and nothing that replaces it has taken effect.',
    IN_TRANSITION:
      'Still applies, but a replacement has taken effect and its cut-off for the scope is ahead (or, for ' +
      'existing types, there is none).',
    SUPERSEDED: 'Stopped applying: a replacement reached its cut-off for the scope.',
    WITHDRAWN: 'Stopped applying on its withdrawal date (wins over SUPERSEDED).',
    UNKNOWN: 'The record cannot decide (dates unknown or of reduced precision); never a guess.',
  },
);

export const ReferenceKindEnum = enumOf(
  'ReferenceKind',
  'How a version relates to the document it names.',
  REFERENCE_KINDS,
  {
    NORMATIVE_REFERENCE: 'Cited as indispensable for applying the version.',
    INFORMATIVE_REFERENCE: 'Cited for information only.',
    ADOPTS: 'The version adopts the named document (e.g. a GB/T adopting an ISO standard), with a degree.',
  },
);

export const AdoptionDegreeEnum = enumOf(
  'AdoptionDegree',
  'Degree of correspondence of an adoption (ISO/IEC Guide 21-1).',
  ADOPTION_DEGREES,
  {
    IDT: 'Identical.',
    MOD: 'Modified.',
    NEQ: 'Not equivalent.',
  },
);

export const VehicleCategoryEnum = enumOf(
  'VehicleCategory',
  'A UN R.E.3 vehicle category, as used in China too (GB/T 15089).',
  VEHICLE_CATEGORIES,
  {
    M1: "Passenger vehicles with at most eight seats besides the driver's.",
    M2: 'Buses and coaches with more than eight passenger seats, at most 5 t.',
    M3: 'Buses and coaches with more than eight passenger seats, over 5 t.',
    N1: 'Goods vehicles of at most 3.5 t.',
    N2: 'Goods vehicles over 3.5 t and at most 12 t.',
    N3: 'Goods vehicles over 12 t.',
    O1: 'Trailers of at most 0.75 t.',
    O2: 'Trailers over 0.75 t and at most 3.5 t.',
    O3: 'Trailers over 3.5 t and at most 10 t.',
    O4: 'Trailers over 10 t.',
    L1: 'Two-wheeled mopeds.',
    L2: 'Three-wheeled mopeds.',
    L3: 'Two-wheeled motorcycles.',
    L4: 'Motorcycles with sidecars.',
    L5: 'Motor tricycles.',
    L6: 'Light quadricycles.',
    L7: 'Heavy quadricycles.',
  },
);

export const DatePrecisionEnum = builder.enumType('DatePrecision', {
  description: 'How precisely the date of a change is known.',
  values: {
    DAY: { description: 'The day is known.' },
    MONTH: { description: 'Only the month is known (e.g. a publication dated `2026-07`).' },
    YEAR: { description: 'Only the year is known.' },
    RANGE: { description: 'Bounded by other versions of the chain: somewhere from `earliest` to `latest`.' },
  },
});
