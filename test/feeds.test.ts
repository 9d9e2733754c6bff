import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import type { RegistryFile } from '../src/domain/interchange/format.ts';
import { createTestDb } from './support/db.ts';
import { loadSample } from './support/fixtures.ts';
import { parseCalendar, propertyOf, textValue, type Component } from './support/ical-parse.ts';

function sample(clock?: () => Date) {
  const test = createTestDb();
  loadSample(test.db);
  return { ...test, app: createApp({ db: test.db, clock }) };
}

type App = ReturnType<typeof createApp>;
const get = (app: App, path: string, headers: Record<string, string> = {}) =>
  app.fetch(`http://registry.test${path}`, { headers });

async function calendar(app: App, path: string): Promise<Component[]> {
  const response = await get(app, path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  return parseCalendar(new Uint8Array(await response.arrayBuffer())).components.filter((c) => c.name === 'VEVENT');
}

const summaryOf = (event: Component) => textValue(propertyOf(event, 'SUMMARY')!.value);
const eventOf = (events: Component[], summary: string) => events.find((e) => summaryOf(e) === summary);

describe('GET /horizon.ics', () => {
  it('gives one all-day event per change, read back by an independent parser', async () => {
    const { app } = sample();
    const events = await calendar(app, '/horizon.ics?from=2025-01-01&to=2025-12-31');
    const takesEffect = eventOf(events, 'GB/T 31486-2024 takes effect')!;
    expect(propertyOf(takesEffect, 'DTSTART')).toEqual({
      name: 'DTSTART',
      params: { VALUE: 'DATE' },
      value: '20250401',
    });
    expect(propertyOf(takesEffect, 'DTEND')!.value).toBe('20250402');
    expect(textValue(propertyOf(takesEffect, 'DESCRIPTION')!.value)).toContain('Ends: GB/T 31486-2015');
    expect(eventOf(events, 'GB/T 31486-2015 stops applying to new types')).toBeDefined();
    const uids = events.map((e) => propertyOf(e, 'UID')!.value);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('never shows a date known only to the year on a guessed day: the event spans the year and says so', async () => {
    const { app } = sample();
    const events = await calendar(app, '/horizon.ics?from=2023-01-01&to=2023-12-31&standards=UN%20R157');
    const event = eventOf(events, 'UN R157 01 series takes effect (date known to the year: 2023)')!;
    expect([propertyOf(event, 'DTSTART')!.value, propertyOf(event, 'DTEND')!.value]).toEqual(['20230101', '20240101']);
  });

  it('speaks Chinese with lang=zh', async () => {
    const { app } = sample();
    const events = await calendar(app, '/horizon.ics?from=2025-01-01&to=2025-12-31&standards=GB/T%2031486&lang=zh');
    expect(events.map(summaryOf)).toEqual(['GB/T 31486-2024 实施', 'GB/T 31486-2015 停止适用于新申请型式批准车型']);
    expect(textValue(propertyOf(events[0]!, 'DESCRIPTION')!.value)).toBe(
      'GB/T 31486: 电动汽车用动力蓄电池电性能要求及试验方法\n代替：GB/T 31486-2015',
    );
  });

  it('folds long lines within 75 octets and escapes , ; \\ and newlines, Chinese included', async () => {
    const title = {
      en: 'Tests, methods; and a back\\slash\nthen a second line '.repeat(4),
      zh: '电动汽车用动力蓄电池，安全要求；'.repeat(6),
    };
    const file: RegistryFile = {
      format: 'standards-registry/v1',
      committees: [],
      standards: [
        {
          designation: 'GB 1',
          kind: 'GB',
          title,
          publisher: 'SAC',
          committee: null,
          versions: [
            {
              designation: 'GB 1-2025',
              type: 'EDITION',
              published: '2025-01-02',
              effective: '2025-07-01',
              replaces: [],
            },
          ],
        },
      ],
    };
    const { db } = createTestDb();
    importRegistry({ db, input: file });
    const app = createApp({ db });
    for (const lang of ['en', 'zh'] as const) {
      const [event] = await calendar(app, `/horizon.ics?from=2025-01-01&to=2025-12-31&lang=${lang}`);
      expect(textValue(propertyOf(event!, 'DESCRIPTION')!.value)).toBe(`GB 1: ${title[lang]}`);
    }
  });

  it(
    "keeps a change's UID when its date is corrected, so " + 'a calendar moves the event instead of adding one',
    async () => {
      const { app, db } = sample();
      const path = '/horizon.ics?from=2025-01-01&to=2025-12-31&standards=GB/T%2031486';
      const before = await calendar(app, path);
      const corrected = (await import('./support/fixtures.ts')).sampleFile();
      corrected.standards.find((s) => s.designation === 'GB/T 31486')!.versions[1]!.effective = '2025-05-01';
      importRegistry({ db, input: corrected });
      const after = await calendar(app, path);
      expect(after.map((e) => propertyOf(e, 'UID')!.value)).toEqual(before.map((e) => propertyOf(e, 'UID')!.value));
      expect(after.map((e) => propertyOf(e, 'DTSTART')!.value)).toEqual(['20250501', '20250501']);
    },
  );
});

describe('GET /horizon.csv', () => {
  it('is UTF-8 with a byte-order mark and CRLF lines, Chinese intact, one row per change', async () => {
    const { app } = sample();
    const response = await get(app, '/horizon.csv?from=2025-01-01&to=2025-12-31&standards=gb/t31486&lang=zh');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.subarray(3)).split('\r\n');
    expect(lines).toEqual([
      'date,precision,earliest,latest,kind,scope,standard,version,ends,summary',
      '2025-04-01,DAY,2025-04-01,2025-04-01,TAKES_EFFECT,,GB/T 31486,GB/T 31486-2024,GB/T 31486-2015,GB/T ' +
        '31486-2024 实施',
      '2025-04-01,DAY,2025-04-01,2025-04-01,STOPS_APPLYING,NEW_TYPES,GB/T 31486,GB/T 31486-2015,,GB/T 31486-2015 ' +
        '停止适用于新申请型式批准车型',
      '',
    ]);
  });

  it('keeps only the kinds of change asked for (changes=), as the horizon query does', async () => {
    const { app } = sample();
    const csv = await (await get(app, '/horizon.csv?from=2025-01-01&to=2025-12-31&changes=STOPS_APPLYING')).text();
    expect(csv.split('\r\n').map((line) => line.split(',').slice(4, 8).join(','))).toEqual([
      'kind,scope,standard,version',
      'STOPS_APPLYING,NEW_TYPES,GB/T 31486,GB/T 31486-2015',
      '',
    ]);
    const events = await calendar(app, '/horizon.ics?from=2025-01-01&to=2026-12-31&changes=TAKES_EFFECT,WITHDRAWN');
    expect(events.map(summaryOf)).not.toContain('GB/T 31486-2015 stops applying to new types');
    expect(events.map(summaryOf)).toContain('GB/T 31486-2024 takes effect');
  });

  it('takes list parameters repeated or comma-separated alike', async () => {
    const { app } = sample();
    const text = async (path: string) => (await get(app, path)).text();
    const repeated = await text('/horizon.csv?from=2021-01-01&to=2025-12-31&kinds=GB&kinds=UN_R');
    expect(await text('/horizon.csv?from=2021-01-01&to=2025-12-31&kinds=GB,UN_R')).toBe(repeated);
    expect(repeated).toContain('UN R155 00 series Suppl. 1');
    expect(repeated).not.toContain('GB/T 31486');
  });
});

describe('feeds: vehicle categories', () => {
  it('every feed and the export keep the standards whose versions record a category given', async () => {
    const { app } = sample();
    const text = async (path: string) => {
      const response = await get(app, path);
      expect(response.status, path).toBe(200);
      return response.text();
    };
    for (const path of [
      '/horizon.csv?from=2020-01-01&to=2024-12-31&vehicleCategories=M2,M3',
      '/horizon.ics?from=2020-01-01&to=2024-12-31&vehicleCategories=M3',
      '/standards.csv?on=2025-06-01&vehicleCategories=M2&vehicleCategories=M3',
    ]) {
      const body = await text(path);
      expect(body, path).toContain('GB 38032');
      expect(body, path).not.toContain('GB/T 31486');
    }
    const exported = JSON.parse(await text('/export.json?vehicleCategories=M3')) as {
      standards: { designation: string }[];
    };
    const designations = exported.standards.map((s) => s.designation);
    expect(designations).toContain('GB 38032');
    expect(designations).not.toContain('GB/T 31486');
  });

  it('refuses an unknown category with 400 naming the parameter', async () => {
    const { app } = sample();
    for (const path of ['/standards.csv?vehicleCategories=M9', '/export.json?vehicleCategories=m3,X']) {
      const response = await get(app, path);
      expect(response.status, path).toBe(400);
      const body = (await response.json()) as { errors: { extensions: { code: string; field: string } }[] };
      expect(body.errors[0]!.extensions).toEqual({ code: 'INVALID_INPUT', field: 'vehicleCategories' });
    }
  });
});

describe('feeds: parameters, caching, requests', () => {
  it('refuses bad parameters with 400 and a coded JSON error naming the parameter', async () => {
    const { app } = sample();
    const cases: [string, string][] = [
      ['/horizon.ics?to=2025-12-31', 'from'],
      ['/horizon.ics?from=2025-02-30&to=2025-12-31', 'from'],
      ['/horizon.csv?from=2025-01-01&to=2025-12-31&kinds=GBT', 'kinds'],
      ['/horizon.csv?from=2025-01-01&to=2025-12-31&changes=TAKES_EFFECT,ENDS', 'changes'],
      ['/standards.csv?changes=TAKES_EFFECT', 'changes'],
      ['/horizon.csv?from=2025-01-01&to=2025-12-31&lang=fr', 'lang'],
      ['/horizon.ics?from=2025-01-01&to=2025-12-31&form=x', 'form'],
      ['/horizon.ics?from=2025-01-01&from=2025-02-01&to=2025-12-31', 'from'],
      ['/horizon.ics?from=2026-01-01&to=2025-12-31', 'to'],
      ['/horizon.ics?from=2000-01-01&to=2030-12-31', 'to'],
      // Values are capped as the same filters are in GraphQL: SQLite refuses very long LIKE patterns.
      [`/horizon.csv?from=2020-01-01&to=2025-01-01&text=${'a'.repeat(50_000)}`, 'text'],
      [`/standards.csv?text=${'a'.repeat(501)}`, 'text'],
      [`/export.json?committee=${'c'.repeat(201)}`, 'committee'],
      [`/standards.csv?standards=${'s'.repeat(201)}`, 'standards'],
    ];
    for (const [path, field] of cases) {
      const response = await get(app, path);
      expect(response.status, path).toBe(400);
      const body = (await response.json()) as {
        errors: { message: string; extensions: { code: string; field: string } }[];
      };
      expect(body.errors[0]!.extensions, path).toEqual({ code: 'INVALID_INPUT', field });
      expect(body.errors[0]!.message).not.toMatch(/\n/u);
    }
  });

  it(
    'answers 304 to a matching If-None-Match until the data ' + 'changes; the ETag depends on the query string',
    async () => {
      const { app, db } = sample();
      const path = '/horizon.ics?from=2025-01-01&to=2025-12-31';
      const first = await get(app, path);
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^"/u);
      expect(first.headers.get('cache-control')).toBe('no-cache');
      const again = await get(app, path, { 'if-none-match': `W/${etag}` });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect((await get(app, `${path}&lang=zh`)).headers.get('etag')).not.toBe(etag);
      const file = (await import('./support/fixtures.ts')).sampleFile();
      file.standards[0]!.title.en = 'Cyber security (corrected title)';
      importRegistry({ db, input: file });
      const changed = await get(app, path, { 'if-none-match': etag });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
    },
  );

  it('reads the window in two SQL statements whatever the number of changes', async () => {
    const { app, statements, resetCount } = sample();
    for (const path of ['/horizon.ics?from=2025-01-01&to=2025-01-31', '/horizon.ics?from=2021-01-01&to=2025-12-31']) {
      resetCount();
      expect((await get(app, path)).status).toBe(200);
      expect(statements, path).toHaveLength(2);
    }
  });

  it(
    'needs no CSRF header (calendar apps send none), answers HEAD without a body, refuses POST with 405; GraphQL ' +
      'GETs still need the header',
    async () => {
      const { app } = sample();
      const head = await app.fetch('http://registry.test/horizon.csv?from=2025-01-01&to=2025-12-31', {
        method: 'HEAD',
      });
      expect(head.status).toBe(200);
      expect(await head.text()).toBe('');
      const post = await app.fetch('http://registry.test/horizon.ics?from=2025-01-01&to=2025-12-31', {
        method: 'POST',
        body: '',
      });
      expect(post.status).toBe(405);
      expect(post.headers.get('allow')).toBe('GET, HEAD');
      expect((await get(app, '/graphql?query=%7B__typename%7D')).status).toBe(403);
    },
  );
});
