// The `stall` line of `npm run bench`: how long `/health` and a lookup wait (p99) while something
// heavy runs beside them on the same server: (a) the worst query the limits accept, sent back to
// back; (b) a 100,000-record import by the CLI in another process on the same database file, with a
// trickle of mutations that must fail fast (503 BUSY) or succeed, never hang or 500; (c) 1,000 open
// live streams (draftActivity over SSE, across tokens within the per-token cap) while a revision
// is added five times a second, so every event reaches every stream. Measured, never asserted.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createApp } from '../src/app.ts';
import { openDatabase } from '../src/db/client.ts';
import { createUserFromCli } from '../src/domain/accounts/createUserFromCli.ts';
import { generateRegistry, rootOf } from './generate.ts';
import { ON, QUERIES } from './scenarios.ts';

export interface StallFigures {
  healthP99Ms: number;
  lookupP99Ms: number;
  lookupP50Ms: number;
  lookupRps: number;
  errors: number;
  /** What ran beside the probes, and how it fared. */
  beside: Record<string, number | string>;
}

const GRAPHQL = '/graphql';
const JSON_HEADERS = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json, application/json',
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * `/health` (20 req/s) and lookups (100 req/s, 4 connections) at a fixed rate, so their latency
 * shows waiting, not saturation.
 */
export async function probe(url: string, standards: number, seconds: number): Promise<Omit<StallFigures, 'beside'>> {
  let next = 0;
  const lookupBodies = Array.from({ length: 64 }, (_, k) =>
    JSON.stringify({
      query: QUERIES.lookup,
      variables: { designation: rootOf(Math.floor((k * standards) / 64)).root, on: ON },
    }),
  );
  const [health, lookups] = await Promise.all([
    autocannon({ url: `${url}/health`, connections: 1, overallRate: 20, duration: seconds }),
    autocannon({
      url,
      connections: 4,
      overallRate: 100,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          path: GRAPHQL,
          headers: JSON_HEADERS,
          setupRequest: (r) => ({ ...r, body: lookupBodies[next++ % lookupBodies.length]! }),
        },
      ],
    }),
  ]);
  return {
    healthP99Ms: health.latency.p99,
    lookupP99Ms: lookups.latency.p99,
    lookupP50Ms: lookups.latency.p50,
    lookupRps: round(lookups.requests.average),
    errors: health.errors + health.non2xx + health.timeouts + lookups.errors + lookups.non2xx + lookups.timeouts,
  };
}

