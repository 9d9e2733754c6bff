import type { Context } from '../context.ts';
import type { Db } from '../db/types.ts';
import { refreshViewers } from '../domain/drafts/activity.ts';
import { lastNotificationId, notificationsAfter, type NotificationRow } from '../domain/notifications/feed.ts';
import { StreamIterator } from './live-streams.ts';

/** How often open notification streams look for new rows when not told otherwise. */
export const DEFAULT_NOTIFICATION_POLL_MS = 2_000;

interface Stream {
  ctx: Context;
  personId: number;
  tokenId: number | undefined;
  lastId: number;
  iterator: StreamIterator<NotificationRow>;
}

/**
 * Live `notifications` streams. Notifications are written by transactions anywhere (a verb, an
 * import from the CLI in another process, a reminder run), so open streams look for new rows on a
 * timer: one statement re-reads their viewers (a revoked token ends its stream) and one reads the
 * new rows of all of them, however many streams are open; no timer runs while none is.
 */
export function createNotificationStreams(options: {
  db: Db;
  take(tokenId: number | undefined, personId: number | undefined): void;
  giveBack(tokenId: number | undefined, personId: number | undefined): void;
  pollMs?: number;
}) {
  const { db } = options;
  const streams = new Set<Stream>();
  let timer: NodeJS.Timeout | undefined;

  function poll(): void {
    const open = [...streams];
    if (open.length === 0) return;
    let viewers: Map<number, unknown>, rows: NotificationRow[];
    try {
      viewers = refreshViewers(
        db,
        open.map((s) => s.ctx.viewer!),
        open[0]!.ctx.now(),
      );
      const live = open.filter((s) => viewers.has(s.ctx.viewer!.tokenId));
      rows = notificationsAfter(db, [...new Set(live.map((s) => s.personId))], Math.min(...live.map((s) => s.lastId)));
    } catch {
      // The database failed: the streams end rather than go on unchecked.
      for (const stream of open) stream.iterator.end();
      return;
    }
    for (const stream of open) {
      if (!viewers.has(stream.ctx.viewer!.tokenId)) {
        stream.iterator.end();
        continue;
      }
      for (const row of rows) {
        if (row.personId !== stream.personId || row.id <= stream.lastId) continue;
        stream.iterator.push(row);
        stream.lastId = row.id;
      }
    }
  }

  function release(stream: Stream): void {
    if (!streams.delete(stream)) return;
    options.giveBack(stream.tokenId, stream.personId);
    if (streams.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  }

  return {
    /** A stream of the signed-in caller's notifications written from now on. */
    open(ctx: Context): StreamIterator<NotificationRow> {
      const viewer = ctx.viewer!;
      const lastId = lastNotificationId(db, viewer.personId);
      options.take(viewer.tokenId, viewer.personId);
      const stream: Stream = {
        ctx,
        personId: viewer.personId,
        tokenId: viewer.tokenId,
        lastId,
        iterator: new StreamIterator<NotificationRow>(() => release(stream)),
      };
      streams.add(stream);
      if (!timer) {
        timer = setInterval(poll, options.pollMs ?? DEFAULT_NOTIFICATION_POLL_MS);
        timer.unref();
      }
      return stream.iterator;
    },
  };
}
