import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Writer } from '../../db/types.ts';
import { apiTokens, people } from '../../db/schema.ts';
import { DomainError } from '../errors.ts';
import { recordEvent } from '../events.ts';
import { nowIso, parseInput, requireSignedIn, text, type VerbArgs } from '../verb.ts';
import { assertAllowed } from './permissions.ts';
import { generateTokenSecret, hashTokenSecret } from './viewer.ts';

const input = z.object({ personId: z.number().int().positive(), name: text(100) });

/** Stores only the hash; the returned secret is the one and only time it is shown. */
export function insertApiToken(tx: Writer, personId: number, name: string, at: string, actorId: number | null) {
  if (!tx.select({ id: people.id }).from(people).where(eq(people.id, personId)).get())
    throw new DomainError('NOT_FOUND', 'No such person.');
  const secret = generateTokenSecret();
  const id = Number(
    tx
      .insert(apiTokens)
      .values({ personId, name, tokenHash: hashTokenSecret(secret), createdAt: at })
      .run().lastInsertRowid,
  );
  recordEvent(tx, {
    at,
    actorId,
    action: 'token.created',
    entityType: 'Person',
    entityId: personId,
    data: { tokenId: id, name },
  });
  return { id, secret };
}

/** A person creates tokens for themself; administrators for anyone. */
export function createApiToken({ ctx, input: raw }: VerbArgs<z.input<typeof input>>) {
  requireSignedIn(ctx);
  const data = parseInput(input, raw);
  assertAllowed(ctx.viewer, 'token.create', { ownerId: data.personId });
  return ctx.db.transaction((tx) => insertApiToken(tx, data.personId, data.name, nowIso(ctx), ctx.viewer!.personId), {
    behavior: 'immediate',
  });
}
