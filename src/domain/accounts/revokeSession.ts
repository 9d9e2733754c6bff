import type { AuthContext } from './request-auth.ts';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { sessions } from '../../db/schema.ts';
import { DomainError } from '../errors.ts';
import { nowIso, parseInput, requireSignedIn, type VerbArgs } from '../verb.ts';
import { isAllowed } from './permissions.ts';
import { isLive } from './sessions.ts';

const input = z.object({ sessionId: z.number().int().positive() });

/** Ends one browser session (its owner's, or any for an administrator); the current one clears its cookie. */
export function revokeSession({ ctx, input: raw }: VerbArgs<z.input<typeof input>, AuthContext>): void {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  const personId = ctx.db.transaction(
    (tx) => {
      const session = tx.select().from(sessions).where(eq(sessions.id, data.sessionId)).get();
      // Someone else's session gets the answer a missing one gets, so session ids cannot be probed.
      if (!session || !isAllowed(viewer, 'session.revoke', { ownerId: session.personId }))
        throw new DomainError('NOT_FOUND', 'No such session.');
      if (!isLive(session, ctx.now(), ctx.auth.settings))
        throw new DomainError('CONFLICT', 'The session has ended already.');
      tx.update(sessions)
        .set({ revokedAt: nowIso(ctx) })
        .where(and(eq(sessions.id, session.id), isNull(sessions.revokedAt)))
        .run();
      return session.personId;
    },
    { behavior: 'immediate' },
  );
  if (viewer.sessionId === data.sessionId) ctx.auth.cookie.clear();
  ctx.activity.accessChanged?.(personId);
}
