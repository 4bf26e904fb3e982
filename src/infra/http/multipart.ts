import { HttpStatus } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainException } from './domain-exception.js';
import { assertCleanFields } from './input-boundary.js';
import type { ObjectStorage } from '../storage/storage.js';
import { discardUploads, receiveUpload, type ReceivedFile } from '../storage/upload.js';

export interface MultipartLimits {
  maxFiles: number;
  maxFileBytes: number;
  maxTotalBytes: number;
  allowedTypes: readonly string[];
}

export interface MultipartContent {
  fields: Record<string, string[]>;
  files: ReceivedFile[];
}

/**
 * Reads a multipart request: text fields into memory, each file checked and streamed to
 * a temporary file. On any error every temporary file is removed before the error goes
 * up, so a refused request leaves nothing behind.
 */
export async function readMultipart(request: FastifyRequest, storage: ObjectStorage, limits: MultipartLimits): Promise<MultipartContent> {
  const fields: Record<string, string[]> = {};
  const files: ReceivedFile[] = [];
  let total = 0;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        (fields[part.fieldname] ??= []).push(String(part.value));
        continue;
      }
      // A browser sends an empty part for a file input left empty.
      if (!part.filename) {
        part.file.resume();
        continue;
      }
      if (files.length >= limits.maxFiles) {
        part.file.resume();
        throw new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, 'TOO_MANY_FILES', `附件最多 ${limits.maxFiles} 个`);
      }
      const file = await receiveUpload(part.file, part.filename, storage, limits);
      files.push(file);
      total += file.sizeBytes;
      if (total > limits.maxTotalBytes) {
        throw new DomainException(
          HttpStatus.PAYLOAD_TOO_LARGE,
          'ATTACHMENTS_TOO_LARGE',
          `附件合计超过 ${Math.floor(limits.maxTotalBytes / 1048576)} MB 的上限`,
        );
      }
    }
    assertCleanFields(fields);
  } catch (error) {
    await discardUploads(files);
    throw error;
  }
  return { fields, files };
}
