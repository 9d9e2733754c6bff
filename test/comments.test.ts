import type { VariablesOf } from '@graphql-typed-document-node/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import {
  codeOf,
  draftInCommittee,
  executeAs,
  moveTo,
  ok,
  readStage,
  setUpCommittee,
  type Committee,
} from './support/committee.ts';
import { createTestDb } from './support/db.ts';

const CreateThread = graphql(`
  mutation CreateThread($input: CreateCommentThreadInput!) {
    createCommentThread(input: $input) {
      thread { id organisation clauseNumber lineNumber paragraph type comment proposedChange status lockVersion author {
        name } revision { number } }
    }
  }
`);
const Reply = graphql(`
  mutation Reply($input: ReplyToCommentInput!) { replyToComment(input: $input) { reply { body author { name } } thread {
    replies { body } } } }
`);
const Edit = graphql(`
  mutation Edit($input: EditCommentInput!) { editComment(input: $input) { thread { comment type clauseNumber
    proposedChange lockVersion } } }
`);
const Withdraw = graphql(`
  mutation Withdraw($input: WithdrawCommentInput!) { withdrawComment(input: $input) { thread { status lockVersion } } }
`);
const Dispose = graphql(`
  mutation Dispose($input: DisposeCommentInput!) {
    disposeComment(input: $input) { thread { status disposition observation disposedBy { name } lockVersion } }
  }
`);
const ThreadView = graphql(`
  query ThreadView($id: ID!) {
    node(id: $id) {
      ... on CommentThread {
        status comment lockVersion
        replies { body author { name } }
        viewerCanEdit viewerCanWithdraw viewerCanDispose viewerCanReply
      }
    }
  }
`);
const RevisionComments = graphql(`
  query RevisionComments($id: ID!) {
    node(id: $id) { ... on DraftRevision { threads(first: 10) { totalCount edges { node { comment status } } }
      commentsCsv } }
  }
`);
const DraftHistory = graphql(`
  query DraftHistory($id: ID!) { draft(id: $id) { history { edges { node { action data } } } } }
`);

let c: Committee;
let draftId: string;
let revisionId: string;
beforeEach(async () => {
  c = setUpCommittee(createTestDb().db);
  ({ draftId, revisionId } = await draftInCommittee(c));
});

const comment = async (token: string, input: Record<string, unknown> = {}) =>
  executeAs(c.app, token, CreateThread, {
    input: { revisionId, type: 'TECHNICAL', clauseNumber: '5.1', comment: 'Five minutes is too short.', ...input },
  } as VariablesOf<typeof CreateThread>);

const threadRow = (id: string) =>
  c.db.$client
    .prepare('select * from comment_threads where id = ?')
    .get(Number(Buffer.from(id, 'base64').toString().split(':')[1]));

