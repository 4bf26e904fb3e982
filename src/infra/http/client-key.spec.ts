import { describe, expect, it } from '@jest/globals';
import { clientKey } from './client-key.js';

describe('per-client key', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['2001:db8:85a3:12:0:8a2e:370:7334', '2001:db8:85a3:12::/64'],
    ['2001:db8:85a3:12:ffff:ffff:ffff:ffff', '2001:db8:85a3:12::/64'], // same /64: same client
    ['2001:db8:85a3:13::1', '2001:db8:85a3:13::/64'], // next /64: another client
    ['2001:DB8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['::ffff:198.51.100.4', '198.51.100.4'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['not-an-address', 'not-an-address'],
  ])('%s → %s', (address, key) => {
    expect(clientKey(address)).toBe(key);
  });
});
