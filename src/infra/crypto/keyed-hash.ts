import { createHmac } from 'node:crypto';

/**
 * Keyed hashes (HMAC-SHA256) let us find a receipt code or recognise a repeat phone
 * number without storing either: without the key, the hash is useless to an attacker
 * who has the database. Each purpose gets its own derived key, so hashes of one kind
 * can never be matched against another.
 */
export type HashPurpose = 'receipt-code' | 'phone' | 'client' | 'idempotency-key' | 'session-token' | 'enrolment-token';

export class KeyedHasher {
  private readonly keys = new Map<HashPurpose, Buffer>();

  constructor(private readonly rootKey: Buffer) {}

  private keyFor(purpose: HashPurpose): Buffer {
    let key = this.keys.get(purpose);
    if (!key) {
      key = createHmac('sha256', this.rootKey).update(`qingfeng:${purpose}`).digest();
      this.keys.set(purpose, key);
    }
    return key;
  }

  hash(purpose: HashPurpose, value: string): Buffer {
    return createHmac('sha256', this.keyFor(purpose)).update(value, 'utf8').digest();
  }
}

/** Phone numbers are hashed in one canonical form, so +86 138… and 138… match. */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/[\s\-()（）]/g, '');
  return digits.replace(/^(\+?86|0086)(?=1\d{10}$)/, '');
}
