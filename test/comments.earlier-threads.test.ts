import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { addRevision, draftInCommittee, executeAs, ok, setUpCommittee, type Committee } from './support/committee.ts';
import { createTestDb, type TestDatabase } from './support/db.ts';

// `Draft.openEarlierThreads`: the open comments of the draft's earlier revisions not carried forward,
// read with the draft (whoever reads the draft reads them), whatever the viewer's work elsewhere.

const Comment = graphql(`
  mutation EarlierComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id } } }
`);
const Carry = graphql(`
  mutation EarlierCarry($input: CarryCommentThreadInput!) { carryCommentThread(input: $input) { thread { id } } }
`);
const Withdraw = graphql(`
  mutation EarlierWithdraw($input: WithdrawCommentInput!) { withdrawComment(input: $input) { thread { id } } }
`);
const Earlier = graphql(`
  query EarlierThreads($id: ID!) {
    draft(id: $id) {
      openEarlierThreads { id comment status revision { number } viewerCanCarry viewerCanDispose }
    }
  }
`);
const EarlierPlain = graphql(`
  query EarlierThreadsPlain($id: ID!) { draft(id: $id) { openEarlierThreads { id type comment clauseNumber } } }
`);

let database: TestDatabase;
let c: Committee;
let draftId: string;
let revisionId: string;
const comment = async (text: string, onRevision = revisionId, by = c.members[0]) =>
  ok(
    await executeAs(c.app, by.token, Comment, {
      input: { revisionId: onRevision, clauseNumber: '5.1', type: 'TECHNICAL', comment: text },
    }),
  ).createCommentThread.thread.id;

beforeEach(async () => {
  database = createTestDb();
  c = setUpCommittee(database.db);
  ({ draftId, revisionId } = await draftInCommittee(c));
});

describe('the open comments of earlier revisions, on the draft', () => {
  it('lists open, uncarried threads of earlier revisions only, each with what the viewer may do', async () => {
    const kept = await comment('Kept open.');
    const carried = await comment('Carried on.');
    const withdrawn = await comment('Taken back.');
    ok(await executeAs(c.app, c.members[0].token, Withdraw, { input: { threadId: withdrawn, lockVersion: 1 } }));
    const second = await addRevision(c, draftId);
    await comment('On the current revision.', second.id);
    ok(await executeAs(c.app, c.secretary.token, Carry, { input: { threadId: carried } }));

    const asSecretary = ok(await executeAs(c.app, c.secretary.token, Earlier, { id: draftId })).draft!;
    expect(asSecretary.openEarlierThreads).toEqual([
      {
        id: kept,
        comment: 'Kept open.',
        status: 'OPEN',
        revision: { number: 1 },
        viewerCanCarry: true,
        viewerCanDispose: true,
      },
    ]);
    const asMember = ok(await executeAs(c.app, c.members[1].token, Earlier, { id: draftId })).draft!;
    expect(asMember.openEarlierThreads.map((t) => [t.id, t.viewerCanCarry, t.viewerCanDispose])).toEqual([
      [kept, false, false],
    ]);
  });

  it('is empty while the draft has one revision', async () => {
    await comment('On the only revision.');
    const read = ok(await executeAs(c.app, c.secretary.token, Earlier, { id: draftId })).draft!;
    expect(read.openEarlierThreads).toEqual([]);
  });

  it('is read with the draft: an outsider reads neither', async () => {
    await comment('Open.');
    await addRevision(c, draftId);
    const read = await executeAs(c.app, c.outsider.token, Earlier, { id: draftId });
    expect(read.data?.draft ?? null).toBeNull();
  });

  it('reads in the same number of SQL statements for 2 threads as for 6', async () => {
    const counts: number[] = [];
    for (const n of [2, 6]) {
      database = createTestDb();
      c = setUpCommittee(database.db);
      ({ draftId, revisionId } = await draftInCommittee(c));
      for (let k = 0; k < n; k += 1) await comment(`Comment ${k}.`);
      await addRevision(c, draftId);
      database.resetCount();
      const read = ok(await executeAs(c.app, c.secretary.token, EarlierPlain, { id: draftId })).draft!;
      counts.push(database.statements.length);
      expect(read.openEarlierThreads).toHaveLength(n);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
