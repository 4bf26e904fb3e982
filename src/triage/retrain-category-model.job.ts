import { Injectable } from '@nestjs/common';
import { JobHandler, type HandlesJob } from '../infra/queue/job-handler.js';
import { CategoryModelService } from './category-model.service.js';

/** Scheduled: retrains the learned category model from staff confirmations and corrections. */
@Injectable()
@JobHandler('retrain-category-model')
export class RetrainCategoryModelJob implements HandlesJob<'retrain-category-model'> {
  constructor(private readonly models: CategoryModelService) {}

  async handle(): Promise<void> {
    await this.models.retrain();
  }
}
