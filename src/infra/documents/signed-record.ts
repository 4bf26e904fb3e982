import { Injectable } from '@nestjs/common';
import type { KeyObject } from 'node:crypto';
import { AppConfig } from '../config/app-config.js';
import { keyIdOf, publicKeyOf, recordSigningKey } from './record-keys.js';

/** One block of a record: a heading and a two-column table (项目 | 内容). */
export interface RecordSection {
  heading: string;
  rows: Array<{ label: string; value: string }>;
}

/** What a signed record says; embedded, signed, in both the DOCX and the PDF. */
export interface RecordContent {
  kind: 'APPOINTMENT_RECORD';
  /** e.g. 干部选拔任用全程记实表 */
  title: string;
  /** uuid of what the record is about */
  recordId: string;
  sections: RecordSection[];
  /** The audit chain's head (hash in hex) when exported. */
  chainHead: { seq: number; hash: string };
  /** ISO instant; also the fixed date inside the files' metadata. */
  issuedAt: string;
  /** Put in the QR code with recordId and the content digest. */
  verifyUrl: string | null;
}

export type RecordVerdict =
  | { ok: true; format: 'DOCX' | 'PDF'; content: RecordContent; keyId: string }
  | { ok: false; format: 'DOCX' | 'PDF' | 'UNKNOWN'; reason: string /* Chinese, names the first difference */ };

/**
 * Signed, verifiable record documents (DOCX and PDF). The signing key is derived from the
 * deployment's hash key; `publicKey()` is what a third party needs to verify a file offline.
 */
@Injectable()
export class SignedRecords {
  private readonly privateKey: KeyObject;
  private readonly verifyKey: KeyObject;

  constructor(private readonly config: AppConfig) {
    this.privateKey = recordSigningKey(config.hashKey);
    this.verifyKey = publicKeyOf(this.privateKey);
  }

  docx(content: RecordContent): Promise<Buffer> {
    void content;
    return Promise.reject(new Error('SignedRecords.docx: rendering lands in the next commit'));
  }

  pdf(content: RecordContent): Promise<Buffer> {
    void content;
    return Promise.reject(new Error('SignedRecords.pdf: rendering lands in the next commit'));
  }

  publicKey(): KeyObject {
    return this.verifyKey;
  }

  /** Short fingerprint of the public key, printed on every record. */
  keyId(): string {
    return keyIdOf(this.verifyKey);
  }
}

/** Offline check of a downloaded record: genuine (signed by this key) and unaltered. */
export function verifyRecordFile(file: Buffer, publicKey: KeyObject): RecordVerdict {
  void file;
  void publicKey;
  return { ok: false, format: 'UNKNOWN', reason: '核验尚未实现' };
}
