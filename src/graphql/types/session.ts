import { changePassword } from '../../domain/accounts/changePassword.ts';
import { issueAccountLink } from '../../domain/accounts/issueAccountLink.ts';
import { hasPassword, listSessions, type SessionView } from '../../domain/accounts/listSessions.ts';
import { revokeSession } from '../../domain/accounts/revokeSession.ts';
import { setPasswordWithLink } from '../../domain/accounts/setPasswordWithLink.ts';
import { signIn } from '../../domain/accounts/signIn.ts';
import { signOut } from '../../domain/accounts/signOut.ts';
import { signOutEverywhere } from '../../domain/accounts/signOutEverywhere.ts';
import { ACCOUNT_LINK_PURPOSES } from '../../domain/enums.ts';
import { builder } from '../builder.ts';
import { enumOf } from './enum-of.ts';
import { Person } from './person.ts';

// Signing in with an e-mail and a password (people in a browser; tools keep API tokens). The
// mutations set or clear the session cookie on their response (src/http/session-cookie.ts).

const AccountLinkPurposeEnum = enumOf(
  'AccountLinkPurpose',
  'Why a one-time link to set a password was issued.',
  ACCOUNT_LINK_PURPOSES,
  {
    INVITATION: 'The person has no password yet: the link lets them choose one and sign in.',
    PASSWORD_RESET: 'The person forgot their password: the link sets a new one and ends their other sessions.',
  },
);

const Session = builder.objectRef<SessionView>('Session').implement({
  description: 'A browser session: signed in with a password, held in an httpOnly cookie.',
  fields: (t) => ({
    id: t.id({ description: 'The session number, used to end it.', resolve: (s) => String(s.id) }),
    createdAt: t.field({ type: 'DateTime', description: 'When the person signed in.', resolve: (s) => s.createdAt }),
    lastSeenAt: t.field({
      type: 'DateTime',
      description: 'When it was last used (to the minute).',
      resolve: (s) => s.lastSeenAt,
    }),
    endsAt: t.field({
      type: 'DateTime',
      description: 'When it ends unless used again: the idle timeout from the last use, or its lifetime if earlier.',
      resolve: (s) => s.endsAt,
    }),
    userAgent: t.string({
      nullable: true,
      description: 'The browser that signed in (its User-Agent, cut to 200 characters).',
      resolve: (s) => s.userAgent,
    }),
    current: t.boolean({ description: 'True for the session of this request.', resolve: (s) => s.current }),
  }),
});

builder.objectFields(Person, (t) => ({
  sessions: t.field({
    type: [Session],
    nullable: true,
    description:
      "The person's open browser sessions, oldest first; null unless the caller is the person or an administrator.",
    resolve: (person, _a, ctx) => listSessions(ctx, person.id),
  }),
  hasPassword: t.boolean({
    nullable: true,
    description: 'Whether the person has set a password; null unless the caller is the person or an administrator.',
    resolve: (person, _a, ctx) => hasPassword(ctx, person.id),
  }),
}));

const personById = (ctx: { db: import('../../db/client.ts').Db }, id: number) =>
  ctx.db.query.people.findFirst({ where: { id } }).sync()!;

builder.relayMutationField(
  'signIn',
  {
    description: 'An e-mail address and a password.',
    inputFields: (t) => ({
      email: t.string({ required: true, description: 'The e-mail address the person is recorded with.' }),
      password: t.string({ required: true, description: 'The password.' }),
    }),
  },
  {
    description:
      'Signs in: sets the session cookie (httpOnly, SameSite=Lax). A wrong e-mail or password is SIGN_IN_FAILED; ' +
      'too many failures for the account or from the address, SIGN_IN_RATE_LIMITED (HTTP 429, Retry-After).',
    resolve: (_root, { input }, ctx) => signIn({ ctx, input }),
  },
  {
    outputFields: (t) => ({
      viewer: t.field({
        type: Person,
        description: 'Who is signed in.',
        resolve: (r, _a, ctx) => personById(ctx, r.personId),
      }),
      expiresAt: t.field({
        type: 'DateTime',
        description: 'When the session ends at the latest (sooner when unused for the idle timeout).',
        resolve: (r) => r.expiresAt,
      }),
    }),
  },
);

