import { Global, Module } from '@nestjs/common';
import { LocalDiskStorage } from './local-disk.storage.js';
import { ObjectStorage } from './storage.js';

@Global()
@Module({ providers: [{ provide: ObjectStorage, useClass: LocalDiskStorage }], exports: [ObjectStorage] })
export class StorageModule {}
