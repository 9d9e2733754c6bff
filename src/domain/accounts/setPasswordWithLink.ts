import type { AuthContext } from './request-auth.ts';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { accountLinks, personPasswords } from '../../db/schema.ts';
import { DomainError } from '../errors.ts';
import { recordEvent } from '../events.ts';
import { storableText } from '../unicode.ts';
import { parseInput, type VerbArgs } from '../verb.ts';
import { hashPassword, passwordInput } from './passwords.ts';
import { forgetLinkUrls } from './link-notifications.ts';
import { revokeSessionsOf } from './revokeSessions.ts';
import { insertSession, viewerOfNewSession } from './sessions.ts';
import { hashTokenSecret } from './viewer.ts';

const input = z.object({ token: storableText().max(200, 'at most 200 characters'), password: passwordInput });

const invalid = (why: string) => new DomainError('LINK_INVALID', `${why} Ask an administrator for a new link.`);

/**
 * Uses an invitation or reset link: sets the person's password, ends their other browser sessions and
 * signs them in here (the cookie is set on the response). A link works once, until it expires.
 */
export async function setPasswordWithLink({ ctx, input: raw }: VerbArgs<z.input<typeof input>, AuthContext>) {
  const data = parseInput(input, raw);
  const tokenHash = hashTokenSecret(data.token);
  const find = () => ctx.db.select().from(accountLinks).where(eq(accountLinks.tokenHash, tokenHash)).get();
  // Checked before the slow hash, and again in the transaction (another use may come in between).
  const check = (link: ReturnType<typeof find>, at: string) => {
    if (!link) throw invalid('This link is unknown.');
    if (link.usedAt !== null) throw invalid('This link has been used or replaced by a newer one.');
    if (link.expiresAt <= at) throw invalid('This link has expired.');
    return link;
  };
  check(find(), ctx.now().toISOString());
  const hash = await hashPassword(data.password, ctx.auth.settings.scrypt);
  const now = ctx.now();
  const at = now.toISOString();
  const result = ctx.db.transaction(
    (tx) => {
      const link = check(find(), at);
      tx.update(accountLinks)
        .set({ usedAt: at })
        .where(and(eq(accountLinks.id, link.id), isNull(accountLinks.usedAt)))
        .run();
      tx.insert(personPasswords)
        .values({ personId: link.personId, hash, changedAt: at })
        .onConflictDoUpdate({ target: personPasswords.personId, set: { hash, changedAt: at } })
        .run();
      revokeSessionsOf(tx, link.personId, at);
      forgetLinkUrls(tx, link.personId);
      recordEvent(tx, {
        at,
        actorId: link.personId,
        action: 'person.passwordSet',
        entityType: 'Person',
        entityId: link.personId,
        data: { linkId: link.id, purpose: link.purpose },
      });
      const session = insertSession(tx, link.personId, now, ctx.auth.settings, ctx.auth.userAgent);
      return { personId: link.personId, purpose: link.purpose, session };
    },
    { behavior: 'immediate' },
  );
  ctx.auth.cookie.set(result.session.secret, result.session.expiresAt);
  ctx.viewer = viewerOfNewSession(ctx.db, result.personId, result.session.id);
  ctx.activity.accessChanged?.(result.personId);
  return { personId: result.personId, purpose: result.purpose, expiresAt: result.session.expiresAt };
}
