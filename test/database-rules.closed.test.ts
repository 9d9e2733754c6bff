import { describe, expect, it } from 'vitest';
import { approvedDraft, ok, setUpCommittee, type Result } from './support/committee.ts';
import { createTestDb } from './support/db.ts';
import { post } from './support/http.ts';

// Closed ballots and finished drafts are records: the database refuses a hand-written change to
// them, and rows added to them, as it does for published versions.

const PUBLISH = `mutation ($input: PublishDraftInput!) { publishDraft(input: $input) { draft { stage } } }`;

async function publishedDraftWithClosedBallots() {
  const database = createTestDb();
  const c = setUpCommittee(database.db);
  const { draftId } = await approvedDraft(c);
  const lockVersion = database.sqlite.prepare('select lock_version from drafts').pluck().get() as number;
  ok(
    (await post(
      c.app,
      { query: PUBLISH, variables: { input: { draftId, lockVersion, published: '2026-06-01' } } },
      c.secretary.token,
    )) as Result<unknown>,
  );
  const sqlite = database.sqlite;
  return {
    sqlite,
    draft: sqlite.prepare('select * from drafts').get() as { id: number; stage: string },
    ballot: sqlite.prepare('select * from ballots order by id desc limit 1').get() as {
      id: number;
      revision_id: number;
      result: string;
    },
    personId: c.secretary.personId,
    memberId: c.members[0]!.personId,
  };
}

const rows = (sqlite: ReturnType<typeof createTestDb>['sqlite']) => ({
  drafts: sqlite.prepare('select * from drafts').all(),
  revisions: sqlite.prepare('select * from draft_revisions').all(),
  ballots: sqlite.prepare('select * from ballots').all(),
  votes: sqlite.prepare('select * from votes').all(),
  replaces: sqlite.prepare('select * from draft_replaces').all(),
});

describe('closed ballots and published drafts in the database itself', () => {
  it('refuses changing a closed ballot or adding a vote to it', async () => {
    const { sqlite, ballot, memberId } = await publishedDraftWithClosedBallots();
    expect(ballot.result).toBe('APPROVED');
    const before = rows(sqlite);
    expect(() => sqlite.prepare("update ballots set result = 'NOT_APPROVED' where id = ?").run(ballot.id)).toThrow(
      /closed ballots are history/,
    );
    expect(() =>
      sqlite.prepare('update ballots set closed_at = null, result = null where id = ?').run(ballot.id),
    ).toThrow(/closed ballots are history/);
    expect(() => sqlite.prepare('delete from ballots where id = ?').run(ballot.id)).toThrow(
      /closed ballots are history/,
    );
    expect(() =>
      sqlite
        .prepare(
          "insert into votes (ballot_id, person_id, value, cast_at) values (?, ?, 'DISAPPROVE', " +
            "'2026-01-01T00:00:00Z')",
        )
        .run(ballot.id, memberId),
    ).toThrow(/closed ballots are history/);
    // Rejected before the CHECK on a DISAPPROVE's reason could be the reason.
    expect(() =>
      sqlite
        .prepare(
          "insert into votes (ballot_id, person_id, value, cast_at) values (?, ?, 'APPROVE', '2026-01-01T00:00:00Z')",
        )
        .run(ballot.id, memberId),
    ).toThrow(/closed ballots are history/);
    expect(rows(sqlite)).toEqual(before);
  });

  it('refuses changing a published draft or adding a revision, ballot or replaced version to it', async () => {
    const { sqlite, draft, ballot, personId } = await publishedDraftWithClosedBallots();
    expect(draft.stage).toBe('PUBLISHED');
    const before = rows(sqlite);
    const CLOSED = /published and cancelled drafts are closed records/;
    expect(() => sqlite.prepare("update drafts set stage = 'APPROVAL' where id = ?").run(draft.id)).toThrow(CLOSED);
    expect(() => sqlite.prepare("update drafts set title_en = 'Other' where id = ?").run(draft.id)).toThrow(CLOSED);
    expect(() => sqlite.prepare('delete from drafts where id = ?').run(draft.id)).toThrow(CLOSED);
    expect(() =>
      sqlite
        .prepare(
          'insert into draft_revisions (draft_id, number, created_by_id, created_at) values (?, 99, ?, ' +
            "'2026-01-01T00:00:00Z')",
        )
        .run(draft.id, personId),
    ).toThrow(CLOSED);
    expect(() =>
      sqlite
        .prepare(
          'insert into ballots (draft_id, revision_id, stage, opened_by_id, opens_at, closes_at) values (?, ?, ' +
            "'APPROVAL', ?, '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z')",
        )
        .run(draft.id, ballot.revision_id, personId),
    ).toThrow(CLOSED);
    expect(() =>
      sqlite.prepare('insert into draft_replaces (draft_id, version_id) values (?, 1)').run(draft.id),
    ).toThrow(CLOSED);
    expect(rows(sqlite)).toEqual(before);
  });
});
