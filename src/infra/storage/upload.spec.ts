import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ObjectStorage } from './storage.js';
import { receiveUpload } from './upload.js';

const dir = mkdtempSync(join(tmpdir(), 'qf-upload-spec-'));
let seq = 0;
const storage = { tempPath: async () => join(dir, `t${++seq}`) } as unknown as ObjectStorage;
const limits = { maxFileBytes: 1024 * 1024, allowedTypes: ['application/pdf'] };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * An upload cut short the way @fastify/multipart cuts a file over its size limit: small
 * chunks, then the stream fails right after one of them, while that chunk's write to the
 * temporary file is still in flight.
 */
function failingUpload(error: Error): Readable {
  let sent = 0;
  return new Readable({
    read() {
      sent += 1;
      if (sent <= 4) this.push(Buffer.alloc(8 * 1024, sent));
      else if (sent === 5)
        setTimeout(() => this.push(Buffer.alloc(8 * 1024, sent)), 5); // the file is open by now
      else setImmediate(() => this.destroy(error));
    },
  });
}

describe('receiveUpload', () => {
  it('refuses a failing upload with its error, leaves no file, and nothing goes uncaught', async () => {
    for (let i = 0; i < 30; i += 1) {
      const error = new Error('request file too large');
      await expect(receiveUpload(failingUpload(error), 'big.pdf', storage, limits)).rejects.toBe(error);
      await sleep(5); // an error emitted late by the temporary file's stream would fail the suite here
      expect(readdirSync(dir)).toEqual([]);
    }
  });
});
