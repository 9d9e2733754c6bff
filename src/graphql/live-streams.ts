import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import type { Db } from '../db/types.ts';
import type { ActivityBus } from '../domain/activity.ts';
import {
  loadActivity,
  loadStreamDrafts,
  refreshViewers,
  streamVerdict,
  type ActivityEvent,
} from '../domain/drafts/activity.ts';
import type { NotificationRow } from '../domain/notifications/feed.ts';
import { createNotificationStreams } from './notification-streams.ts';

/** How many live streams may be open at once: per API token, per person (whatever tokens they mint), on the server. */
export interface StreamLimits {
  perToken: number;
  perPerson: number;
  max: number;
  /** How often open `notifications` streams look for new notifications (one statement for all of them). */
  notificationPollMs?: number;
}

export const DEFAULT_STREAM_LIMITS: StreamLimits = { perToken: 16, perPerson: 32, max: 5_000 };

/** Events a stream may hold for a client that does not read them; beyond it the stream ends. */
const MAX_BUFFERED = 256;
/** Streams handed an event per turn of the event loop. */
const HAND_OVER_SLICE = 32;

export interface LiveStreams {
  /**
   * Opens a stream of the draft's events for the (already authorized) caller; 429 TOO_MANY_STREAMS beyond the limits.
   */
  open(ctx: Context, draftId: number): AsyncIterableIterator<ActivityEvent>;
  /** Opens a stream of the caller's own new notifications, under the same limits. */
  openNotifications(ctx: Context): AsyncIterableIterator<NotificationRow>;
  /** Streams open now. */
  readonly size: number;
}

interface Stream {
  ctx: Context;
  draftId: number;
  /** The token and person it counts against, fixed at opening. */
  tokenId: number | undefined;
  personId: number | undefined;
  iterator: StreamIterator<ActivityEvent>;
}

/**
 * The open `draftActivity` streams of one app. Each event is read once for all the streams of its
 * draft, and their viewers are re-read in one statement, however many streams there are; a stream
 * whose viewer may no longer read the draft ends (its SSE response completes).
 */
