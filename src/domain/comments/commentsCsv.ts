import { asc, eq } from 'drizzle-orm';
import type { Reader } from '../../db/types.ts';
import { commentThreads, revisionClauses } from '../../db/committee-tables.ts';
import { inPrintedOrder } from '../clause-tree.ts';
import type { CommentType, Disposition } from '../enums.ts';
import type { ThreadRow } from './access.ts';

/** The 8 columns of the ISO/IEC/CEN commenting template, in its order. */
export const TEMPLATE_COLUMNS = [
  'MB/NC',
  'Line number',
  'Clause/Subclause',
  'Paragraph/Figure/Table',
  'Type of comment',
  'Comments',
  'Proposed change',
  'Observations of the secretariat',
] as const;

/** The template's codes for the type of comment. */
const TYPE_CODES: Record<CommentType, string> = { GENERAL: 'ge', TECHNICAL: 'te', EDITORIAL: 'ed' };
const DISPOSITION_LABELS: Record<Disposition, string> = {
  ACCEPTED: 'Accepted',
  ACCEPTED_IN_PRINCIPLE: 'Accepted in principle',
  REJECTED: 'Rejected',
  NOTED: 'Noted',
};

/** One RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: string): string {
  // Spreadsheets run a cell starting with = + - @ (or a tab or CR) as a formula: comments may come
  // from any signed-in user during a public enquiry, so such a cell is made text with a leading '.
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** UTF-8 with a byte-order mark (so spreadsheets detect the encoding), CRLF after every record. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('')}`;
}

export function observationOf(thread: Pick<ThreadRow, 'status' | 'disposition' | 'observation'>): string {
  if (thread.status === 'WITHDRAWN') return 'Withdrawn by the commenter.';
  if (thread.disposition === null) return '';
  const label = DISPOSITION_LABELS[thread.disposition];
  return thread.observation ? `${label}. ${thread.observation}` : label;
}

/** One template row per thread (replies are discussion, not part of the table). */
export function templateRow(thread: ThreadRow): string[] {
  return [
    thread.organisation,
    thread.lineNumber ?? '',
    thread.clauseNumber ?? 'General',
    thread.paragraph ?? '',
    TYPE_CODES[thread.type],
    thread.comment,
    thread.proposedChange ?? '',
    observationOf(thread),
  ];
}

/**
 * The comment table of a revision: general comments first, then by clause in printed order, each
 * clause's comments in the order received. Two statements.
 */
export function revisionCommentsCsv(db: Reader, revisionId: number): string {
  const clauseRows = db
    .select({
      id: revisionClauses.id,
      parentId: revisionClauses.parentId,
      position: revisionClauses.position,
      number: revisionClauses.number,
      heading: revisionClauses.heading,
      text: revisionClauses.text,
      informative: revisionClauses.informative,
    })
    .from(revisionClauses)
    .where(eq(revisionClauses.revisionId, revisionId))
    .all();
  const rank = new Map(inPrintedOrder(clauseRows).map((c, k) => [c.number, k]));
  const threads = db
    .select()
    .from(commentThreads)
    .where(eq(commentThreads.revisionId, revisionId))
    .orderBy(asc(commentThreads.id))
    .all();
  const rankOf = (t: ThreadRow) =>
    t.clauseNumber === null ? -1 : (rank.get(t.clauseNumber) ?? Number.MAX_SAFE_INTEGER);
  const ordered = [...threads].sort((a, b) => rankOf(a) - rankOf(b) || a.id - b.id);
  return toCsv([TEMPLATE_COLUMNS, ...ordered.map(templateRow)]);
}
