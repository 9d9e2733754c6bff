import { sql } from 'drizzle-orm';
import { events } from '../db/committee-tables.ts';
import type { Db } from '../db/client.ts';

/** What the history records of one change. Written in the same transaction as the change. */
export interface EventInput {
  at: string;
  actorId: number | null;
  /** `<entity>.<verb>`, e.g. `draft.stageMoved`, `version.corrected`. */
  action: string;
  entityType: string;
  entityId: number;
  /** The data that changed (JSON-serialisable). */
  data: unknown;
}

type Writer = Pick<Db, 'insert'>;

export function recordEvent(tx: Writer, event: EventInput): number {
  const result = tx
    .insert(events)
    .values({ ...event, data: JSON.stringify(event.data ?? null) })
    .run();
  return Number(result.lastInsertRowid);
}

/** A prepared writer for many events in one transaction (bulk imports). */
export function eventWriter(tx: Writer, base: { at: string; actorId: number | null }) {
  const insert = tx
    .insert(events)
    .values({
      at: base.at,
      actorId: base.actorId,
      action: sql.placeholder('action'),
      entityType: sql.placeholder('entityType'),
      entityId: sql.placeholder('entityId'),
      data: sql.placeholder('data'),
    })
    .prepare();
  return (action: string, entityType: string, entityId: number, data: unknown) => {
    insert.run({ action, entityType, entityId, data: JSON.stringify(data ?? null) });
  };
}
