import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { memberships } from '../../db/committee-tables.ts';
import type { Subject } from './permissions.ts';

/** What reading a person's record is decided on: who they are and the committees they hold a role in. */
export function personSubject(db: Pick<Db, 'select'>, personId: number): Subject {
  const committeeIds = db
    .select({ id: memberships.committeeId })
    .from(memberships)
    .where(eq(memberships.personId, personId))
    .all()
    .map((row) => row.id);
  return { ownerId: personId, committeeIds };
}
