import { inArray, sql } from 'drizzle-orm';
import type { DomainContext } from '../context.ts';
import { standards } from '../../db/tables.ts';
import { horizonOf, type HorizonEntry } from './horizonOf.ts';

export type HorizonStandard = Pick<typeof standards.$inferSelect, 'id' | 'designation' | 'titleEn' | 'titleZh'>;

export interface HorizonFeedEntry extends HorizonEntry {
  /** The standard of `version`. */
  standard: HorizonStandard;
}

/** The horizon (horizonOf) with each change's standard, for feeds that show titles. One statement more. */
export function horizonFeedOf({
  ctx,
  input,
}: {
  ctx: Pick<DomainContext, 'db'>;
  input: Parameters<typeof horizonOf>[0]['input'];
}): HorizonFeedEntry[] {
  const entries = horizonOf({ ctx, input });
  const ids = [...new Set(entries.map((e) => e.version.standardId))];
  // The ids travel as one JSON parameter: a list of any length binds one variable.
  const rows =
    ids.length === 0
      ? []
      : ctx.db
          .select({
            id: standards.id,
            designation: standards.designation,
            titleEn: standards.titleEn,
            titleZh: standards.titleZh,
          })
          .from(standards)
          .where(inArray(standards.id, sql`(select value from json_each(${JSON.stringify(ids)}))`))
          .all();
  const byId = new Map(rows.map((s) => [s.id, s]));
  return entries.map((entry) => ({ ...entry, standard: byId.get(entry.version.standardId)! }));
}
