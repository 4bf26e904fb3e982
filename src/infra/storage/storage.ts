import type { Readable } from 'node:stream';

/** Where attachment bytes live. The database keeps only the key, size, type and SHA-256. */
export abstract class ObjectStorage {
  /** Moves a finished temporary file (from `tempPath()`) into storage; returns its key. */
  abstract adopt(tempFile: string): Promise<string>;
  /** A fresh path for a temporary file on the same volume, so `adopt` is a rename. */
  abstract tempPath(): Promise<string>;
  abstract read(key: string): Readable;
  abstract delete(key: string): Promise<void>;
}
