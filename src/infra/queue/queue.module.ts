import { Global, Module } from '@nestjs/common';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxService } from './outbox.service.js';
import { QueueService } from './queue.service.js';

@Global()
@Module({
  providers: [QueueService, OutboxRepository, OutboxService],
  exports: [QueueService, OutboxService],
})
export class QueueModule {}
