// The lab pages measured in a browser (`npm run bench -- --only web`, or the last part of
// `npm run bench`): the production build of the server (bench/serve.ts, as the other scenarios) on the
// generated registry, the web app built for production, and headless Chromium (test/web/browser.ts:
// from npm, or CHROMIUM_PATH). Each measure of WEB_MEASURES runs on a fresh page; its figures are
// returned under its function's name. A measurement, not a test: it asserts nothing about time.
import { bundle } from '../scripts/build.ts';
import { buildWeb } from '../scripts/build-web.ts';
import type { RegistryFile } from '../src/domain/interchange/format.ts';
import { launchChromium } from '../test/web/browser.ts';
import { startServer } from './load.ts';
import { WEB_MEASURES } from './web-measures/index.ts';

export type WebFigures = Record<string, Record<string, number | string>>;

export async function measureWeb(options: {
  dbFile: string;
  logFile: string;
  registry: RegistryFile;
  repetitions?: number;
  say: (line: string) => void;
}): Promise<WebFigures> {
  const entry = 'dist/bench-serve.mjs';
  await bundle('bench/serve.ts', entry);
  await buildWeb({ quiet: true });
  const server = await startServer({ dbFile: options.dbFile, cache: true, logFile: options.logFile, entry: [entry] });
  const browser = await launchChromium();
  const figures: WebFigures = {};
  try {
    for (const measure of WEB_MEASURES) {
      const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      try {
        figures[measure.name] = await measure(page, server.url, {
          registry: options.registry,
          repetitions: options.repetitions ?? 60,
        });
      } finally {
        await context.close();
      }
      options.say(`web ${measure.name}: ${JSON.stringify(figures[measure.name])}`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return figures;
}
