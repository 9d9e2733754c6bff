import { describe, expect, it } from 'vitest';
import { codeOf, setUpCommittee, type Result } from './support/committee.ts';
import { createTestDb } from './support/db.ts';
import { FOLLOW_COMMITTEE, FOLLOW_STANDARD, standardGid } from './support/notifications.ts';
import { globalId, postAs } from './support/people.ts';

const WATCHING =
  '{ viewer { watching { id name standard { designation } committee { code } horizonFilter { standards kinds ' +
  'committee text } } } }';
const FOLLOW_FILTER =
  'mutation($filter: HorizonFilter!, $name: String) { followHorizonFilter(input: { filter: $filter, name: $name ' +
  '}) { watch { id name horizonFilter { kinds text } } } }';
const UNFOLLOW_STANDARD = 'mutation($id: ID!) { unfollowStandard(input: { standardId: $id }) { unfollowed } }';
const UNFOLLOW_FILTER = 'mutation($id: ID!) { unfollowHorizonFilter(input: { watchId: $id }) { unfollowed } }';

const watchCount = (c: ReturnType<typeof setUpCommittee>) =>
  c.db.$client.prepare('select count(*) from watches').pluck().get() as number;

describe('watch lists', () => {
  it('a signed-in person follows a standard, a committee and a horizon filter, and lists them', async () => {
    const c = setUpCommittee(createTestDb().db);
    const who = c.outsider;
    expect(
      (await postAs(c.app, who.token, FOLLOW_STANDARD, { id: standardGid(c, 'GB 38031') })).errors,
    ).toBeUndefined();
    expect((await postAs(c.app, who.token, FOLLOW_COMMITTEE, { id: c.committeeGid })).errors).toBeUndefined();
    const filter = await postAs<any>(c.app, who.token, FOLLOW_FILTER, {
      filter: { kinds: ['GB_T', 'GB', 'GB'], text: 'battery' },
      name: 'Batteries',
    });
    expect(filter.data.followHorizonFilter.watch).toMatchObject({
      name: 'Batteries',
      horizonFilter: { kinds: ['GB', 'GB_T'], text: 'battery' },
    });
    const listed = (await postAs<any>(c.app, who.token, WATCHING)).data.viewer.watching;
    expect(
      listed.map((w: any) => [
        w.standard?.designation ?? null,
        w.committee?.code ?? null,
        w.horizonFilter?.text ?? null,
      ]),
    ).toEqual([
      ['GB 38031', null, null],
      [null, 'SAC/TC114/SC27', null],
      [null, null, 'battery'],
    ]);
  });

  it('following again changes nothing; unfollowing answers whether it was followed', async () => {
    const c = setUpCommittee(createTestDb().db);
    const id = standardGid(c, 'GB 38031');
    const first = await postAs<any>(c.app, c.outsider.token, FOLLOW_STANDARD, { id });
    const second = await postAs<any>(c.app, c.outsider.token, FOLLOW_STANDARD, { id });
    expect(second.data.followStandard.watch.id).toBe(first.data.followStandard.watch.id);
    expect(watchCount(c)).toBe(1);
    expect(
      (await postAs<any>(c.app, c.outsider.token, UNFOLLOW_STANDARD, { id })).data.unfollowStandard.unfollowed,
    ).toBe(true);
    expect(
      (await postAs<any>(c.app, c.outsider.token, UNFOLLOW_STANDARD, { id })).data.unfollowStandard.unfollowed,
    ).toBe(false);
    expect(watchCount(c)).toBe(0);
  });

  it(
    'a watch list is private: others (administrators too) ' + "see null, and cannot drop someone else's filter",
    async () => {
      const c = setUpCommittee(createTestDb().db);
      const saved = await postAs<any>(c.app, c.members[0].token, FOLLOW_FILTER, { filter: { text: 'battery' } });
      const watchId = saved.data.followHorizonFilter.watch.id;
      const query = 'query($id: ID!) { node(id: $id) { ... on Person { name watching { id } } } }';
      const byAdmin = await postAs<any>(c.app, c.admin.token, query, { id: globalId('Person', c.members[0].personId) });
      expect(byAdmin.data.node).toMatchObject({ name: 'Ma Member', watching: null });
      const dropped = await postAs<any>(c.app, c.members[1].token, UNFOLLOW_FILTER, { id: watchId });
      expect(dropped.data.unfollowHorizonFilter.unfollowed).toBe(false);
      expect(watchCount(c)).toBe(1);
    },
  );

  it('refuses anonymous callers, unknown targets and empty filters, changing nothing', async () => {
    const c = setUpCommittee(createTestDb().db);
    const cases: [string | null, string, Record<string, unknown>, string][] = [
      [null, FOLLOW_STANDARD, { id: standardGid(c, 'GB 38031') }, 'UNAUTHENTICATED'],
      [c.outsider.token, FOLLOW_STANDARD, { id: globalId('Standard', 9999) }, 'NOT_FOUND'],
      [c.outsider.token, FOLLOW_COMMITTEE, { id: globalId('Committee', 9999) }, 'NOT_FOUND'],
      [c.outsider.token, FOLLOW_FILTER, { filter: {} }, 'INVALID_INPUT'],
      [c.outsider.token, FOLLOW_FILTER, { filter: { text: '   ' } }, 'INVALID_INPUT'],
    ];
    for (const [token, query, variables, code] of cases) {
      const result = (await postAs(c.app, token, query, variables)) as Result<unknown>;
      expect(codeOf(result), query).toBe(code);
    }
    expect(watchCount(c)).toBe(0);
  });
});
