import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { DomainContext } from '../context.ts';
import type { AuthContext } from './request-auth.ts';
import { personPasswords, sessions } from '../../db/schema.ts';
import { isAllowed } from './permissions.ts';
import { isLive } from './sessions.ts';

export interface SessionView {
  id: number;
  createdAt: string;
  lastSeenAt: string;
  /** The earlier of the absolute expiry and the idle timeout from the last use. */
  endsAt: string;
  userAgent: string | null;
  current: boolean;
}

/** A person's open browser sessions, oldest first; null unless the caller is the person or an administrator. */
export function listSessions(
  ctx: Pick<AuthContext, 'db' | 'viewer' | 'now' | 'auth'>,
  personId: number,
): SessionView[] | null {
  if (!isAllowed(ctx.viewer, 'session.read', { ownerId: personId })) return null;
  const now = ctx.now();
  const { sessionIdleMs } = ctx.auth.settings;
  return ctx.db
    .select()
    .from(sessions)
    .where(and(eq(sessions.personId, personId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now.toISOString())))
    .orderBy(asc(sessions.id))
    .all()
    .filter((row) => isLive(row, now, ctx.auth.settings))
    .map((row) => {
      const ends = Math.min(Date.parse(row.lastSeenAt) + sessionIdleMs, Date.parse(row.expiresAt));
      return {
        id: row.id,
        createdAt: row.createdAt,
        lastSeenAt: row.lastSeenAt,
        endsAt: new Date(ends).toISOString(),
        userAgent: row.userAgent,
        current: ctx.viewer?.sessionId === row.id,
      };
    });
}

/** Whether the person has set a password; null unless the caller is the person or an administrator. */
export function hasPassword(ctx: Pick<DomainContext, 'db' | 'viewer'>, personId: number): boolean | null {
  if (!isAllowed(ctx.viewer, 'session.read', { ownerId: personId })) return null;
  return (
    ctx.db
      .select({ id: personPasswords.personId })
      .from(personPasswords)
      .where(eq(personPasswords.personId, personId))
      .get() !== undefined
  );
}
