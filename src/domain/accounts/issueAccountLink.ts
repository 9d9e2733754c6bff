import type { AuthContext } from './request-auth.ts';
import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { accountLinks, people, personPasswords } from '../../db/schema.ts';
import { ACCOUNT_LINK_PURPOSES } from '../enums.ts';
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
  const now = ctx.now();
  const at = now.toISOString();
  const expiresAt = new Date(now.getTime() + ctx.auth.settings.linkLifetimeMs).toISOString();
  const secret = LINK_PREFIX + randomBytes(32).toString('base64url');
  const url = `${ctx.auth.baseUrl}${SET_PASSWORD_PATH}#token=${secret}`;
  const id = ctx.db.transaction(
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
      tx.update(accountLinks)
        .set({ usedAt: at })
        .where(and(eq(accountLinks.personId, data.personId), isNull(accountLinks.usedAt)))
        .run();
      const linkId = Number(
        tx
          .insert(accountLinks)
          .values({
            personId: data.personId,
            purpose: data.purpose,
            tokenHash: hashTokenSecret(secret),
            createdById: ctx.viewer!.personId,
            createdAt: at,
            expiresAt,
          })
          .run().lastInsertRowid,
      );
      const eventId = recordEvent(tx, {
        at,
        actorId: ctx.viewer!.personId,
        action: data.purpose === 'INVITATION' ? 'person.invited' : 'person.passwordResetIssued',
        entityType: 'Person',
        entityId: data.personId,
        data: { linkId, expiresAt },
      });
      forgetLinkUrls(tx, data.personId);
      notifyLink(tx, { personId: data.personId, eventId, purpose: data.purpose, url, expiresAt, at });
      return linkId;
    },
    { behavior: 'immediate' },
  );
  return { id, personId: data.personId, purpose: data.purpose, url, token: secret, expiresAt };
}
