// Times search requests (the domain call: index page, rows, applicability) on a generated registry
// in a database file (a measurement, not a test):
// `npx tsx scripts/measure-search.ts <file> [standards=100000]`. The file is generated and imported
// first when it does not exist; an existing file is migrated on open (a tokenizer migration then
// rebuilds the index), so one import serves a before/after comparison.
import { existsSync } from 'node:fs';
import { generateRegistry } from '../bench/generate.ts';
import { TWO_WORD_QUERIES } from '../bench/scenarios.ts';
import { openDatabase } from '../src/db/client.ts';
import { inThreadSearchReader } from '../src/db/search-readers.ts';
import type { Context } from '../src/context.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { searchRegistry } from '../src/domain/search/searchRegistry.ts';

// The bench's two-word queries, and queries typed the forgiving way (plurals, compounds, aliases).
const QUERIES = [
  ...TWO_WORD_QUERIES,
  'batteries',
  'seat belts',
  'cyber security',
  'ECE R100',
  'GB 38031',
  'EV charging',
  'electromagnetic compatibility',
];
const ROUNDS = 5;

const [file, countArg] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx scripts/measure-search.ts <file> [standards=100000]');
const fresh = !existsSync(file);
let started = performance.now();
const { db, close } = openDatabase({ file });
console.log(`opened (migrations, index) in ${Math.round(performance.now() - started)} ms`);
if (fresh) {
  started = performance.now();
  importRegistry({ db, input: generateRegistry(Number(countArg ?? 100_000)) });
  console.log(`imported ${countArg ?? 100_000} standards in ${Math.round(performance.now() - started)} ms`);
}
const ctx = { db, searchReader: inThreadSearchReader(db) } as unknown as Context;
const search = (query: string) =>
  searchRegistry({ ctx, input: { query, on: '2026-01-01' as never, scope: 'NEW_TYPES', limit: 20, offset: 0 } });
for (const query of QUERIES) await search(query); // warm the page cache
const medians: number[] = [];
for (const query of QUERIES) {
  const times: number[] = [];
  let hits = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const t = performance.now();
    hits = (await search(query)).length;
    times.push(performance.now() - t);
  }
  const median = times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
  medians.push(median);
  console.log(`${query.padEnd(32)} ${median.toFixed(1).padStart(8)} ms  (${hits} hits on the page)`);
}
console.log(`sum of medians: ${medians.reduce((a, b) => a + b, 0).toFixed(0)} ms over ${QUERIES.length} queries`);
close();
