import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, CSRF_HEADER, type AppOptions } from '../../src/app.ts';
import { ConfigError, readConfig } from '../../src/config.ts';
import { createTestDb, type TestDatabase } from '../support/db.ts';

// What a browser or a client sees at the HTTP edge: CORS, 401 and 403 answers, GraphiQL.

let t: TestDatabase;
beforeAll(() => {
  t = createTestDb();
});
afterAll(() => t.close());

const app = (options: Partial<AppOptions> = {}) => createApp({ db: t.db, ...options });
const ALLOWED = 'https://app.example.org';
const OTHER = 'https://evil.example';

/** A JSON POST from a page at `origin`, and the preflight a browser sends before it. */
async function fromOrigin(options: Partial<AppOptions>, origin: string, path = '/graphql') {
  const target = app(options);
  const preflight = await target.fetch(`http://registry.test${path}`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization',
    },
  });
  const init: RequestInit =
    path === '/graphql'
      ? {
          method: 'POST',
          headers: { origin, 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        }
      : { headers: { origin } };
  const answer = await target.fetch(`http://registry.test${path}`, init);
  return { preflight, answer };
}

describe('CORS', () => {
  it('by default no other origin may read any answer, with or without credentials', async () => {
    for (const path of ['/graphql', '/metrics', '/ready', '/health']) {
      const { preflight, answer } = await fromOrigin({}, OTHER, path);
      for (const response of [preflight, answer]) {
        expect(response.headers.get('access-control-allow-origin'), path).toBeNull();
        expect(response.headers.get('access-control-allow-credentials'), path).toBeNull();
      }
    }
  });

  it('an origin in the allowlist may call /graphql with credentials; another origin may not', async () => {
    const { preflight, answer } = await fromOrigin({ corsOrigins: [ALLOWED] }, ALLOWED);
    for (const response of [preflight, answer]) {
      expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    }
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/iu);
    expect(answer.headers.get('vary')).toMatch(/\bOrigin\b/u);
    expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
    const other = await fromOrigin({ corsOrigins: [ALLOWED] }, OTHER);
    for (const response of [other.preflight, other.answer])
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("adds Origin to the response cache's Vary, keeping its own", async () => {
    const { answer } = await fromOrigin({ corsOrigins: [ALLOWED], responseCache: true }, ALLOWED);
    expect(answer.headers.get('vary')?.split(/,\s*/u).sort()).toEqual(['Accept', 'Authorization', 'Cookie', 'Origin']);
  });

  it('never on /metrics, /ready or /health, even for an allowed origin', async () => {
    for (const path of ['/metrics', '/ready', '/health']) {
      const { preflight, answer } = await fromOrigin({ corsOrigins: [ALLOWED] }, ALLOWED, path);
      for (const response of [preflight, answer])
        expect(response.headers.get('access-control-allow-origin'), path).toBeNull();
    }
  });

  it('CORS_ORIGINS is a comma-separated list of origins; "*", paths and non-URLs are refused', () => {
    expect(readConfig({}).corsOrigins).toEqual([]);
    expect(readConfig({ CORS_ORIGINS: ` ${ALLOWED}, http://localhost:5173 ` }).corsOrigins).toEqual([
      ALLOWED,
      'http://localhost:5173',
    ]);
    for (const bad of ['*', 'https://app.example.org/', 'app.example.org', 'https://a.example, ftp://b.example']) {
      expect(() => readConfig({ CORS_ORIGINS: bad }), bad).toThrow(ConfigError);
      expect(() => readConfig({ CORS_ORIGINS: bad })).toThrow(/^CORS_ORIGINS must/u);
    }
  });
});

describe('refusals say why', () => {
  it('a 401 carries WWW-Authenticate: Bearer', async () => {
    const response = await app().fetch('http://registry.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer vsr_unknown' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer\b/u);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('the CSRF 403 carries an extensions.code', async () => {
    const response = await app().fetch('http://registry.test/graphql?query=%7B__typename%7D', {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('CSRF_HEADER_REQUIRED');
    expect(body.errors[0]!.message).toContain(CSRF_HEADER);
    const withHeader = await app().fetch('http://registry.test/graphql?query=%7B__typename%7D', {
      headers: { [CSRF_HEADER]: '1' },
    });
    expect(withHeader.status).toBe(200);
  });
});

describe('GraphiQL', () => {
  const page = (options: Partial<AppOptions>) =>
    app(options).fetch('http://registry.test/graphql', { headers: { accept: 'text/html' } });

  it('is off by default in production; GRAPHIQL=true turns it on', () => {
    expect(readConfig({}).graphiql).toBe(true);
    expect(readConfig({ NODE_ENV: 'production' }).graphiql).toBe(false);
    expect(readConfig({ NODE_ENV: 'production', GRAPHIQL: 'true' }).graphiql).toBe(true);
    expect(readConfig({ GRAPHIQL: 'false' }).graphiql).toBe(false);
  });

  it('a production app does not serve it unless asked', async () => {
    const off = await page({ production: true });
    expect([off.status, await off.text()]).toEqual([406, '']); // no page: the endpoint speaks GraphQL only
    expect((await page({ production: true, graphiql: true })).headers.get('content-type')).toMatch(/text\/html/u);
  });

  it('is served from the installed package: the page loads nothing from a CDN', async () => {
    const response = await page({ graphiql: true });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('renderYogaGraphiQL');
    expect(html).toContain('WhichVersionApplies'); // the example query
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="https?:|unpkg\.com|jsdelivr|cdnjs/u);
  });
});
