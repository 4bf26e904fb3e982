import { Global, Module } from '@nestjs/common';
import { AppConfig, loadAppConfig } from './app-config.js';

/** Makes the validated configuration injectable everywhere as `AppConfig`. */
@Global()
@Module({
  providers: [{ provide: AppConfig, useFactory: () => loadAppConfig() }],
  exports: [AppConfig],
})
export class ConfigModule {}
