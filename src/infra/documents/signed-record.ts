import { Injectable } from '@nestjs/common';
import type { KeyObject } from 'node:crypto';
import { AppConfig } from '../config/app-config.js';
import { docxFile, renderDocx } from './record-docx.js';
import { keyIdOf, publicKeyOf, publicKeyPem, recordSigningKey } from './record-keys.js';
import { pdfFile, renderPdf } from './record-pdf.js';
import { manifestOf, verifySealed, type RecordManifest } from './record-seal.js';

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

  private readonly time: Intl.DateTimeFormat;

  constructor(private readonly config: AppConfig) {
    this.privateKey = recordSigningKey(config.hashKey);
    this.verifyKey = publicKeyOf(this.privateKey);
    this.time = new Intl.DateTimeFormat('zh-CN', { timeZone: config.timeZone, dateStyle: 'long', timeStyle: 'medium' });
  }

  docx(content: RecordContent): Promise<Buffer> {
    return renderDocx(this.manifest(content), this.privateKey);
  }

  /** Throws DOCUMENT_FONT_MISSING (503) when the CJK font (documents.cjkFontPath) is not installed. */
  pdf(content: RecordContent): Promise<Buffer> {
    const { cjkFontPath, cjkFontName } = this.config.settings.documents;
    return renderPdf(this.manifest(content), this.privateKey, { path: cjkFontPath, name: cjkFontName });
  }

  publicKey(): KeyObject {
    return this.verifyKey;
  }

  /** The public key as PEM (SPKI), to publish or to show on a page. */
  publicKeyPem(): string {
    return publicKeyPem(this.verifyKey);
  }

  /** Short fingerprint of the public key, printed on every record. */
  keyId(): string {
    return keyIdOf(this.verifyKey);
  }

  private manifest(content: RecordContent): RecordManifest {
    const issuedAt = new Date(content.issuedAt);
    if (Number.isNaN(issuedAt.getTime())) throw new Error(`record ${content.recordId}: issuedAt is not an ISO instant`);
    return manifestOf(content, `${this.time.format(issuedAt)}（${this.config.timeZone}）`, this.verifyKey);
  }
}

/** Offline check of a downloaded record: genuine (signed by this key) and unaltered. */
export function verifyRecordFile(file: Buffer, publicKey: KeyObject): RecordVerdict {
  if (file.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return verifySealed(file, publicKey, docxFile(file));
  if (file.subarray(0, 5).toString('latin1') === '%PDF-') return verifySealed(file, publicKey, pdfFile(file));
  return { ok: false, format: 'UNKNOWN', reason: '文件既不是 DOCX 也不是 PDF：不是本系统签发的记录，或文件开头已被改动' };
}
