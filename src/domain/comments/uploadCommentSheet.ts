import { and, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { commentThreads, draftRevisions, people, revisionClauses } from '../../db/committee-tables.ts';
import { assertAllowed } from '../accounts/permissions.ts';
import { draftSubject, loadDraft } from '../drafts/access.ts';
import { checkComment } from '../drafts/lifecycle.ts';
import { recordDraftEvent, writeDraftChange } from '../drafts/write.ts';
import { DomainError } from '../errors.ts';
import { nowIso, parseInput, requireSignedIn, type VerbArgs } from '../verb.ts';
import { readCommentSheet, type SheetProblem } from './commentSheet.ts';
import { templateFields } from './createCommentThread.ts';
import { type CsvRecord, CsvSyntaxError, readCsvRecords } from './csvRecords.ts';

/** Sheets are small: a national body's comments on one draft. */
const MAX_SHEET_CHARS = 1_000_000;
const MAX_NEW_COMMENTS = 1_000;

const input = z.object({
  draftId: z.number().int().positive(),
  csv: z.string().max(MAX_SHEET_CHARS, `at most ${MAX_SHEET_CHARS} characters`),
});
export type UploadCommentSheetInput = z.input<typeof input>;

const row = z.object(templateFields);

/**
 * A filled comment sheet (the columns `Draft.commentSheet` exports) read back as new comments on the
 * current revision, by the uploader: all of them or, with any problem, none (every problem listed
 * with its line). Rows naming a thread are the draft's existing comments and are left as they are.
 */
export function uploadCommentSheet({ ctx, input: raw }: VerbArgs<UploadCommentSheetInput>): number[] {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  const at = nowIso(ctx);
  return writeDraftChange(ctx, (tx) => {
    const draft = loadDraft(tx, data.draftId);
    assertAllowed(viewer, 'comment.create', draftSubject(draft));
    const revision = tx
      .select()
      .from(draftRevisions)
      .where(eq(draftRevisions.draftId, draft.id))
      .orderBy(desc(draftRevisions.number))
      .get();
    const check = checkComment(draft.stage, { revisionCount: revision?.number ?? 0 });
    if (!check.ok) throw new DomainError('ILLEGAL_TRANSITION', check.reason);
    let records: CsvRecord[];
    try {
      records = readCsvRecords(data.csv);
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      throw sheetError([{ line: error.line, message: error.message.replace(/^line \d+: /u, '') }]);
    }
    const threadIds = new Set(
      tx
        .select({ id: commentThreads.id })
        .from(commentThreads)
        .innerJoin(draftRevisions, eq(draftRevisions.id, commentThreads.revisionId))
        .where(eq(draftRevisions.draftId, draft.id))
        .all()
        .map((t) => t.id),
    );
    const { comments, problems } = readCommentSheet(records, threadIds);
    const clauses = new Set(
      tx
        .select({ number: revisionClauses.number })
        .from(revisionClauses)
        .where(
          and(
            eq(revisionClauses.revisionId, revision!.id),
            inArray(
              revisionClauses.number,
              comments.map((c) => c.clauseNumber ?? ''),
            ),
          ),
        )
        .all()
        .map((c) => c.number),
    );
    const ownOrganisation =
      tx.select({ organisation: people.organisation }).from(people).where(eq(people.id, viewer.personId)).get()
        ?.organisation ?? null;
    const rows = [];
    for (const comment of comments) {
      if (comment.clauseNumber !== null && !clauses.has(comment.clauseNumber))
        problems.push({
          line: comment.line,
          column: 'Clause/Subclause',
          message: `revision ${revision!.number} has no clause ${comment.clauseNumber}`,
        });
      if (comment.organisation === null && ownOrganisation === null) {
        problems.push({ line: comment.line, column: 'MB/NC', message: 'your record names no organisation: give one' });
        continue;
      }
      const parsed = row.safeParse({ ...comment, organisation: comment.organisation ?? ownOrganisation });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        problems.push({ line: comment.line, column: String(issue.path[0]), message: issue.message });
        continue;
      }
      rows.push({
        revisionId: revision!.id,
        authorId: viewer.personId,
        ...parsed.data,
        clauseNumber: parsed.data.clauseNumber ?? null,
        lineNumber: parsed.data.lineNumber ?? null,
        paragraph: parsed.data.paragraph ?? null,
        proposedChange: parsed.data.proposedChange ?? null,
        createdAt: at,
        updatedAt: at,
      });
    }
    if (problems.length === 0 && rows.length === 0)
      problems.push({ line: 1, message: 'the sheet has no new comments (rows with an empty Thread column)' });
    if (rows.length > MAX_NEW_COMMENTS)
      problems.push({ line: 1, message: `at most ${MAX_NEW_COMMENTS} new comments per sheet` });
    if (problems.length > 0) throw sheetError(problems);
    const ids = rows.map((r) => Number(tx.insert(commentThreads).values(r).run().lastInsertRowid));
    const eventId = recordDraftEvent(tx, {
      at,
      actorId: viewer.personId,
      action: 'comment.sheetUploaded',
      entityId: draft.id,
      data: { revisionId: revision!.id, threadIds: ids },
    });
    return { draftId: draft.id, eventId, threadIds: ids };
  }).threadIds;
}

function sheetError(problems: SheetProblem[]): DomainError {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  const first = sorted[0]!;
  const more = sorted.length > 1 ? ` (and ${sorted.length - 1} more problem(s))` : '';
  const where = first.column ? `line ${first.line}, ${first.column}` : `line ${first.line}`;
  return new DomainError('INVALID_COMMENT_SHEET', `${where}: ${first.message}${more}`, { problems: sorted });
}
