import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { open, seal, sealedKeyId, unwrapKey, wrapKey } from './envelope.js';
import { KeyedHasher, normalizePhone } from './keyed-hash.js';

describe('envelope encryption', () => {
  const dataKey = randomBytes(32);

  it('round-trips and hides the plaintext', () => {
    const plaintext = Buffer.from('{"name":"张三","phone":"13800000000"}');
    const sealed = seal(7, dataKey, plaintext);
    expect(sealed.includes(plaintext)).toBe(false);
    expect(sealed.includes(Buffer.from('13800000000'))).toBe(false);
    expect(sealedKeyId(sealed)).toBe(7);
    expect(open(dataKey, sealed).equals(plaintext)).toBe(true);
  });

  it('detects tampering with the body or the key id', () => {
    const sealed = seal(7, dataKey, Buffer.from('secret'));
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 1]! ^= 1;
    expect(() => open(dataKey, flipped)).toThrow();
    const movedKey = Buffer.from(sealed);
    movedKey.writeUInt32BE(8, 1);
    expect(() => open(dataKey, movedKey)).toThrow();
  });

  it('wraps data keys under a master key bound to its id', () => {
    const master = randomBytes(32);
    const wrapped = wrapKey('m1', master, dataKey);
    expect(unwrapKey('m1', master, wrapped).equals(dataKey)).toBe(true);
    expect(() => unwrapKey('m2', master, wrapped)).toThrow();
    expect(() => unwrapKey('m1', randomBytes(32), wrapped)).toThrow();
  });
});

describe('keyed hashes', () => {
  it('separates purposes and keys', () => {
    const a = new KeyedHasher(randomBytes(32));
    const b = new KeyedHasher(randomBytes(32));
    expect(a.hash('phone', '13800000000').equals(a.hash('phone', '13800000000'))).toBe(true);
    expect(a.hash('phone', '13800000000').equals(a.hash('receipt-code', '13800000000'))).toBe(false);
    expect(a.hash('phone', '13800000000').equals(b.hash('phone', '13800000000'))).toBe(false);
  });

  it.each([
    ['+86 138-0000-0000', '13800000000'],
    ['008613800000000', '13800000000'],
    ['13800000000', '13800000000'],
    ['(010) 6666 1234', '01066661234'],
  ])('normalizes %s to %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });
});
