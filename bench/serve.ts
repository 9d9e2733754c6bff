// The server the benchmark loads: src/server.ts as `npm start` runs it (configuration from the
// environment: REGISTRY_DB, PORT, NODE_ENV=production, LOG_LEVEL), with BENCH_CACHE=off without
// the response cache; and, in the same process, the raw floor (bench/raw.ts) on a port of its own
// (BENCH_RAW_PORT), over its own connection to the same database file.
import { createServer } from 'node:http';
import { readConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import { runServer } from '../src/server.ts';
import { rawRoutes } from './raw.ts';

const config = readConfig();
await runServer(config, { responseCache: process.env.BENCH_CACHE !== 'off' });
if (process.env.BENCH_RAW_PORT) {
  const routes = rawRoutes(openDatabase({ file: config.databaseFile, migrate: false }));
  createServer((request, response) => {
    if (routes(request, response)) return;
    response.writeHead(404).end();
  }).listen(Number(process.env.BENCH_RAW_PORT), config.host);
}
