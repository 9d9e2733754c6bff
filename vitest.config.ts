import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Tests that start processes, servers or threads, kill writers or fire thousands of requests:
// `npm test` (and CI) runs them, `npm run test:fast` (the edit loop) leaves them out.
const SLOW = [
  'test/hardening/audit.test.ts',
  'test/hardening/backup.test.ts',
  'test/hardening/concurrency.test.ts',
  'test/hardening/connections.test.ts',
  'test/hardening/crash.test.ts',
  'test/hardening/disk-full.test.ts',
  'test/hardening/fuzz.test.ts',
  'test/hardening/locking.test.ts',
  'test/hardening/operations.test.ts',
  'test/hardening/startup.test.ts',
  'test/bench.raw.test.ts',
  'test/cli.test.ts',
  'test/search.threads.test.ts',
];

const BROWSER = ['test/web/**/*.test.ts'];

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (`main`) and ESM (`module`) builds. Node loads the CJS one for the
    // Pothos and Yoga packages, while Vite would hand our sources the ESM one: two copies of
    // graphql break `instanceof` checks. Point Vite at the same file Node uses.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    pool: 'forks',
    testTimeout: 20_000,
    setupFiles: ['test/support/no-error-logs.ts'],
    projects: [
      // The fast files share each worker's modules (the schema, the migrated template) instead of
      // loading them per file: a file restores what it changes (env, spies, timers).
      {
        extends: true,
        test: { name: 'fast', include: ['test/**/*.test.ts'], exclude: [...SLOW, ...BROWSER], isolate: false },
      },
      { extends: true, test: { name: 'slow', include: SLOW } },
      // The web app in headless Chromium against the real server: built once, one file at a time.
      {
        extends: true,
        test: {
          name: 'browser',
          include: BROWSER,
          globalSetup: ['test/web/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A page answers in milliseconds, but the machine may be busy: polls wait up to 10 s, not 1 s.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
