import type { AuthContext } from './request-auth.ts';
import { and, eq, isNull } from 'drizzle-orm';
import { sessions } from '../../db/schema.ts';
import { nowIso, type VerbArgs } from '../verb.ts';

/**
 * Ends the caller's browser session and clears its cookie. Answers whether a session was ended: a
 * caller with an API token or none has none (tokens are revoked with revokeApiToken).
 */
export function signOut({ ctx }: VerbArgs<Record<string, never>, AuthContext>): boolean {
  const sessionId = ctx.viewer?.sessionId;
  ctx.auth.cookie.clear();
  if (sessionId === undefined) return false;
  const result = ctx.db.transaction(
    (tx) =>
      tx
        .update(sessions)
        .set({ revokedAt: nowIso(ctx) })
        .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
        .run(),
    { behavior: 'immediate' },
  );
  ctx.activity.accessChanged?.(ctx.viewer!.personId);
  return result.changes > 0;
}
