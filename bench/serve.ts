// The server the benchmark loads: src/server.ts as `npm start` runs it (configuration from the
// environment: REGISTRY_DB, PORT, NODE_ENV=production, LOG_LEVEL), plus the bench-only raw
// routes and, with BENCH_CACHE=off, without the response cache.
import { readConfig } from '../src/config.ts';
import { runServer } from '../src/server.ts';
import { rawRoutes } from './raw.ts';

await runServer(readConfig(), { benchRoutes: rawRoutes, responseCache: process.env.BENCH_CACHE !== 'off' });