async function post(
  url: string,
  body: unknown,
  token?: string,
): Promise<{
  status: number;
  json: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
}> {
  const response = await fetch(`${url}${GRAPHQL}`, {
    method: 'POST',
    headers: { ...JSON_HEADERS, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let json = {};
  try {
    json = JSON.parse(text);
  } catch {
    // a non-JSON answer counts by its status alone
  }
  return { status: response.status, json };
}

/** The nested page of the cost attack, with page sizes as variables. */
export const NESTED_PAGES = `query Nested($n: Int) { committees(first: $n) { edges { node { standards(first: $n) { edges
  { node {
  versions(first: $n) { edges { node { designation replaces { designation } } } } } } } } } } }`;

/** The largest page size the server accepts for NESTED_PAGES (binary search over 1…100). */
async function worstAcceptedPageSize(url: string): Promise<number> {
  let low = 0;
  let high = 100;
  while (low < high) {
    const n = Math.ceil((low + high) / 2);
    const { status, json } = await post(url, { query: NESTED_PAGES, variables: { n } });
    if (status === 200 && !json.errors) low = n;
    else high = n - 1;
  }
  return low;
}

/** (a) The worst accepted nested query, back to back on one connection, while the probes run. */
export async function stallUnderWorstQuery(url: string, standards: number, seconds: number): Promise<StallFigures> {
  const n = await worstAcceptedPageSize(url);
  let stop = false;
  const times: number[] = [];
  const loop = (async () => {
    while (!stop && n > 0) {
      const started = performance.now();
      await post(url, { query: NESTED_PAGES, variables: { n } });
      times.push(performance.now() - started);
    }
  })();
  const figures = await probe(url, standards, seconds);
  stop = true;
  await loop;
  times.sort((a, b) => a - b);
  return {
    ...figures,
    beside: {
      worstPageSize: n,
      worstQueries: times.length,
      worstQueryP50Ms: round(percentile(times, 50)),
      worstQueryMaxMs: round(times.at(-1) ?? 0),
    },
  };
}

/** Writes a registry file of about `records` new standards and versions, none already in the database. */
export function writeImportFile(dir: string, existing: number, records: number): { file: string; records: number } {
  // A generated standard has about 5.9 versions: 6.9 records.
  const whole = generateRegistry(existing + Math.ceil(records / 6.9), 1);
  const fresh = whole.standards.slice(existing);
  const known = new Set(fresh.flatMap((s) => s.versions.map((v) => v.designation)));
  for (const standard of fresh) {
    for (const version of standard.versions) {
      version.replaces = version.replaces.filter((d) => known.has(d));
      delete version.references;
    }
  }
  const count = fresh.reduce((sum, s) => sum + 1 + s.versions.length, 0);
  const file = join(dir, 'stall-import.json');
  writeFileSync(file, JSON.stringify({ ...whole, standards: fresh }));
  return { file, records: count };
}

/** A signed-in administrator made before the server starts (the CLI's bootstrap), for mutations. */
export function createAdmin(dbFile: string): string {
  const opened = openDatabase({ file: dbFile });
  try {
    return createUserFromCli({
      db: opened.db,
      input: { name: 'Bench admin', email: `bench-admin-${Date.now()}@example.org`, isAdmin: true },
    }).secret;
  } finally {
    opened.close();
  }
}

/** (b) The CLI imports `records` records in another process while the probes and a trickle of mutations run. */
export async function stallUnderImport(
  url: string,
  o: { dbFile: string; dir: string; standards: number; adminToken: string; cliEntry: string[] },
): Promise<StallFigures> {
  const { file, records } = writeImportFile(o.dir, o.standards, 100_000);
  const started = performance.now();
  const child = spawn(process.execPath, [...o.cliEntry, 'import', file], {
    env: { ...process.env, REGISTRY_DB: o.dbFile },
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const outcomes: Record<string, number> = {};
  const mutationTimes: number[] = [];
  let done = false;
  void exited.then(() => (done = true));
  const writer = (async () => {
    for (let k = 0; !done; k += 1) {
      const t = performance.now();
      const { status, json } = await post(
        url,
        {
          query: 'mutation($n: String!) { createApiToken(input: { name: $n }) { secret } }',
          variables: { n: `bench ${k}` },
        },
        o.adminToken,
      );
      mutationTimes.push(performance.now() - t);
      const key = `${status}${json.errors?.[0]?.extensions?.code ? ` ${json.errors[0].extensions.code}` : ''}`;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
      await sleep(200);
    }
  })();
  // The probes run while the import does (it is the slow part); a few seconds of start-up is included.
  const figures = await probe(url, o.standards, 10);
  const code = await exited;
  done = true;
  await writer;
  mutationTimes.sort((a, b) => a - b);
  return {
    ...figures,
    beside: {
      importRecords: records,
      importExit: String(code),
      importMs: Math.round(performance.now() - started),
      mutations: JSON.stringify(outcomes),
      mutationMaxMs: round(mutationTimes.at(-1) ?? 0),
    },
  };
}

/** People with tokens and a draft of SYN/TC0 with them as members, for the live streams. */
export async function streamSetUp(
  dbFile: string,
  people: number,
): Promise<{ tokens: string[]; draftId: string; secretaryToken: string }> {
  const opened = openDatabase({ file: dbFile });
  try {
    const app = createApp({ db: opened.db });
    const ask = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
      const response = await app.fetch(`http://bench${GRAPHQL}`, {
        method: 'POST',
        headers: { ...JSON_HEADERS, authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const json = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
      if (json.errors) throw new Error(`stream set-up failed: ${JSON.stringify(json.errors)}`);
      return json.data!;
    };
    const admin = createUserFromCli({
      db: opened.db,
      input: { name: 'Stream admin', email: `stream-admin-${Date.now()}@example.org`, isAdmin: true },
    });
    const committeeId = (await ask(admin.secret, '{ committee(code: "SYN/TC0") { id } }')).committee.id as string;
    const tokens: string[] = [];
    const personIds: number[] = [];
    for (let k = 0; k < people; k += 1) {
      const person = createUserFromCli({
        db: opened.db,
        input: { name: `Streamer ${k}`, email: `streamer-${k}-${Date.now()}@example.org` },
      });
      tokens.push(person.secret);
      personIds.push(person.personId);
    }
    const setRole =
      'mutation($c: ID!, $p: ID!, $r: CommitteeRole!) { setMembership(input: { committeeId: $c, personId: $p, ' +
      'role: $r }) { membership { role } } }';
    const personGid = (id: number) => Buffer.from(`Person:${id}`).toString('base64');
    for (const id of personIds) await ask(admin.secret, setRole, { c: committeeId, p: personGid(id), r: 'MEMBER' });
    await ask(admin.secret, setRole, { c: committeeId, p: personGid(personIds[0]!), r: 'SECRETARY' });
    const draft = await ask(
      tokens[0]!,
      'mutation($c: ID!) { createDraft(input: { committeeId: $c, newStandard: { designation: "SYN 1", kind: ' +
        'OTHER, publisher: "Bench" }, title: { en: "Bench draft" }, versionDesignation: "SYN 1-2027", versionType: ' +
        'EDITION }) { draft { id } } }',
      { c: committeeId },
    );
    return { tokens, draftId: draft.createDraft.draft.id as string, secretaryToken: tokens[0]! };
  } finally {
    opened.close();
  }
}

/** Opens one draftActivity stream over SSE; resolves once the server has answered with the stream's headers. */
async function openStream(
  url: string,
  token: string,
  draftId: string,
  signal: AbortSignal,
  counter: { events: number },
): Promise<number> {
  const response = await fetch(`${url}${GRAPHQL}`, {
    method: 'POST',
    signal,
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'subscription($d: ID!) { draftActivity(draftId: $d) { action at } }',
      variables: { d: draftId },
    }),
  });
  if (response.status !== 200 || !response.body) return response.status;
  void (async () => {
    try {
      for await (const chunk of response.body!) if (Buffer.from(chunk).includes('event: next')) counter.events += 1;
    } catch {
      // aborted at the end
    }
  })();
  return 200;
}

/** (c) `streams` live streams (at most `perToken` per token) while a revision is added five times a second. */
export async function stallUnderStreams(
  url: string,
  o: {
    dbFile: string;
    standards: number;
    streams: number;
    perToken: number;
    setUp: Awaited<ReturnType<typeof streamSetUp>>;
  },
): Promise<StallFigures> {
  const abort = new AbortController();
  const counter = { events: 0 };
  const statuses: Record<string, number> = {};
  for (let k = 0; k < o.streams; k += 50) {
    const batch = Array.from({ length: Math.min(50, o.streams - k) }, (_, j) =>
      openStream(
        url,
        o.setUp.tokens[Math.floor((k + j) / o.perToken) % o.setUp.tokens.length]!,
        o.setUp.draftId,
        abort.signal,
        counter,
      ),
    );
    for (const status of await Promise.all(batch)) statuses[status] = (statuses[status] ?? 0) + 1;
  }
  let stop = false;
  const revisionTimes: number[] = [];
  const writer = (async () => {
    for (let k = 0; !stop; k += 1) {
      const t = performance.now();
      await post(
        url,
        {
          query:
            'mutation($d: ID!, $c: [ClauseInput!]!) { addDraftRevision(input: { draftId: $d, clauses: $c }) { ' +
            'revision { number } } }',
          variables: { d: o.setUp.draftId, c: [{ number: '1', heading: 'Scope', text: `Revision ${k}` }] },
        },
        o.setUp.secretaryToken,
      );
      revisionTimes.push(performance.now() - t);
      await sleep(200);
    }
  })();
  const figures = await probe(url, o.standards, 10);
  stop = true;
  await writer;
  abort.abort();
  revisionTimes.sort((a, b) => a - b);
  return {
    ...figures,
    beside: {
      streamsOpened: statuses['200'] ?? 0,
      streamAnswers: JSON.stringify(statuses),
      revisions: revisionTimes.length,
      revisionP50Ms: round(percentile(revisionTimes, 50)),
      revisionMaxMs: round(revisionTimes.at(-1) ?? 0),
      eventsDelivered: counter.events,
    },
  };
}
