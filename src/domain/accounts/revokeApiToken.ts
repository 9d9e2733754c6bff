import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { apiTokens } from '../../db/schema.ts';
import { DomainError } from '../errors.ts';
import { recordEvent } from '../events.ts';
import { nowIso, parseInput, requireSignedIn, type VerbArgs } from '../verb.ts';
import { isAllowed } from './permissions.ts';

const input = z.object({ tokenId: z.number().int().positive() });

/** Revocation is immediate: the next request with the token gets UNAUTHENTICATED, its live streams end. */
export function revokeApiToken({ ctx, input: raw }: VerbArgs<z.input<typeof input>>): void {
  requireSignedIn(ctx); // before the lookup: an anonymous caller learns nothing of which tokens exist
  const data = parseInput(input, raw);
  const personId = ctx.db.transaction(
    (tx) => {
      const token = tx.select().from(apiTokens).where(eq(apiTokens.id, data.tokenId)).get();
      // Someone else's token gets the answer a missing one gets, so token ids cannot be probed.
      if (!token || !isAllowed(ctx.viewer, 'token.revoke', { ownerId: token.personId }))
        throw new DomainError('NOT_FOUND', 'No such token.');
      const at = nowIso(ctx);
      const revoked = tx
        .update(apiTokens)
        .set({ revokedAt: at })
        .where(and(eq(apiTokens.id, token.id), isNull(apiTokens.revokedAt)))
        .run();
      if (revoked.changes === 0) throw new DomainError('CONFLICT', 'The token was revoked already.');
      recordEvent(tx, {
        at,
        actorId: ctx.viewer!.personId,
        action: 'token.revoked',
        entityType: 'Person',
        entityId: token.personId,
        data: { tokenId: token.id },
      });
      return token.personId;
    },
    { behavior: 'immediate' },
  );
  ctx.activity.accessChanged?.(personId);
}
