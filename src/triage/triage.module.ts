import { Module } from '@nestjs/common';
import { TriageReportJob } from './triage-report.job.js';

@Module({ providers: [TriageReportJob] })
export class TriageModule {}
