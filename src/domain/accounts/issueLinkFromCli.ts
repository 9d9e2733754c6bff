import { eq } from 'drizzle-orm';
import { people, personPasswords } from '../../db/schema.ts';
import type { Db } from '../../db/types.ts';
import { DomainError } from '../errors.ts';
import { DEFAULT_AUTH_SETTINGS } from './auth-settings.ts';
import { writeAccountLink } from './issueAccountLink.ts';

/**
 * The operator's link for a person to choose a password in the web app: an invitation, or a reset once
 * they have a password. Like `createUserFromCli`, only the command line calls this (whoever runs it can
 * read the database file); the link is recorded as issued by the person themselves, and printed, not sent.
 */
export function issueLinkFromCli({
  db,
  email,
  baseUrl,
  now = new Date(),
}: {
  db: Db;
  email: string;
  baseUrl: string;
  now?: Date;
}) {
  return db.transaction(
    (tx) => {
      const person = tx
        .select({ id: people.id, hasPassword: personPasswords.personId })
        .from(people)
        .leftJoin(personPasswords, eq(personPasswords.personId, people.id))
        .where(eq(people.email, email.trim().toLowerCase()))
        .get();
      if (!person) throw new DomainError('NOT_FOUND', `No person is recorded with e-mail ${email.trim()}.`);
      return writeAccountLink(tx, {
        personId: person.id,
        purpose: person.hasPassword === null ? 'INVITATION' : 'PASSWORD_RESET',
        createdById: person.id,
        now,
        lifetimeMs: DEFAULT_AUTH_SETTINGS.linkLifetimeMs,
        baseUrl,
        notify: false,
      });
    },
    { behavior: 'immediate' },
  );
}
