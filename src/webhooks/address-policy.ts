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

// Loopback, private (RFC 1918, CGNAT), link-local, unspecified, special-purpose, benchmarking, ULA, site-local,
// multicast and reserved ranges; NAT64 and IPv4-compatible prefixes are refused outright (they can embed any IPv4).
const refused = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  refused.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 96],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const)
  refused.addSubnet(net, bits, 'ipv6');

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** Strips the brackets of an IPv6 literal host (`[::1]`). */
export const bareHost = (hostname: string) => hostname.replace(/^\[(.*)\]$/u, '$1');

/** The eight 16-bit groups of a valid IPv6 address (a dotted IPv4 tail counts as two). */
function ipv6Groups(address: string): number[] {
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/u.exec(address);
  const hex = (high: string, low: string) => ((+high << 8) | +low).toString(16);
  const text = dotted
    ? `${address.slice(0, dotted.index)}${hex(dotted[1]!, dotted[2]!)}:${hex(dotted[3]!, dotted[4]!)}`
    : address;
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (part: string | undefined) => (part ? part.split(':').map((group) => Number.parseInt(group, 16)) : []);
  const front = parse(head);
  const back = parse(tail);
  return tail === undefined ? front : [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}

/**
 * True for an address that is not globally reachable: the ranges above, an IPv4-mapped address whose IPv4 is refused,
 * or a 6to4 address (2002::/16) whose embedded IPv4 is refused. node:net has no parser exposing the embedded IPv4.
 */
export function isRefusedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 4) return refused.check(address, 'ipv4');
  if (refused.check(address, 'ipv6')) return true;
  const groups = ipv6Groups(address.toLowerCase());
  const isMapped = groups.slice(0, 6).join(':') === '0:0:0:0:0:65535';
  const isSixToFour = groups[0] === 0x2002;
  if (!isMapped && !isSixToFour) return false;
  const [high, low] = isMapped ? [groups[6]!, groups[7]!] : [groups[1]!, groups[2]!];
  return refused.check(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`, 'ipv4');
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