describe('comment threads', () => {
  it("anchors a comment to a clause, collects replies, and records the secretariat's disposition", async () => {
    const thread = ok(
      await comment(c.members[0].token, { lineNumber: '17', paragraph: 'Table 2', proposedChange: 'Ten minutes.' }),
    ).createCommentThread.thread;
    expect(thread).toMatchObject({
      organisation: 'Test Lab',
      clauseNumber: '5.1',
      lineNumber: '17',
      paragraph: 'Table 2',
      type: 'TECHNICAL',
      status: 'OPEN',
      lockVersion: 1,
      author: { name: 'Ma Member' },
      revision: { number: 1 },
    });
    const reply = ok(
      await executeAs(c.app, c.observer.token, Reply, {
        input: { threadId: thread.id, body: 'Agreed: GB/T 31467 uses ten.' },
      }),
    ).replyToComment;
    expect(reply).toEqual({
      reply: { body: 'Agreed: GB/T 31467 uses ten.', author: { name: 'Ou Observer' } },
      thread: { replies: [{ body: 'Agreed: GB/T 31467 uses ten.' }] },
    });

    const asAuthor = ok(await executeAs(c.app, c.members[0].token, ThreadView, { id: thread.id })).node;
    expect(asAuthor).toMatchObject({
      viewerCanEdit: true,
      viewerCanWithdraw: true,
      viewerCanDispose: false,
      viewerCanReply: true,
    });
    const asSecretary = ok(await executeAs(c.app, c.secretary.token, ThreadView, { id: thread.id })).node;
    expect(asSecretary).toMatchObject({ viewerCanEdit: false, viewerCanWithdraw: false, viewerCanDispose: true });

    expect(
      codeOf(
        await executeAs(c.app, c.members[1].token, Dispose, {
          input: { threadId: thread.id, lockVersion: 1, disposition: 'ACCEPTED' },
        }),
      ),
    ).toBe('FORBIDDEN');
    const rejectWithoutReason = await executeAs(c.app, c.secretary.token, Dispose, {
      input: { threadId: thread.id, lockVersion: 1, disposition: 'REJECTED' },
    });
    expect(rejectWithoutReason.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'observation' });
    const disposed = ok(
      await executeAs(c.app, c.secretary.token, Dispose, {
        input: {
          threadId: thread.id,
          lockVersion: 1,
          disposition: 'ACCEPTED_IN_PRINCIPLE',
          observation: 'Ten minutes, as in GB/T 31467.',
        },
      }),
    ).disposeComment.thread;
    expect(disposed).toEqual({
      status: 'RESOLVED',
      disposition: 'ACCEPTED_IN_PRINCIPLE',
      observation: 'Ten minutes, as in GB/T 31467.',
      disposedBy: { name: 'Sun Secretary' },
      lockVersion: 2,
    });
    expect(ok(await executeAs(c.app, c.members[0].token, ThreadView, { id: thread.id })).node).toMatchObject({
      viewerCanEdit: false,
      viewerCanWithdraw: false,
    });
    const history = ok(
      await executeAs(c.app, c.secretary.token, DraftHistory, { id: draftId }),
    ).draft!.history.edges.map((e) => e.node.action);
    expect(history.slice(0, 3)).toEqual(['comment.disposed', 'comment.replied', 'comment.created']);
  });

  it('refuses a clause the revision does not have, outsiders, and comments on a closed draft', async () => {
    const unknownClause = await comment(c.members[0].token, { clauseNumber: '9.9' });
    expect(unknownClause.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'clauseNumber' });
    expect(codeOf(await comment(c.outsider.token))).toBe('FORBIDDEN');
    expect(codeOf(await comment(c.admin.token))).toBe('FORBIDDEN');
    expect(
      codeOf(await executeAs(c.app, null, CreateThread, { input: { revisionId, type: 'GENERAL', comment: 'x' } })),
    ).toBe('UNAUTHENTICATED');
    const general = ok(await comment(c.observer.token, { clauseNumber: null, type: 'GENERAL', organisation: 'CATARC' }))
      .createCommentThread.thread;
    expect(general).toMatchObject({ clauseNumber: null, organisation: 'CATARC', author: { name: 'Ou Observer' } });
    await moveTo(c, draftId, ['CANCELLED']);
    expect(codeOf(await comment(c.members[0].token))).toBe('ILLEGAL_TRANSITION');
    expect(
      codeOf(await executeAs(c.app, c.members[1].token, Reply, { input: { threadId: general.id, body: 'late' } })),
    ).toBe('ILLEGAL_TRANSITION');
  });

  it(
    'lets the author edit an open comment with the lock version ' + 'read; a stale one is CONFLICT and changes nothing',
    async () => {
      const thread = ok(await comment(c.members[0].token)).createCommentThread.thread;
      const edited = ok(
        await executeAs(c.app, c.members[0].token, Edit, {
          input: {
            threadId: thread.id,
            lockVersion: 1,
            comment: 'Five minutes is far too short.',
            proposedChange: null,
          },
        }),
      ).editComment.thread;
      expect(edited).toEqual({
        comment: 'Five minutes is far too short.',
        type: 'TECHNICAL',
        clauseNumber: '5.1',
        proposedChange: null,
        lockVersion: 2,
      });
      const before = threadRow(thread.id);
      const stale = await executeAs(c.app, c.members[0].token, Edit, {
        input: { threadId: thread.id, lockVersion: 1, comment: 'Overwrite?' },
      });
      expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'lockVersion' });
      expect(threadRow(thread.id)).toEqual(before);
      expect(
        codeOf(
          await executeAs(c.app, c.members[1].token, Edit, {
            input: { threadId: thread.id, lockVersion: 2, comment: 'Not mine' },
          }),
        ),
      ).toBe('FORBIDDEN');
      const badClause = await executeAs(c.app, c.members[0].token, Edit, {
        input: { threadId: thread.id, lockVersion: 2, clauseNumber: '7' },
      });
      expect(badClause.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'clauseNumber' });
      // The secretariat disposes of what it read; an edit in between makes its disposition stale.
      ok(
        await executeAs(c.app, c.members[0].token, Edit, {
          input: { threadId: thread.id, lockVersion: 2, type: 'EDITORIAL' },
        }),
      );
      const staleDisposal = await executeAs(c.app, c.secretary.token, Dispose, {
        input: { threadId: thread.id, lockVersion: 2, disposition: 'NOTED' },
      });
      expect(codeOf(staleDisposal)).toBe('CONFLICT');
      ok(
        await executeAs(c.app, c.secretary.token, Dispose, {
          input: { threadId: thread.id, lockVersion: 3, disposition: 'NOTED' },
        }),
      );
      expect(
        codeOf(
          await executeAs(c.app, c.members[0].token, Edit, {
            input: { threadId: thread.id, lockVersion: 4, comment: 'After the fact' },
          }),
        ),
      ).toBe('ILLEGAL_TRANSITION');
    },
  );

  it('lets only one of two concurrent edits sent with the same lock version through', async () => {
    const thread = ok(await comment(c.members[0].token)).createCommentThread.thread;
    const results = await Promise.all(
      ['First edit', 'Second edit'].map((text) =>
        executeAs(c.app, c.members[0].token, Edit, { input: { threadId: thread.id, lockVersion: 1, comment: text } }),
      ),
    );
    expect(results.map((r) => (r.errors ? codeOf(r) : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((r) => !r.errors)!.data!.editComment.thread;
    expect(threadRow(thread.id)).toMatchObject({ comment: winner.comment, lock_version: 2 });
  });

  it('lets the author withdraw an open comment, which then takes no disposition', async () => {
    const thread = ok(await comment(c.members[0].token)).createCommentThread.thread;
    expect(
      codeOf(await executeAs(c.app, c.secretary.token, Withdraw, { input: { threadId: thread.id, lockVersion: 1 } })),
    ).toBe('FORBIDDEN');
    expect(
      ok(await executeAs(c.app, c.members[0].token, Withdraw, { input: { threadId: thread.id, lockVersion: 1 } }))
        .withdrawComment.thread,
    ).toEqual({
      status: 'WITHDRAWN',
      lockVersion: 2,
    });
    expect(
      codeOf(await executeAs(c.app, c.members[0].token, Withdraw, { input: { threadId: thread.id, lockVersion: 2 } })),
    ).toBe('ILLEGAL_TRANSITION');
    expect(
      codeOf(
        await executeAs(c.app, c.chair.token, Dispose, {
          input: { threadId: thread.id, lockVersion: 2, disposition: 'ACCEPTED' },
        }),
      ),
    ).toBe('ILLEGAL_TRANSITION');
  });

  it('keeps a draft from ENQUIRY while a technical comment on its current revision is unresolved', async () => {
    const technical = ok(await comment(c.members[0].token)).createCommentThread.thread;
    ok(await comment(c.members[1].token, { type: 'EDITORIAL', clauseNumber: '1' }));
    const read = await readStage(c, draftId);
    const MoveOnce = graphql(`
      mutation MoveOnce($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }
    `);
    const blocked = await executeAs(c.app, c.secretary.token, MoveOnce, {
      input: { draftId, fromStage: read.stage, lockVersion: read.lockVersion, toStage: 'ENQUIRY' },
    });
    expect(blocked.errors?.[0]).toMatchObject({
      extensions: { code: 'ILLEGAL_TRANSITION' },
      message:
        'Moving from COMMITTEE_DRAFT to ENQUIRY requires that every TECHNICAL comment on the current revision is ' +
        'resolved or withdrawn.',
    });
    ok(
      await executeAs(c.app, c.chair.token, Dispose, {
        input: { threadId: technical.id, lockVersion: 1, disposition: 'REJECTED', observation: 'Out of scope.' },
      }),
    );
    await moveTo(c, draftId, ['ENQUIRY']);
    expect((await readStage(c, draftId)).stage).toBe('ENQUIRY');
  });

  it('lets any signed-in user comment during a public enquiry', async () => {
    await moveTo(c, draftId, ['ENQUIRY'], { publicEnquiry: true });
    const thread = ok(await comment(c.outsider.token, { type: 'GENERAL', clauseNumber: null })).createCommentThread
      .thread;
    expect(thread.author).toEqual({ name: 'Oscar Outsider' });
    ok(
      await executeAs(c.app, c.outsider.token, Edit, {
        input: { threadId: thread.id, lockVersion: 1, comment: 'Reworded.' },
      }),
    );
  });
});

describe('the comment table as CSV', () => {
  it(
    'exports the 8 template columns, UTF-8 with BOM, RFC 4180 ' +
      'quoting, CRLF, general comments first then by clause',
    async () => {
      const technical = ok(
        await comment(c.members[0].token, {
          organisation: 'CATARC, Tianjin',
          lineNumber: '17',
          paragraph: 'Table 2',
          comment: '第一行\n第二行',
          proposedChange: 'Replace "5 min" with "10 min".',
        }),
      ).createCommentThread.thread;
      ok(
        await comment(c.members[1].token, {
          clauseNumber: null,
          type: 'GENERAL',
          comment: 'Align terms with GB/T 19596, "traction battery" throughout.',
        }),
      );
      ok(
        await comment(c.members[2].token, { clauseNumber: '1', type: 'EDITORIAL', comment: '=HYPERLINK("http://x")' }),
      );
      const withdrawn = ok(await comment(c.members[2].token, { clauseNumber: 'A', type: 'EDITORIAL', comment: 'Typo' }))
        .createCommentThread.thread;
      ok(await executeAs(c.app, c.members[2].token, Withdraw, { input: { threadId: withdrawn.id, lockVersion: 1 } }));
      ok(
        await executeAs(c.app, c.secretary.token, Dispose, {
          input: {
            threadId: technical.id,
            lockVersion: 1,
            disposition: 'ACCEPTED_IN_PRINCIPLE',
            observation: '改为 10 min。',
          },
        }),
      );

      const revision = ok(await executeAs(c.app, c.observer.token, RevisionComments, { id: revisionId })).node;
      const csv = revision && 'commentsCsv' in revision ? revision.commentsCsv : '';
      expect(csv).toBe(
        '\uFEFF' +
          'MB/NC,Line number,Clause/Subclause,Paragraph/Figure/Table,Type of comment,Comments,Proposed ' +
          'change,Observations of the secretariat\r\n' +
          'Test Lab,,General,,ge,"Align terms with GB/T 19596, ""traction battery"" throughout.",,\r\n' +
          'Test Lab,,1,,ed,"\'=HYPERLINK(""http://x"")",,\r\n' +
          '"CATARC, Tianjin",17,5.1,Table 2,te,"第一行\n第二行","Replace ""5 min"" with ""10 min"".",Accepted in ' +
          'principle. 改为 10 min。\r\n' +
          'Test Lab,,A,,ed,Typo,,Withdrawn by the commenter.\r\n',
      );
      expect(revision && 'threads' in revision ? revision.threads.totalCount : 0).toBe(4);
      expect(codeOf(await executeAs(c.app, c.outsider.token, RevisionComments, { id: revisionId }))).toBe('FORBIDDEN');
    },
  );
});