export function createLiveStreams(options: { db: Db; bus: ActivityBus; limits?: Partial<StreamLimits> }): LiveStreams {
  const { db, bus } = options;
  const limits: StreamLimits = { ...DEFAULT_STREAM_LIMITS, ...options.limits };
  const byDraft = new Map<number, { streams: Set<Stream>; stop: () => void }>();
  const perToken = new Map<number, number>();
  const perPerson = new Map<number, number>();
  let size = 0;
  let watchingAccess = false;

  function deliver(draftId: number, eventId: number): void {
    const streams = [...(byDraft.get(draftId)?.streams ?? [])];
    if (streams.length === 0) return;
    let loaded: ReturnType<typeof loadActivity> & { viewers: ReturnType<typeof refreshViewers> };
    try {
      loaded = {
        ...loadActivity(db, draftId, eventId),
        viewers: refreshViewers(
          db,
          streams.flatMap((s) => (s.ctx.viewer ? [s.ctx.viewer] : [])),
          streams[0]?.ctx.now(),
        ),
      };
    } catch {
      // Access cannot be checked (the database failed): the streams end rather than go on unchecked.
      for (const stream of streams) handOver(() => stream.iterator.end());
      return;
    }
    const { draft, event, viewers } = loaded;
    for (const stream of streams) {
      const viewer = stream.ctx.viewer && (viewers.get(stream.ctx.viewer.tokenId) ?? null);
      const verdict = streamVerdict(viewer, draft, event);
      if (verdict === 'close') {
        handOver(() => stream.iterator.end());
        continue;
      }
      // The event's fields are resolved for the viewer as they now are, with fresh per-request memos.
      stream.ctx.viewer = viewer;
      stream.ctx.memo.clear();
      if (verdict === 'deliver') handOver(() => stream.iterator.push(event!));
    }
  }

  // Each stream's event is executed for its viewer when handed over; handing 1,000 over at once would
  // hold the thread for all of them. A FIFO in slices of HAND_OVER_SLICE per turn of the event loop
  // keeps each stream's order and lets other requests in between.
  const handOvers: (() => void)[] = [];
  function handOver(push: () => void): void {
    handOvers.push(push);
    if (handOvers.length === 1) setImmediate(drainHandOvers);
  }
  function drainHandOvers(): void {
    for (const push of handOvers.splice(0, HAND_OVER_SLICE)) push();
    if (handOvers.length > 0) setImmediate(drainHandOvers);
  }

  function recheck(personId: number): void {
    const streams = [...byDraft.values()]
      .flatMap((d) => [...d.streams])
      .filter((s) => s.ctx.viewer?.personId === personId);
    if (streams.length === 0) return;
    let drafts: ReturnType<typeof loadStreamDrafts>;
    let viewers: ReturnType<typeof refreshViewers>;
    try {
      drafts = loadStreamDrafts(
        db,
        streams.map((s) => s.draftId),
      );
      viewers = refreshViewers(
        db,
        streams.map((s) => s.ctx.viewer!),
        streams[0]?.ctx.now(),
      );
    } catch {
      drafts = new Map();
      viewers = new Map(); // as in `deliver`: unchecked streams end
    }
    for (const stream of streams) {
      const viewer = viewers.get(stream.ctx.viewer!.tokenId) ?? null;
      if (streamVerdict(viewer, drafts.get(stream.draftId) ?? null, null) === 'close')
        handOver(() => stream.iterator.end());
    }
  }

  function follow<T>(source: AsyncIterable<T>, handle: (value: T) => void): () => void {
    const iterator = source[Symbol.asyncIterator]();
    const pump = (): void => {
      void iterator.next().then((result) => {
        if (result.done) return;
        handle(result.value);
        pump();
      });
    };
    pump(); // the bus registers its listener on this first call, before any event can be missed
    return () => void iterator.return?.();
  }

  /** Takes a place for a new stream of any kind, or refuses with 429 TOO_MANY_STREAMS. */
  function take(tokenId: number | undefined, personId: number | undefined): void {
    if (size >= limits.max)
      throw tooManyStreams(`The server holds its limit of ${limits.max} live streams: try again later.`, limits.max);
    if (tokenId !== undefined && (perToken.get(tokenId) ?? 0) >= limits.perToken) {
      throw tooManyStreams(
        `This token holds its limit of ${limits.perToken} live streams: close one first.`,
        limits.perToken,
      );
    }
    if (personId !== undefined && (perPerson.get(personId) ?? 0) >= limits.perPerson) {
      throw tooManyStreams(
        `Your tokens hold your limit of ${limits.perPerson} live streams: close one first.`,
        limits.perPerson,
      );
    }
    size += 1;
    count(perToken, tokenId, 1);
    count(perPerson, personId, 1);
  }

  function giveBack(tokenId: number | undefined, personId: number | undefined): void {
    size -= 1;
    count(perToken, tokenId, -1);
    count(perPerson, personId, -1);
  }

  const notifications = createNotificationStreams({ db, take, giveBack, pollMs: limits.notificationPollMs });

  function release(stream: Stream): void {
    const draft = byDraft.get(stream.draftId);
    if (!draft?.streams.delete(stream)) return;
    giveBack(stream.tokenId, stream.personId);
    if (draft.streams.size === 0) {
      byDraft.delete(stream.draftId);
      draft.stop();
    }
  }

  return {
    get size() {
      return size;
    },
    open(ctx, draftId) {
      // Anonymous callers cannot read drafts, so hold no streams; were they to, only the global cap would count them.
      const tokenId = ctx.viewer?.tokenId;
      const personId = ctx.viewer?.personId;
      take(tokenId, personId);
      if (!watchingAccess && bus.subscribeAccessChanges) {
        watchingAccess = true;
        follow(bus.subscribeAccessChanges(), recheck);
      }
      const stream: Stream = {
        ctx,
        draftId,
        tokenId,
        personId,
        iterator: new StreamIterator<ActivityEvent>(() => release(stream)),
      };
      let draft = byDraft.get(draftId);
      if (!draft) {
        const streams = new Set<Stream>();
        draft = { streams, stop: follow(bus.subscribe(draftId), (activity) => deliver(draftId, activity.eventId)) };
        byDraft.set(draftId, draft);
      }
      draft.streams.add(stream);
      return stream.iterator;
    },
    openNotifications: (ctx) => notifications.open(ctx),
  };
}

/** Adds `by` to the count of `key` (nothing for no key); a count back at 0 is removed. */
function count(counts: Map<number, number>, key: number | undefined, by: 1 | -1): void {
  if (key === undefined) return;
  const next = (counts.get(key) ?? 0) + by;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}

function tooManyStreams(message: string, limit: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'TOO_MANY_STREAMS', limit, http: { status: 429 } } });
}

/**
 * One stream's queue of events. Hand-written rather than a Repeater: its place must be taken when
 * it opens and given back on `return()` even if the client never starts reading it.
 */
export class StreamIterator<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private ended = false;

  constructor(private readonly onEnd: () => void) {}

  push(event: T): void {
    if (this.ended) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: event, done: false });
    } else if (this.queue.length >= MAX_BUFFERED) {
      this.queue.length = 0;
      this.end();
    } else {
      this.queue.push(event);
    }
  }

  /** Ends the stream after the events already queued; the client sees it complete. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.onEnd();
    if (this.waiting) {
      this.waiting({ value: undefined, done: true });
      this.waiting = null;
    }
  }

  next(): Promise<IteratorResult<T>> {
    const event = this.queue.shift();
    if (event !== undefined) return Promise.resolve({ value: event, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.queue.length = 0;
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
