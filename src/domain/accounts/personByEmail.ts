import { eq } from 'drizzle-orm';
import { people } from '../../db/schema.ts';
import type { Db } from '../../db/types.ts';
import type { Viewer } from './viewer.ts';
import { isAllowed } from './permissions.ts';

/**
 * The row number of the person recorded with this e-mail address (stored lowercased, so the match
 * ignores case); undefined when there is none or the viewer may not look people up.
 */
export function personIdByEmail(db: Pick<Db, 'select'>, viewer: Viewer | null, email: string): number | undefined {
  if (!isAllowed(viewer, 'person.lookUp')) return undefined;
  return db.select({ id: people.id }).from(people).where(eq(people.email, email.trim().toLowerCase())).get()?.id;
}
