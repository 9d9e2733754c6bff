import { buildWeb } from '../../scripts/build-web.ts';

/** Builds the web app once before the browser tests, when its sources changed since the last build. */
export default async function setup() {
  await buildWeb({ quiet: true });
}
