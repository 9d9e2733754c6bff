import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, type AppOptions } from '../../src/app.ts';
import { type Config, readConfig } from '../../src/config.ts';
import { createJsonLogger } from '../../src/http/logging.ts';
import { startServer, type ServerOptions } from '../../src/server.ts';
import { openDatabase, type OpenedDatabase, type SqliteHandle } from '../../src/db/client.ts';
import { exportRegistry } from '../../src/domain/interchange/exportRegistry.ts';
import { seedIfEmpty } from '../../src/domain/interchange/seed.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A private temporary folder, removed by the returned function. */
export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `registry-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A database file, migrated and seeded with the bundled sample. */
export function seededDatabase(file: string): OpenedDatabase {
  const opened = openDatabase({ file });
  seedIfEmpty({ db: opened.db });
  return opened;
}

/**
 * The real server (src/server.ts: its request handler, plugins and shutdown) on 127.0.0.1, on an
 * ephemeral port, over a database file; `close` runs its graceful shutdown. `overrides` replace settings.
 */
export async function startRealServer(
  databaseFile: string,
  options: ServerOptions = {},
  overrides: Partial<Config> = {},
): Promise<{ url: string; origin: string; close(): Promise<void> }> {
  const config = {
    ...readConfig({}),
    databaseFile,
    port: 0,
    host: '127.0.0.1',
    shutdownTimeoutMs: 2_000,
    ...overrides,
  };
  const running = await startServer(config, { logger: createJsonLogger({ level: 'silent' }), ...options });
  return {
    url: running.url,
    origin: running.url.replace(/\/graphql$/u, ''),
    close: () => running.shutdown('test finished'),
  };
}

/** An app on a real port (127.0.0.1, ephemeral); `close` cuts every connection. */
export async function listen(options: AppOptions): Promise<{ url: string; origin: string; close(): Promise<void> }> {
  const app = createApp(options);
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/graphql`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Rows per table (every table SQLite holds): "the data is unchanged" compares these and the export. */
export function tableCounts(sqlite: SqliteHandle): Record<string, number> {
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, (sqlite.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]),
  );
}

export function dataSnapshot(opened: OpenedDatabase): { counts: Record<string, number>; exported: string } {
  return { counts: tableCounts(opened.sqlite), exported: JSON.stringify(exportRegistry({ db: opened.db })) };
}

/** Runs a TypeScript file of this repository in a child Node process (through tsx). */
export function spawnTs(file: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Collects a child's output and exit code. */
export function finished(
  child: ChildProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** Runs the CLI (`npm run cli -- …`) on a database file. */
export function runCli(dbFile: string, ...args: string[]) {
  return finished(spawnTs('src/cli.ts', args, { REGISTRY_DB: dbFile }));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A deterministic pseudo-random generator (mulberry32), so a failing run can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
