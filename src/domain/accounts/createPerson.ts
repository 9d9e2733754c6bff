import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Writer } from '../../db/types.ts';
import { people } from '../../db/committee-tables.ts';
import { ORGANISATION_KINDS } from '../enums.ts';
import { DomainError } from '../errors.ts';
import { recordEvent } from '../events.ts';
import { nowIso, parseInput, text, type VerbArgs } from '../verb.ts';
import { assertAllowed } from './permissions.ts';

export const personInput = z.object({
  name: text(200),
  email: z.string().trim().toLowerCase().pipe(z.email('must be an e-mail address')),
  organisation: text(200).nullish(),
  organisationKind: z.enum(ORGANISATION_KINDS).nullish(),
  isAdmin: z.boolean().default(false),
});
export type PersonInput = z.input<typeof personInput>;

/** Shared by the GraphQL verb and the CLI's first-administrator bootstrap. */
export function insertPerson(
  tx: Writer,
  data: z.infer<typeof personInput>,
  at: string,
  actorId: number | null,
): number {
  if (tx.select({ id: people.id }).from(people).where(eq(people.email, data.email)).get()) {
    throw new DomainError('CONFLICT', `A person with e-mail ${data.email} exists already.`, { field: 'email' });
  }
  const row = {
    name: data.name,
    email: data.email,
    organisation: data.organisation ?? null,
    organisationKind: data.organisationKind ?? null,
    isAdmin: data.isAdmin,
    createdAt: at,
  };
  const id = Number(tx.insert(people).values(row).run().lastInsertRowid);
  recordEvent(tx, { at, actorId, action: 'person.created', entityType: 'Person', entityId: id, data: row });
  return id;
}

/** Administrators record people (and whether they administer the registry). */
export function createPerson({ ctx, input }: VerbArgs<PersonInput>): number {
  assertAllowed(ctx.viewer, 'person.create');
  const data = parseInput(personInput, input);
  return ctx.db.transaction((tx) => insertPerson(tx, data, nowIso(ctx), ctx.viewer!.personId), {
    behavior: 'immediate',
  });
}
