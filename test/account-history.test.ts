import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { executeAs, gid, ok, setUpCommittee, type Committee } from './support/committee.ts';
import { createTestDb } from './support/db.ts';
import { postAs } from './support/people.ts';

// Membership and token changes are readable as history: a committee's by its members and
// administrators, a person's by the person and administrators; null for anyone else.

const SetMembership = graphql(`
  mutation HistorySetMembership($input: SetMembershipInput!) { setMembership(input: $input) { membership { role } } }
`);
const RemoveMembership = graphql(`
  mutation HistoryRemoveMembership($input: RemoveMembershipInput!) { removeMembership(input: $input) { __typename } }
`);
const CreateToken = graphql(`
  mutation HistoryCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token { id } secret } }
`);
const RevokeToken = graphql(`
  mutation HistoryRevokeToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { __typename } }
`);

const COMMITTEE = `query($code: String!) { committee(code: $code) { history(first: 10) { edges { node { action actor {
  name } data } } } } }`;
const PERSON = 'query($id: ID!) { node(id: $id) { ... on Person { history { edges { node { action data } } } } } }';

let c: Committee;
beforeEach(() => {
  c = setUpCommittee(createTestDb().db);
});

type Edges = { edges: { node: { action: string; actor?: { name: string } | null; data: unknown } }[] } | null;

describe('membership history of a committee', () => {
  it('lists roles given, changed and removed, newest first, to members and administrators only', async () => {
    const outsider = gid('Person', c.outsider.personId);
    const set = (role: 'MEMBER' | 'OBSERVER') =>
      executeAs(c.app, c.admin.token, SetMembership, {
        input: { personId: outsider, committeeId: c.committeeGid, role },
      });
    ok(await set('OBSERVER'));
    ok(await set('MEMBER'));
    ok(
      await executeAs(c.app, c.admin.token, RemoveMembership, {
        input: { personId: outsider, committeeId: c.committeeGid },
      }),
    );
    const read = async (token: string | null) =>
      (await postAs<{ committee: { history: Edges } }>(c.app, token, COMMITTEE, { code: 'SAC/TC114/SC27' })).data
        ?.committee.history ?? null;
    const asObserver = await read(c.observer.token);
    expect(asObserver!.edges.map((e) => [e.node.action, e.node.actor?.name, e.node.data])).toEqual([
      ['membership.removed', 'Ada Admin', { personId: c.outsider.personId, role: 'MEMBER' }],
      [
        'membership.roleChanged',
        'Ada Admin',
        { personId: c.outsider.personId, role: 'MEMBER', previousRole: 'OBSERVER' },
      ],
      ['membership.added', 'Ada Admin', { personId: c.outsider.personId, role: 'OBSERVER', previousRole: null }],
      ['committee.imported', undefined, expect.objectContaining({ code: 'SAC/TC114/SC27' })],
    ]);
    expect(await read(c.admin.token)).toEqual(asObserver);
    expect(await read(c.outsider.token)).toBeNull();
    expect(await read(null)).toBeNull();
  });
});

describe("a person's account history", () => {
  it('lists tokens created and revoked and roles, without secrets, to the person and administrators', async () => {
    const member = gid('Person', c.members[0].personId);
    const created = ok(
      await executeAs(c.app, c.admin.token, CreateToken, { input: { personId: member, name: 'LIMS' } }),
    ).createApiToken;
    ok(await executeAs(c.app, c.members[0].token, RevokeToken, { input: { tokenId: created.token.id } }));
    ok(
      await executeAs(c.app, c.admin.token, SetMembership, {
        input: { personId: member, committeeId: c.committeeGid, role: 'OBSERVER' },
      }),
    );
    const read = async (token: string) =>
      (await postAs<{ node: { history: Edges } | null }>(c.app, token, PERSON, { id: member })).data?.node?.history ??
      null;
    const own = await read(c.members[0].token);
    expect(own!.edges.map((e) => e.node.action)).toEqual([
      'membership.roleChanged',
      'token.revoked',
      'token.created',
      'token.created', // the test's own token, made with the record
      'person.created',
    ]);
    expect(JSON.stringify(own)).not.toContain(created.secret);
    expect(await read(c.admin.token)).toEqual(own);
    // A fellow member reads the person's record, not their account history.
    expect(await read(c.members[1].token)).toBeNull();
  });
});
