import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import { startServer } from '../src/server.ts';
import { collectingLogger } from './support/logs.ts';
import { createPersonWithToken } from './support/people.ts';
import { notify, startReceivers, verifySignature } from './support/webhooks.ts';

// The server sends webhook deliveries by itself, from the queue in the database, whatever process
// wrote the notification (here another connection, as the CLI would).

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
}

describe('the server’s webhook sender', () => {
  it('delivers a notification written by another connection, signed, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'registry-webhooks-'));
    dirs.push(dir);
    const file = join(dir, 'registry.db');
    const setup = openDatabase({ file });
    const person = createPersonWithToken(setup.db);
    setup.close();
    const receivers = await startReceivers();
    const env = {
      REGISTRY_DB: file,
      PORT: '0',
      SEARCH_THREADS: '0',
      REMINDER_INTERVAL_MS: '0',
      WEBHOOK_POLL_MS: '50',
      WEBHOOK_ALLOW_HOSTS: '127.0.0.1',
    };
    const server = await startServer(readConfig(env), { logger: collectingLogger().logger });
    try {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${person.token}` },
        body: JSON.stringify({
          query: `mutation($url: String!) { createWebhook(input: { url: $url, kinds: [DEADLINE_AHEAD] }) { secret } }`,
          variables: { url: receivers.url('/ok') },
        }),
      });
      const { secret } = ((await response.json()) as { data: { createWebhook: { secret: string } } }).data
        .createWebhook;
      const other = openDatabase({ file, migrate: false });
      notify(other.db, person.personId, 'DEADLINE_AHEAD', new Date());
      other.close();
      await until(() => receivers.received.length > 0);
      expect(receivers.received).toHaveLength(1);
      expect(verifySignature(secret, receivers.received[0]!.headers, receivers.received[0]!.body)).toBe(true);
    } finally {
      await server.shutdown('test');
      await receivers.close();
    }
    const after = openDatabase({ file, migrate: false });
    expect(after.sqlite.prepare('select status, attempts from webhook_deliveries').all()).toEqual([
      { status: 'DELIVERED', attempts: 1 },
    ]);
    after.close();
  });
});
