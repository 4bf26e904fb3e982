import { HttpStatus } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { DomainException } from '../infra/http/domain-exception.js';
import { readMultipart, type MultipartLimits } from '../infra/http/multipart.js';
import { parseWith } from '../infra/http/zod-validation.pipe.js';
import type { ObjectStorage } from '../infra/storage/storage.js';
import { discardUploads, type ReceivedFile } from '../infra/storage/upload.js';

/**
 * One JSON document, sent either as the JSON body or, when files come with it, as the
 * `json` field of a multipart request whose file parts are the attachments.
 * Validation errors remove any files already received.
 */
export async function readJsonWithFiles<S extends z.ZodType>(
  request: FastifyRequest,
  schema: S,
  storage: ObjectStorage,
  limits: MultipartLimits,
): Promise<{ value: z.infer<S>; files: ReceivedFile[] }> {
  if (!request.isMultipart()) {
    if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
      throw new DomainException(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        'UNSUPPORTED_MEDIA_TYPE',
        '不支持的内容类型：请以 application/json 提交，带附件时以 multipart/form-data 提交',
      );
    }
    return { value: parseWith(schema, request.body ?? {}), files: [] };
  }
  const { fields, files } = await readMultipart(request, storage, limits);
  try {
    const raw = fields['json'];
    if (!raw || raw.length !== 1) {
      throw new DomainException(
        HttpStatus.BAD_REQUEST,
        'JSON_FIELD_REQUIRED',
        'multipart 请求须包含且仅包含一个名为 json 的字段（内容为 JSON）',
      );
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw[0]!);
    } catch {
      throw new DomainException(HttpStatus.BAD_REQUEST, 'INVALID_JSON', 'json 字段不是合法的 JSON');
    }
    return { value: parseWith(schema, parsed), files };
  } catch (error) {
    await discardUploads(files);
    throw error;
  }
}
