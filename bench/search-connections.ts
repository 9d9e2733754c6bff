// Uncached search over HTTP on an existing registry file (a measurement, not a test): one
// connection (p50/p99), then 10 (saturated throughput), with the bench's two-word queries in turn.
// `npx tsx bench/search-connections.ts <file>` after `npm run bench` built dist/bench-serve.mjs;
// `npx tsx scripts/measure-search.ts <file> 100000` makes a 100,000-standard file.
import autocannon from 'autocannon';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryOf, startServer } from './load.ts';
import { QUERIES, variablesFor } from './scenarios.ts';

const dbFile = process.argv[2];
if (!dbFile) throw new Error('usage: tsx bench/search-connections.ts <file>');
const server = await startServer({
  dbFile,
  cache: false,
  logFile: join(tmpdir(), 'search-connections.log'),
  entry: ['dist/bench-serve.mjs'],
});
const bodies = variablesFor('search', 100_000).map((variables) => JSON.stringify({ query: QUERIES.search, variables }));
const run = async (connections: number, duration: number) => {
  let next = 0;
  const r = await autocannon({
    url: server.url,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        setupRequest: (q) => ({ ...q, body: bodies[next++ % bodies.length]! }),
      },
    ],
  });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
};
await run(1, 2);
console.log('search, 1 connection:', JSON.stringify(await run(1, 10)));
console.log('search, 10 connections:', JSON.stringify(await run(10, 10)));
console.log(
  'cold start',
  Math.round(server.coldStartMs),
  'ms; peak RSS',
  memoryOf(server.child.pid!).peakMb.toFixed(1),
  'MB',
);
await server.stop();
