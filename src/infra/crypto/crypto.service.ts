import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { DataKeysRepository } from './data-keys.repository.js';
import { open, seal, sealedKeyId, unwrapKey, wrapKey } from './envelope.js';
import { KeyedHasher, type HashPurpose } from './keyed-hash.js';

/**
 * Encrypts sensitive fields at rest (envelope encryption, see envelope.ts) and computes
 * keyed hashes. Unwrapped data keys are cached in memory for the life of the process.
 */
@Injectable()
export class CryptoService {
  private readonly hasher: KeyedHasher;
  private readonly dataKeys = new Map<number, Buffer>();
  private active: Promise<{ id: number; key: Buffer }> | null = null;

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: DataKeysRepository,
  ) {
    this.hasher = new KeyedHasher(config.hashKey);
  }

  hash(purpose: HashPurpose, value: string): Buffer {
    return this.hasher.hash(purpose, value);
  }

  async encrypt(plaintext: string): Promise<Buffer> {
    const { id, key } = await this.activeDataKey();
    return seal(id, key, Buffer.from(plaintext, 'utf8'));
  }

  async decrypt(sealed: Buffer): Promise<string> {
    const key = await this.dataKey(sealedKeyId(sealed));
    return open(key, sealed).toString('utf8');
  }

  async encryptJson(value: unknown): Promise<Buffer> {
    return this.encrypt(JSON.stringify(value));
  }

  async decryptJson<T>(sealed: Buffer): Promise<T> {
    return JSON.parse(await this.decrypt(sealed)) as T;
  }

  private activeDataKey(): Promise<{ id: number; key: Buffer }> {
    this.active ??= this.loadOrCreateActiveKey().catch((error: unknown) => {
      this.active = null; // retry on the next call (e.g. the database was briefly away)
      throw error;
    });
    return this.active;
  }

  private async loadOrCreateActiveKey(): Promise<{ id: number; key: Buffer }> {
    const masterKeyId = this.config.activeMasterKeyId;
    const masterKey = this.config.masterKeys.get(masterKeyId)!;
    // One active data key per master key; the advisory lock stops two processes creating two.
    return this.dataSource.transaction(async (manager) => {
      await this.keys.lock(manager);
      const existing = await this.keys.active(manager, masterKeyId);
      if (existing) {
        const key = unwrapKey(masterKeyId, masterKey, existing.wrappedKey);
        this.dataKeys.set(existing.id, key);
        return { id: existing.id, key };
      }
      const key = randomBytes(32);
      const id = await this.keys.insert(manager, masterKeyId, wrapKey(masterKeyId, masterKey, key));
      this.dataKeys.set(id, key);
      return { id, key };
    });
  }

  private async dataKey(id: number): Promise<Buffer> {
    const cached = this.dataKeys.get(id);
    if (cached) return cached;
    const row = await this.keys.byId(id);
    if (!row) throw new Error(`data key ${id} not found`);
    const masterKey = this.config.masterKeys.get(row.masterKeyId);
    if (!masterKey) throw new Error(`master key "${row.masterKeyId}" for data key ${id} is not configured`);
    const key = unwrapKey(row.masterKeyId, masterKey, row.wrappedKey);
    this.dataKeys.set(id, key);
    return key;
  }
}
