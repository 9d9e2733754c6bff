import { writeCsv } from '../../../../src/http/feeds/csv.ts';
import { groupedVersions, type VersionData, type VersionStatus } from './model.ts';

/**
 * The versions table as CSV (UTF-8 with BOM, CRLF, formula-safe: the server's writer): the dates as recorded
 * (partial ones stay partial), the type and status as the page words them.
 */
export function versionsCsv(
  versions: readonly VersionData[],
  statuses: ReadonlyMap<string, VersionStatus>,
  /** The column headers, in the order of the columns below (the table's texts). */
  header: readonly string[],
  words: { type(type: VersionData['type']): string; status(status: VersionStatus): string },
): string {
  const rows = groupedVersions(versions).map(({ version: v }) => {
    const status = statuses.get(v.designation);
    return [
      v.designation,
      words.type(v.type),
      v.published,
      v.effective,
      v.mandatoryNewTypes,
      v.mandatoryExistingTypes,
      v.withdrawn,
      status ? words.status(status) : '',
      v.replaces.map((r) => r.designation).join('; '),
      v.replacedBy.map((r) => r.designation).join('; '),
    ];
  });
  return writeCsv(header, rows);
}

/** Saves text as a file through a temporary object URL (no server round trip). */
export function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from a designation and the question: `GB-T-31486_2025-06-01_NEW_TYPES.csv`. */
export const csvFileName = (designation: string, on: string, scope: string) =>
  `${designation.replace(/[^A-Za-z0-9]+/gu, '-')}_${on}_${scope}.csv`;
