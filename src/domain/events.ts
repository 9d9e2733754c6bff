import { sql } from 'drizzle-orm';
import { events } from '../db/committee-tables.ts';
import { watches } from '../db/notification-tables.ts';
import type { Writer } from '../db/types.ts';
import { mayNotify, notifyOf } from './notifications/outbox.ts';

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

/** Records the event and, in the same transaction, the notifications it causes (notifications/outbox.ts). */
export function recordEvent(tx: Writer, event: EventInput): number {
  const result = tx
    .insert(events)
    .values({ ...event, data: JSON.stringify(event.data ?? null) })
    .run();
  const id = Number(result.lastInsertRowid);
  notifyOf(tx, id, event);
  return id;
}

/**
 * A prepared writer for many events in one transaction (bulk imports). Notifications as for
 * `recordEvent`; with nobody following anything (read once: the transaction holds the write
 * lock), none is looked for.
 */
export function eventWriter(tx: Writer, base: { at: string; actorId: number | null }) {
  const anyWatch = tx.select({ id: watches.id }).from(watches).limit(1).get() !== undefined;
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
    const result = insert.run({ action, entityType, entityId, data: JSON.stringify(data ?? null) });
    if (anyWatch && mayNotify(action))
      notifyOf(tx, Number(result.lastInsertRowid), { ...base, action, entityType, entityId, data });
  };
}
