import { Injectable } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { AppConfig } from '../config/app-config.js';
import { ObjectStorage } from './storage.js';

/** Files under QF_STORAGE_DIR, sharded by date: `2026/11/24/<uuid>`. Keys are never user input. */
@Injectable()
export class LocalDiskStorage extends ObjectStorage {
  private readonly root: string;

  constructor(config: AppConfig) {
    super();
    this.root = resolve(config.env.QF_STORAGE_DIR);
  }

  async tempPath(): Promise<string> {
    const dir = join(this.root, 'tmp');
    await mkdir(dir, { recursive: true });
    return join(dir, randomUUID());
  }

  async adopt(tempFile: string): Promise<string> {
    const day = new Date().toISOString().slice(0, 10).replaceAll('-', '/');
    const key = `${day}/${randomUUID()}`;
    await mkdir(join(this.root, day), { recursive: true });
    await rename(tempFile, this.pathOf(key));
    return key;
  }

  read(key: string): Readable {
    return createReadStream(this.pathOf(key));
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!/^\d{4}\/\d{2}\/\d{2}\/[0-9a-f-]{36}$/.test(key)) throw new Error(`invalid storage key`);
    return join(this.root, key);
  }
}
