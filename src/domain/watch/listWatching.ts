import { asc, eq } from 'drizzle-orm';
import type { DomainContext } from '../context.ts';
import { watches } from '../../db/notification-tables.ts';
import type { HorizonFilter } from '../horizon/horizonOf.ts';
import type { WatchRow } from './write.ts';

/** What a person follows, oldest first (at most MAX_WATCHES). Only the person reads it. */
export function listWatching(ctx: Pick<DomainContext, 'db'>, personId: number): WatchRow[] {
  return ctx.db.select().from(watches).where(eq(watches.personId, personId)).orderBy(asc(watches.id)).all();
}

export const parseHorizonFilter = (stored: string | null): HorizonFilter | null =>
  stored === null ? null : (JSON.parse(stored) as HorizonFilter);
