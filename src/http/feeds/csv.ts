// A CSV writer (RFC 4180), hand-written: a few lines, and no CSV package is a dependency.
// Invariants: UTF-8 with a byte-order mark (Excel reads Chinese correctly only with it), CRLF line
// ends, a field quoted when it holds `"`, `,`, CR or LF, and a field that a spreadsheet would run
// as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) prefixed with `'`.

export const BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvLine = (values: readonly CsvValue[]): string => `${values.map(csvField).join(',')}\r\n`;

/** A whole CSV document: the byte-order mark, the header, then one line per row. */
export function writeCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  return [...csvChunks(header, rows)].join('');
}

/** The same document in chunks of `rowsPerChunk` rows, for a streamed response; rows are read as chunks are. */
export function* csvChunks(
  header: readonly string[],
  rows: Iterable<readonly CsvValue[]>,
  rowsPerChunk = 200,
): Generator<string> {
  yield BOM + csvLine(header);
  let lines: string[] = [];
  for (const row of rows) {
    lines.push(csvLine(row));
    if (lines.length === rowsPerChunk) {
      yield lines.join('');
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join('');
}
