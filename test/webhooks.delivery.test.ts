import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/client.ts';
import { createWebhook } from '../src/domain/webhooks/createWebhook.ts';
import { DEFAULT_ADDRESS_POLICY, type AddressPolicy } from '../src/webhooks/address-policy.ts';
import { startWebhookSender } from '../src/webhooks/sender.ts';
import { sign } from '../src/webhooks/signature.ts';
import { createTestDb, type TestDatabase } from './support/db.ts';
import { collectingLogger } from './support/logs.ts';
import { createPersonWithToken } from './support/people.ts';
import { contextFor, deliveryRows, notify, startReceivers, verifySignature } from './support/webhooks.ts';

// Deliveries to real receivers on 127.0.0.1, signed, retried, in order, at least once; nothing
// reaches a private address unless the configuration allows it.

const LOOPBACK_ALLOWED: AddressPolicy = { allowHosts: ['127.0.0.1'], allowPrivate: false };
const HOUR = 3_600_000;

let opened: TestDatabase;
let db: Db;
let receivers: Awaited<ReturnType<typeof startReceivers>>;
let owner: ReturnType<typeof createPersonWithToken>;
const clock = { now: new Date('2026-06-01T08:00:00.000Z') };

beforeEach(async () => {
  opened = createTestDb();
  db = opened.db;
  receivers = await startReceivers();
  owner = createPersonWithToken(db);
  clock.now = new Date('2026-06-01T08:00:00.000Z');
});
afterEach(async () => {
  await receivers.close();
  opened.close();
});

const sender = (policy: AddressPolicy = LOOPBACK_ALLOWED) =>
  startWebhookSender({
    sqlite: db.$client,
    logger: collectingLogger().logger,
    policy,
    timeoutMs: 300,
    pollMs: 0,
    retryBaseMs: 60_000,
    now: () => clock.now,
    random: () => 0.5,
  });

const hook = (url: string, kinds = ['DEADLINE_AHEAD']) =>
  createWebhook({ ctx: contextFor(db, owner.personId, clock), input: { url, kinds: kinds as never } });
const advance = (ms: number) => {
  clock.now = new Date(clock.now.getTime() + ms);
};