builder.relayMutationField(
  'signOut',
  {
    description: 'Where to sign out.',
    inputFields: (t) => ({
      everywhere: t.boolean({
        description: 'Also end every other browser session of the person (default false). API tokens stay.',
      }),
    }),
  },
  {
    description: 'Signs out: ends this browser session and clears the cookie; with `everywhere`, all of them.',
    resolve: (_root, { input }, ctx) =>
      input.everywhere
        ? { sessionsEnded: signOutEverywhere({ ctx, input: {} }) }
        : { sessionsEnded: signOut({ ctx, input: {} }) ? 1 : 0 },
  },
  {
    outputFields: (t) => ({
      sessionsEnded: t.int({ description: 'How many sessions were ended.', resolve: (r) => r.sessionsEnded }),
    }),
  },
);

builder.relayMutationField(
  'revokeSession',
  {
    description: 'The session to end.',
    inputFields: (t) => ({ sessionId: t.id({ required: true, description: 'The session number (`Session.id`).' }) }),
  },
  {
    description: 'Ends one browser session at once (its person, or an administrator).',
    resolve: (_root, { input }, ctx) => {
      revokeSession({ ctx, input: { sessionId: Number(input.sessionId) } });
      return { revoked: true };
    },
  },
  {
    outputFields: (t) => ({
      revoked: t.boolean({ description: 'True: the session has ended.', resolve: (r) => r.revoked }),
    }),
  },
);

builder.relayMutationField(
  'changePassword',
  {
    description: 'The current password and the new one.',
    inputFields: (t) => ({
      currentPassword: t.string({ required: true, description: 'The password now.' }),
      newPassword: t.string({ required: true, description: 'The new password: 12 to 200 characters.' }),
    }),
  },
  {
    description: "Changes the caller's password; every other browser session of theirs ends (API tokens stay).",
    resolve: async (_root, { input }, ctx) => {
      await changePassword({ ctx, input });
      return { changed: true };
    },
  },
  {
    outputFields: (t) => ({
      changed: t.boolean({ description: 'True: the password was changed.', resolve: (r) => r.changed }),
    }),
  },
);

builder.relayMutationField(
  'issueAccountLink',
  {
    description: 'Who the link is for, and why.',
    inputFields: (t) => ({
      personId: t.globalID({ required: true, for: Person, description: 'The person.' }),
      purpose: t.field({ type: AccountLinkPurposeEnum, required: true, description: 'Invitation or reset.' }),
    }),
  },
  {
    description:
      'Issues a one-time link for a person to set a password, valid 7 days (administrators only). The link is in ' +
      "this payload only: give it to the person. It replaces the person's unused links.",
    resolve: (_root, { input }, ctx) =>
      issueAccountLink({ ctx, input: { personId: Number(input.personId.id), purpose: input.purpose } }),
  },
  {
    outputFields: (t) => ({
      url: t.string({ description: 'The link to give the person. Shown once.', resolve: (r) => r.url }),
      token: t.string({
        description: 'The secret in the link (what `setPasswordWithLink` takes).',
        resolve: (r) => r.token,
      }),
      expiresAt: t.field({
        type: 'DateTime',
        description: 'When the link stops working.',
        resolve: (r) => r.expiresAt,
      }),
      person: t.field({
        type: Person,
        description: 'Who the link is for.',
        resolve: (r, _a, ctx) => personById(ctx, r.personId),
      }),
    }),
  },
);

builder.relayMutationField(
  'setPasswordWithLink',
  {
    description: 'The secret of an invitation or reset link, and the password to set.',
    inputFields: (t) => ({
      token: t.string({ required: true, description: 'The secret from the link (after `#token=`).' }),
      password: t.string({ required: true, description: 'The new password: 12 to 200 characters.' }),
    }),
  },
  {
    description:
      'Accepts an invitation or uses a reset link: sets the password, ends the other sessions and signs in here ' +
      '(sets the session cookie). A link that is unknown, used, replaced or expired is LINK_INVALID.',
    resolve: (_root, { input }, ctx) => setPasswordWithLink({ ctx, input }),
  },
  {
    outputFields: (t) => ({
      viewer: t.field({
        type: Person,
        description: 'Who is signed in.',
        resolve: (r, _a, ctx) => personById(ctx, r.personId),
      }),
      purpose: t.field({ type: AccountLinkPurposeEnum, description: 'What the link was.', resolve: (r) => r.purpose }),
      expiresAt: t.field({
        type: 'DateTime',
        description: 'When the new session ends at the latest.',
        resolve: (r) => r.expiresAt,
      }),
    }),
  },
);
