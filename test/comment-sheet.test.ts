import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { codeOf, draftInCommittee, executeAs, ok, setUpCommittee, type Committee } from './support/committee.ts';
import { createTestDb } from './support/db.ts';
import { ORIGIN, sessionCookieFor } from './support/sessions.ts';

// The comment sheet: a draft's comments as CSV in the ISO/IEC/CEN template columns (plus revision,
// thread, status, disposition), and the same sheet, filled in, read back as new comments, all or none.

const Comment = graphql(`
  mutation SheetComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id
    lockVersion } } }
`);
const Dispose = graphql(`
  mutation SheetDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { thread { status } } }
`);
const SheetPath = graphql(`query SheetPath($id: ID!) { draft(id: $id) { commentSheetPath } }`);
const Upload = graphql(`
  mutation SheetUpload($input: UploadCommentSheetInput!) {
    uploadCommentSheet(input: $input) {
      threads { organisation clauseNumber type comment proposedChange author { name } revision { number } }
    }
  }
`);

let c: Committee;
let draftId: string;
beforeEach(async () => {
  c = setUpCommittee(createTestDb().db);
  const draft = await draftInCommittee(c);
  draftId = draft.draftId;
  const thread = ok(
    await executeAs(c.app, c.members[0].token, Comment, {
      input: {
        revisionId: draft.revisionId,
        clauseNumber: '5.1',
        type: 'TECHNICAL',
        comment: 'Five minutes is too short, say "10 min".',
        proposedChange: '=10 min',
      },
    }),
  ).createCommentThread.thread;
  ok(
    await executeAs(c.app, c.secretary.token, Dispose, {
      input: { threadId: thread.id, lockVersion: thread.lockVersion, disposition: 'ACCEPTED' },
    }),
  );
});

const HEADER =
  'MB/NC,Line number,Clause/Subclause,Paragraph/Figure/Table,Type of comment,Comments,Proposed change,' +
  'Observations of the secretariat,Revision,Thread,Status,Disposition';

async function download(token: string | null, path?: string) {
  const sheetPath =
    path ?? ok(await executeAs(c.app, c.secretary.token, SheetPath, { id: draftId })).draft!.commentSheetPath;
  return c.app.fetch(`http://registry.test${sheetPath}`, {
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });
}
const threadCount = () => c.db.$client.prepare('select count(*) from comment_threads').pluck().get();
const upload = (csv: string, token = c.members[1].token) =>
  executeAs(c.app, token, Upload, { input: { draftId, csv } });

