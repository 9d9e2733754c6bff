import { createApiToken } from '../../domain/accounts/createApiToken.ts';
import { createPerson } from '../../domain/accounts/createPerson.ts';
import { personIdByEmail } from '../../domain/accounts/personByEmail.ts';
import { removeMembership } from '../../domain/accounts/removeMembership.ts';
import { revokeApiToken } from '../../domain/accounts/revokeApiToken.ts';
import { setMembership } from '../../domain/accounts/setMembership.ts';
import { COMMITTEE_ROLES, ORGANISATION_KINDS } from '../../domain/enums.ts';
import { builder } from '../builder.ts';
import { enumOf } from './enum-of.ts';
import { catalogueLoaders } from '../../catalogue/loaders.ts';
import { Committee } from './committee.ts';

export const OrganisationKindEnum = enumOf(
  'OrganisationKind',
  'What kind of organisation a person works for.',
  ORGANISATION_KINDS,
  {
    LAB: 'A test laboratory.',
    MAKER: 'A vehicle manufacturer.',
    SUPPLIER: 'A component or system supplier.',
    INSTITUTE: 'A research or standards institute.',
    REGULATOR: 'A regulator or type-approval authority.',
    OTHER: 'Any other organisation.',
  },
);

export const CommitteeRoleEnum = enumOf('CommitteeRole', 'The role a person holds in a committee.', COMMITTEE_ROLES, {
  CHAIR: 'Chairs the committee: moves drafts, opens and closes ballots, records dispositions, publishes.',
  SECRETARY: 'Runs the secretariat: the same powers as the chair.',
  MEMBER: 'Voting member (ISO "P-member"): proposes drafts, comments and votes.',
  OBSERVER: 'Non-voting member (ISO "O-member"): reads drafts and comments, cannot vote.',
});

