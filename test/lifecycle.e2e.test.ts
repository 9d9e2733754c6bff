import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { executeAs, later, ok, SAMPLE_CLAUSES, setUpCommittee } from './support/committee.ts';
import { createTestDb } from './support/db.ts';

// The whole life of a standard's revision, through HTTP only, as a committee would run it:
// proposal → revisions → comments and dispositions → enquiry ballot → approval ballot →
// publication → the new edition applies on its date and replaces the old one.

const Propose = graphql(`
  mutation E2EPropose($input: CreateDraftInput!) { createDraft(input: $input) { draft { id stage lockVersion
    viewerCanMoveTo } } }
`);
const Move = graphql(`
  mutation E2EMove($input: MoveDraftStageInput!) { moveDraftStage(input: $input) { draft { stage lockVersion } } }
`);
const Revise = graphql(`
  mutation E2ERevise($input: AddDraftRevisionInput!) { addDraftRevision(input: $input) { revision { id number changes {
    change number } } } }
`);
const Comment = graphql(`
  mutation E2EComment($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { thread { id lockVersion
    status } } }
`);
const Dispose = graphql(`
  mutation E2EDispose($input: DisposeCommentInput!) { disposeComment(input: $input) { thread { status disposition } } }
`);
const OpenBallot = graphql(
  `mutation E2EOpenBallot($input: OpenBallotInput!) { openBallot(input: $input) { ballot { id status } } }`,
);
const Vote = graphql(`mutation E2EVote($input: CastVoteInput!) { castVote(input: $input) { vote { value } } }`);
const Close = graphql(
  `mutation E2EClose($input: CloseBallotInput!) { closeBallot(input: $input) { ballot { result counts { approve
    disapprove abstain } } } }`,
);
const Publish = graphql(`
  mutation E2EPublish($input: PublishDraftInput!) {
    publishDraft(input: $input) { draft { stage } version { designation effective replaces { designation } clauses {
      number children { number } } } }
  }
`);
const DraftState = graphql(`
  query E2EDraftState($id: ID!) {
    draft(id: $id) {
      stage lockVersion viewerCanOpenBallot viewerCanPublish
      currentRevision { id number commentsCsv }
      history(first: 50) { edges { node { action actor { name } } } }
    }
  }
`);
const SearchPublished = graphql(`
  query E2ESearch($on: Date!) { search(query: "thermal propagation", on: $on, first: 5) { edges { node { kind applies
    version { designation } clause { number } } } } }
`);
const Applies = graphql(`
  query E2EApplies($on: Date!) {
    standard(designation: "GB 38031") {
      applicability(on: $on) { current { designation } versions { status version { designation } } }
    }
  }
`);