describe('downloading the comment sheet', () => {
  it('answers the template columns with thread, status and disposition to those who read the draft', async () => {
    const response = await download(c.observer.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('cache-control')).toContain('no-store');
    const text = await response.text();
    const threadId = c.db.$client.prepare('select id from comment_threads').pluck().get();
    expect(text).toBe(
      `\uFEFF${HEADER}\r\n` +
        `Test Lab,,5.1,,te,"Five minutes is too short, say ""10 min"".",'=10 min,Accepted,1,${threadId},RESOLVED,` +
        'ACCEPTED\r\n',
    );
  });

  it('reads as a draft that does not exist to outsiders, and needs a sign-in', async () => {
    expect((await download(c.outsider.token)).status).toBe(404);
    expect((await download(null)).status).toBe(401);
    expect((await download(c.observer.token, '/drafts/not-an-id/comments.csv')).status).toBe(404);
  });

  it('answers a signed-in browser by its session cookie, and not when another site asks for it', async () => {
    const path = ok(await executeAs(c.app, c.secretary.token, SheetPath, { id: draftId })).draft!.commentSheetPath;
    const cookie = `vsr_session=${sessionCookieFor(c.db, c.observer.personId, c.clock.now)}`;
    const own = await c.app.fetch(`${ORIGIN}${path}`, { headers: { cookie, 'sec-fetch-site': 'same-origin' } });
    expect(own.status).toBe(200);
    expect(await own.text()).toContain('Five minutes is too short');
    const outsider = `vsr_session=${sessionCookieFor(c.db, c.outsider.personId, c.clock.now)}`;
    expect((await c.app.fetch(`${ORIGIN}${path}`, { headers: { cookie: outsider } })).status).toBe(404);
    const crossSite = await c.app.fetch(`${ORIGIN}${path}`, { headers: { cookie, 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
  });
});

describe('uploading a filled sheet', () => {
  it('adds the rows without a thread as comments on the current revision, by the uploader', async () => {
    const exported = await (await download(c.members[1].token)).text();
    const filled =
      exported +
      'CATARC,12,5.2,Table 3,ed,"Typo: ""circiut"".",circuit,,,,,\r\n' +
      ',,General,,TE,"Add a test\nfor cold climates.",,,,,,\r\n';
    const threads = ok(await upload(filled)).uploadCommentSheet.threads;
    expect(threads).toEqual([
      {
        organisation: 'CATARC',
        clauseNumber: '5.2',
        type: 'EDITORIAL',
        comment: 'Typo: "circiut".',
        proposedChange: 'circuit',
        author: { name: 'Mo Member' },
        revision: { number: 1 },
      },
      {
        organisation: 'Test Lab',
        clauseNumber: null,
        type: 'TECHNICAL',
        comment: 'Add a test\nfor cold climates.',
        proposedChange: null,
        author: { name: 'Mo Member' },
        revision: { number: 1 },
      },
    ]);
    expect(threadCount()).toBe(3);
  });

  it('refuses the whole sheet over any problem, listing each with its line, and stores nothing', async () => {
    const sheet =
      `${HEADER}\r\n` +
      'CATARC,,5.2,,ed,Fine.,,,,,,\r\n' +
      'CATARC,,9.9,,te,Unknown clause.,,,,,,\r\n' +
      'CATARC,,1,,xx,Bad type.,,,,,,\r\n' +
      'CATARC,,1,,ge,,,,,,,\r\n' +
      'CATARC,,1,,ge,Someone else.,,,,99999,,\r\n' +
      'too,few\r\n';
    const refused = await upload(sheet);
    expect(codeOf(refused)).toBe('INVALID_COMMENT_SHEET');
    expect(refused.errors?.[0]?.message).toBe(
      'line 3, Clause/Subclause: revision 1 has no clause 9.9 (and 4 more problem(s))',
    );
    expect((refused.errors![0]!.extensions as { problems: unknown }).problems).toEqual([
      { line: 3, column: 'Clause/Subclause', message: 'revision 1 has no clause 9.9' },
      { line: 4, column: 'Type of comment', message: 'must be ge, te or ed (general, technical, editorial)' },
      { line: 5, column: 'Comments', message: 'must not be empty' },
      { line: 6, column: 'Thread', message: 'no thread 99999 on this draft' },
      { line: 7, message: '2 columns where the sheet has 12' },
    ]);
    expect(threadCount()).toBe(1);
  });

  it('refuses a sheet with another header, an unclosed quote, or no new comment', async () => {
    expect((await upload('Clause,Comment\r\n1,x\r\n')).errors?.[0]?.message).toContain(
      'line 1: the first line must be',
    );
    const unclosed = await upload(`${HEADER}\r\nCATARC,,1,,ge,"Never closed.\r\n`);
    expect(unclosed.errors?.[0]?.message).toBe('line 2: a quoted field is never closed');
    expect(codeOf(await upload(`${HEADER}\r\n`))).toBe('INVALID_COMMENT_SHEET');
    expect(threadCount()).toBe(1);
  });

  it('is for those who may comment on the draft', async () => {
    const sheet = `${HEADER}\r\nCATARC,,1,,ge,Hello.,,,,,,\r\n`;
    expect(codeOf(await upload(sheet, c.outsider.token))).toBe('FORBIDDEN');
    expect(threadCount()).toBe(1);
  });
});
