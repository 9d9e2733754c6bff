/**
 * Reads RFC 4180 CSV (as spreadsheets save it: optional byte-order mark, CRLF or LF, quoted fields
 * with doubled quotes and line breaks inside) into records, each with the line it starts on.
 * Hand-written: no CSV package is a dependency, and error messages need the line numbers.
 */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export function readCsvRecords(text: string): CsvRecord[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let k = 0;
  let quotedField = false;
  const endField = () => {
    fields.push(field);
    field = '';
    quotedField = false;
  };
  const endRecord = () => {
    endField();
    // A blank line is no record (spreadsheets leave them at the end).
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields });
    fields = [];
  };
  while (k < source.length) {
    const ch = source[k]!;
    if (ch === '"' && field === '' && !quotedField) {
      const open = line;
      k += 1;
      for (;;) {
        if (k >= source.length) throw new CsvSyntaxError(open, `line ${open}: a quoted field is never closed`);
        const c = source[k]!;
        if (c === '"') {
          if (source[k + 1] === '"') {
            field += '"';
            k += 2;
            continue;
          }
          k += 1;
          break;
        }
        if (c === '\n') line += 1;
        field += c;
        k += 1;
      }
      quotedField = true;
      const next = source[k];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n')
        throw new CsvSyntaxError(line, `line ${line}: text after a closing quote`);
      continue;
    }
    if (ch === ',') {
      endField();
      k += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      k += ch === '\r' && source[k + 1] === '\n' ? 2 : 1;
      line += 1;
      start = line;
    } else {
      if (quotedField) throw new CsvSyntaxError(line, `line ${line}: text after a closing quote`);
      field += ch;
      k += 1;
    }
  }
  if (field !== '' || fields.length > 0 || quotedField) endRecord();
  return records;
}
