import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/types.ts';
import { commentThreads, draftRevisions } from '../../db/committee-tables.ts';
import { COMMENT_TYPES, type CommentType } from '../enums.ts';
import { TEMPLATE_COLUMNS, templateRow, toCsv } from './commentsCsv.ts';
import type { CsvRecord } from './csvRecords.ts';

// The comment sheet of a draft: the 8 columns of the ISO/IEC/CEN template, then the registry's own
// (revision, thread, status, disposition). Exported with every thread of every revision; read back
// as new comments on the current revision from the rows without a thread, the rest left as they are.

export const SHEET_COLUMNS = [...TEMPLATE_COLUMNS, 'Revision', 'Thread', 'Status', 'Disposition'] as const;

const COLUMN = Object.fromEntries(SHEET_COLUMNS.map((name, k) => [name, k])) as Record<
  (typeof SHEET_COLUMNS)[number],
  number
>;

/** Every thread of the draft, by revision then in the order received. */
export function draftCommentSheet(db: Pick<Db, 'select'>, draftId: number): string {
  const rows = db
    .select({ thread: commentThreads, revision: draftRevisions.number })
    .from(commentThreads)
    .innerJoin(draftRevisions, eq(draftRevisions.id, commentThreads.revisionId))
    .where(eq(draftRevisions.draftId, draftId))
    .orderBy(asc(draftRevisions.number), asc(commentThreads.id))
    .all();
  return toCsv([
    SHEET_COLUMNS,
    ...rows.map(({ thread, revision }) => [
      ...templateRow(thread),
      String(revision),
      String(thread.id),
      thread.status,
      thread.disposition ?? '',
    ]),
  ]);
}

export interface SheetComment {
  line: number;
  organisation: string | null;
  lineNumber: string | null;
  clauseNumber: string | null;
  paragraph: string | null;
  type: CommentType;
  comment: string;
  proposedChange: string | null;
}

export interface SheetProblem {
  line: number;
  column?: string;
  message: string;
}

const TYPE_OF: Record<string, CommentType> = {
  ge: 'GENERAL',
  te: 'TECHNICAL',
  ed: 'EDITORIAL',
  ...Object.fromEntries(COMMENT_TYPES.map((t) => [t.toLowerCase(), t])),
};

/** The export made a cell text with a leading `'` where a spreadsheet would run it as a formula. */
const cell = (value: string | undefined) => {
  const trimmed = (value ?? '').trim();
  const unguarded = /^'[=+\-@]/u.test(trimmed) ? trimmed.slice(1) : trimmed;
  return unguarded === '' ? null : unguarded;
};

/**
 * The new comments of a sheet (rows with no thread), and every problem found, each with its line.
 * `threadIds` are the threads of the draft: a row naming another is a problem.
 */
export function readCommentSheet(
  records: readonly CsvRecord[],
  threadIds: ReadonlySet<number>,
): { comments: SheetComment[]; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  const [header, ...rows] = records;
  const expected = SHEET_COLUMNS.join(',');
  if (!header || header.fields.map((f) => f.trim()).join(',') !== expected) {
    return { comments: [], problems: [{ line: header?.line ?? 1, message: `the first line must be: ${expected}` }] };
  }
  const comments: SheetComment[] = [];
  for (const { line, fields } of rows) {
    if (fields.length !== SHEET_COLUMNS.length) {
      problems.push({ line, message: `${fields.length} columns where the sheet has ${SHEET_COLUMNS.length}` });
      continue;
    }
    const thread = cell(fields[COLUMN.Thread]);
    if (thread !== null) {
      if (!/^\d+$/u.test(thread) || !threadIds.has(Number(thread)))
        problems.push({ line, column: 'Thread', message: `no thread ${thread} on this draft` });
      continue;
    }
    const typeText = cell(fields[COLUMN['Type of comment']]);
    const type = typeText === null ? undefined : TYPE_OF[typeText.toLowerCase()];
    if (type === undefined)
      problems.push({
        line,
        column: 'Type of comment',
        message: 'must be ge, te or ed (general, technical, editorial)',
      });
    const comment = cell(fields[COLUMN.Comments]);
    if (comment === null) problems.push({ line, column: 'Comments', message: 'must not be empty' });
    if (type === undefined || comment === null) continue;
    const clause = cell(fields[COLUMN['Clause/Subclause']]);
    comments.push({
      line,
      organisation: cell(fields[COLUMN['MB/NC']]),
      lineNumber: cell(fields[COLUMN['Line number']]),
      clauseNumber: clause === null || clause.toLowerCase() === 'general' ? null : clause,
      paragraph: cell(fields[COLUMN['Paragraph/Figure/Table']]),
      type,
      comment,
      proposedChange: cell(fields[COLUMN['Proposed change']]),
    });
  }
  return { comments, problems };
}
