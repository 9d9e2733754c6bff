// `npm run screenshots`: writes a PNG of every lab page, in English and in Chinese, at a desktop and a
// phone width, into screenshots/ (for a reviewer's eyes; tests assert the pages' content). It runs the
// real server on a temporary copy of the bundled sample and the Chromium build from npm. Chinese text
// needs a CJK font on the machine (Debian: fonts-noto-cjk) or it shows as boxes.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWeb } from './build-web.ts';
import { batterySafetyFile } from '../test/support/search-fixtures.ts';
import { createPersonWithToken } from '../test/support/people.ts';
import { acceptInvitation, giveWork, inviteUrl } from '../test/web/accounts.ts';
import { startWebHarness } from '../test/web/harness.ts';

const OUT = fileURLToPath(new URL('../screenshots', import.meta.url));

/**
 * Each page: a file name and its path (the language is added). `ready` is a selector shown when it is
 * drawn; `signedIn`: the page is taken signed in (a person invited and with a password set first).
 */
export const PAGES: { name: string; path: string; ready: string; signedIn?: boolean }[] = [
  { name: 'search', path: '/?q=battery', ready: '.results li' },
  { name: 'compare', path: '/compare?from=GB%2038031-2020&to=GB%2038031-2025', ready: '.clause-entry' },
  {
    name: 'compare-inline',
    path: '/compare?from=GB%2038031-2020&to=GB%2038031-2025&view=inline',
    ready: '.clause-entry',
  },
  { name: 'horizon', path: '/horizon?from=2025-01-01&to=2026-12-31', ready: '.horizon-change' },
  { name: 'horizon-calendar', path: '/horizon?from=2025-01-01&to=2026-12-31&view=calendar', ready: '.horizon-change' },
  {
    name: 'standard-gbt31486',
    path: '/standards/GB%2FT%2031486?on=2025-06-01&scope=EXISTING_TYPES',
    ready: 'article.standard:has(svg[data-drawn]) .answer[data-answer-on]',
  },
  {
    name: 'standard-unr155',
    path: '/standards/UN%20R155',
    ready: 'article.standard:has(svg[data-drawn]) .answer[data-answer-on]',
  },
  { name: 'standard-not-found', path: '/standards/GB%2099999', ready: '.standard-not-found h1' },
  { name: 'not-found', path: '/no/such/page', ready: 'h1' },
  { name: 'sign-in', path: '/sign-in', ready: '.auth-form' },
  { name: 'set-password', path: '/set-password#token=vsl_example', ready: '.auth-form' },
  { name: 'me', path: '/me', ready: '.me-page h2', signedIn: true },
];
const PASSWORD = 'correct horse battery staple';

await buildWeb({ quiet: true });
mkdirSync(OUT, { recursive: true });
// The sample holds no clause text: GB 38031's two editions with text show the compare page at work.
let people: { admin: ReturnType<typeof createPersonWithToken>; lin: ReturnType<typeof createPersonWithToken> };
const web = await startWebHarness({
  also: [batterySafetyFile()],
  prepare(db) {
    people = {
      admin: createPersonWithToken(db, { admin: true, name: 'Ada Admin' }),
      lin: createPersonWithToken(db, { name: 'Lin Wei' }),
    };
  },
});
try {
  const { admin, lin } = people!;
  const tokens = { admin: admin.token, person: lin.token };
  let invited = false;
  await giveWork(web.origin, tokens, lin.personId, {
    committee: 'ISO/TC22/SC32',
    role: 'SECRETARY',
    follows: 'UN R155',
  });
  for (const lang of ['en', 'zh'] as const) {
    for (const width of [1280, 390]) {
      const { page, context } = await web.newPage({ lang, width });
      for (const { name, path, ready, signedIn } of PAGES) {
        if (signedIn) {
          const purpose = invited ? 'PASSWORD_RESET' : 'INVITATION';
          await acceptInvitation(page, await inviteUrl(web.origin, admin.token, lin.personId, purpose), PASSWORD);
          invited = true;
        }
        const [bare = path, hash = ''] = path.split('#');
        await page.goto(`${bare}${bare.includes('?') ? '&' : '?'}lang=${lang}${hash ? `#${hash}` : ''}`);
        await page.locator(ready).first().waitFor();
        const file = join(OUT, `${name}.${lang}.${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        process.stdout.write(`${file}\n`);
      }
      await context.close();
    }
  }
} finally {
  await web.close();
}
