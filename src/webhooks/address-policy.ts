import { lookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/** Which receivers may be reached besides public addresses (SSRF guard). */
export interface AddressPolicy {
  /** Host names or addresses (as written in the URL) whose private or loopback addresses are allowed. */
  allowHosts: readonly string[];
  /** Allow every private, loopback and link-local address. */
  allowPrivate: boolean;
}

export const DEFAULT_ADDRESS_POLICY: AddressPolicy = { allowHosts: [], allowPrivate: false };

// Loopback, private (RFC 1918, CGNAT), link-local, unspecified, ULA and multicast ranges.
const refused = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  refused.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  refused.addSubnet(net, bits, 'ipv6');

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** Strips the brackets of an IPv6 literal host (`[::1]`). */
export const bareHost = (hostname: string) => hostname.replace(/^\[(.*)\]$/u, '$1');

/** True for a private, loopback, link-local, unspecified or ULA address (IPv4-mapped IPv6 read as IPv4). */
export function isRefusedAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/iu.exec(address);
  if (mapped) return refused.check(mapped[1]!, 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return refused.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export const isLoopbackHost = (hostname: string) => {
  const host = bareHost(hostname);
  if (host === 'localhost') return true;
  const family = isIP(host);
  return family !== 0 && LOOPBACK.check(host, family === 4 ? 'ipv4' : 'ipv6');
};

const allowed = (policy: AddressPolicy, hostname: string) =>
  policy.allowPrivate || policy.allowHosts.includes(bareHost(hostname).toLowerCase());

/** Why the URL may not receive webhooks (scheme, host), or undefined. Addresses are checked again at connection. */
export function urlProblem(url: URL): string | undefined {
  if (url.username !== '' || url.password !== '') return 'the URL must not carry credentials';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return undefined;
  return 'the URL must use https (plain http only to a loopback address)';
}

/** The refusal of an address the URL's host resolved to, or undefined when it may be reached. */
export function addressProblem(policy: AddressPolicy, hostname: string, address: string): string | undefined {
  if (!isRefusedAddress(address) || allowed(policy, hostname)) return undefined;
  const host = bareHost(hostname);
  return `refused: ${host} resolves to the private or loopback address ${address} (see WEBHOOK_ALLOW_HOSTS)`;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for http.request that refuses, before connecting, a host resolving to a refused address. */
export function guardedLookup(policy: AddressPolicy) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      for (const { address } of addresses) {
        const problem = addressProblem(policy, hostname, address);
        if (problem) return callback(Object.assign(new Error(problem), { code: 'EWEBHOOKREFUSED' }), []);
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}
