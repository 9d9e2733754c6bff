import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { createTestDb, type TestDatabase } from './support/db.ts';

// The built web app at `/` (src/http/web-app.ts): its page for a browser's navigations, and nothing
// for other requests, which the routes after it (and Yoga's 404) answer.

let t: TestDatabase;
let dir: string;
beforeAll(() => {
  t = createTestDb();
  dir = mkdtempSync(join(tmpdir(), 'web-app-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
});
afterAll(() => {
  t.close();
  rmSync(dir, { recursive: true, force: true });
});

const later: Plugin = {
  onRequest({ url, endResponse, fetchAPI }) {
    if (url.pathname === '/later') endResponse(new fetchAPI.Response('from a later route'));
  },
};
const get = (path: string, accept: string) =>
  createApp({ db: t.db, webAppDir: dir, plugins: [later] }).fetch(`http://registry.test${path}`, {
    headers: { accept },
  });
const NAVIGATION = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('the web app plugin', () => {
  it("answers a browser's navigation to any page path with the app's page", async () => {
    const response = await get('/standards/GB%2FT%2031486', NAVIGATION);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>app</title>');
  });

  it('serves its hashed assets to any client', async () => {
    const response = await get('/assets/index-abc123.js', '*/*');
    expect([response.status, await response.text()]).toEqual([200, 'console.log(1)']);
  });

  it('answers `/` to any client (curl, a link checker)', async () => {
    expect((await get('/', '*/*')).status).toBe(200);
  });

  it('leaves other requests to the routes after it and to the 404', async () => {
    const routed = await get('/later', '*/*');
    expect([routed.status, await routed.text()]).toEqual([200, 'from a later route']);
    expect((await get('/no/such/thing', 'application/json')).status).toBe(404);
  });
});
