import { eq } from 'drizzle-orm';
import type { Reader } from '../../db/types.ts';
import { memberships } from '../../db/committee-tables.ts';
import type { Subject } from './permissions.ts';

/** What reading a person's record is decided on: who they are and the committees they hold a role in. */
export function personSubject(db: Reader, personId: number): Subject {
  const committeeIds = db
    .select({ id: memberships.committeeId })
    .from(memberships)
    .where(eq(memberships.personId, personId))
    .all()
    .map((row) => row.id);
  return { ownerId: personId, committeeIds };
}
