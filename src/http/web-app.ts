import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';

// The lab web app (web/): its built files are served from `dir` (web/dist by default). Assets carry
// a content hash in their name and are cached for a year; every other path the app routes itself
// gets index.html, never cached, so a new build is picked up on the next navigation.
// Paths the API answers (/graphql, /health, /ready, /metrics, feeds) never reach this plugin's
// fallback: it runs after them in the plugin list and only answers GET/HEAD for HTML navigations (and `/`).

export const DEFAULT_WEB_APP_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** No inline script or style, no third-party origin: only this server's own files and API. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Paths the API owns: never answered with the app's page. */
const API_PATHS = /^\/(?:graphql|health|ready|metrics)(?:[/?]|$)|\.(?:ics|csv|json|graphql)$/u;

interface BuiltApp {
  index: Uint8Array<ArrayBuffer>;
  /** Files under assets/ and the top-level static files, by URL path. */
  files: Map<string, { body: Uint8Array<ArrayBuffer>; type: string; immutable: boolean }>;
}

/** Reads the build once; a missing build is reported on every page request (run `npm run build:web`). */
function loadBuild(dir: string): BuiltApp | undefined {
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) return undefined;
  const files = new Map<string, { body: Uint8Array<ArrayBuffer>; type: string; immutable: boolean }>();
  const walk = (folder: string, prefix: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const urlPath = `${prefix}/${name}`;
      if (statSync(path).isDirectory()) walk(path, urlPath);
      else if (name !== 'index.html' && TYPES[extname(name)] !== undefined)
        files.set(urlPath, {
          body: Uint8Array.from(readFileSync(path)),
          type: TYPES[extname(name)]!,
          immutable: urlPath.startsWith('/assets/'),
        });
    }
  };
  walk(dir, '');
  return { index: Uint8Array.from(readFileSync(indexFile)), files };
}

export function webAppPlugin(options: { dir?: string } = {}): Plugin {
  const dir = options.dir ?? DEFAULT_WEB_APP_DIR;
  let build: BuiltApp | undefined;
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const path = url.pathname;
      if (API_PATHS.test(path)) return;
      build ??= loadBuild(dir);
      const head = request.method === 'HEAD';
      const file = build?.files.get(path);
      if (file) {
        return endResponse(
          new fetchAPI.Response(head ? null : file.body, {
            status: 200,
            headers: {
              ...SECURITY_HEADERS,
              'content-type': file.type,
              'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
            },
          }),
        );
      }
      if (path.startsWith('/assets/')) {
        return endResponse(
          new fetchAPI.Response('Not found', {
            status: 404,
            headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' },
          }),
        );
      }
      // The app's page goes to a page load (a browser's navigation asks for HTML) and to any GET of `/`;
      // any other request goes on to the routes after this one, or to the 404.
      if (path !== '/' && !request.headers.get('accept')?.includes('text/html')) return;
      if (!build) {
        return endResponse(
          new fetchAPI.Response('The web app is not built: run `npm run build:web` (npm start does it).', {
            status: 503,
            headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' },
          }),
        );
      }
      return endResponse(
        new fetchAPI.Response(head ? null : build.index, {
          status: 200,
          headers: { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
        }),
      );
    },
  };
}
