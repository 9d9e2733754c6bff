import { createServer, type Server } from 'node:http';
import { isIPv6 } from 'node:net';
import type { ConnectionLimits } from '../config.ts';

// Slow or numerous sockets must not exhaust the process's file descriptors. Node bounds the time
// to send a request (headersTimeout, requestTimeout: receiving the request only, so a response
// that streams, as a subscription does, is never cut) and the connections in all (maxConnections:
// past it a new socket is closed as soon as it is accepted). A cap per client address, written
// here as Node has none, keeps one client from taking every connection: past it, its new sockets
// are closed at once too, and other clients (a health probe) are still served.

/** How often Node looks for connections past their timeouts (its default, 30 s, lets them overstay). */
const CHECK_INTERVAL_MS = 1_000;

export interface ConnectionCounts {
  /** Connections open now (accepted, not yet closed). */
  open: number;
  /** Connections refused because MAX_CONNECTIONS were open. */
  refusedTotal: number;
  /** Connections refused because MAX_CONNECTIONS_PER_ADDRESS were open from their address. */
  refusedPerAddress: number;
}

/** An HTTP server (no request listener yet) with the limits above. */
export function createLimitedServer(limits: ConnectionLimits): { server: Server; counts: ConnectionCounts } {
  const server = createServer({
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: CHECK_INTERVAL_MS,
  });
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.max;
  const counts: ConnectionCounts = { open: 0, refusedTotal: 0, refusedPerAddress: 0 };
  server.on('drop', () => (counts.refusedTotal += 1));

  const perAddress = new Map<string, number>();
  server.on('connection', (socket) => {
    const key = clientKey(socket.remoteAddress);
    const open = (perAddress.get(key) ?? 0) + 1;
    if (open > limits.perAddress) {
      counts.refusedPerAddress += 1;
      socket.destroy();
      return;
    }
    perAddress.set(key, open);
    counts.open += 1;
    socket.once('close', () => {
      counts.open -= 1;
      const left = (perAddress.get(key) ?? 1) - 1;
      if (left === 0) perAddress.delete(key);
      else perAddress.set(key, left);
    });
  });
  return { server, counts };
}

/** The client an address counts for: an IPv4 address, or an IPv6 /64 (what one host or site is usually given). */
export function clientKey(address: string | undefined): string {
  if (address === undefined) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/iu.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('%')[0]!.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/u, ''))
    .join(':')}::/64`;
}
