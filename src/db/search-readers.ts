import { Worker } from 'node:worker_threads';
import type { SQL } from 'drizzle-orm';
import { SQLiteDialect } from 'drizzle-orm/sqlite-core';
import type { Db } from './types.ts';

// Where the search's ranking statement runs. Ranking a full-text query is the one heavy read of
// this registry (FTS5 scores every match with bm25), and better-sqlite3 runs statements
// synchronously, so on the server's thread every other request would wait behind it
// (docs/performance.md). The server therefore ranks on worker threads, each with its own READ-ONLY
// connection to the same file: WAL lets them read while the main connection reads and writes, and
// each statement sees the last committed data. Tests and in-memory databases (which no other
// connection can open) rank on the calling thread, through Drizzle, so statement counts include
// the ranking statement.
//
// Written by hand rather than on piscina: it took more memory per thread and, tried, left a task
// waiting to the end of a run (docs/architecture.md). This pool
// is a FIFO queue in front of up to `threads` workers, one statement each at a time. The queue is
// bounded (`maxQueued`): past it a statement is refused at once with SearchReaderBusy, so an
// overload costs those requests a quick 503 rather than every request an ever longer wait.

export interface SearchReader {
  /** Rows of one read-only statement. */
  all<T>(query: SQL): Promise<T[]>;
  /** What the reader is doing now, and how many statements it refused (the server exports it on /metrics). */
  stats(): { threads: number; running: number; queued: number; refused: number };
  /**
   * Refuses new statements and drops the queued ones (their requests are gone by then), lets the
   * running ones finish for at most `graceMs`, then stops the threads.
   */
  close(graceMs?: number): Promise<void>;
}

/** Reads on the calling thread, through the registry's own connection. */
export function inThreadSearchReader(db: Db): SearchReader {
  return {
    all: async <T>(query: SQL) => db.all(query) as T[],
    stats: () => ({ threads: 0, running: 0, queued: 0, refused: 0 }),
    close: async () => {},
  };
}

/** A statement refused because `maxQueued` statements already wait for a thread. */
export class SearchReaderBusy extends Error {
  constructor(readonly maxQueued: number) {
    super(`${maxQueued} search statements are already waiting for a search thread`);
    this.name = 'SearchReaderBusy';
  }
}

interface Job {
  statement: { sql: string; params: unknown[] };
  resolve(rows: unknown[]): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  job: Job | null;
  /** Whether the thread has answered a statement: one that fails before is a start-up failure. */
  answered: boolean;
}

const WORKER_FILE = new URL('./search-readers.worker.mjs', import.meta.url);
const DEFAULT_GRACE_MS = 5_000;

/** What a thread sent or threw, as an Error (better-sqlite3's errors cross threads as a bare `{ code }`). */
function asError(value: unknown, context: string): Error {
  if (value instanceof Error) return value;
  const { code, message } = (value ?? {}) as { code?: unknown; message?: unknown };
  return new Error(
    `${context}: ${[code, message].filter((part) => typeof part === 'string').join(': ') || String(value)}`,
  );
}

/**
 * Reads on up to `threads` worker threads, each with a read-only connection to `file` (a file the
 * caller has opened and migrated). Threads start as statements arrive and run until `close`.
 * Statements run in arrival order; one that would be the `maxQueued + 1`-th waiting is refused
 * with SearchReaderBusy. A thread that fails before answering anything (the file cannot
 * be opened) fails every queued statement with its error rather than being replaced once per
 * statement; the next statement tries a new thread.
 */
export function threadedSearchReader(options: { file: string; threads: number; maxQueued: number }): SearchReader {
  const dialect = new SQLiteDialect();
  const queue: Job[] = [];
  const threads = new Set<Thread>();
  let closing: Promise<void> | undefined;
  let refused = 0;
  let idle: (() => void) | undefined;

  const start = (): Thread => {
    const thread: Thread = {
      worker: new Worker(WORKER_FILE, { workerData: { file: options.file } }),
      job: null,
      answered: false,
    };
    // An idle thread never keeps the process alive; one running a statement does, until it answers.
    thread.worker.unref();
    thread.worker.on('message', (message: { rows?: unknown[]; error?: string }) => {
      const job = thread.job;
      thread.job = null;
      thread.answered = true;
      thread.worker.unref();
      if (message.error !== undefined) job?.reject(new Error(message.error));
      else job?.resolve(message.rows ?? []);
      dispatch();
    });
    const fail = (cause: unknown) => {
      if (!threads.delete(thread)) return; // stopped by close, or already failed
      const error = asError(cause, 'search thread failed');
      thread.job?.reject(error);
      thread.job = null;
      if (!thread.answered) for (const job of queue.splice(0)) job.reject(error);
      dispatch();
    };
    thread.worker.on('error', fail);
    thread.worker.on('messageerror', fail);
    thread.worker.on('exit', (code) => fail(new Error(`search thread exited (code ${code})`)));
    threads.add(thread);
    return thread;
  };

  function dispatch(): void {
    while (queue.length > 0) {
      let free = [...threads].find((thread) => thread.job === null);
      if (free === undefined && threads.size < options.threads) {
        try {
          free = start();
        } catch (error) {
          for (const job of queue.splice(0)) job.reject(asError(error, 'search thread could not start'));
          break;
        }
      }
      if (free === undefined) return;
      free.job = queue.shift()!;
      free.worker.ref();
      free.worker.postMessage(free.job.statement);
    }
    if (idle && [...threads].every((thread) => thread.job === null)) idle();
  }

  return {
    all: <T>(query: SQL) =>
      new Promise<T[]>((resolve, reject) => {
        if (closing) {
          reject(new Error('the search reader is closed'));
          return;
        }
        const { sql, params } = dialect.sqlToQuery(query);
        const job: Job = { statement: { sql, params }, resolve: resolve as (rows: unknown[]) => void, reject };
        queue.push(job);
        dispatch();
        // dispatch() hands statements to threads synchronously and in order: if this one still
        // waits beyond the bound, it is the last in the queue.
        if (queue.length > options.maxQueued && queue.at(-1) === job) {
          queue.pop();
          refused += 1;
          reject(new SearchReaderBusy(options.maxQueued));
        }
      }),
    stats: () => ({
      threads: threads.size,
      running: [...threads].filter((thread) => thread.job !== null).length,
      queued: queue.length,
      refused,
    }),
    close: (graceMs = DEFAULT_GRACE_MS) => {
      closing ??= (async () => {
        const closed = new Error('the search reader is closed');
        for (const job of queue.splice(0)) job.reject(closed);
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          new Promise<void>((resolve) => {
            idle = resolve;
            dispatch();
          }),
          new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs).unref())),
        ]);
        clearTimeout(timer);
        const stopping = [...threads];
        threads.clear();
        for (const thread of stopping) thread.job?.reject(closed);
        await Promise.all(stopping.map((thread) => thread.worker.terminate()));
      })();
      return closing;
    },
  };
}
