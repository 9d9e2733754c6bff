import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Context } from '../../src/context.ts';
import type { Db } from '../../src/db/client.ts';
import { inThreadSearchReader } from '../../src/db/search-readers.ts';
import type { RegistryFile } from '../../src/domain/interchange/format.ts';
import { importRegistry } from '../../src/domain/interchange/importRegistry.ts';
import { searchRegistry } from '../../src/domain/search/searchRegistry.ts';

// The search relevance set: queries typed as labs type them (plurals, compounds, aliases, Chinese),
// each with the standard a lab means, over the bundled sample plus a second file of real vehicle
// standards. A query scores when that standard is among the standards of the first 3 hits.

export const REAL_FIXTURE_PATH = fileURLToPath(new URL('../fixtures/vehicle-standards.real.json', import.meta.url));

export function loadRelevanceData(db: Db, sample: RegistryFile): void {
  importRegistry({ db, input: sample });
  importRegistry({ db, input: JSON.parse(readFileSync(REAL_FIXTURE_PATH, 'utf8')) as RegistryFile });
}

/** [query, the standard expected in the top 3]. */
export const RELEVANCE_QUERIES: readonly (readonly [string, string])[] = [
  ['batteries', 'GB 38031'],
  ['traction batteries safety', 'GB 38031'],
  ['cyber security', 'UN R155'],
  ['cybersecurity', 'ISO/SAE 21434'],
  ['cyber security engineering', 'ISO/SAE 21434'],
  ['cybersecurity management system', 'UN R155'],
  ['ECE R100', 'UN R100'],
  ['UN-R100', 'UN R100'],
  ['UNECE Regulation No. 100', 'UN R100'],
  ['R100', 'UN R100'],
  ['ECE R13-H', 'UN R13-H'],
  ['R155', 'UN R155'],
  ['动力电池', 'GB 38031'],
  ['动力电池 安全要求', 'GB 38031'],
  ['REESS', 'GB/T 18384.1'],
  ['RESS', 'ISO 6469-1'],
  ['EV charge coupler', 'SAE J1772'],
  ['frontal collision', 'UN R94'],
  ['lateral collisions', 'UN R95'],
  ['seat belts', 'UN R16'],
  ['ISOFIX', 'GB 14166'],
  ['braking passenger cars', 'UN R13-H'],
  ['lighting installation', 'UN R48'],
  ['steering', 'UN R79'],
  ['EMC', 'UN R10'],
  ['电磁兼容', 'GB 34660'],
  ['emergency braking', 'UN R152'],
  ['AEBS', 'UN R152'],
  ['wireless charging', 'SAE J2954'],
  ['driving automation taxonomy', 'SAE J3016'],
  ['汽车驾驶自动化分级', 'GB/T 40429'],
  ['GB7258', 'GB 7258'],
  ['机动车运行安全', 'GB 7258'],
  ['电动汽车安全要求', 'GB 18384'],
  ['交流充电接口', 'GB/T 20234.2'],
  ['直流充电', 'GB/T 20234.3'],
  ['传导充电系统', 'GB/T 18487.1'],
  ['conductive charging systems', 'GB/T 18487.1'],
  ['software updates', 'UN R156'],
  ['lane keeping', 'UN R157'],
  ['SOTIF', 'ISO 21448'],
  ['V2G', 'ISO 15118-1'],
  ['lithium-ion battery packs', 'ISO 12405-4'],
  ['electric shock', 'GB/T 18384.3'],
  ['electric powertrain', 'UN R100'],
  ['functional safety', 'ISO 26262'],
];

export interface RelevanceResult {
  score: number;
  total: number;
  misses: { query: string; expected: string; top: string[] }[];
}

/** Runs every query of the set on `db` (which holds `loadRelevanceData`) and counts the hits in the top 3. */
export async function scoreRelevance(db: Db, on = '2026-01-01'): Promise<RelevanceResult> {
  const ctx = { db, searchReader: inThreadSearchReader(db) } as unknown as Context;
  const misses: RelevanceResult['misses'] = [];
  for (const [query, expected] of RELEVANCE_QUERIES) {
    const hits = await searchRegistry({
      ctx,
      input: { query, on: on as never, scope: 'NEW_TYPES', limit: 10, offset: 0 },
    });
    const top = [...new Set(hits.slice(0, 3).map((h) => h.standard.designation))];
    if (!top.includes(expected))
      misses.push({
        query,
        expected,
        top: hits.slice(0, 5).map((h) => `${h.kind} ${h.version?.designation ?? h.standard.designation}`),
      });
  }
  return { score: RELEVANCE_QUERIES.length - misses.length, total: RELEVANCE_QUERIES.length, misses };
}