export const Person = builder.drizzleNode('people', {
  name: 'Person',
  description:
    'Someone who works on standards. Visible to signed-in callers where committee work shows them (members, ' +
    'leaders, authors, voters); by `node(id:)` only to those who share a committee with them, the person and ' +
    'administrators; the e-mail only to the person and administrators.',
  authScopes: { authenticated: true },
  id: { column: (person) => person.id, description: 'Global ID of the person.' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Full name.' }),
    // Nullable, and null without an error for others, so that listing people (a committee's
    // members, a draft's leader) never fails as a whole over a field one may not see.
    email: t.exposeString('email', {
      nullable: true,
      description: 'E-mail address; null unless the caller is the person or an administrator.',
      authScopes: (person) => ({ allowed: { action: 'person.readPrivate', subject: { ownerId: person.id } } }),
      unauthorizedResolver: () => null,
    }),
    organisation: t.exposeString('organisation', {
      nullable: true,
      description: 'The organisation the person represents.',
    }),
    organisationKind: t.expose('organisationKind', {
      type: OrganisationKindEnum,
      nullable: true,
      description: 'What kind of organisation it is.',
    }),
    isAdmin: t.exposeBoolean('isAdmin', { description: 'Administers the registry: people, memberships, tokens.' }),
    // `committee.members` per membership, in SQL: administrators see all, others those of the
    // committees they hold a role in themselves (so a person sees all of their own).
    memberships: t.relation('memberships', {
      description:
        'The committees the person holds a role in, among those whose members the caller may see (all of them ' +
        'for the person and administrators).',
      query: (_args, ctx) => ({
        orderBy: { id: 'asc' },
        ...(ctx.viewer?.isAdmin ? {} : { where: { committeeId: { in: [...(ctx.viewer?.roles.keys() ?? [])] } } }),
      }),
    }),
    tokens: t.relation('tokens', {
      nullable: true,
      description:
        "The person's API tokens; null unless the caller is the person or an administrator. Secrets are never " +
        'shown again.',
      authScopes: (person) => ({ allowed: { action: 'person.readPrivate', subject: { ownerId: person.id } } }),
      unauthorizedResolver: () => null,
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

export const Membership = builder.drizzleObject('memberships', {
  name: 'Membership',
  description: "A person's role in a committee.",
  fields: (t) => ({
    person: t.relation('person', { description: 'Who.' }),
    committee: t.field({
      type: Committee,
      description: 'Which committee.',
      resolve: async (m, _a, ctx) => (await catalogueLoaders(ctx).committeeById.load(m.committeeId))!,
    }),
    role: t.expose('role', { type: CommitteeRoleEnum, description: 'The role held.' }),
    since: t.exposeString('createdAt', { description: 'When the membership was recorded (ISO 8601).' }),
  }),
});

export const ApiToken = builder.drizzleObject('apiTokens', {
  name: 'ApiToken',
  description: 'An API token (`Authorization: Bearer <token>`). Only its hash is stored.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Token number, used to revoke it.' }),
    name: t.exposeString('name', { description: 'What the token is for, e.g. "LIMS sync".' }),
    createdAt: t.exposeString('createdAt', { description: 'When it was created (ISO 8601).' }),
    lastUsedAt: t.exposeString('lastUsedAt', {
      nullable: true,
      description: 'When it was last used (to the minute); null if never.',
    }),
    revokedAt: t.exposeString('revokedAt', {
      nullable: true,
      description: 'When it was revoked; null while it works.',
    }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.drizzleField({
    type: 'people',
    nullable: true,
    description: 'The signed-in person; null for an anonymous caller.',
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer === null ? null : ctx.db.query.people.findFirst(query({ where: { id: ctx.viewer.personId } })),
  }),
  personByEmail: t.drizzleField({
    type: 'people',
    nullable: true,
    description:
      'The person recorded with this e-mail address, ignoring case (administrators, to give a recorded person a ' +
      'role); null when there is none, and for everyone else.',
    args: { email: t.arg.string({ required: true, description: 'The e-mail address.' }) },
    resolve: (query, _root, args, ctx) => {
      const id = personIdByEmail(ctx.db, ctx.viewer, args.email);
      return id === undefined ? null : ctx.db.query.people.findFirst(query({ where: { id } }));
    },
  }),
}));

const personById = (ctx: { db: import('../../db/client.ts').Db }, id: number) =>
  ctx.db.query.people.findFirst({ where: { id } }).sync();

builder.relayMutationField(
  'createPerson',
  {
    description: 'A person to record.',
    inputFields: (t) => ({
      name: t.string({ required: true, description: 'Full name.' }),
      email: t.string({ required: true, description: 'E-mail address; one person per address.' }),
      organisation: t.string({ description: 'The organisation the person represents.' }),
      organisationKind: t.field({ type: OrganisationKindEnum, description: 'What kind of organisation it is.' }),
      isAdmin: t.boolean({ description: 'Make the person an administrator (default false).' }),
    }),
  },
  {
    description: 'Records a person (administrators only).',
    resolve: (_root, { input }, ctx) => ({
      personId: createPerson({ ctx, input: { ...input, isAdmin: input.isAdmin ?? false } }),
    }),
  },
  {
    outputFields: (t) => ({
      person: t.field({
        type: Person,
        description: 'The new person.',
        resolve: (r, _a, ctx) => personById(ctx, r.personId)!,
      }),
    }),
  },
);

builder.relayMutationField(
  'setMembership',
  {
    description: 'A role to give a person in a committee.',
    inputFields: (t) => ({
      personId: t.globalID({ required: true, for: Person, description: 'The person.' }),
      committeeId: t.globalID({ required: true, for: Committee, description: 'The committee.' }),
      role: t.field({ type: CommitteeRoleEnum, required: true, description: 'The role.' }),
    }),
  },
  {
    description: 'Gives a person a role in a committee, or changes it (administrators only).',
    resolve: (_root, { input }, ctx) => ({
      membershipId: setMembership({
        ctx,
        input: { personId: Number(input.personId.id), committeeId: Number(input.committeeId.id), role: input.role },
      }),
    }),
  },
  {
    outputFields: (t) => ({
      membership: t.field({
        type: Membership,
        description: 'The membership as it now is.',
        resolve: (r, _a, ctx) => ctx.db.query.memberships.findFirst({ where: { id: r.membershipId } }).sync()!,
      }),
    }),
  },
);

builder.relayMutationField(
  'removeMembership',
  {
    description: 'The membership to end.',
    inputFields: (t) => ({
      personId: t.globalID({ required: true, for: Person, description: 'The person.' }),
      committeeId: t.globalID({ required: true, for: Committee, description: 'The committee.' }),
    }),
  },
  {
    description: "Ends a person's role in a committee (administrators only).",
    resolve: (_root, { input }, ctx) => {
      removeMembership({
        ctx,
        input: { personId: Number(input.personId.id), committeeId: Number(input.committeeId.id) },
      });
      return { removed: true };
    },
  },
  {
    outputFields: (t) => ({
      removed: t.boolean({ description: 'True: the membership is gone.', resolve: (r) => r.removed }),
    }),
  },
);

builder.relayMutationField(
  'createApiToken',
  {
    description: 'The token to create.',
    inputFields: (t) => ({
      personId: t.globalID({ for: Person, description: "Whose token; default: the caller's own." }),
      name: t.string({ required: true, description: 'What the token is for, e.g. "LIMS sync".' }),
    }),
  },
  {
    description: 'Creates an API token. The secret is in this payload and is never shown again.',
    resolve: (_root, { input }, ctx) =>
      createApiToken({
        ctx,
        input: { personId: input.personId ? Number(input.personId.id) : (ctx.viewer?.personId ?? 0), name: input.name },
      }),
  },
  {
    outputFields: (t) => ({
      secret: t.string({
        description: 'The token: send it as `Authorization: Bearer <secret>`. Shown once.',
        resolve: (r) => r.secret,
      }),
      token: t.field({
        type: ApiToken,
        description: "The token's record.",
        resolve: (r, _a, ctx) => ctx.db.query.apiTokens.findFirst({ where: { id: r.id } }).sync()!,
      }),
    }),
  },
);

builder.relayMutationField(
  'revokeApiToken',
  {
    description: 'The token to revoke.',
    inputFields: (t) => ({ tokenId: t.id({ required: true, description: 'The token number (`ApiToken.id`).' }) }),
  },
  {
    description: 'Revokes a token at once (its owner or an administrator).',
    resolve: (_root, { input }, ctx) => {
      revokeApiToken({ ctx, input: { tokenId: Number(input.tokenId) } });
      return { revoked: true };
    },
  },
  {
    outputFields: (t) => ({
      revoked: t.boolean({ description: 'True: the token no longer works.', resolve: (r) => r.revoked }),
    }),
  },
);
