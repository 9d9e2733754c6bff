import { describe, expect, it } from 'vitest';
import { draftInCommittee, moveTo, setUpCommittee, type Committee } from './support/committee.ts';
import { createTestDb } from './support/db.ts';
import { FEED, feedOf } from './support/notifications.ts';
import { postAs } from './support/people.ts';

// The feed: a person's own notifications, newest first, read or unread.

const MARK = 'mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked } }';

/** Five notifications for each member: five stage moves of a draft by the secretary. */
async function fiveNotices(c: Committee) {
  const { draftId } = await draftInCommittee(c); // two moves
  await moveTo(c, draftId, ['ENQUIRY', 'COMMITTEE_DRAFT', 'ENQUIRY']);
}

const readState = (c: Committee) =>
  c.db.$client.prepare('select person_id, read_at from notifications order by id').all();

describe('notification feed', () => {
  it('pages newest first, with totalCount and unreadCount', async () => {
    const c = setUpCommittee(createTestDb().db);
    await fiveNotices(c);
    const page1 = await feedOf(c, c.members[0], { first: 2 });
    expect(page1).toMatchObject({ totalCount: 5, unreadCount: 5, pageInfo: { hasNextPage: true } });
    expect(page1.edges.map((e) => e.node.data.to)).toEqual(['ENQUIRY', 'COMMITTEE_DRAFT']);
    const page3 = await feedOf(c, c.members[0], {
      first: 2,
      after: (await feedOf(c, c.members[0], { first: 2, after: page1.pageInfo.endCursor })).pageInfo.endCursor,
    });
    expect(page3.edges.map((e) => e.node.data.to)).toEqual(['WORKING_DRAFT']);
    expect(page3.pageInfo.hasNextPage).toBe(false);
    const ids = page1.edges.map((e) => Number(e.node.id));
    expect(ids[0]).toBeGreaterThan(ids[1]!);
  });

  it("markNotificationsRead marks the caller's own, by id or all, and never another person's", async () => {
    const c = setUpCommittee(createTestDb().db);
    await fiveNotices(c);
    const mine = (await feedOf(c, c.members[0])).edges.map((e) => e.node.id);
    const others = (await feedOf(c, c.members[1])).edges.map((e) => e.node.id);
    const marked = await postAs<any>(c.app, c.members[0].token, MARK, { input: { ids: [mine[0], ...others] } });
    expect(marked.data.markNotificationsRead.marked).toBe(1);
    expect(await feedOf(c, c.members[1])).toMatchObject({ unreadCount: 5 });
    const after = await feedOf(c, c.members[0]);
    expect(after.unreadCount).toBe(4);
    expect(after.edges[0]!.node.read).toBe(true);
    expect((await feedOf(c, c.members[0], { first: 10, unreadOnly: true })).totalCount).toBe(4);
    expect(
      (await postAs<any>(c.app, c.members[0].token, MARK, { input: { all: true } })).data.markNotificationsRead.marked,
    ).toBe(4);
    expect((await feedOf(c, c.members[0])).unreadCount).toBe(0);
    expect(
      (await postAs<any>(c.app, c.members[0].token, MARK, { input: { all: true } })).data.markNotificationsRead.marked,
    ).toBe(0);
  });

  it('refuses what it cannot do with a code, changing nothing', async () => {
    const c = setUpCommittee(createTestDb().db);
    await fiveNotices(c);
    const before = JSON.stringify(readState(c));
    const cases: [string | null, string, Record<string, unknown>, string][] = [
      [null, MARK, { input: { all: true } }, 'UNAUTHENTICATED'],
      [c.members[0].token, MARK, { input: {} }, 'INVALID_INPUT'],
      [c.members[0].token, MARK, { input: { ids: ['1'], all: true } }, 'INVALID_INPUT'],
      [c.members[0].token, MARK, { input: { ids: ['x'] } }, 'INVALID_INPUT'],
      [c.members[0].token, FEED, { first: 1, after: 'bm90LWEtY3Vyc29y' }, 'INVALID_INPUT'],
      [c.members[0].token, FEED, { first: 101 }, 'INVALID_INPUT'],
    ];
    for (const [token, query, variables, code] of cases) {
      const result = await postAs(c.app, token, query, variables);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(code);
    }
    expect(JSON.stringify(readState(c))).toBe(before);
  });

  it("nobody reads another person's feed: null for others, administrators included", async () => {
    const c = setUpCommittee(createTestDb().db);
    await fiveNotices(c);
    const query = 'query($id: ID!) { node(id: $id) { ... on Person { name notifications(first: 5) { totalCount } } } }';
    const id = Buffer.from(`Person:${c.members[0].personId}`).toString('base64');
    for (const who of [c.admin, c.members[1], c.secretary]) {
      const result = await postAs<any>(c.app, who.token, query, { id });
      expect(result.errors).toBeUndefined();
      expect(result.data.node.notifications).toBeNull();
    }
  });

  it('a page is read in a fixed number of statements, however many notifications it holds', async () => {
    const db = createTestDb();
    const c = setUpCommittee(db.db);
    await fiveNotices(c);
    // the token's last use is recorded once a minute: not in what is counted
    await feedOf(c, c.members[0], { first: 1 });
    const count = async (first: number) => {
      db.resetCount();
      await feedOf(c, c.members[0], { first });
      return { all: db.statements.length, feed: db.statements.filter((s) => /notifications/u.test(s)).length };
    };
    // The token and roles, the person, then the page, totalCount and unreadCount: the same for 1 or 5 rows.
    expect(await count(1)).toEqual({ all: 6, feed: 3 });
    expect(await count(5)).toEqual({ all: 6, feed: 3 });
  });
});