describe('webhook deliveries', () => {
  it('delivers a signed JSON event once, verifiable with the secret shown at creation', async () => {
    const { secret } = hook(receivers.url('/ok'));
    notify(db, owner.personId, 'DEADLINE_AHEAD', clock.now);
    notify(db, owner.personId, 'VOTE_REMINDER', clock.now); // a kind the webhook did not choose
    const s = sender();
    await s.tick();
    await s.tick();
    expect(receivers.received).toHaveLength(1);
    const [got] = receivers.received;
    expect(verifySignature(secret, got!.headers, got!.body)).toBe(true);
    expect(verifySignature(secret, got!.headers, `${got!.body} `)).toBe(false);
    const body = JSON.parse(got!.body);
    expect(body).toMatchObject({ id: got!.headers['webhook-id'], type: 'DEADLINE_AHEAD', data: { daysAhead: 30 } });
    expect(deliveryRows(db)).toMatchObject([{ status: 'DELIVERED', attempts: 1, last_status: 204, last_error: null }]);
  });

  it('queues nothing when the notification is rolled back with its transaction', () => {
    hook(receivers.url('/ok'));
    expect(() =>
      db.$client.transaction(() => {
        notify(db, owner.personId, 'DEADLINE_AHEAD', clock.now);
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(deliveryRows(db)).toEqual([]);
  });

  it('retries a failure after a backoff with the same event id, and records status and error meanwhile', async () => {
    const { secret } = hook(receivers.url('/flaky'));
    notify(db, owner.personId, 'DEADLINE_AHEAD', clock.now);
    const s = sender();
    await s.tick();
    expect(deliveryRows(db)).toMatchObject([
      { status: 'PENDING', attempts: 1, last_status: 500, last_error: 'the receiver answered 500' },
    ]);
    await s.tick(); // not yet due: the backoff holds it
    expect(receivers.received).toHaveLength(1);
    advance(60_000);
    await s.tick();
    expect(receivers.received).toHaveLength(2);
    expect(receivers.received[1]!.headers['webhook-id']).toBe(receivers.received[0]!.headers['webhook-id']);
    expect(verifySignature(secret, receivers.received[1]!.headers, receivers.received[1]!.body)).toBe(true);
    expect(deliveryRows(db)).toMatchObject([{ status: 'DELIVERED', attempts: 2, last_status: 204 }]);
  });

  it('delivers in order per webhook: later events wait behind a failing one', async () => {
    hook(receivers.url('/flaky'));
    for (let i = 0; i < 3; i++) notify(db, owner.personId, 'DEADLINE_AHEAD', new Date(clock.now.getTime() + i));
    const s = sender();
    await s.tick();
    expect(receivers.received).toHaveLength(1);
    advance(HOUR);
    await s.tick();
    const ids = receivers.received.map((r) => JSON.parse(r.body).id);
    expect(ids).toEqual([ids[0], ids[0], expect.any(String), expect.any(String)]);
    expect(ids.slice(1)).toEqual([...ids.slice(1)].sort((a, b) => Number(a.slice(4)) - Number(b.slice(4))));
    expect(deliveryRows(db).map((d) => d.status)).toEqual(['DELIVERED', 'DELIVERED', 'DELIVERED']);
  });

  it.each([
    ['/slow', 'no answer within 300 ms', null],
    ['/redirect', /^redirect not followed: 302 to \/ok$/u, 302],
    ['/close', /^ECONNRESET/u, null],
  ])('counts %s as a failure to retry', async (path, error, status) => {
    hook(receivers.url(path));
    notify(db, owner.personId, 'DEADLINE_AHEAD', clock.now);
    await sender().tick();
    const [row] = deliveryRows(db);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1, last_status: status });
    expect(row!.last_error).toMatch(error);
    expect(receivers.received.map((r) => r.path)).toEqual([path]); // the redirect is not followed
  });

  it('sends after a restart what an earlier sender left pending', async () => {
    const { id } = hook(receivers.url('/flaky'));
    notify(db, owner.personId, 'DEADLINE_AHEAD', clock.now);
    const first = sender();
    await first.tick();
    await first.stop();
    advance(HOUR);
    await sender().tick();
    expect(receivers.received.map((r) => r.headers['webhook-id'])).toEqual(
      ['evt_1', 'evt_1'].map(() => expect.any(String)),
    );
    expect(deliveryRows(db)).toMatchObject([{ webhook_id: id, status: 'DELIVERED', attempts: 2 }]);
  });

  it('disables a webhook failing for 24 hours and tells its owner', async () => {
    const { id } = hook(receivers.url('/close'));
    notify(db, owner.personId, 'DEADLINE_AHEAD', clock.now);
    const s = sender();
    const disabledAt = () => db.$client.prepare('select disabled_at from webhooks where id = ?').pluck().get(id);
    for (let hours = 0; hours <= 48; hours += 2) {
      await s.tick();
      if (hours < 24) expect(disabledAt()).toBeNull();
      advance(2 * HOUR);
    }
    const webhook = db.$client.prepare('select disabled_at, disabled_reason from webhooks where id = ?').get(id) as {
      disabled_at: string | null;
      disabled_reason: string;
    };
    expect(webhook.disabled_at).not.toBeNull();
    expect(webhook.disabled_reason).toMatch(/^failing since 2026-06-01T08:00:00.000Z: ECONNRESET/u);
    expect(deliveryRows(db)).toMatchObject([{ status: 'FAILED' }]);
    const told = db.$client
      .prepare(`select person_id, subject_type, subject_id from notifications where kind = 'WEBHOOK_DISABLED'`)
      .all();
    expect(told).toEqual([{ person_id: owner.personId, subject_type: 'Webhook', subject_id: id }]);
    const sent = receivers.received.length;
    notify(db, owner.personId, 'DEADLINE_AHEAD', clock.now);
    advance(48 * HOUR);
    await s.tick();
    expect(receivers.received).toHaveLength(sent);
  });
});

describe('webhook addresses (SSRF)', () => {
  it.each([
    ['https://10.1.2.3/hook', '10.1.2.3'],
    ['https://192.168.0.10/hook', '192.168.0.10'],
    ['https://169.254.169.254/latest', '169.254.169.254'],
    ['http://[::1]:9/hook', '::1'],
    ['https://[::ffff:127.0.0.1]:9/hook', '::ffff:7f00:1'],
    ['https://[fd00::1]/hook', 'fd00::1'],
    ['https://[fe80::1]/hook', 'fe80::1'],
    ['https://0.0.0.0/hook', '0.0.0.0'],
  ])('refuses %s by default, before connecting', async (url, address) => {
    hook(url);
    notify(db, owner.personId, 'DEADLINE_AHEAD', clock.now);
    await sender(DEFAULT_ADDRESS_POLICY).tick();
    expect(deliveryRows(db)[0]!.last_error).toBe(
      `refused: ${address} resolves to the private or loopback address ${address} (see WEBHOOK_ALLOW_HOSTS)`,
    );
  });

  it('refuses a host name resolving to loopback by default; nothing reaches the receiver', async () => {
    hook(receivers.url('/ok', 'localhost'));
    notify(db, owner.personId, 'DEADLINE_AHEAD', clock.now);
    await sender(DEFAULT_ADDRESS_POLICY).tick();
    expect(deliveryRows(db)[0]!.last_error).toMatch(/^refused: localhost resolves to the private or loopback address/u);
    expect(receivers.received).toEqual([]);
  });

  it('refuses plain http to anything but loopback at creation', () => {
    expect(() => hook('http://example.org/hook')).toThrow(
      'url: the URL must use https (plain http only to a loopback address)',
    );
    expect(db.$client.prepare('select count(*) from webhooks').pluck().get()).toBe(0);
  });
});

describe('the documented delivery', () => {
  it('is signed as the sender signs, and verifies with the documented secret', () => {
    const page = readFileSync(new URL('../docs/notifications.md', import.meta.url), 'utf8');
    const block = /```http\n([\s\S]*?)\n```/u.exec(page)![1]!;
    const [head, body] = block.split('\n\n') as [string, string];
    const headers = Object.fromEntries(
      head
        .split('\n')
        .slice(1)
        .map((line) => line.split(': ') as [string, string]),
    );
    const secret = /the secret `(whsec_[^`]+)`/u.exec(page)![1]!;
    expect(verifySignature(secret, headers, body)).toBe(true);
    expect(sign(secret, headers['webhook-id']!, Number(headers['webhook-timestamp']), body)).toBe(
      headers['webhook-signature'],
    );
  });
});
