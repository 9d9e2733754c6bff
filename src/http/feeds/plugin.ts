import { createHash } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Clock } from '../../context.ts';
import type { Db } from '../../db/types.ts';
import { generationReader } from '../../db/data-generation.ts';
import { listVersionStatuses } from '../../domain/applicability/listVersionStatuses.ts';
import { todayUtc } from '../../domain/dates.ts';
import { DomainError } from '../../domain/errors.ts';
import { horizonFeedOf } from '../../domain/horizon/horizonFeedOf.ts';
import { exportRegistry } from '../../domain/interchange/exportRegistry.ts';
import { csvChunks } from './csv.ts';
import { calendarEventsOf, HORIZON_CSV_HEADER, horizonCsvRows } from './horizon-feeds.ts';
import { calendarChunks } from './ical.ts';
import { BadParameter, exportParams, horizonParams, statusTableParams } from './params.ts';
import { interchangeChunks, STATUS_CSV_HEADER, statusCsvRows } from './table-feeds.ts';

// Plain HTTP feeds beside GraphQL (docs/api.md, "Feeds and exports"): `GET /horizon.ics`,
// `/horizon.csv`, `/standards.csv`, `/export.json`. They read only public data and change nothing,
// so they need no CSRF header (calendar apps cannot send one) and read no token.
//
// Invariant: the ETag names the data generation (raised in the same transaction as any change to
// public data, db/data-generation.ts), the UTC day (`/standards.csv` defaults to today; calendar
// stamps carry it) and the path with its query string; an answer computed while the generation
// moved carries no ETag, and If-None-Match earns a 304 only for the current one.

interface Body {
  type: string;
  filename: string;
  body: string | Iterable<string>;
}

type Route = (query: URLSearchParams, ctx: { db: Db; today: string; now: Date }) => Body;

const ROUTES: Record<string, Route> = {
  '/horizon.ics': (query, { db, now }) => {
    const p = horizonParams(query);
    const entries = horizonFeedOf({ ctx: { db }, input: p });
    const name =
      p.lang === 'zh' ? `标准实施动态 ${p.from} 至 ${p.to}` : `Vehicle standards horizon ${p.from} to ${p.to}`;
    const stamp = new Date(`${todayUtc(now)}T00:00:00Z`);
    const body = calendarChunks({
      prodId: '-//vehicle-standards-registry//horizon//EN',
      name,
      stamp,
      events: calendarEventsOf(entries, p.lang),
    });
    return { type: 'text/calendar; charset=utf-8', filename: 'horizon.ics', body };
  },
  '/horizon.csv': (query, { db }) => {
    const p = horizonParams(query);
    const entries = horizonFeedOf({ ctx: { db }, input: p });
    return {
      type: 'text/csv; charset=utf-8; header=present',
      filename: 'horizon.csv',
      body: csvChunks(HORIZON_CSV_HEADER, horizonCsvRows(entries, p.lang)),
    };
  },
  '/standards.csv': (query, { db, today }) => {
    const p = statusTableParams(query, today);
    const rows = listVersionStatuses({ ctx: { db }, input: p });
    return {
      type: 'text/csv; charset=utf-8; header=present',
      filename: 'standards.csv',
      body: csvChunks(STATUS_CSV_HEADER, statusCsvRows(rows, p.on, p.scope, p.lang)),
    };
  },
  '/export.json': (query, { db }) => {
    const filter = exportParams(query);
    return {
      type: 'application/json; charset=utf-8',
      filename: 'registry.json',
      body: interchangeChunks(exportRegistry({ db, filter })),
    };
  },
};

export const FEED_PATHS = Object.keys(ROUTES);

function namesEtag(ifNoneMatch: string | null, etag: string): boolean {
  return ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//u, '') === etag) ?? false;
}

/** A refusal in the shape of a GraphQL error, so one client handler reads both. */
function refusal(
  fetchAPI: { Response: typeof Response },
  status: number,
  message: string,
  extensions: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** Bytes made between two turns of the event loop. */
const SLICE_BYTES = 64 * 1024;

/**
 * The chunks as a byte stream, one enqueued chunk per string. After each slice of about
 * SLICE_BYTES the event loop runs (setImmediate), so other requests are served while a large body is made.
 */
function streamOf(chunks: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.iterator]();
  let first = true;
  return new ReadableStream({
    async pull(controller) {
      if (!first) await new Promise((resolve) => setImmediate(resolve));
      first = false;
      for (let size = 0; size < SLICE_BYTES; ) {
        const next = iterator.next();
        if (next.done) return controller.close();
        controller.enqueue(encoder.encode(next.value));
        size += next.value.length;
      }
    },
    cancel() {
      iterator.return?.();
    },
  });
}

export function feedsPlugin({ db, clock = () => new Date() }: { db: Db; clock?: Clock }): Plugin {
  const generation = generationReader(db.$client);
  const tokenOf = (now: Date) => {
    const g = generation();
    return g < 0 ? null : `${g}-${todayUtc(now).replaceAll('-', '')}`;
  };
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      // The cheap string test first: parsing the URL of every request is not free.
      if (!/\.(?:ics|csv|json)(?:\?|$)/u.test(request.url)) return;
      const route = ROUTES[url.pathname];
      if (!route) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return endResponse(
          refusal(
            fetchAPI,
            405,
            `${url.pathname} answers GET and HEAD only.`,
            { code: 'BAD_REQUEST' },
            { allow: 'GET, HEAD' },
          ),
        );
      }
      const now = clock();
      const token = tokenOf(now);
      const etag =
        token === null
          ? null
          : `"${token}-${createHash('sha256').update(`${url.pathname}${url.search}`).digest('base64url')}"`;
      const validators: Record<string, string> = { 'cache-control': 'no-cache', ...(etag === null ? {} : { etag }) };
      if (etag !== null && namesEtag(request.headers.get('if-none-match'), etag)) {
        return endResponse(new fetchAPI.Response(null, { status: 304, headers: validators }));
      }
      let answer: Body;
      try {
        answer = route(url.searchParams, { db, today: todayUtc(now), now });
      } catch (error) {
        if (error instanceof BadParameter)
          return endResponse(refusal(fetchAPI, 400, error.message, { code: 'INVALID_INPUT', field: error.field }));
        if (error instanceof DomainError && error.code === 'INVALID_INPUT') {
          return endResponse(refusal(fetchAPI, 400, error.message, { code: error.code, ...error.details }));
        }
        throw error;
      }
      // The data moved while the answer was read: it is sent, but claims no generation.
      if (etag !== null && tokenOf(clock()) !== token) delete validators.etag;
      const headers = {
        'content-type': answer.type,
        'content-disposition': `attachment; filename="${answer.filename}"`,
        ...validators,
      };
      const body =
        request.method === 'HEAD' ? null : typeof answer.body === 'string' ? answer.body : streamOf(answer.body);
      return endResponse(new fetchAPI.Response(body, { status: 200, headers }));
    },
  };
}
