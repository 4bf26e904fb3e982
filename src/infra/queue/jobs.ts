import { createHash } from 'node:crypto';

/**
 * Every background job, typed once: producers and handlers are checked against this
 * union. Payloads carry ids only; a handler loads current state and returns early when
 * the work is already done, so a retried or duplicated job is harmless.
 */
export const QUEUE_NAMES = ['triage', 'maintenance', 'vetting', 'notifications', 'channels'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export type JobItem =
  | { queue: 'triage'; name: 'triage-report'; data: { reportId: string } }
  | { queue: 'triage'; name: 'deadline-check'; data: { deadlineId: string; stage: 'REMIND' | 'ESCALATE'; dueOn?: string } }
  | { queue: 'triage'; name: 'deadline-sweep'; data: Record<string, never> }
  | { queue: 'triage'; name: 'retrain-category-model'; data: Record<string, never> }
  /** A cadre's candidacy began (run started, notice published, tip linked to a candidate): raise their open tips. */
  // Cadres that became candidates (a run's slate, a notice's candidates), raised in one job;
  // `cadreId`: a job queued before that, still read.
  | {
      queue: 'triage';
      name: 'appointment-raise';
      data: { raises: Array<{ cadreId: string; changeId: string }> } | { cadreId: string; changeId: string };
    }
  | { queue: 'maintenance'; name: 'purge-expired-idempotency'; data: Record<string, never> }
  | { queue: 'maintenance'; name: 'fold-report-tallies'; data: Record<string, never> }
  | { queue: 'vetting'; name: 'cadre-record-changed'; data: { cadreId: string; changeId: string } }
  | { queue: 'vetting'; name: 'verification-replied'; data: { requestId: string; version: number } }
  | { queue: 'vetting'; name: 'vetting-sweep'; data: Record<string, never> }
  | { queue: 'vetting'; name: 'probation-ends'; data: { probationId: string } }
  // One job for the requests of one sending (a vetting run asks hundreds at once); `requestId`:
  // a job queued before that, still read.
  | { queue: 'vetting'; name: 'verification-sent'; data: { requestIds: string[]; dueOn: string } | { requestId: string; dueOn: string } }
  | { queue: 'vetting'; name: 'verification-deadline'; data: { requestId: string; stage: 'REMIND' | 'ESCALATE'; dueOn: string } }
  | { queue: 'vetting'; name: 'verification-sweep'; data: Record<string, never> }
  | { queue: 'maintenance'; name: 'retention-purge'; data: Record<string, never> }
  | { queue: 'maintenance'; name: 'reminder-digest'; data: Record<string, never> }
  | { queue: 'maintenance'; name: 'audit-anchor'; data: Record<string, never> }
  | { queue: 'maintenance'; name: 'partition-maintenance'; data: Record<string, never> }
  | { queue: 'notifications'; name: 'send-notification'; data: { messageId: string } }
  | { queue: 'channels'; name: 'assemble-sms-parts'; data: { groupId: string } }
  | { queue: 'channels'; name: 'sweep-sms-parts'; data: Record<string, never> }
  | { queue: 'channels'; name: 'fetch-voicemail-recording'; data: { callId: string } };

export type JobName = JobItem['name'];
export type JobData<N extends JobName> = Extract<JobItem, { name: N }>['data'];

export const JOB_QUEUE: { [N in JobName]: Extract<JobItem, { name: N }>['queue'] } = {
  'triage-report': 'triage',
  'deadline-check': 'triage',
  'deadline-sweep': 'triage',
  'retrain-category-model': 'triage',
  'appointment-raise': 'triage',
  'purge-expired-idempotency': 'maintenance',
  'fold-report-tallies': 'maintenance',
  'cadre-record-changed': 'vetting',
  'verification-replied': 'vetting',
  'vetting-sweep': 'vetting',
  'probation-ends': 'vetting',
  'verification-sent': 'vetting',
  'verification-deadline': 'vetting',
  'verification-sweep': 'vetting',
  'retention-purge': 'maintenance',
  'reminder-digest': 'maintenance',
  'audit-anchor': 'maintenance',
  'partition-maintenance': 'maintenance',
  'send-notification': 'notifications',
  'assemble-sms-parts': 'channels',
  'sweep-sms-parts': 'channels',
  'fetch-voicemail-recording': 'channels',
};

/** Several ids in one job id, whatever their order: their count and a digest of them sorted. */
function digestKey(ids: readonly string[]): string {
  return `n${ids.length}-${createHash('sha256')
    .update([...ids].sort().join(','))
    .digest('hex')
    .slice(0, 32)}`;
}

/** Deterministic job ids: adding the same job twice while it exists is a no-op. */
export function jobIdOf(item: JobItem): string {
  switch (item.name) {
    case 'triage-report':
      return `report:${item.data.reportId}:triage`;
    case 'deadline-check':
      // The due date is part of the id: a deadline brought forward schedules anew; the old jobs find it done.
      return `deadline:${item.data.deadlineId}:${item.data.stage}${item.data.dueOn ? `-${item.data.dueOn}` : ''}`;
    case 'deadline-sweep':
      return 'triage:deadline-sweep';
    case 'retrain-category-model':
      return 'triage:retrain-category-model';
    case 'appointment-raise': {
      // One cadre: the id such a job always had; several: a digest of the (cadre, change) pairs.
      const raises = 'raises' in item.data ? item.data.raises : [item.data];
      if (raises.length === 1) return `appointment-raise:${raises[0]!.cadreId}:${raises[0]!.changeId}`;
      return `appointment-raise:slate:${digestKey(raises.map((r) => `${r.cadreId}/${r.changeId}`))}`; // a custom id has no colon or two
    }
    case 'purge-expired-idempotency':
      return 'maintenance:purge-idempotency';
    case 'fold-report-tallies':
      return 'maintenance:fold-report-tallies';
    case 'cadre-record-changed':
      return `cadre-changed:${item.data.cadreId}:${item.data.changeId}`; // BullMQ allows at most two colons
    case 'verification-replied':
      return `verification-reply:${item.data.requestId}:${item.data.version}`;
    case 'vetting-sweep':
      return 'vetting:sweep';
    case 'probation-ends':
      return `probation:${item.data.probationId}:ends`;
    case 'verification-sent': {
      // A new due date (extension) schedules anew; the same sending twice (the relay after a crash) is one job.
      // One request: the id such a job always had; several: a digest of them.
      const ids = 'requestIds' in item.data ? item.data.requestIds : [item.data.requestId];
      return `verification-sent:${ids.length === 1 ? ids[0] : digestKey(ids)}:${item.data.dueOn}`;
    }
    case 'verification-deadline':
      // The due date is part of the id: an extension schedules new jobs; the old ones find a different date and stop.
      return `verification-${item.data.stage.toLowerCase()}:${item.data.requestId}:${item.data.dueOn}`;
    case 'verification-sweep':
      return 'verification:sweep';
    case 'retention-purge':
      return 'maintenance:retention-purge';
    case 'reminder-digest':
      return 'maintenance:reminder-digest';
    case 'audit-anchor':
      return 'maintenance:audit-anchor';
    case 'partition-maintenance':
      return 'maintenance:partitions';
    case 'send-notification':
      return `notification:${item.data.messageId}:send`;
    case 'assemble-sms-parts':
      return `sms-parts:${item.data.groupId}:assemble`;
    case 'sweep-sms-parts':
      return 'sms:parts:sweep';
    case 'fetch-voicemail-recording':
      return `voicemail:${item.data.callId}:recording`;
  }
}
