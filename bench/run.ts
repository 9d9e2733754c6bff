// `npm run bench [-- --standards N] [--duration S] [--seed K] [--cpu-prof] [--only stall|web]`: generates a
// registry of N standards (default 10,000), imports it into a fresh database file, starts the
// server as users run it in production (the bundled build, NODE_ENV=production, real HTTP on
// 127.0.0.1, one JSON log line per request) and loads it with autocannon
// (10 connections) for the scenarios `lookup`, `page` and `search`: GraphQL without and with the
// response cache, and for lookup and page the raw floor (bench/raw.ts); then lookups while
// searches load the same server (what a heavy search costs everyone else); then the lab pages in
// headless Chromium (bench/web.ts). A measurement, not a test: it asserts nothing about time. The
// last line of output is one JSON object.
import { isDeepStrictEqual } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../src/app.ts';
import { readConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import type { RegistryFile } from '../src/domain/interchange/format.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { SAMPLE_PATH } from '../test/support/fixtures.ts';
import { loadRelevanceData, scoreRelevance } from '../test/support/relevance.ts';
import { bundle } from '../scripts/build.ts';
import { generateRegistry } from './generate.ts';
import { load, memoryOf, startServer, type LoadResult } from './load.ts';
import { RAW_PATHS, rawQueries } from './raw.ts';
import { QUERIES, SCENARIOS, variablesFor, type Scenario } from './scenarios.ts';
import { measureStalls } from './stall-run.ts';
import { measureWeb, type WebFigures } from './web.ts';
import type { StallFigures } from './stall.ts';

const { values: flags } = parseArgs({
  options: {
    standards: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    'cpu-prof': { type: 'boolean', default: false },
    // `--only stall` runs just the stall line, `--only web` just the browser measures (bench/web.ts),
    // after generating and importing.
    only: { type: 'string' },
  },
});
const standards = Number(flags.standards);
const duration = Number(flags.duration);
const say = (line: string) => process.stdout.write(`${line}\n`);
const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;
const GRAPHQL = '/graphql';

const dir = mkdtempSync(join(tmpdir(), 'registry-bench-'));
const dbFile = join(dir, 'registry.db');
const logFile = join(dir, 'server.log');
// The server process reads the same environment, so this is the number it runs with.
const { searchThreads } = readConfig();
say(
  `machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${round(totalmem() / 2 ** 30, 1)} GiB, Node ` +
    `${process.version}; work dir ${dir}; SEARCH_THREADS=${searchThreads}`,
);

// Search relevance: the relevance set of the tests (sample + a file of real standards) on an
// in-memory database; a score, not a time.
const relevanceDb = openDatabase({ file: ':memory:' });
loadRelevanceData(relevanceDb.db, JSON.parse(readFileSync(SAMPLE_PATH, 'utf8')) as RegistryFile);
const relevance = await scoreRelevance(relevanceDb.db);
relevanceDb.close();
say(
  `search relevance: ${relevance.score}/${relevance.total} queries find the expected standard in the top ` +
    `3${relevance.misses.map((m) => `; missed ${JSON.stringify(m.query)}`).join('')}`,
);

// ---- generate and import ----
let started = performance.now();
const file = generateRegistry(standards, Number(flags.seed));
const versionCount = file.standards.reduce((n, s) => n + s.versions.length, 0);
say(`generated ${standards} standards, ${versionCount} versions in ${round(performance.now() - started)} ms`);
const importing = openDatabase({ file: dbFile });
started = performance.now();
const imported = importRegistry({ db: importing.db, input: file });
const importMs = performance.now() - started;
importing.close();
say(`imported in ${round(importMs)} ms (${imported.created.clauses} clauses, ${imported.warnings.length} warnings)`);

if (flags.only === 'stall') {
  const stall = await measureStalls({ dbFile, dir, standards, logFile, say });
  rmSync(dir, { recursive: true, force: true });
  say(JSON.stringify({ stall, standards }));
  process.exit(0);
}

if (flags.only === 'web') {
  const web = await measureWeb({ dbFile, logFile, registry: file, say });
  rmSync(dir, { recursive: true, force: true });
  say(JSON.stringify({ web, standards }));
  process.exit(0);
}

// ---- SQL statements per request, counted in-process with a Drizzle logger ----
const statementsPerRequest = {} as Record<Scenario, { graphql: number; raw: number | null }>;
{
  const counted: string[] = [];
  const opened = openDatabase({ file: dbFile, logger: { logQuery: (q) => counted.push(q) } });
  const app = createApp({ db: opened.db, production: true });
  const raw = rawQueries(opened.sqlite);
  for (const scenario of SCENARIOS) {
    const variables = variablesFor(scenario, standards)[0]!;
    counted.length = 0;
    const response = await app.fetch(`http://bench${GRAPHQL}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERIES[scenario], variables }),
    });
    await response.text();
    const before = raw.statementsRun();
    if (scenario === 'lookup') raw.lookup(variables as never);
    if (scenario === 'page') raw.page(variables as never);
    statementsPerRequest[scenario] = {
      graphql: counted.length,
      raw: scenario === 'search' ? null : raw.statementsRun() - before,
    };
  }
  opened.close();
}

const bodiesOf = (scenario: Scenario, graphql: boolean) =>
  variablesFor(scenario, standards).map((variables) =>
    JSON.stringify(graphql ? { query: QUERIES[scenario], variables } : { variables }),
  );

async function measure(url: string, path: string, bodies: string[]): Promise<LoadResult> {
  await load(url, path, bodies, Math.min(2, duration)); // warm-up: JIT, SQLite page cache, response cache
  return load(url, path, bodies, duration);
}

// ---- the server process: the production build (npm run build) of bench/serve.ts ----
// bench/serve.ts is src/server.ts plus the raw floor on a second port; it is bundled the way
// `npm run build` bundles the server, and started with NODE_ENV=production.
const ENTRY = ['dist/bench-serve.mjs'];
await bundle('bench/serve.ts', ENTRY[0]!);

// ---- cold start: three starts of the server (cache on, as by default), median ----
const coldStarts: number[] = [];
let idleMb = 0;
for (let k = 0; k < 3; k += 1) {
  const server = await startServer({ dbFile, cache: true, logFile, entry: ENTRY });
  coldStarts.push(server.coldStartMs);
  idleMb = memoryOf(server.child.pid!).rssMb;
  await server.stop();
}
const coldStartMs = [...coldStarts].sort((a, b) => a - b)[1]!;
const fromSources = await startServer({ dbFile, cache: true, logFile });
const fromSourcesMb = memoryOf(fromSources.child.pid!).rssMb;
await fromSources.stop();
say(
  `cold start (process start to /ready): ${coldStarts.map((t) => round(t)).join(', ')} ms (build); ` +
    `${round(fromSources.coldStartMs)} ms and ${round(fromSourcesMb)} MB from the TypeScript sources through tsx ` +
    `(npm start)`,
);

// ---- without the response cache: GraphQL and raw; do both paths return the same data? ----
const results = {} as Record<
  Scenario,
  { graphql: LoadResult; cached?: LoadResult; raw: LoadResult | null; agree: boolean | null }
>;
let rssMb = 0;
let lookupDuringSearch: Record<string, number> = {};
{
  const nodeArgs = flags['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${join(dir, 'profiles')}`] : [];
  const server = await startServer({ dbFile, cache: false, logFile, nodeArgs, entry: ENTRY });
  for (const scenario of SCENARIOS) {
    let agree: boolean | null = null;
    if (scenario !== 'search') {
      agree = true;
      for (const variables of variablesFor(scenario, standards)) {
        const ask = async (base: string, path: string, body: unknown) =>
          (await (
            await fetch(`${base}${path}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(body),
            })
          ).json()) as {
            data?: unknown;
          };
        const viaGraphql = await ask(server.url, GRAPHQL, { query: QUERIES[scenario], variables });
        const viaRaw = await ask(server.rawUrl, RAW_PATHS[scenario], { variables });
        if (!isDeepStrictEqual(viaGraphql.data, viaRaw.data)) agree = false;
      }
    }
    const graphql = await measure(server.url, GRAPHQL, bodiesOf(scenario, true));
    const raw =
      scenario === 'search' ? null : await measure(server.rawUrl, RAW_PATHS[scenario], bodiesOf(scenario, false));
    results[scenario] = { graphql, raw, agree };
    say(
      `${scenario}: GraphQL ${round(graphql.rps)} ` +
        `req/s${raw ? `, raw ${round(raw.rps)} req/s` : ''}${agree === null ? '' : `, same data: ${agree}`}`,
    );
  }
  // Lookups (10 connections) while searches (10 more) load the server: searches rank on
  // SEARCH_THREADS worker threads, so lookups should not queue behind them (db/search-readers.ts).
  const [lookups, searches] = await Promise.all([
    measure(server.url, GRAPHQL, bodiesOf('lookup', true)),
    measure(server.url, GRAPHQL, bodiesOf('search', true)),
  ]);
  lookupDuringSearch = {
    lookupRps: round(lookups.rps),
    lookupP50Ms: lookups.p50Ms,
    lookupP99Ms: lookups.p99Ms,
    searchRps: round(searches.rps),
    searchP99Ms: searches.p99Ms,
    errors: lookups.errors + searches.errors,
  };
  say(
    `lookups during searches: ${round(lookups.rps)} req/s (p50 ${lookups.p50Ms} ms, p99 ${lookups.p99Ms} ms); ` +
      `searches ${round(searches.rps)} req/s`,
  );
  rssMb = memoryOf(server.child.pid!).peakMb;
  await server.stop();
}

// ---- with the response cache (as by default) ----
{
  const server = await startServer({ dbFile, cache: true, logFile, entry: ENTRY });
  for (const scenario of SCENARIOS) {
    results[scenario].cached = await measure(server.url, GRAPHQL, bodiesOf(scenario, true));
    say(`${scenario}: GraphQL with the response cache ${round(results[scenario].cached!.rps)} req/s`);
  }
  rssMb = Math.max(rssMb, memoryOf(server.child.pid!).peakMb);
  await server.stop();
}

// ---- stalls: /health and lookups while heavy work runs beside them (bench/stall.ts) ----
const stall: Record<string, StallFigures> = await measureStalls({ dbFile, dir, standards, logFile, say });

// ---- the lab pages in a browser (bench/web.ts) ----
const web: WebFigures = await measureWeb({ dbFile, logFile, registry: file, say });

// ---- report ----
const ratio = (raw: LoadResult | null, other: LoadResult | undefined) =>
  raw && other && other.rps > 0 ? round(raw.rps / other.rps, 2) : null;
say('');
say(
  `| scenario | GraphQL req/s | cached req/s | raw req/s | raw/GraphQL | raw/cached | p50 / p99 ms (GraphQL) | ` +
    `p50 / p99 ms (cached) | p50 / p99 ms (raw) | SQL per request (GraphQL / raw) | errors |`,
);
say(`|---|---|---|---|---|---|---|---|---|---|---|`);
for (const scenario of SCENARIOS) {
  const r = results[scenario];
  const lat = (x: LoadResult | null | undefined) => (x ? `${x.p50Ms} / ${x.p99Ms}` : '–');
  const s = statementsPerRequest[scenario];
  say(
    `| ${scenario} | ${round(r.graphql.rps)} | ${round(r.cached!.rps)} | ${r.raw ? round(r.raw.rps) : '–'} | ` +
      `${ratio(r.raw, r.graphql) ?? '–'} | ${ratio(r.raw, r.cached) ?? '–'} | ${lat(r.graphql)} | ${lat(r.cached)} ` +
      `| ${lat(r.raw)} | ${s.graphql} / ${s.raw ?? '–'} | ` +
      `${r.graphql.errors + (r.cached?.errors ?? 0) + (r.raw?.errors ?? 0)} |`,
  );
}
say(`\nlookups during searches: ${JSON.stringify(lookupDuringSearch)}`);
say(
  `${standards} standards: cold start ${round(coldStartMs)} ms, RSS ${round(idleMb, 1)} MB when ready, peak RSS ` +
    `under load ${round(rssMb, 1)} MB, import ${round(importMs)} ms`,
);
if (flags['cpu-prof']) say(`CPU profiles of the uncached server: ${join(dir, 'profiles')}`);
else rmSync(dir, { recursive: true, force: true });

const summary = {
  scenarios: Object.fromEntries(
    SCENARIOS.map((scenario) => {
      const r = results[scenario];
      return [
        scenario,
        {
          graphqlRps: round(r.graphql.rps),
          cachedRps: round(r.cached!.rps),
          rawRps: r.raw ? round(r.raw.rps) : null,
          ratio: ratio(r.raw, r.graphql),
          cachedRatio: ratio(r.raw, r.cached),
          p50Ms: r.graphql.p50Ms,
          p99Ms: r.graphql.p99Ms,
          statementsPerRequest: statementsPerRequest[scenario].graphql,
        },
      ];
    }),
  ),
  lookupDuringSearch,
  stall,
  web,
  searchThreads,
  coldStartMs: round(coldStartMs),
  rssMb: round(rssMb, 1),
  importMs: round(importMs),
  standards,
  searchRelevance: `${relevance.score}/${relevance.total}`,
};
say(JSON.stringify(summary));
