// The webhook scenario of the stall line: lookups while the server's sender works through 1,000
// deliveries queued for a receiver that takes 2 s to answer. Delivery runs off the request path,
// so the probes should wait no longer than with nothing beside them.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createContext } from '../src/context.ts';
import { openDatabase } from '../src/db/client.ts';
import { createUserFromCli } from '../src/domain/accounts/createUserFromCli.ts';
import type { RegistryFile } from '../src/domain/interchange/format.ts';
import { importRegistry } from '../src/domain/interchange/importRegistry.ts';
import { followStandard } from '../src/domain/watch/followStandard.ts';
import { createWebhook } from '../src/domain/webhooks/createWebhook.ts';
import { createActivityBus } from '../src/graphql/activity-bus.ts';
import { probe, type StallFigures } from './stall.ts';

const RECEIVER_DELAY_MS = 2_000;

/** A receiver on 127.0.0.1 that answers 204 after `RECEIVER_DELAY_MS`, counting what it answered. */
export async function startSlowReceiver(): Promise<{ url: string; answered: () => number; close(): Promise<void> }> {
  let answered = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    setTimeout(() => {
      answered += 1;
      res.writeHead(204).end();
    }, RECEIVER_DELAY_MS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    answered: () => answered,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** One standard with `count` versions after the first, all of them new to the registry but the first. */
function hookedStandard(count: number): RegistryFile {
  const version = (n: number) => ({
    designation: `BENCH HOOK:${n}`,
    type: 'EDITION' as const,
    published: '2020-01-01',
    effective: null,
    replaces: [],
  });
  return {
    format: 'standards-registry/v1',
    committees: [],
    standards: [
      {
        designation: 'BENCH HOOK',
        kind: 'OTHER',
        title: { en: 'Webhook bench standard' },
        publisher: 'Bench',
        committee: null,
        versions: Array.from({ length: count + 1 }, (_, n) => version(n)),
      },
    ],
  };
}

/**
 * Before the server starts: a person follows a standard and has a webhook to `url`; an import then
 * publishes `deliveries` versions of it, so the enqueue trigger queues one delivery per version.
 */
export function queueWebhookDeliveries(dbFile: string, url: string, deliveries: number): void {
  const { db, close } = openDatabase({ file: dbFile });
  try {
    importRegistry({ db, input: hookedStandard(0) });
    const person = createUserFromCli({
      db,
      input: { name: 'Webhook owner', email: `hook-owner-${Date.now()}@example.org` },
    });
    const request = new Request('http://bench/', { headers: { authorization: `Bearer ${person.secret}` } });
    const ctx = createContext({ db, activity: createActivityBus() }, request);
    const standard = db.$client.prepare("select id from standards where designation = 'BENCH HOOK'").get() as {
      id: number;
    };
    followStandard({ ctx, input: { standardId: standard.id } });
    createWebhook({ ctx, input: { url, kinds: ['VERSION_PUBLISHED'] } });
    importRegistry({ db, input: hookedStandard(deliveries) });
  } finally {
    close();
  }
}

/** How many deliveries are still queued. */
function pendingDeliveries(dbFile: string): number {
  const { db, close } = openDatabase({ file: dbFile, migrate: false });
  try {
    return (
      db.$client.prepare("select count(*) as n from webhook_deliveries where status = 'PENDING'").get() as {
        n: number;
      }
    ).n;
  } finally {
    close();
  }
}

/** (d) The probes while the server's sender delivers to the slow receiver (queued by `queueWebhookDeliveries`). */
export async function stallUnderWebhooks(
  url: string,
  o: { dbFile: string; standards: number; receiver: Awaited<ReturnType<typeof startSlowReceiver>> },
): Promise<StallFigures> {
  const pendingBefore = pendingDeliveries(o.dbFile);
  const figures = await probe(url, o.standards, 10);
  return {
    ...figures,
    beside: {
      pendingBefore,
      delivered: o.receiver.answered(),
      pendingAfter: pendingDeliveries(o.dbFile),
      receiverDelayMs: RECEIVER_DELAY_MS,
    },
  };
}
