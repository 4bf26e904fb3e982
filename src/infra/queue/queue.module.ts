import { Global, Module } from '@nestjs/common';
import { OutboxService } from './outbox.service.js';
import { QueueService } from './queue.service.js';

@Global()
@Module({
  providers: [QueueService, OutboxService],
  exports: [QueueService, OutboxService],
})
export class QueueModule {}
