import { Global, Module } from '@nestjs/common';
import { CryptoService } from './crypto.service.js';
import { DataKeysRepository } from './data-keys.repository.js';

@Global()
@Module({ providers: [DataKeysRepository, CryptoService], exports: [CryptoService] })
export class CryptoModule {}
