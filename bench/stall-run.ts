// Runs the stall scenarios of bench/stall.ts against the production build, each on a server
// started afresh with the response cache off (a cached lookup would hide waiting), and prints a table.
import { bundle } from '../scripts/build.ts';
import { startServer } from './load.ts';
import {
  createAdmin,
  probe,
  stallUnderImport,
  stallUnderStreams,
  stallUnderWorstQuery,
  streamSetUp,
  type StallFigures,
} from './stall.ts';
import { queueWebhookDeliveries, stallUnderWebhooks, startSlowReceiver } from './stall-webhooks.ts';

const ENTRY = 'dist/bench-serve.mjs';
const STREAMS = 1_000;
/** Streams per token the bench opens: within the server's default per-token cap. */
const PER_TOKEN = 16;
const WEBHOOK_DELIVERIES = 1_000;

export async function measureStalls(o: {
  dbFile: string;
  dir: string;
  standards: number;
  logFile: string;
  say(line: string): void;
}): Promise<Record<string, StallFigures>> {
  await bundle('bench/serve.ts', ENTRY);
  const results: Record<string, StallFigures> = {};
  const run = async (name: string, body: (url: string) => Promise<StallFigures>, env?: Record<string, string>) => {
    const server = await startServer({ dbFile: o.dbFile, cache: false, logFile: o.logFile, entry: [ENTRY], env });
    try {
      results[name] = await body(server.url);
    } finally {
      await server.stop();
    }
    const r = results[name]!;
    o.say(
      `stall (${name}): /health p99 ${r.healthP99Ms} ms, lookup p50 ${r.lookupP50Ms} / p99 ${r.lookupP99Ms} ms at ` +
        `${r.lookupRps} req/s, errors ${r.errors}; ${JSON.stringify(r.beside)}`,
    );
  };
  const setUp = await streamSetUp(o.dbFile, Math.ceil(STREAMS / PER_TOKEN));
  const adminToken = createAdmin(o.dbFile);
  await run('nothing (baseline)', async (url) => ({ ...(await probe(url, o.standards, 10)), beside: {} }));
  await run('worst query', (url) => stallUnderWorstQuery(url, o.standards, 10));
  // Every stream is a connection from this one address: the server is configured for them, as a
  // deployment that serves 1,000 live streams would be (docs/operations.md, connection caps).
  await run(
    '1,000 streams',
    (url) =>
      stallUnderStreams(url, {
        dbFile: o.dbFile,
        standards: o.standards,
        streams: STREAMS,
        perToken: PER_TOKEN,
        setUp,
      }),
    { MAX_CONNECTIONS: '2000', MAX_CONNECTIONS_PER_ADDRESS: '2000' },
  );
  await run('import', (url) =>
    stallUnderImport(url, {
      dbFile: o.dbFile,
      dir: o.dir,
      standards: o.standards,
      adminToken,
      cliEntry: ['--import', 'tsx', 'src/cli.ts'],
    }),
  );
  // Last: its deliveries stay queued in the database after it.
  const receiver = await startSlowReceiver();
  try {
    queueWebhookDeliveries(o.dbFile, receiver.url, WEBHOOK_DELIVERIES);
    await run(
      '1,000 webhook deliveries',
      (url) => stallUnderWebhooks(url, { dbFile: o.dbFile, standards: o.standards, receiver }),
      { WEBHOOK_ALLOW_HOSTS: '127.0.0.1', WEBHOOK_POLL_MS: '100' },
    );
  } finally {
    await receiver.close();
  }
  o.say('');
  o.say('| stall: beside the probes | /health p99 ms | lookup p50 / p99 ms | lookups/s | errors |');
  o.say('|---|---|---|---|---|');
  for (const [name, r] of Object.entries(results))
    o.say(`| ${name} | ${r.healthP99Ms} | ${r.lookupP50Ms} / ${r.lookupP99Ms} | ${r.lookupRps} | ${r.errors} |`);
  return results;
}