describe('a committee takes a revision of GB 38031 from proposal to a published edition', () => {
  it('runs every step through the API and the published edition then applies', async () => {
    const c = setUpCommittee(createTestDb().db);
    const as = (person: { token: string }) => person.token;

    // A voting member proposes the revision; the secretary leads it.
    const proposed = ok(
      await executeAs(c.app, as(c.members[0]), Propose, {
        input: {
          committeeId: c.committeeGid,
          standardDesignation: 'GB 38031',
          versionDesignation: 'GB 38031-2026',
          versionType: 'EDITION',
          replaces: ['GB 38031-2020'],
          leaderId: Buffer.from(`Person:${c.secretary.personId}`).toString('base64'),
        },
      }),
    ).createDraft.draft;
    expect(proposed.stage).toBe('PROPOSAL');
    const draftId = proposed.id;
    const state = async () => ok(await executeAs(c.app, as(c.secretary), DraftState, { id: draftId })).draft!;
    const move = async (toStage: 'WORKING_DRAFT' | 'COMMITTEE_DRAFT' | 'ENQUIRY' | 'APPROVAL') => {
      const read = await state();
      return ok(
        await executeAs(c.app, as(c.secretary), Move, {
          input: { draftId, fromStage: read.stage, lockVersion: read.lockVersion, toStage },
        }),
      ).moveDraftStage.draft.stage;
    };

    expect(await move('WORKING_DRAFT')).toBe('WORKING_DRAFT');
    const first = ok(await executeAs(c.app, as(c.secretary), Revise, { input: { draftId, clauses: SAMPLE_CLAUSES } }))
      .addDraftRevision.revision;
    expect(first.number).toBe(1);
    const secondClauses = [
      ...SAMPLE_CLAUSES.slice(0, 2),
      { number: '6', heading: 'Marking', text: 'Batteries shall be marked.' },
    ];
    const second = ok(await executeAs(c.app, as(c.secretary), Revise, { input: { draftId, clauses: secondClauses } }))
      .addDraftRevision.revision;
    expect(second.number).toBe(2);
    expect(second.changes.map((ch) => [ch.change, ch.number])).toEqual(
      expect.arrayContaining([
        ['REMOVED', 'A'],
        ['ADDED', '6'],
      ]),
    );
    expect(await move('COMMITTEE_DRAFT')).toBe('COMMITTEE_DRAFT');

    // An observer comments on clause 5.1; a technical comment blocks the enquiry until resolved.
    const thread = ok(
      await executeAs(c.app, as(c.observer), Comment, {
        input: {
          revisionId: second.id,
          clauseNumber: '5.1',
          type: 'TECHNICAL',
          comment: '5 min, "from the alarm", is too short, given 热失控.',
          proposedChange: 'Use 10 min.',
        },
      }),
    ).createCommentThread.thread;
    const read = await state();
    const blocked = await executeAs(c.app, as(c.secretary), Move, {
      input: { draftId, fromStage: read.stage, lockVersion: read.lockVersion, toStage: 'ENQUIRY' },
    });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('ILLEGAL_TRANSITION');
    const disposed = ok(
      await executeAs(c.app, as(c.secretary), Dispose, {
        input: {
          threadId: thread.id,
          lockVersion: thread.lockVersion,
          disposition: 'ACCEPTED_IN_PRINCIPLE',
          observation: 'Changed to 10 min in revision 3.',
        },
      }),
    ).disposeComment.thread;
    expect(disposed).toEqual({ status: 'RESOLVED', disposition: 'ACCEPTED_IN_PRINCIPLE' });
    const csv = (await state()).currentRevision!.commentsCsv;
    expect(csv.split('\r\n')[0]).toContain('MB/NC');
    expect(csv).toContain('"5 min, ""from the alarm"", is too short, given 热失控."');
    expect(await move('ENQUIRY')).toBe('ENQUIRY');

    // Enquiry ballot: two approve, one abstains; the observer may not vote.
    const runBallot = async (values: ('APPROVE' | 'ABSTAIN' | 'DISAPPROVE')[]) => {
      const revisionId = (await state()).currentRevision!.id;
      const ballot = ok(
        await executeAs(c.app, as(c.chair), OpenBallot, {
          input: { revisionId, closesAt: later(c, 30).toISOString() },
        }),
      ).openBallot.ballot;
      expect(ballot.status).toBe('OPEN');
      for (const [k, value] of values.entries()) {
        ok(
          await executeAs(c.app, as(c.members[k]!), Vote, {
            input: {
              ballotId: ballot.id,
              value,
              ...(value === 'DISAPPROVE' ? { reason: 'Test method unclear.' } : {}),
            },
          }),
        );
      }
      const observerVote = await executeAs(c.app, as(c.observer), Vote, {
        input: { ballotId: ballot.id, value: 'APPROVE' },
      });
      expect(observerVote.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      c.clock.now = later(c, 31);
      return ok(await executeAs(c.app, as(c.chair), Close, { input: { ballotId: ballot.id } })).closeBallot.ballot;
    };
    expect(await runBallot(['APPROVE', 'APPROVE', 'ABSTAIN'])).toEqual({
      result: 'APPROVED',
      counts: { approve: 2, disapprove: 0, abstain: 1 },
    });
    expect(await move('APPROVAL')).toBe('APPROVAL');
    expect(await runBallot(['APPROVE', 'APPROVE', 'APPROVE'])).toMatchObject({ result: 'APPROVED' });
    expect((await state()).viewerCanPublish).toBe(true);

    // Publication: the new edition, its clause tree copied from the approved revision.
    const publishedState = await state();
    const published = ok(
      await executeAs(c.app, as(c.secretary), Publish, {
        input: { draftId, lockVersion: publishedState.lockVersion, published: '2026-06-15', effective: '2027-07-01' },
      }),
    ).publishDraft;
    expect(published.draft.stage).toBe('PUBLISHED');
    expect(published.version).toEqual({
      designation: 'GB 38031-2026',
      effective: '2027-07-01',
      replaces: [{ designation: 'GB 38031-2020' }],
      clauses: [
        { number: '1', children: [] },
        { number: '5', children: [{ number: '5.1' }, { number: '5.2' }] },
        { number: '6', children: [] },
      ],
    });

    // The applicability rule answers with the new edition from its effective date on.
    const before = ok(await executeAs(c.app, null, Applies, { on: '2027-06-30' })).standard!.applicability;
    expect(before.current?.designation).toBe('GB 38031-2020');
    const after = ok(await executeAs(c.app, null, Applies, { on: '2027-07-01' })).standard!.applicability;
    expect(after.versions).toEqual([{ status: 'IN_FORCE', version: { designation: 'GB 38031-2026' } }]);

    // Search finds the published text at once (the index is written in the publication's transaction).
    const hits = ok(await executeAs(c.app, null, SearchPublished, { on: '2027-07-01' })).search.edges.map(
      (e) => e.node,
    );
    expect(hits).toContainEqual({
      kind: 'CLAUSE',
      applies: true,
      version: { designation: 'GB 38031-2026' },
      clause: { number: '5.1' },
    });

    // And the draft's history tells who did what, in order.
    const actions = (await state()).history.edges.map((e) => e.node.action).reverse();
    expect(actions[0]).toBe('draft.created');
    expect(actions.at(-1)).toBe('draft.published');
    expect(actions).toEqual(
      expect.arrayContaining([
        'comment.created',
        'comment.disposed',
        'ballot.opened',
        'ballot.voteCast',
        'ballot.closed',
      ]),
    );
  });
});
