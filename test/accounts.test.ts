import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { createTestDb, type TestDatabase } from './support/db.ts';
import { loadSample } from './support/fixtures.ts';
import { appFor, type App } from './support/http.ts';
import { createPersonWithToken, globalId, postAs } from './support/people.ts';
import { print } from 'graphql';
import { setUpCommittee, COMMITTEE_CODE } from './support/committee.ts';

const Viewer = graphql(`
  query Viewer {
    viewer { name email isAdmin memberships { role committee { code } } tokens { name revokedAt } }
  }
`);
const CreatePerson = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) { person { id name email organisationKind isAdmin } }
  }
`);
const SetMembership = graphql(`
  mutation SetMembership($input: SetMembershipInput!) {
    setMembership(input: $input) { membership { role person { name } committee { code } } }
  }
`);
const CreateApiToken = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) { secret token { id name } }
  }
`);
const RevokeApiToken = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { revoked } }
`);

let database: TestDatabase;
let app: App;
beforeEach(() => {
  database = createTestDb();
  loadSample(database.db);
  app = appFor(database.db);
});

const count = (table: string) =>
  (database.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

describe('accounts and tokens', () => {
  it('lets an administrator record a person and give them a role, and the person sees it', async () => {
    const admin = createPersonWithToken(database.db, { admin: true });
    const created = await postAs<{ createPerson: { person: { id: string; email: string } } }>(
      app,
      admin.token,
      print(CreatePerson),
      {
        input: { name: 'Li Wei', email: ' Li.Wei@Example.ORG ', organisation: 'CATARC', organisationKind: 'INSTITUTE' },
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createPerson.person).toMatchObject({
      email: 'li.wei@example.org',
      organisationKind: 'INSTITUTE',
      isAdmin: false,
    });
    const personId = created.data!.createPerson.person.id;
    const committeeId = globalId(
      'Committee',
      (database.sqlite.prepare("select id from committees where code = 'ISO/TC22/SC32'").get() as { id: number }).id,
    );
    const membership = await postAs(app, admin.token, print(SetMembership), {
      input: { personId, committeeId, role: 'MEMBER' },
    });
    expect(membership.data).toEqual({
      setMembership: {
        membership: { role: 'MEMBER', person: { name: 'Li Wei' }, committee: { code: 'ISO/TC22/SC32' } },
      },
    });

    const token = await postAs<{ createApiToken: { secret: string } }>(app, admin.token, print(CreateApiToken), {
      input: { personId, name: 'LIMS' },
    });
    const secret = token.data!.createApiToken.secret;
    expect(secret).toMatch(/^vsr_/);
    expect(database.sqlite.prepare('select count(*) as n from api_tokens where token_hash = ?').get(secret)).toEqual({
      n: 0,
    });
    const me = await postAs(app, secret, print(Viewer));
    expect(me.data).toEqual({
      viewer: {
        name: 'Li Wei',
        email: 'li.wei@example.org',
        isAdmin: false,
        memberships: [{ role: 'MEMBER', committee: { code: 'ISO/TC22/SC32' } }],
        tokens: [{ name: 'LIMS', revokedAt: null }],
      },
    });
  });

  it('refuses people management to anyone but administrators, changing nothing', async () => {
    const member = createPersonWithToken(database.db);
    const before = count('people');
    const anonymous = await postAs(app, null, print(CreatePerson), { input: { name: 'X', email: 'x@example.org' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const outsider = await postAs(app, member.token, print(CreatePerson), {
      input: { name: 'X', email: 'x@example.org' },
    });
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(count('people')).toBe(before);
  });

  it('rejects a duplicate e-mail and a malformed one with coded errors', async () => {
    const admin = createPersonWithToken(database.db, { admin: true });
    const bad = await postAs(app, admin.token, print(CreatePerson), { input: { name: 'X', email: 'not-an-email' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'email' });
    const taken = await postAs(app, admin.token, print(CreatePerson), {
      input: { name: 'X', email: admin.email.toUpperCase() },
    });
    expect(taken.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('stops accepting a revoked token at once, with 401 UNAUTHENTICATED', async () => {
    const person = createPersonWithToken(database.db);
    expect((await postAs(app, person.token, print(Viewer))).data).toMatchObject({ viewer: { name: person.name } });
    const revoked = await postAs(app, person.token, print(RevokeApiToken), {
      input: { tokenId: String(person.tokenId) },
    });
    expect(revoked.data).toEqual({ revokeApiToken: { revoked: true } });
    const after = await postAs(app, person.token, print(Viewer));
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const garbage = await postAs(app, 'vsr_not-a-token', print(Viewer));
    expect(garbage.status).toBe(401);
    expect(garbage.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers UNAUTHENTICATED to anonymous token requests, before looking anything up', async () => {
    const person = createPersonWithToken(database.db);
    const create = await postAs(app, null, print(CreateApiToken), { input: { name: 'LIMS' } });
    expect(create.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The same answer for a token that exists and one that does not: ids cannot be probed.
    for (const tokenId of [String(person.tokenId), '999999']) {
      const revoke = await postAs(app, null, print(RevokeApiToken), { input: { tokenId } });
      expect(revoke.errors?.[0]?.extensions?.code, tokenId).toBe('UNAUTHENTICATED');
    }
    expect(database.sqlite.prepare('select count(*) from api_tokens where revoked_at is null').pluck().get()).toBe(1);
  });

  it("answers a signed-in caller the same for someone else's token and for none, and changes nothing", async () => {
    const owner = createPersonWithToken(database.db);
    const other = createPersonWithToken(database.db);
    const answers = [];
    for (const tokenId of [String(owner.tokenId), '999999']) {
      const revoke = await postAs(app, other.token, print(RevokeApiToken), { input: { tokenId } });
      answers.push({
        errors: revoke.errors?.map(({ message, extensions }) => ({ message, extensions })),
        data: revoke.data,
      });
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(
      database.sqlite.prepare('select revoked_at from api_tokens where id = ?').pluck().get(owner.tokenId),
    ).toBeNull();
  });

  it('keeps anonymous reads of published standards working and shows no viewer', async () => {
    const result = await postAs(app, null, '{ viewer { name } standard(designation: "UN R155") { designation } }');
    expect(result.data).toEqual({ viewer: null, standard: { designation: 'UN R155' } });
  });

  it('records every account change in the history', async () => {
    const admin = createPersonWithToken(database.db, { admin: true });
    await postAs(app, admin.token, print(CreatePerson), { input: { name: 'Y', email: 'y@example.org' } });
    const actions = (
      database.sqlite.prepare('select action from events order by id').all() as { action: string }[]
    ).map((e) => e.action);
    expect(actions.slice(-3)).toEqual(['person.created', 'token.created', 'person.created']);
  });

  it(
    "lists a committee's members to a member with only the e-mails they may see, and to anonymous callers as null, " +
      'without failing the answer',
    async () => {
      const c = setUpCommittee(createTestDb().db);
      const query =
        `query($code: String!) { committee(code: $code) { code ` +
        `members { role person { name email tokens { name } } } } }`;
      const asMember = await postAs<{
        committee: {
          code: string;
          members: { role: string; person: { name: string; email: string | null; tokens: unknown[] | null } }[];
        };
      }>(c.app, c.members[0].token, query, { code: COMMITTEE_CODE });
      expect(asMember.errors).toBeUndefined();
      const members = asMember.data!.committee.members;
      expect(members.length).toBeGreaterThan(3);
      const own = members.filter((m) => m.person.email !== null);
      expect(own.map((m) => m.person.name)).toEqual([c.members[0].name]);
      expect(own[0]!.person.tokens).toHaveLength(1);
      expect(members.filter((m) => m.person.tokens !== null)).toHaveLength(1);
      const anonymous = await postAs<{ committee: { code: string; members: null } }>(c.app, null, query, {
        code: COMMITTEE_CODE,
      });
      expect(anonymous.errors).toBeUndefined();
      expect(anonymous.data).toEqual({ committee: { code: COMMITTEE_CODE, members: null } });
    },
  );

  it(
    'refetches a person by global ID for the person, those who ' +
      'share a committee with them and administrators only',
    async () => {
      const person = createPersonWithToken(database.db, { name: 'Lin Lab' });
      const other = createPersonWithToken(database.db, { name: 'Oda Other' });
      const query = `query($id: ID!) { node(id: $id) { __typename ... on Person { name email } } }`;
      const id = globalId('Person', person.personId);
      expect((await postAs(app, other.token, query, { id })).data).toEqual({ node: null });
      const committee = database.sqlite
        .prepare('select id from committees order by id limit 1')
        .pluck()
        .get() as number;
      const join = database.sqlite.prepare(
        "insert into memberships (person_id, committee_id, role, created_at) values (?, ?, 'OBSERVER', " +
          "'2026-01-01T00:00:00.000Z')",
      );
      join.run(person.personId, committee);
      join.run(other.personId, committee);
      expect((await postAs(app, other.token, query, { id })).data).toEqual({
        node: { __typename: 'Person', name: 'Lin Lab', email: null },
      });
      expect((await postAs(app, person.token, query, { id })).data).toEqual({
        node: { __typename: 'Person', name: 'Lin Lab', email: person.email },
      });
      const anonymous = await postAs(app, null, query, { id });
      expect(anonymous.data).toEqual({ node: null });
    },
  );
});
