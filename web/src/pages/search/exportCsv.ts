import { writeCsv } from '../../../../src/http/feeds/csv.ts';
import type { Lang } from '../../i18n/language.tsx';
import type { Messages } from '../../i18n/messages.ts';
import type { VersionStatus } from './document.ts';
import type { HitGroup } from './groups.ts';

// The results as the reader sees them, one line per match, written by the server's own CSV writer
// (byte-order mark for Excel, CRLF, formula-looking values defused), so both exports read alike.
export const SEARCH_CSV_HEADER = [
  'standard',
  'title_en',
  'title_zh',
  'on',
  'scope',
  'applies',
  'applies_status',
  'replaced_by',
  'match',
  'version',
  'status',
  'status_label',
  'clause',
  'matched_text',
];

export function searchCsv(
  groups: readonly HitGroup[],
  context: { on: string; scope: string; lang: Lang; labels: Messages<VersionStatus> },
): string {
  const label = (status: VersionStatus | null | undefined) => (status ? context.labels[context.lang][status] : '');
  const rows = groups.flatMap((group) => {
    const common = [
      group.designation,
      group.title.en,
      group.title.zh,
      context.on,
      context.scope,
      group.applying?.designation,
      group.applying?.status,
      group.replacedBy.map((r) => r.designation).join('; '),
    ];
    const own = group.standardSnippet
      ? [
          [
            ...common,
            'STANDARD',
            group.applying?.designation,
            group.applying?.status,
            label(group.applying?.status),
            '',
            group.standardSnippet.parts.map((p) => p.text).join(''),
          ],
        ]
      : [];
    return [
      ...own,
      ...group.hits.map((hit) => [
        ...common,
        hit.kind,
        hit.version?.designation,
        hit.status,
        label(hit.status),
        hit.clause?.number,
        hit.snippet.parts.map((p) => p.text).join(''),
      ]),
    ];
  });
  return writeCsv(SEARCH_CSV_HEADER, rows);
}

/** Saves `text` as a file named `filename` (a link to an object URL: nothing leaves the browser). */
export function download(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
