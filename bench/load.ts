// Processes and load for the benchmark: start the server as a separate process (as users run it),
// wait until it is ready, read its memory, and load it with autocannon.
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function startProdWords(): string[] {
  const { scripts } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: Record<string, string> };
  return scripts['start:prod']!.split(/\s+/u);
}

/**
 * The Node flags `npm run start:prod` runs the server with (package.json), so the benchmark
 * measures the server as it is deployed: `--max-semi-space-size=8` caps V8's young generation at
 * 2 × 8 MB instead of 2 × 16 MB, and `--heap-growing-percent=100` lets the old generation grow to
 * twice what survived the last full collection before the next one, instead of up to four times
 * (docs/performance.md, peak RSS).
 */
export function productionNodeFlags(): string[] {
  return startProdWords().filter((word) => word.startsWith('--'));
}

/**
 * The environment `npm run start:prod` sets before `node` (`MALLOC_ARENA_MAX=2`: glibc keeps at
 * most two malloc arenas instead of one per thread that allocates, so memory the search threads
 * freed is reused rather than held; docs/performance.md, peak RSS).
 */
export function productionEnvironment(): Record<string, string> {
  const words = startProdWords();
  const assignments = words.slice(0, words.indexOf('node')).map((word) => /^([A-Z_][A-Z0-9_]*)=(.*)$/u.exec(word));
  return Object.fromEntries(assignments.filter((match) => match !== null).map((match) => [match[1]!, match[2]!]));
}

export interface ServerProcess {
  url: string;
  /** Where the raw floor answers (bench/raw.ts `RAW_PATHS`), in the same process. */
  rawUrl: string;
  child: ChildProcess;
  /** Process start to the first successful `GET /ready`. */
  coldStartMs: number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts bench/serve.ts (src/server.ts, and the raw floor on a second port) in production mode on
 * 127.0.0.1, its log (one JSON line per request, as by default) to `logFile`.
 */
export async function startServer(options: {
  dbFile: string;
  cache: boolean;
  logFile: string;
  nodeArgs?: string[];
  entry?: string[];
  /** More environment for the server (configuration a scenario needs). */
  env?: Record<string, string>;
}): Promise<ServerProcess> {
  const port = await freePort();
  const rawPort = await freePort();
  const log = openSync(options.logFile, 'a');
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...productionNodeFlags(),
      ...(options.nodeArgs ?? []),
      ...(options.entry ?? ['--import', 'tsx', 'bench/serve.ts']),
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ...productionEnvironment(),
        NODE_ENV: 'production',
        REGISTRY_DB: options.dbFile,
        HOST: '127.0.0.1',
        PORT: String(port),
        BENCH_RAW_PORT: String(rawPort),
        GRAPHIQL: 'false',
        BENCH_CACHE: options.cache ? 'on' : 'off',
        ...options.env,
      },
      stdio: ['ignore', log, log],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const rawUrl = `http://127.0.0.1:${rawPort}`;
  let exited = false;
  child.once('exit', () => (exited = true));
  const waitFor = async (address: string, ready: (status: number) => boolean) => {
    for (;;) {
      if (exited) throw new Error(`the server exited during start-up; see ${options.logFile}`);
      try {
        if (ready((await fetch(address)).status)) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  };
  await waitFor(`${url}/ready`, (status) => status === 200);
  const coldStartMs = performance.now() - started;
  await waitFor(rawUrl, () => true);
  return {
    url,
    rawUrl,
    child,
    coldStartMs,
    stop: () =>
      new Promise((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Resident and peak resident memory of a process, in MB (Linux /proc). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'mu').exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

export interface LoadResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

/** Loads `path` with POSTs of the given JSON bodies in turn, 10 connections, for `seconds`. */
export async function load(url: string, path: string, bodies: string[], seconds: number): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: 10,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length]! }),
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}
