import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { listVersionStatuses } from '../src/domain/applicability/listVersionStatuses.ts';
import { horizonFeedOf } from '../src/domain/horizon/horizonFeedOf.ts';
import { createTestDb } from './support/db.ts';
import { syntheticStandards } from './support/fixtures.ts';

// More standards than SQLite binds parameters in one statement (32,766): the feeds must still answer.
const COUNT = 33_000;

function largeRegistry() {
  const test = createTestDb();
  const insertStandard = test.sqlite.prepare(
    `insert into standards (id, designation, designation_key, kind, title_en, publisher)
     values (?, ?, ?, 'GB', ?, 'SAC')`,
  );
  const insertVersion = test.sqlite.prepare(
    `insert into versions (standard_id, designation, designation_key, type, published, effective)
     values (?, ?, ?, 'EDITION', '2029-01-01', '2030-01-01')`,
  );
  test.sqlite.transaction(() => {
    for (let id = 1; id <= COUNT; id++) {
      const designation = `GB ${id}`;
      insertStandard.run(id, designation, `GB${id}`, `Title ${id}`);
      insertVersion.run(id, `${designation}-2029`, `GB${id}-2029`);
    }
  })();
  return test;
}

describe('feeds over more standards than one statement binds', () => {
  it('the horizon feed gives every change with its standard', () => {
    const { db } = largeRegistry();
    const entries = horizonFeedOf({ ctx: { db }, input: { from: '2030-01-01', to: '2030-01-01' } });
    expect(entries.filter((e) => e.kind === 'TAKES_EFFECT')).toHaveLength(COUNT);
    expect(entries.find((e) => e.standard.id === COUNT)?.standard.designation).toBe(`GB ${COUNT}`);
  });

  it('the version statuses list every version with its standard', () => {
    const { db } = largeRegistry();
    const rows = listVersionStatuses({ ctx: { db }, input: { on: '2030-06-01', scope: 'NEW_TYPES' } });
    expect(rows).toHaveLength(COUNT);
    expect(rows.every((r) => r.standard !== undefined)).toBe(true);
    expect(rows.find((r) => r.standard.id === COUNT)?.standard.titleEn).toBe(`Title ${COUNT}`);
  });
});

describe('a large feed lets other work run while it is sent', () => {
  // A callback queued behind the request (as another request's I/O is) runs before the last chunk is read.
  it.each([
    '/standards.csv?on=2030-06-01',
    '/export.json',
    '/horizon.ics?from=2020-01-01&to=2024-12-31',
    '/horizon.csv?from=2020-01-01&to=2024-12-31',
  ])('%s', async (path) => {
    const test = createTestDb();
    importRegistry({ db: test.db, input: syntheticStandards(1_500) });
    const app = createApp({ db: test.db });
    const response = await app.fetch(`http://registry.test${path}`);
    expect(response.status).toBe(200);
    let otherWorkRan = false;
    setImmediate(() => {
      otherWorkRan = true;
    });
    const reader = response.body!.getReader();
    let chunksAfterOtherWork = 0;
    for (;;) {
      const { done } = await reader.read();
      if (done) break;
      if (otherWorkRan) chunksAfterOtherWork++;
    }
    expect(chunksAfterOtherWork).toBeGreaterThan(0);
  });
});
