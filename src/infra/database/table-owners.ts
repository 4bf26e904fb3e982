/**
 * Which module owns which tables. Only the owner's repository — its `*.repository.ts`, the
 * `*.sql` queries beside it and its `*.entity.ts` — names them; other modules call the
 * owner's services. `table-ownership.spec.ts` checks every table of the migrations against
 * this map and the source. The key is the module's folder under `src/`.
 */
export const TABLE_OWNERS = {
  audit: ['audit_anchor', 'audit_log'],
  auth: ['account_reset_request', 'cadre_relation', 'staff_session', 'staff_user'],
  cadres: [
    'cadre',
    'cadre_finding',
    'cadre_post',
    'cadre_report_link',
    'file_determination',
    'file_doubt',
    'file_entry',
    'personal_matters_draw',
    'personal_matters_report',
    'post_quota',
    'roster_import',
    'roster_revision',
    'sanction',
    'unit',
    'unit_name',
    'unit_post_tally',
    'unit_post_tally_delta',
  ],
  identity: ['identity_access_request'],
  infra: ['data_key', 'outbox'],
  intake: ['hotline_call', 'sms_conversation', 'sms_inbound', 'sms_part', 'sms_part_group'],
  maintenance: ['retention_purge'],
  meetings: ['joint_meeting', 'joint_meeting_attendance', 'joint_meeting_item', 'joint_meeting_opinion'],
  notifications: ['outbound_message', 'sms_opt_out'],
  reminders: ['reminder_digest'],
  reports: ['attachment', 'idempotency_record', 'report', 'report_event', 'report_message'],
  statistics: [
    'report_closed_tally',
    'report_due_tally_delta',
    'report_next_due_tally',
    'report_open_deadline_tally',
    'report_received_tally',
    'report_tally_delta',
    'report_tally_zone',
  ],
  triage: [
    'category_example',
    'category_model',
    'report_deadline',
    'report_minhash_band',
    'report_note',
    'report_repeat',
    'report_subject',
    'report_subject_cadre',
    'report_triage',
  ],
  verification: ['agency', 'verification_attachment', 'verification_press', 'verification_reply', 'verification_request'],
  vetting: [
    'appointment_step',
    'probation',
    'publicity_candidate',
    'publicity_notice',
    'publicity_report_check',
    'publicity_report_link',
    'vetting_candidate',
    'vetting_prior_report',
    'vetting_run',
    'vetting_step',
  ],
} as const satisfies Record<string, readonly string[]>;

/**
 * Read-only views a module publishes for other modules' queries (a hot path that must join
 * across modules in one statement, such as the inbox page). The owner creates a view in a
 * migration with the columns it promises and keeps it working when its tables change; any
 * module's repository may read it; only the owner's may write through it (nobody does).
 * `table-ownership.spec.ts` checks every view the migrations create against this map.
 */
export const PUBLISHED_VIEWS = {
  cadres: ['cadre_name_view'],
  reports: ['report_case_view'],
} as const satisfies Partial<Record<keyof typeof TABLE_OWNERS, readonly string[]>>;
