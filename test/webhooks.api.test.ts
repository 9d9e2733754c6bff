import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { startWebhookSender } from '../src/webhooks/sender.ts';
import { committeeRegistry, setUpCommittee, type Committee } from './support/committee.ts';
import { createTestDb } from './support/db.ts';
import { collectingLogger } from './support/logs.ts';
import { FOLLOW_STANDARD, standardGid } from './support/notifications.ts';
import { postAs } from './support/people.ts';
import { startReceivers, verifySignature } from './support/webhooks.ts';

// Webhooks through the API: created with a secret shown once, fed by the outbox in the change's
// transaction, their delivery log readable by the owner and administrators only.

const CREATE = `mutation($url: String!, $kinds: [NotificationKind!]!, $personId: ID) {
  createWebhook(input: { url: $url, kinds: $kinds, personId: $personId }) {
    secret webhook { id url kinds enabled } } }`;
const LIST = `query { viewer { webhooks { id url kinds enabled failingSince
  deliveries(first: 10) { edges { node { eventId kind status attempts lastStatus lastError } } } } } }`;
const UPDATE = `mutation($id: ID!, $enabled: Boolean, $kinds: [NotificationKind!]) {
  updateWebhook(input: { webhookId: $id, enabled: $enabled, kinds: $kinds }) {
    webhook { enabled kinds disabledReason } } }`;
const DELETE = 'mutation($id: ID!) { deleteWebhook(input: { webhookId: $id }) { deleted } }';

type Answer = { data?: Record<string, any>; errors?: { message: string; extensions?: { code?: string } }[] };

let c: Committee;
let receivers: Awaited<ReturnType<typeof startReceivers>>;
beforeEach(async () => {
  c = setUpCommittee(createTestDb().db);
  receivers = await startReceivers();
});
afterEach(() => receivers.close());

const as = (token: string, query: string, variables: Record<string, unknown> = {}) =>
  postAs(c.app, token, query, variables) as Promise<Answer>;
const webhookCount = () => c.db.$client.prepare('select count(*) from webhooks').pluck().get();

/** GB 38031's next edition, imported. */
function importEdition() {
  const file = committeeRegistry();
  (file.standards[0]!.versions as Record<string, unknown>[]).push({
    designation: 'GB 38031-2025',
    type: 'EDITION',
    published: '2025-03-28',
    effective: '2026-07-01',
    replaces: ['GB 38031-2020'],
  });
  importRegistry({ db: c.db, input: file });
}

describe('webhooks API', () => {
  it('delivers a followed standard’s new edition, signed with the secret answered once, and logs it', async () => {
    await as(c.outsider.token, FOLLOW_STANDARD, { id: standardGid(c, 'GB 38031') });
    const created = await as(c.outsider.token, CREATE, { url: receivers.url('/ok'), kinds: ['VERSION_PUBLISHED'] });
    expect(created.errors).toBeUndefined();
    const { secret, webhook } = created.data!.createWebhook;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/u);
    expect(webhook).toMatchObject({ kinds: ['VERSION_PUBLISHED'], enabled: true });
    importEdition();
    const sender = startWebhookSender({
      sqlite: c.db.$client,
      logger: collectingLogger().logger,
      policy: { allowHosts: ['127.0.0.1'], allowPrivate: false },
      timeoutMs: 1_000,
      pollMs: 0,
    });
    await sender.tick();
    expect(receivers.received).toHaveLength(1);
    const [got] = receivers.received;
    expect(verifySignature(secret, got!.headers, got!.body)).toBe(true);
    expect(JSON.parse(got!.body)).toMatchObject({ type: 'VERSION_PUBLISHED', data: { designation: 'GB 38031-2025' } });
    const listed = await as(c.outsider.token, LIST);
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(listed.data!.viewer.webhooks[0].deliveries.edges).toEqual([
      {
        node: {
          eventId: got!.headers['webhook-id'],
          kind: 'VERSION_PUBLISHED',
          status: 'DELIVERED',
          attempts: 1,
          lastStatus: 204,
          lastError: null,
        },
      },
    ]);
  });

  it.each([
    [
      { url: 'http://hooks.example.org/x', kinds: ['VERSION_PUBLISHED'] },
      'url: the URL must use https (plain http only to a loopback address)',
    ],
    [
      { url: 'ftp://hooks.example.org/x', kinds: ['VERSION_PUBLISHED'] },
      'url: the URL must use https (plain http only to a loopback address)',
    ],
    [{ url: 'not a url', kinds: ['VERSION_PUBLISHED'] }, 'url: not a URL'],
    [
      { url: 'https://u:p@hooks.example.org/', kinds: ['VERSION_PUBLISHED'] },
      'url: the URL must not carry credentials',
    ],
    [{ url: 'https://hooks.example.org/x', kinds: [] }, 'kinds: choose at least one kind'],
  ])('refuses %j with INVALID_INPUT and creates nothing', async (input, message) => {
    const answer = await as(c.outsider.token, CREATE, input);
    expect(answer.errors?.[0]).toMatchObject({ message, extensions: { code: 'INVALID_INPUT' } });
    expect(webhookCount()).toBe(0);
  });

  it('lets the owner and administrators disable, re-enable and delete; others see nothing of it', async () => {
    const created = await as(c.outsider.token, CREATE, {
      url: 'https://hooks.example.org/x',
      kinds: ['VOTE_REMINDER'],
    });
    const id = created.data!.createWebhook.webhook.id;
    const foreign = await as(c.members[0].token, UPDATE, { id, enabled: false });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const personGid = Buffer.from(`Person:${c.outsider.personId}`).toString('base64');
    const seen = await as(
      c.members[0].token,
      `query($id: ID!) { node(id: $id) { ... on Person { webhooks { id } } } }`,
      { id: personGid },
    );
    expect(JSON.stringify(seen)).not.toContain('"webhooks":[');
    const byAdmin = await as(c.admin.token, `query($id: ID!) { node(id: $id) { ... on Person { webhooks { id } } } }`, {
      id: personGid,
    });
    expect(byAdmin.data!.node.webhooks).toEqual([{ id }]);
    const off = await as(c.admin.token, UPDATE, { id, enabled: false, kinds: ['VOTE_REMINDER', 'BALLOT_OPENED'] });
    expect(off.data!.updateWebhook.webhook).toEqual({
      enabled: false,
      kinds: ['BALLOT_OPENED', 'VOTE_REMINDER'],
      disabledReason: 'disabled by a person',
    });
    const on = await as(c.outsider.token, UPDATE, { id, enabled: true });
    expect(on.data!.updateWebhook.webhook).toMatchObject({ enabled: true, disabledReason: null });
    expect((await as(c.outsider.token, DELETE, { id })).data).toEqual({ deleteWebhook: { deleted: true } });
    expect(webhookCount()).toBe(0);
  });
});
