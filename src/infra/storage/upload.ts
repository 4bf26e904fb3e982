import { HttpStatus } from '@nestjs/common';
import { fileTypeFromBuffer } from 'file-type';
import { createHash } from 'node:crypto';
import { open, readFile, rm, writeFile, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { DomainException } from '../http/domain-exception.js';
import type { ObjectStorage } from './storage.js';
import { CLEANED_TYPES, stripMetadata } from './document-metadata.js';
import { MalformedImage } from './strip-metadata.js';

export interface UploadLimits {
  maxFileBytes: number;
  allowedTypes: readonly string[];
}

/** A file received and checked, waiting in a temporary file to be adopted into storage. */
export interface ReceivedFile {
  tempPath: string;
  sha256: Buffer;
  sizeBytes: number;
  mediaType: string;
  originalName: string | null;
}

const SNIFF_BYTES = 4100;

/** Keeps a client's file name only as a label: no path, no control characters, bounded. */
export function cleanFileName(name: string | undefined): string | null {
  if (!name) return null;
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .trim()
    .slice(0, 120);
  return cleaned || null;
}

/**
 * Streams an uploaded file to a temporary file while hashing it, counting its size and
 * detecting its type from its first bytes (never from its name or declared type).
 * Throws 413 past the size limit and 415 for a type not allowed; leaves nothing behind.
 */
export async function receiveUpload(
  stream: Readable,
  declaredName: string | undefined,
  storage: ObjectStorage,
  limits: UploadLimits,
): Promise<ReceivedFile> {
  const tempPath = await storage.tempPath();
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headBytes = 0;
  let size = 0;
  // A file handle, not a write stream: every write is awaited, so a failed write is an exception
  // here and nothing is still being written when a refused upload closes the file. (Destroying a
  // write stream with a write in flight emits ERR_STREAM_DESTROYED later, as an 'error' event.)
  let out: FileHandle | undefined;
  const name = cleanFileName(declaredName);
  try {
    out = await open(tempPath, 'wx');
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limits.maxFileBytes) {
        throw new DomainException(
          HttpStatus.PAYLOAD_TOO_LARGE,
          'FILE_TOO_LARGE',
          `附件“${name ?? '未命名'}”超过 ${Math.floor(limits.maxFileBytes / 1048576)} MB 的上限`,
        );
      }
      hash.update(chunk);
      if (headBytes < SNIFF_BYTES) {
        head.push(chunk);
        headBytes += chunk.length;
      }
      for (let at = 0; at < chunk.length;) at += (await out.write(chunk, at)).bytesWritten;
    }
    // A stream truncated by the multipart size limit ends early instead of throwing.
    if ((stream as { truncated?: boolean }).truncated) {
      throw new DomainException(
        HttpStatus.PAYLOAD_TOO_LARGE,
        'FILE_TOO_LARGE',
        `附件“${name ?? '未命名'}”超过 ${Math.floor(limits.maxFileBytes / 1048576)} MB 的上限`,
      );
    }
    await out.close();
    out = undefined;
    if (size === 0) throw new DomainException(HttpStatus.BAD_REQUEST, 'EMPTY_FILE', `附件“${name ?? '未命名'}”是空文件`);
    const detected = await fileTypeFromBuffer(Buffer.concat(head).subarray(0, SNIFF_BYTES));
    if (!detected || !limits.allowedTypes.includes(detected.mime)) {
      throw new DomainException(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        'FILE_TYPE_NOT_ALLOWED',
        `附件“${name ?? '未命名'}”的实际格式${detected ? `（${detected.mime}）` : ''}不在允许范围内：请上传图片、PDF、Office 文档或录音`,
      );
    }
    if (CLEANED_TYPES.has(detected.mime)) return { ...(await stripStoredFile(tempPath, detected.mime, name)), originalName: name };
    return { tempPath, sha256: hash.digest(), sizeBytes: size, mediaType: detected.mime, originalName: name };
  } catch (error) {
    await out?.close().catch(() => undefined);
    stream.resume(); // drain the rest so the request can finish and the error be answered
    await rm(tempPath, { force: true });
    throw error;
  }
}

/**
 * Rewrites an uploaded file without its metadata (GPS position, camera, author, company,
 * tags), before it is stored: the stored file, its size and its SHA-256 are those of the
 * clean file (document-metadata.ts).
 */
async function stripStoredFile(tempPath: string, mediaType: string, name: string | null): Promise<Omit<ReceivedFile, 'originalName'>> {
  let clean: Buffer;
  try {
    clean = await stripMetadata(mediaType, await readFile(tempPath));
  } catch (error) {
    if (!(error instanceof MalformedImage)) throw error;
    throw new DomainException(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      'IMAGE_MALFORMED',
      `附件“${name ?? '未命名'}”已损坏或格式异常，无法接收，请重新导出后上传`,
    );
  }
  await writeFile(tempPath, clean);
  return { tempPath, sha256: createHash('sha256').update(clean).digest(), sizeBytes: clean.length, mediaType };
}

export async function discardUploads(files: ReceivedFile[]): Promise<void> {
  await Promise.all(files.map((f) => rm(f.tempPath, { force: true })));
}
