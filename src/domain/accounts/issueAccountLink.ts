import type { AuthContext } from './request-auth.ts';
import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { accountLinks, people, personPasswords } from '../../db/schema.ts';
import { ACCOUNT_LINK_PURPOSES, type AccountLinkPurpose } from '../enums.ts';
import type { Tx } from '../../db/types.ts';
import { DomainError } from '../errors.ts';
import { recordEvent } from '../events.ts';
import { parseInput, type VerbArgs } from '../verb.ts';
import { assertAllowed } from './permissions.ts';
import { forgetLinkUrls, notifyLink } from './link-notifications.ts';
import { hashTokenSecret } from './viewer.ts';

const input = z.object({ personId: z.number().int().positive(), purpose: z.enum(ACCOUNT_LINK_PURPOSES) });

const LINK_PREFIX = 'vsl_';
/** The web app's page that reads the link; the secret travels in the fragment, which browsers never send. */
export const SET_PASSWORD_PATH = '/set-password';

/**
 * An administrator issues a one-time link for a person to set a password: an invitation (the person
 * has none yet) or a reset. Only the link's hash is stored; the link is answered once, and told to the
 * person's notification channels until used (link-notifications.ts). A new link replaces the person's
 * unused ones.
 */
export function issueAccountLink({ ctx, input: raw }: VerbArgs<z.input<typeof input>, AuthContext>) {
  assertAllowed(ctx.viewer, 'person.issueLink');
  const data = parseInput(input, raw);
  return ctx.db.transaction(
    (tx) => {
      const person = tx
        .select({ id: people.id, hasPassword: personPasswords.personId })
        .from(people)
        .leftJoin(personPasswords, eq(personPasswords.personId, people.id))
        .where(eq(people.id, data.personId))
        .get();
      if (!person) throw new DomainError('NOT_FOUND', 'No such person.');
      if (data.purpose === 'INVITATION' && person.hasPassword !== null)
        throw new DomainError('CONFLICT', 'The person has a password already: issue a PASSWORD_RESET link instead.');
      return writeAccountLink(tx, {
        ...data,
        createdById: ctx.viewer!.personId,
        now: ctx.now(),
        lifetimeMs: ctx.auth.settings.linkLifetimeMs,
        baseUrl: ctx.auth.baseUrl,
        notify: true,
      });
    },
    { behavior: 'immediate' },
  );
}

/**
 * Writes a new link for the person (their unused ones replaced), its event, and its notification if asked; answers
 * the link with its secret, which is stored only hashed.
 */
export function writeAccountLink(
  tx: Tx,
  link: {
    personId: number;
    purpose: AccountLinkPurpose;
    createdById: number;
    now: Date;
    lifetimeMs: number;
    baseUrl: string;
    /** Tell the person's notification channels (false: the command line prints the link to the operator). */
    notify: boolean;
  },
) {
  const at = link.now.toISOString();
  const expiresAt = new Date(link.now.getTime() + link.lifetimeMs).toISOString();
  const secret = LINK_PREFIX + randomBytes(32).toString('base64url');
  const url = `${link.baseUrl}${SET_PASSWORD_PATH}#token=${secret}`;
  tx.update(accountLinks)
    .set({ usedAt: at })
    .where(and(eq(accountLinks.personId, link.personId), isNull(accountLinks.usedAt)))
    .run();
  const id = Number(
    tx
      .insert(accountLinks)
      .values({
        personId: link.personId,
        purpose: link.purpose,
        tokenHash: hashTokenSecret(secret),
        createdById: link.createdById,
        createdAt: at,
        expiresAt,
      })
      .run().lastInsertRowid,
  );
  const eventId = recordEvent(tx, {
    at,
    actorId: link.createdById,
    action: link.purpose === 'INVITATION' ? 'person.invited' : 'person.passwordResetIssued',
    entityType: 'Person',
    entityId: link.personId,
    data: { linkId: id, expiresAt },
  });
  forgetLinkUrls(tx, link.personId);
  if (link.notify) notifyLink(tx, { personId: link.personId, eventId, purpose: link.purpose, url, expiresAt, at });
  return { id, personId: link.personId, purpose: link.purpose, url, token: secret, expiresAt };
}
