import { type Browser, chromium } from 'playwright-core';

// Chromium for the browser tests comes from npm (@sparticuz/chromium unpacks its build into /tmp),
// so `npm test` needs no system package; CHROMIUM_PATH points at another build (e.g. /usr/bin/chromium).
// Two of that package's switches are dropped: --single-process (closing a second context would end
// the browser) and --disable-web-security (the tests must see the same-origin rules users get).
const DROPPED = new Set(['--single-process', '--disable-web-security']);

export async function launchChromium(): Promise<Browser> {
  const override = process.env.CHROMIUM_PATH;
  if (override) return chromium.launch({ executablePath: override, headless: true });
  // A CommonJS module whose API is its default export.
  const packaged = (await import('@sparticuz/chromium')).default;
  return chromium.launch({
    executablePath: await packaged.executablePath(),
    args: packaged.args.filter((arg) => !DROPPED.has(arg)),
    headless: true,
  });
}
