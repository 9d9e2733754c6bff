import type { Db } from '../../src/db/types.ts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RegistryFile } from '../../src/domain/interchange/format.ts';
import { importRegistry } from '../../src/domain/interchange/importRegistry.ts';
import { seededDatabase, startRealServer, tempDir } from '../hardening/helpers.ts';
import { launchChromium } from './browser.ts';

export interface WebHarness {
  /** The registry's origin, e.g. http://127.0.0.1:41234 */
  origin: string;
  browser: Browser;
  /** A new browser context (its own storage) and page, in the browser language `lang`. */
  newPage(options?: { lang?: 'en' | 'zh'; width?: number }): Promise<{ page: Page; context: BrowserContext }>;
  close(): Promise<void>;
}

/**
 * The whole stack: the real server (src/server.ts) on 127.0.0.1 over a temporary database seeded with
 * the bundled sample (then `registry` and `also`, when given: a generated registry for long lists,
 * versions with clause text...), serving the built web app (built once by test/web/global-setup.ts),
 * and headless Chromium. `prepare`: writes to the database before the server opens it (people,
 * their tokens and sessions).
 */
export async function startWebHarness(
  options: {
    registry?: RegistryFile;
    also?: RegistryFile[];
    prepare?: (db: Db) => void;
    /** How often the server closes due ballots; off unless a test follows a ballot closing by itself. */
    ballotCloseIntervalMs?: number;
  } = {},
): Promise<WebHarness> {
  const folder = tempDir('web');
  const file = `${folder.dir}/registry.db`;
  const seeded = seededDatabase(file);
  for (const input of [...(options.registry ? [options.registry] : []), ...(options.also ?? [])])
    importRegistry({ db: seeded.db, input });
  options.prepare?.(seeded.db);
  seeded.close();
  // Unless asked, ballots close when a test closes them, never by the server's timer between two of its steps.
  const server = await startRealServer(file, {}, { ballotCloseIntervalMs: options.ballotCloseIntervalMs ?? 0 });
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    origin: server.origin,
    browser,
    async newPage({ lang = 'en', width = 1280 } = {}) {
      const context = await browser.newContext({
        locale: lang === 'zh' ? 'zh-CN' : 'en-GB',
        viewport: { width, height: 900 },
        baseURL: server.origin,
      });
      contexts.push(context);
      const page = await context.newPage();
      return { page, context };
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await server.close();
      folder.remove();
    },
  };
}
