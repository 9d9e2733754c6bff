// Where the uncached server's CPU goes for `lookup` and for `page` (a measurement, not a test):
// `npx tsx bench/profile-split.ts [standards=10000]`. The server runs from the sources (the bundle
// would hide which package a sample is in) with the production flags, one scenario at a time under
// --cpu-prof; each sample is counted as
// SQL (better-sqlite3's native calls), GC, HTTP (Node's HTTP and streams, Yoga, whatwg-node,
// envelop, src/http) or execution (everything else: GraphQL, resolvers, domain, Drizzle's mapping).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRegistry } from './generate.ts';
import { load, startServer } from './load.ts';
import { QUERIES, variablesFor } from './scenarios.ts';
import { openDatabase } from '../src/db/client.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';

const N = Number(process.argv[2] ?? 10_000);
const dir = mkdtempSync(join(tmpdir(), 'split-'));
const dbFile = join(dir, 'r.db');
const o = openDatabase({ file: dbFile });
importRegistry({ db: o.db, input: generateRegistry(N) });
o.close();
const cat = (url: string, fn: string): string => {
  if (fn === '(garbage collector)') return 'GC';
  if (fn === '(idle)' || fn === '(program)') return 'idle';
  if (/node:internal\/modules|\/tsx\//.test(url)) return 'idle'; // loading the sources, not serving
  // better-sqlite3 runs a statement inside the driver's `all`/`get` frame (the native call is not a frame).
  if (['all', 'get', 'run', 'iterate'].includes(fn) && (!url || /better-sqlite3/.test(url))) return 'SQL';
  if (!url) return 'HTTP'; // natives: socket writes, JSON
  if (/node_modules\/(graphql-yoga|@whatwg-node|@envelop|urlpattern|@graphql-yoga|prom-client|@escape\.tech)/.test(url))
    return 'HTTP';
  if (/src\/http\//.test(url) || url.startsWith('node:') || /^(node:)?internal/.test(url)) return 'HTTP';
  return 'execution';
};

for (const scenario of ['lookup', 'page'] as const) {
  const profDir = join(dir, `prof-${scenario}`);
  const server = await startServer({
    dbFile,
    cache: false,
    logFile: join(dir, 'log'),
    nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profDir}`],
  });
  const bodies = variablesFor(scenario, N).map((variables) => JSON.stringify({ query: QUERIES[scenario], variables }));
  const warm = await load(server.url, '/graphql', bodies, 2);
  const r = await load(server.url, '/graphql', bodies, 8);
  const requests = warm.rps * 2 + r.rps * 8;
  await server.stop();
  const p = JSON.parse(readFileSync(join(profDir, readdirSync(profDir)[0]!), 'utf8'));
  const byId = new Map(p.nodes.map((n: any) => [n.id, n]));
  const t = new Map<string, number>();
  for (let i = 0; i < p.samples.length; i++) {
    const n: any = byId.get(p.samples[i]);
    const k = cat(n.callFrame.url, n.callFrame.functionName);
    t.set(k, (t.get(k) ?? 0) + (p.timeDeltas[i] ?? 0));
  }
  const busy = [...t].filter(([k]) => k !== 'idle').reduce((s, [, v]) => s + v, 0);
  console.log(
    scenario,
    `${Math.round(r.rps)} req/s`,
    [...t]
      .filter(([k]) => k !== 'idle')
      .map(([k, v]) => `${k} ${((100 * v) / busy).toFixed(0)}%`)
      .join(', '),
    `${(busy / 1000 / requests).toFixed(3)} ms of CPU per request`,
  );
}
