import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Context } from '../../src/context.ts';
import type { Db } from '../../src/db/client.ts';

/** What a receiver was sent. */
export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * Real HTTP receivers on 127.0.0.1: /ok answers 204, /slow never answers, /flaky answers 500 then
 * 204, /redirect answers 302 to /ok, /close destroys the socket. Every request is recorded.
 */
export async function startReceivers() {
  const received: Received[] = [];
  let flaky = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '';
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString() });
      if (path === '/ok') return void res.writeHead(204).end();
      if (path === '/flaky') return void res.writeHead(flaky++ === 0 ? 500 : 204).end();
      if (path === '/redirect') return void res.writeHead(302, { location: '/ok' }).end();
      if (path === '/close') return void req.socket.destroy();
      // /slow: no answer until the server closes.
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string, host = '127.0.0.1') => `http://${host}:${port}${path}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An independent Standard Webhooks verifier: recomputes the HMAC from the secret and compares. */
export function verifySignature(secret: string, headers: IncomingHttpHeaders, body: string): boolean {
  const id = String(headers['webhook-id']);
  const timestamp = String(headers['webhook-timestamp']);
  const key = Buffer.from(secret.replace(/^whsec_/u, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return String(headers['webhook-signature'])
    .split(' ')
    .some((entry) => {
      const [version, signature] = entry.split(',');
      const given = Buffer.from(signature ?? '', 'base64');
      return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
    });
}

/** A domain context for a person, as the API would build it. */
export function contextFor(db: Db, personId: number, clock: { now: Date }, isAdmin = false): Context {
  return {
    db,
    now: () => clock.now,
    viewer: { personId, name: 'p', isAdmin, roles: new Map(), tokenId: 0 },
  } as unknown as Context;
}

/** A notification for the person, written as the reminder run writes one. */
export function notify(
  db: Db,
  personId: number,
  kind: string,
  at: Date,
  key = `${kind}:${at.toISOString()}:${Math.random()}`,
) {
  db.$client
    .prepare(
      `insert into notifications (person_id, kind, reminder, subject_type, subject_id, data, created_at)
       values (?, ?, ?, 'StandardVersion', 1, '{"daysAhead":30}', ?)`,
    )
    .run(personId, kind, key, at.toISOString());
}

export const deliveryRows = (db: Db) =>
  db.$client
    .prepare(
      `select webhook_id, notification_id, status, attempts, last_status, last_error
       from webhook_deliveries order by id`,
    )
    .all() as {
    webhook_id: number;
    notification_id: number;
    status: string;
    attempts: number;
    last_status: number | null;
    last_error: string | null;
  }[];
