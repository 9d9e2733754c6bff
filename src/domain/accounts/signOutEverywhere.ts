import type { AuthContext } from './request-auth.ts';
import { recordEvent } from '../events.ts';
import { nowIso, requireSignedIn, type VerbArgs } from '../verb.ts';
import { revokeSessionsOf } from './revokeSessions.ts';

/**
 * Ends every browser session of the caller, this one included, and clears the cookie; API tokens stay
 * (they are for tools). Answers how many sessions were ended.
 */
export function signOutEverywhere({ ctx }: VerbArgs<Record<string, never>, AuthContext>): number {
  const viewer = requireSignedIn(ctx);
  const at = nowIso(ctx);
  const ended = ctx.db.transaction(
    (tx) => {
      const count = revokeSessionsOf(tx, viewer.personId, at);
      recordEvent(tx, {
        at,
        actorId: viewer.personId,
        action: 'person.signedOutEverywhere',
        entityType: 'Person',
        entityId: viewer.personId,
        data: { sessions: count },
      });
      return count;
    },
    { behavior: 'immediate' },
  );
  if (viewer.sessionId !== undefined) ctx.auth.cookie.clear();
  ctx.activity.accessChanged?.(viewer.personId);
  return ended;
}
