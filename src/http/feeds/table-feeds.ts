import type { VersionStatusRow } from '../../domain/applicability/listVersionStatuses.ts';
import type { VersionStatus } from '../../domain/enums.ts';
import type { RegistryFile } from '../../domain/interchange/format.ts';
import type { CsvValue } from './csv.ts';
import type { Lang } from './params.ts';

// The version table (`/standards.csv`) and the streamed interchange file (`/export.json`).

const STATUS_WORDS: Record<Lang, Record<VersionStatus, string>> = {
  en: {
    UPCOMING: 'upcoming',
    IN_FORCE: 'in force',
    IN_TRANSITION: 'in transition',
    SUPERSEDED: 'superseded',
    WITHDRAWN: 'withdrawn',
    UNKNOWN: 'unknown',
  },
  zh: {
    UPCOMING: '即将实施',
    IN_FORCE: '现行',
    IN_TRANSITION: '过渡期',
    SUPERSEDED: '被代替',
    WITHDRAWN: '废止',
    UNKNOWN: '待定',
  },
};

export const STATUS_CSV_HEADER = [
  'standard',
  'kind',
  'title_en',
  'title_zh',
  'committee',
  'version',
  'type',
  'base',
  'published',
  'effective',
  'mandatory_new_types',
  'mandatory_existing_types',
  'withdrawn',
  'replaces',
  'replaced_by',
  'on',
  'scope',
  'status',
  'status_label',
  'mandatory',
] as const;

/** The rows, made as they are read. */
export function* statusCsvRows(
  rows: readonly VersionStatusRow[],
  on: string,
  scope: string,
  lang: Lang,
): Generator<CsvValue[]> {
  const names = (versions: readonly { designation: string }[]) => versions.map((v) => v.designation).join('; ');
  for (const r of rows)
    yield [
      r.standard.designation,
      r.standard.kind,
      r.version.titleEn ?? r.standard.titleEn,
      r.version.titleZh ?? r.standard.titleZh,
      r.standard.committeeCode,
      r.version.designation,
      r.version.type,
      r.base?.designation,
      r.version.published,
      r.version.effective,
      r.version.mandatoryNewTypes,
      r.version.mandatoryExistingTypes,
      r.version.withdrawn,
      names(r.replaces),
      names(r.replacedBy),
      on,
      scope,
      r.status,
      STATUS_WORDS[lang][r.status],
      r.mandatory === null ? '' : String(r.mandatory),
    ];
}

/**
 * The file as `JSON.stringify(file, null, 2)` writes it (and the CLI's `export`), a trailing newline
 * included, in chunks: the head, then one chunk per standard, so no single string holds the whole
 * registry.
 */
export function* interchangeChunks(file: RegistryFile): Generator<string> {
  const indent = (text: string, spaces: string) => text.replaceAll('\n', `\n${spaces}`);
  const head = JSON.stringify({ format: file.format, committees: file.committees }, null, 2);
  // `head` ends with "\n}": reopen the object to continue with the standards.
  yield `${head.slice(0, -2)},\n  "standards": ${file.standards.length === 0 ? '[]\n}\n' : '['}`;
  if (file.standards.length === 0) return;
  for (const [i, standard] of file.standards.entries()) {
    yield `${i === 0 ? '' : ','}\n    ${indent(JSON.stringify(standard, null, 2), '    ')}`;
  }
  yield '\n  ]\n}\n';
}
