import { Worker } from 'node:worker_threads';
import type { SQL } from 'drizzle-orm';
import { SQLiteDialect } from 'drizzle-orm/sqlite-core';
import type { Db } from './client.ts';

// Where the search's ranking statement runs (issue 4: search under load). Ranking a full-text
// query is the one heavy read of this registry: FTS5 scores every match with bm25 (up to 27,000
// documents, 5–60 ms, on 100,000 standards), and better-sqlite3 runs statements synchronously, so
// on the server's thread every other request waits behind it. Measured at 100,000 standards,
// lookups and searches loaded together: lookups fell from 1,150 to 65 req/s (p50 166 ms). The
// server therefore ranks on worker threads, each with its own READ-ONLY connection to the same
// file: WAL lets them read while the main connection reads and writes, and each statement sees the
// last committed data. Tests and in-memory databases (which no other connection can open) rank on
// the calling thread, through Drizzle, so statement counts include the ranking statement.
//
// Written by hand rather than on piscina (tried, 5.3.2): its worker runtime took about 9 MB more
// per thread, against a 200 MB budget at 100,000 standards, and with one thread it left one of ten
// concurrent tasks waiting until the queue drained (8 s in an 8 s run, every time). This pool is a
// FIFO queue in front of up to `threads` workers, one statement each at a time.

export interface SearchReader {
  /** Rows of one read-only statement. */
  all<T>(query: SQL): Promise<T[]>;
  /** Lets queued and running statements finish, then stops the threads. */
  close(): Promise<void>;
}

/** Reads on the calling thread, through the registry's own connection. */
export function inThreadSearchReader(db: Db): SearchReader {
  return {
    all: async <T>(query: SQL) => db.all(query) as T[],
    close: async () => {},
  };
}

interface Job {
  statement: { sql: string; params: unknown[] };
  resolve(rows: unknown[]): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  job: Job | null;
}

const WORKER_FILE = new URL('./search-readers.worker.mjs', import.meta.url);

/**
 * Reads on up to `threads` worker threads, each with a read-only connection to `file` (a file the
 * caller has opened and migrated). Threads start as statements arrive and run until `close`.
 */
export function threadedSearchReader(options: { file: string; threads: number }): SearchReader {
  const dialect = new SQLiteDialect();
  const queue: Job[] = [];
  const threads = new Set<Thread>();
  let closing: Promise<void> | undefined;
  let drained: (() => void) | undefined;

  const start = (): Thread => {
    const thread: Thread = { worker: new Worker(WORKER_FILE, { workerData: { file: options.file } }), job: null };
    // An idle thread never keeps the process alive; one running a statement does, until it answers.
    thread.worker.unref();
    thread.worker.on('message', (message: { rows?: unknown[]; error?: string }) => {
      const job = thread.job;
      thread.job = null;
      thread.worker.unref();
      if (message.error !== undefined) job?.reject(new Error(message.error));
      else job?.resolve(message.rows ?? []);
      dispatch();
    });
    // A thread that fails (cannot open the file, runs out of memory) fails its statement and is
    // replaced by the next dispatch.
    const fail = (error: Error) => {
      if (!threads.delete(thread)) return;
      thread.job?.reject(error);
      thread.job = null;
      dispatch();
    };
    thread.worker.on('error', fail);
    thread.worker.on('exit', (code) => fail(new Error(`search thread exited (code ${code})`)));
    threads.add(thread);
    return thread;
  };

  function dispatch(): void {
    while (queue.length > 0) {
      const idle = [...threads].find((thread) => thread.job === null) ?? (threads.size < options.threads ? start() : undefined);
      if (idle === undefined) return;
      idle.job = queue.shift()!;
      idle.worker.ref();
      idle.worker.postMessage(idle.job.statement);
    }
    if (drained && [...threads].every((thread) => thread.job === null)) drained();
  }

  return {
    all: <T>(query: SQL) =>
      new Promise<T[]>((resolve, reject) => {
        if (closing) {
          reject(new Error('the search reader is closed'));
          return;
        }
        const { sql, params } = dialect.sqlToQuery(query);
        queue.push({ statement: { sql, params }, resolve: resolve as (rows: unknown[]) => void, reject });
        dispatch();
      }),
    close: () => {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          drained = resolve;
          dispatch();
        });
        const stopping = [...threads].map((thread) => thread.worker.terminate());
        threads.clear();
        await Promise.all(stopping);
      })();
      return closing;
    },
  };
}
