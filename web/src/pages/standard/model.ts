import type {
  ApplicabilityScope,
  VersionStatus,
  WebStandardApplicabilityQuery,
  WebStandardQuery,
} from '../../gql/graphql.ts';
import { paths } from '../../app/paths.ts';

export type StandardData = NonNullable<WebStandardQuery['standard']>;
export type VersionData = StandardData['versions']['edges'][number]['node'];
export type ApplicabilityData = NonNullable<WebStandardApplicabilityQuery['standard']>;
export type { ApplicabilityScope, VersionStatus };

export const SCOPES: readonly ApplicabilityScope[] = ['NEW_TYPES', 'EXISTING_TYPES'];
const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u;

/** The page's question as the URL carries it: `on` (a real calendar day) and `scope`; else today, new types. */
export function questionOf(params: URLSearchParams, today: string): { on: string; scope: ApplicabilityScope } {
  const on = params.get('on') ?? '';
  const valid =
    ISO_DAY.test(on) &&
    !Number.isNaN(Date.parse(`${on}T00:00:00Z`)) &&
    new Date(`${on}T00:00:00Z`).toISOString().startsWith(on);
  const scope = params.get('scope');
  return { on: valid ? on : today, scope: scope === 'EXISTING_TYPES' ? 'EXISTING_TYPES' : 'NEW_TYPES' };
}

/** A standard's page asking the same question (date and scope); the language is added by the provider. */
export function standardLink(designation: string, on: string, scope: ApplicabilityScope): string {
  return `${paths.standard(designation)}?on=${on}&scope=${scope}`;
}

/** The designation in a URL path, raw (`GB/T 31486`) or encoded (`GB%2FT%2031486`). */
export function designationOfPath(splat: string | undefined): string {
  const raw = splat ?? '';
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return raw.trim();
  }
}

/** Base versions in the API's order (oldest recorded first), each followed by its modifications. */
export function groupedVersions(versions: readonly VersionData[]): { version: VersionData; isModification: boolean }[] {
  const bases = versions.filter((v) => !v.base);
  const rows = bases.flatMap((base) => [
    { version: base, isModification: false },
    ...versions
      .filter((v) => v.base?.designation === base.designation)
      .map((v) => ({ version: v, isModification: true })),
  ]);
  const listed = new Set(rows.map((r) => r.version.designation));
  return [
    ...rows,
    ...versions.filter((v) => !listed.has(v.designation)).map((v) => ({ version: v, isModification: true })),
  ];
}

/** An HTML id for a version's row, so relations within the page can point at it. */
export const rowId = (designation: string) => `version-${designation.replace(/[^A-Za-z0-9]+/gu, '-')}`;
