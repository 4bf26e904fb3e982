import { InitialSchema1764000000000 } from './1764000000000-initial-schema.js';
import { ChannelsAndNotifications1764300000000 } from './1764300000000-channels-and-notifications.js';
import { AuditLog1764400000000 } from './1764400000000-audit-log.js';
import { IdentityAccess1764400001000 } from './1764400001000-identity-access.js';
import { StaffAccountSecurity1764400002000 } from './1764400002000-staff-account-security.js';
import { Retention1764400003000 } from './1764400003000-retention.js';
import { ConflictOfInterest1764400004000 } from './1764400004000-conflict-of-interest.js';
import { CadreRecords1764100000000 } from './1764100000000-cadre-records.js';
import { VerificationRequests1764100001000 } from './1764100001000-verification-requests.js';
import { Vetting1764100002000 } from './1764100002000-vetting.js';
import { Triage1764200000000 } from './1764200000000-triage.js';
import { AgencyVerification1764500000000 } from './1764500000000-agency-verification.js';
import { PublicityProbation1764600000000 } from './1764600000000-publicity-probation.js';
import { JointMeetings1764700000000 } from './1764700000000-joint-meetings.js';
import { InboxNextDue1764810000000 } from './1764810000000-inbox-next-due.js';
import { ReportTallies1764810001000 } from './1764810001000-report-tallies.js';
import { RowTriggersForHotPaths1764830000000 } from './1764830000000-row-triggers-for-hot-paths.js';
import { CaseWorkflowGuards1765000000000 } from './1765000000000-case-workflow-guards.js';
import { StaffReminders1765000001000 } from './1765000001000-staff-reminders.js';
import { AuditAnchors1765000002000 } from './1765000002000-audit-anchors.js';
import { EnrolmentTokens1765000003000 } from './1765000003000-enrolment-tokens.js';
import { AccountResetRequests1765000004000 } from './1765000004000-account-reset-requests.js';
import { AttachmentMetadataMark1765000005000 } from './1765000005000-attachment-metadata-mark.js';
import { AuditStarted1765000006000 } from './1765000006000-audit-started.js';
import { RosterRevision1764820000000 } from './1764820000000-roster-revision.js';
import { ReportExclusions1765100000000 } from './1765100000000-report-exclusions.js';
import { CadreQuotaKeys1765200000000 } from './1765200000000-cadre-quota-keys.js';
import { TallyTimeZone1765210000000 } from './1765210000000-tally-time-zone.js';
import { ReportCaseView1765300000000 } from './1765300000000-report-case-view.js';
import { FileAudit1765400000000 } from './1765400000000-file-audit.js';
import { VettingPriorReport1765410000000 } from './1765410000000-vetting-prior-report.js';
import { AppointmentRecord1765420000000 } from './1765420000000-appointment-record.js';
import { OutboxEnqueue1765430000000 } from './1765430000000-outbox-enqueue.js';
import { TimePartitions1765440000000 } from './1765440000000-time-partitions.js';
import { DueTallies1765450000000 } from './1765450000000-due-tallies.js';
import { PostOccupancyTally1765470000000 } from './1765470000000-post-occupancy-tally.js';
import { VettingBlockingCodes1765480000000 } from './1765480000000-vetting-blocking-codes.js';
import { PendingDeadlineChecks1765490000000 } from './1765490000000-pending-deadline-checks.js';
import { SerialText1765460000000 } from './1765460000000-serial-text.js';
import { PublicityWithdrawal1765100001000 } from './1765100001000-publicity-withdrawal.js';

/** Every migration, in order. Listed explicitly: ESM has no glob loading at run time. */
export const migrations = [
  InitialSchema1764000000000,
  CadreRecords1764100000000,
  VerificationRequests1764100001000,
  Vetting1764100002000,
  Triage1764200000000,
  AuditLog1764400000000,
  IdentityAccess1764400001000,
  StaffAccountSecurity1764400002000,
  ChannelsAndNotifications1764300000000,
  Retention1764400003000,
  ConflictOfInterest1764400004000,
  AgencyVerification1764500000000,
  PublicityProbation1764600000000,
  JointMeetings1764700000000,
  InboxNextDue1764810000000,
  ReportTallies1764810001000,
  RosterRevision1764820000000,
  RowTriggersForHotPaths1764830000000,
  CaseWorkflowGuards1765000000000,
  StaffReminders1765000001000,
  AuditAnchors1765000002000,
  EnrolmentTokens1765000003000,
  AccountResetRequests1765000004000,
  AttachmentMetadataMark1765000005000,
  AuditStarted1765000006000,
  ReportExclusions1765100000000,
  PublicityWithdrawal1765100001000,
  CadreQuotaKeys1765200000000,
  TallyTimeZone1765210000000,
  ReportCaseView1765300000000,
  FileAudit1765400000000,
  VettingPriorReport1765410000000,
  AppointmentRecord1765420000000,
  OutboxEnqueue1765430000000,
  TimePartitions1765440000000,
  DueTallies1765450000000,
  SerialText1765460000000,
  PostOccupancyTally1765470000000,
  VettingBlockingCodes1765480000000,
  PendingDeadlineChecks1765490000000,
];
