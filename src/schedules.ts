import type { Settings } from './infra/config/settings.schema.js';
import type { JobData, JobName } from './infra/queue/jobs.js';
import type { TriageConfig } from './triage/triage-config.js';

/**
 * Every repeatable job, in one table: which job, how often, which process, what it does.
 * The worker registers each at boot (ScheduleRegistrar; a BullMQ job scheduler per name, one
 * across all workers); nothing else registers a schedule, and the api never does.
 *
 * A job whose payload is empty (`data: Record<string, never>` in jobs.ts) can only be a
 * scheduled sweep, so the table is keyed by exactly those jobs: adding one to jobs.ts
 * without a line here (or a line for a job that carries data) does not compile, and
 * schedules.spec.ts checks the same against the source and the handlers.
 */
export type RepeatingJobName = { [N in JobName]: JobData<N> extends Record<string, never> ? N : never }[JobName];

/** What an interval may depend on: the validated settings (config/default.yaml, triage.yaml). */
export interface ScheduleSettings {
  settings: Settings;
  triage: TriageConfig;
}

export interface Schedule {
  /** Milliseconds between runs. */
  every: (s: ScheduleSettings) => number;
  /** Schedules are registered and run by the worker only (see docs/DEVELOPING.md, "API and worker"). */
  process: 'worker';
  /** What one run does. */
  does: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const SCHEDULES: { readonly [N in RepeatingJobName]: Schedule } = {
  'deadline-sweep': {
    every: () => HOUR,
    process: 'worker',
    does: 'sends every case-deadline reminder and escalation that is due (the only way they are sent: no job per deadline)',
  },
  'retrain-category-model': {
    every: (s) => s.triage.model.retrainEveryMinutes * MINUTE,
    process: 'worker',
    does: 'retrains the learned category model from staff confirmations and corrections (triage.yaml model.retrainEveryMinutes)',
  },
  'purge-expired-idempotency': {
    every: () => HOUR,
    process: 'worker',
    does: 'drops idempotency records whose retry window (intake.idempotencyHours) has passed',
  },
  'fold-report-tallies': {
    every: () => MINUTE,
    process: 'worker',
    does: 'folds the +1/-1 lines of report changes into the dashboard tallies, so a figure sums at most a minute of lines',
  },
  'vetting-sweep': {
    every: (s) => s.settings.vetting.sweepSeconds * 1000,
    process: 'worker',
    does: 'links tips received during publicity to their candidates; reminds of probation ends whose delayed job was lost',
  },
  'verification-sweep': {
    every: (s) => s.settings.verification.sweepMinutes * MINUTE,
    process: 'worker',
    does: 'sends member-agency request reminders and overdue escalations that are due but were not sent',
  },
  'retention-purge': {
    every: (s) => s.settings.retention.sweepHours * HOUR,
    process: 'worker',
    does: 'purges reporter identity and attachments of cases closed longer than retention.closedCaseYears',
  },
  'reminder-digest': {
    every: () => HOUR,
    process: 'worker',
    does: "queues each staff member's daily to-do digest once, from notifications.digestHour on a working day",
  },
  'audit-anchor': {
    every: () => 24 * HOUR,
    process: 'worker',
    does: "signs and keeps the audit chain's head (audit_anchor), so rows cut from its end are found",
  },
  'partition-maintenance': {
    every: (s) => s.settings.partitions.sweepHours * HOUR,
    process: 'worker',
    does: 'creates the monthly partitions of report_event, audit_log and outbox ahead (partitions.monthsAhead); drops outbox months older than partitions.outboxKeepMonths once all their jobs were dispatched',
  },
  'sweep-sms-parts': {
    every: (s) => s.settings.sms.partsSweepSeconds * 1000,
    process: 'worker',
    does: 'makes the tip of every long SMS whose missing parts were awaited long enough (sms.partsWaitSeconds)',
  },
};
