import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM envelope encryption. Data is encrypted under a data key; data keys are
 * stored wrapped (encrypted) under a master key that lives only in the environment.
 * Rotating the master key re-wraps the data keys; the data itself is not touched.
 *
 * Sealed value layout: version(1) | dataKeyId(4, BE) | iv(12) | tag(16) | ciphertext.
 * The data key id and version are bound into the GCM tag as associated data, so a
 * ciphertext cannot be moved under another key unnoticed.
 */
const VERSION = 1;
const HEADER = 1 + 4;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function aesGcmEncrypt(key: Buffer, plaintext: Buffer, aad: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function aesGcmDecrypt(key: Buffer, sealed: Buffer, aad: Buffer): Buffer {
  const iv = sealed.subarray(0, IV_BYTES);
  const tag = sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}

function header(dataKeyId: number): Buffer {
  const h = Buffer.alloc(HEADER);
  h.writeUInt8(VERSION, 0);
  h.writeUInt32BE(dataKeyId, 1);
  return h;
}

export function seal(dataKeyId: number, dataKey: Buffer, plaintext: Buffer): Buffer {
  const h = header(dataKeyId);
  return Buffer.concat([h, aesGcmEncrypt(dataKey, plaintext, h)]);
}

export function sealedKeyId(sealed: Buffer): number {
  if (sealed.length < HEADER + IV_BYTES + TAG_BYTES || sealed.readUInt8(0) !== VERSION) {
    throw new Error('not a sealed value of a known version');
  }
  return sealed.readUInt32BE(1);
}

export function open(dataKey: Buffer, sealed: Buffer): Buffer {
  return aesGcmDecrypt(dataKey, sealed.subarray(HEADER), sealed.subarray(0, HEADER));
}

/** A data key wrapped under a master key; the master key id is bound as associated data. */
export function wrapKey(masterKeyId: string, masterKey: Buffer, dataKey: Buffer): Buffer {
  return aesGcmEncrypt(masterKey, dataKey, Buffer.from(`qf-dk:${masterKeyId}`));
}

export function unwrapKey(masterKeyId: string, masterKey: Buffer, wrapped: Buffer): Buffer {
  return aesGcmDecrypt(masterKey, wrapped, Buffer.from(`qf-dk:${masterKeyId}`));
}
