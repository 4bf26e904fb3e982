import { createHash, createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from 'node:crypto';

/** HKDF purpose label: the record-signing key can never equal a key derived for anything else. */
const SIGNING_PURPOSE = 'qingfeng-record-signing';
/** PKCS#8 DER prefix of an Ed25519 private key; the 32-byte seed follows. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * The deployment's record-signing key (Ed25519), derived from its hash key (QF_HASH_KEY) with
 * HKDF: no new secret to manage, the same key on every API and worker process, and the
 * public half can be published for offline verification.
 */
export function recordSigningKey(hashKey: Buffer): KeyObject {
  const seed = Buffer.from(hkdfSync('sha256', hashKey, Buffer.alloc(0), SIGNING_PURPOSE, 32));
  return createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

export function publicKeyOf(privateKey: KeyObject): KeyObject {
  return createPublicKey(privateKey);
}

/** The public key as PEM (SPKI), what `npm run record:verify -- --public-key` prints. */
export function publicKeyPem(key: KeyObject): string {
  return key.export({ type: 'spki', format: 'pem' }).toString();
}

/** Short fingerprint of a public key: the first 16 hex digits of SHA-256 over its SPKI DER. */
export function keyIdOf(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}
