import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import {
  SAMPLE_CLAUSES,
  addRevision,
  codeOf,
  draftInCommittee,
  executeAs,
  ok,
  readStage,
  setUpCommittee,
  type Committee,
} from './support/committee.ts';
import { createTestDb } from './support/db.ts';

// A new revision does not make the open technical comments of the previous one disappear from the
// stage conditions: an officer carries each to the new revision, or disposes of it.

const Comment = graphql(`
  mutation CarryComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }
`);
const Carry = graphql(`
  mutation CarryThread($input: CarryCommentThreadInput!) {
    carryCommentThread(input: $input) {
      thread { id clauseNumber type comment status author { name } revision { number } carriedFrom { id } }
    }
  }
`);
const Dispose = graphql(`
  mutation CarryDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { thread { status } } }
`);
const Thread = graphql(`
  query CarryReadThread($id: ID!) { node(id: $id) { ... on CommentThread { lockVersion carriedTo { id }
    viewerCanCarry } } }
`);
const Move = graphql(`
  mutation CarryMove($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage } } }
`);
const Abilities = graphql(`query CarryAbilities($id: ID!) { draft(id: $id) { viewerCanMoveTo } }`);

let c: Committee;
let draftId: string;
let oldThread: string;
beforeEach(async () => {
  c = setUpCommittee(createTestDb().db);
  const draft = await draftInCommittee(c);
  draftId = draft.draftId;
  oldThread = ok(
    await executeAs(c.app, c.members[0].token, Comment, {
      input: { revisionId: draft.revisionId, clauseNumber: '5.1', type: 'TECHNICAL', comment: '5 min is too short.' },
    }),
  ).createCommentThread.thread.id;
  await addRevision(c, draftId);
});

const toEnquiry = async () => {
  const read = await readStage(c, draftId);
  return executeAs(c.app, c.secretary.token, Move, {
    input: { draftId, fromStage: read.stage, lockVersion: read.lockVersion, toStage: 'ENQUIRY' },
  });
};
const canMoveTo = async () =>
  ok(await executeAs(c.app, c.secretary.token, Abilities, { id: draftId })).draft!.viewerCanMoveTo;
const carry = (threadId: string, token = c.secretary.token, clauseNumber?: string) =>
  executeAs(c.app, token, Carry, { input: { threadId, clauseNumber } });
const dispose = async (threadId: string) => {
  const { lockVersion } = ok(await executeAs(c.app, c.secretary.token, Thread, { id: threadId })).node as {
    lockVersion: number;
  };
  return ok(
    await executeAs(c.app, c.secretary.token, Dispose, {
      input: { threadId, lockVersion, disposition: 'ACCEPTED', observation: 'Now 10 min.' },
    }),
  );
};

describe('open technical comments of an earlier revision', () => {
  it('still hold the draft back after a new revision', async () => {
    const refused = await toEnquiry();
    expect(codeOf(refused)).toBe('ILLEGAL_TRANSITION');
    expect(refused.errors?.[0]?.message).toContain('TECHNICAL comment');
    expect(await canMoveTo()).not.toContain('ENQUIRY');
    expect((await readStage(c, draftId)).stage).toBe('COMMITTEE_DRAFT');
  });

  it('are carried by an officer to the current revision, where they count until resolved', async () => {
    const canCarry = async (threadId: string, token: string) =>
      (ok(await executeAs(c.app, token, Thread, { id: threadId })).node as { viewerCanCarry: boolean }).viewerCanCarry;
    expect([await canCarry(oldThread, c.secretary.token), await canCarry(oldThread, c.members[0].token)]).toEqual([
      true,
      false,
    ]);
    expect(codeOf(await carry(oldThread, c.members[0].token))).toBe('FORBIDDEN');
    const carried = ok(await carry(oldThread)).carryCommentThread.thread;
    expect(carried).toMatchObject({
      clauseNumber: '5.1',
      type: 'TECHNICAL',
      comment: '5 min is too short.',
      status: 'OPEN',
      author: { name: 'Ma Member' },
      revision: { number: 2 },
      carriedFrom: { id: oldThread },
    });
    expect(ok(await executeAs(c.app, c.secretary.token, Thread, { id: oldThread })).node).toMatchObject({
      carriedTo: { id: carried.id },
    });
    expect(codeOf(await carry(oldThread))).toBe('CONFLICT');
    expect([await canCarry(oldThread, c.secretary.token), await canCarry(carried.id, c.secretary.token)]).toEqual([
      false,
      false,
    ]);
    expect(codeOf(await carry(carried.id))).toBe('ILLEGAL_TRANSITION');
    expect(codeOf(await toEnquiry())).toBe('ILLEGAL_TRANSITION');
    await dispose(carried.id);
    expect(await canMoveTo()).toContain('ENQUIRY');
    expect(ok(await toEnquiry()).moveDraftStage.draft.stage).toBe('ENQUIRY');
  });

  it('are disposed of where they were made, which also releases the draft', async () => {
    await dispose(oldThread);
    expect(ok(await toEnquiry()).moveDraftStage.draft.stage).toBe('ENQUIRY');
  });

  it('need a clause of the current revision when theirs is gone', async () => {
    await addRevision(
      c,
      draftId,
      SAMPLE_CLAUSES.filter((clause) => clause.number !== '5'),
    );
    const refused = await carry(oldThread);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'clauseNumber' });
    expect(ok(await carry(oldThread, c.secretary.token, '1')).carryCommentThread.thread).toMatchObject({
      clauseNumber: '1',
      revision: { number: 3 },
    });
  });
});
