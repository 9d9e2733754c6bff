import { describe, expect, it } from 'vitest';
import { addressProblem, DEFAULT_ADDRESS_POLICY, isRefusedAddress } from '../src/webhooks/address-policy.ts';

// Addresses that reach private, loopback or non-global IPv4 through IPv6 translation or special-purpose ranges.
const REFUSED = [
  '64:ff9b::a9fe:a9fe', // NAT64 of 169.254.169.254
  '64:ff9b::7f00:1', // NAT64 of 127.0.0.1
  '64:ff9b:1::a00:1', // local-use NAT64
  '::7f00:1', // IPv4-compatible 127.0.0.1
  '::127.0.0.1',
  '::8.8.8.8', // IPv4-compatible (deprecated) is refused outright
  '2002:a9fe:a9fe::1', // 6to4 of 169.254.169.254
  '2002:7f00:1::1',
  'fec0::1', // site-local
  '198.18.0.1', // benchmarking
  '198.19.255.255',
  '192.0.0.1', // IETF protocol assignments
  '224.0.0.1',
  '239.255.255.250',
  '240.0.0.1',
  '255.255.255.255',
  'ff02::1',
  '::ffff:10.0.0.1',
  '::ffff:198.18.0.1',
  '::ffff:a00:1', // IPv4-mapped 10.0.0.1 in hex
  '127.0.0.1',
  '::1',
  'fd00::1',
  'fe80::1',
];

const ALLOWED = [
  '8.8.8.8',
  '1.1.1.1',
  '2606:4700:4700::1111',
  '2002:808:808::1',
  '198.20.0.1',
  '192.0.1.1',
  '::ffff:8.8.8.8',
];

describe('webhook address policy', () => {
  it.each(REFUSED)('refuses %s', (address) => {
    expect(isRefusedAddress(address)).toBe(true);
    expect(addressProblem(DEFAULT_ADDRESS_POLICY, 'example.org', address)).toMatch(/^refused:/u);
  });

  it.each(ALLOWED)('allows the global address %s', (address) => {
    expect(isRefusedAddress(address)).toBe(false);
  });

  it('allows a refused address for a host listed in WEBHOOK_ALLOW_HOSTS', () => {
    const policy = { allowHosts: ['hooks.internal'], allowPrivate: false };
    expect(addressProblem(policy, 'hooks.internal', '64:ff9b::7f00:1')).toBeUndefined();
  });
});
