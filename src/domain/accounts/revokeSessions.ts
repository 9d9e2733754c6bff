import { and, eq, gt, isNull, ne, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { sessions } from '../../db/schema.ts';

type Writer = Pick<Db, 'update'>;

/** Revokes a person's sessions that are still open (all of them, or all but `except`); answers how many. */
export function revokeSessionsOf(tx: Writer, personId: number, at: string, except?: number): number {
  const conditions: SQL[] = [eq(sessions.personId, personId), isNull(sessions.revokedAt), gt(sessions.expiresAt, at)];
  if (except !== undefined) conditions.push(ne(sessions.id, except));
  return tx
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(...conditions))
    .run().changes;
}
