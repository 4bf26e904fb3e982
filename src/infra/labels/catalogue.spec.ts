import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROLES } from '../../auth/roles.js';
import { SANCTION_KIND_CODES } from '../../cadres/rules/influence.js';
import { DOUBT_RULES, EDUCATION_LEVELS, FACT_KINDS, SOURCE_KINDS } from '../../cadres/file-audit/file-rules.js';
import { RELATION_KINDS } from '../../auth/conflict/cadre-relations.service.js';
import { CHANNELS, REPORT_STATUSES } from '../../reports/report-status.js';
import { DISPOSITION_KINDS, FINDING_OUTCOMES } from '../../reports/workflow/case-transitions.js';
import * as statistics from '../../statistics/statistics.service.js';
import { DISPOSITIONS, FINDINGS } from '../../triage/inbox/dto/actions.dto.js';
import { REPLY_RESULTS } from '../../verification/dto/verification.dto.js';
import { requestState, type RequestState } from '../../verification/request-state.js';
import { PRIOR_REPORT_RESULTS } from '../../vetting/dto/prior-report.dto.js';
import type { Decision } from '../../vetting/publicity/outcome.service.js';
import type { ReasonCode, Verdict } from '../../vetting/vetting-rules.js';
import { DECISION_BODIES, DECISION_OUTCOMES, MOTION_PROPOSERS, RECORD_STEPS } from '../../vetting/record/appointment-record-rules.js';
import { LABELS, labelOf, UnknownCodeError, type CodesOf, type LabelList } from './catalogue.js';

const SRC = fileURLToPath(new URL('../..', import.meta.url));
const MIGRATIONS = join(SRC, 'infra/database/migrations');

/**
 * Every `CHECK (column IN ('A', 'B'))` of the migrations' up() steps, as table.column → codes
 * (a later migration's constraint replaces an earlier one's).
 */
function checkedCodes(): Map<string, string[]> {
  const codes = new Map<string, string[]>();
  for (const file of readdirSync(MIGRATIONS)
    .filter((f) => /^\d+-.+\.ts$/.test(f))
    .sort()) {
    const up = readFileSync(join(MIGRATIONS, file), 'utf8').split(/\bdown\(/)[0]!;
    const tables = [...up.matchAll(/(?:CREATE|ALTER) TABLE\s+(?:IF NOT EXISTS\s+)?(\w+)/g)].map((m) => ({ at: m.index, table: m[1]! }));
    for (const m of up.matchAll(/CHECK\s*\(\s*(\w+)\s+IN\s*\(([^)]*)\)/g)) {
      const table = tables.filter((t) => t.at < m.index).at(-1)?.table;
      const values = [...m[2]!.matchAll(/'([^']*)'/g)].map((v) => v[1]!);
      if (table && values.length > 0) codes.set(`${table}.${m[1]}`, values);
    }
  }
  return codes;
}

const CHECKED = checkedCodes();

/** Each stored column whose codes a person sees, and the list that labels them. */
const COLUMNS: Array<{ column: string; list: LabelList; shownElsewhere?: Record<string, string> }> = [
  { column: 'report.status', list: 'reportStatus' },
  { column: 'report.channel', list: 'channel' },
  { column: 'report.priority_level', list: 'priority' },
  // A merged repeat's disposition is shown as its status (已合并), and as 合并 in the statistics.
  { column: 'report.disposition', list: 'disposition', shownElsewhere: { MERGE: 'reportStatus.MERGED, statistics merge' } },
  { column: 'report.disposition', list: 'pendingDecision', shownElsewhere: { MERGE: 'never pending: merging is immediate' } },
  { column: 'report.finding', list: 'finding' },
  { column: 'cadre_finding.outcome', list: 'finding' },
  { column: 'report_deadline.kind', list: 'deadlineKind' },
  { column: 'report_subject.status', list: 'subjectStatus' },
  { column: 'report_subject.role', list: 'subjectRole' },
  { column: 'vetting_candidate.verdict', list: 'verdict' },
  { column: 'vetting_candidate.verdict', list: 'verdictInStatistics' },
  { column: 'vetting_candidate.decision', list: 'appointmentDecision' },
  { column: 'vetting_candidate.decision', list: 'appointmentDecisionInStatistics' },
  { column: 'probation.result', list: 'probationResult' },
  { column: 'personal_matters_report.status', list: 'personalMattersStatus' },
  { column: 'personal_matters_report.check_reason', list: 'personalMattersCheckReason' },
  { column: 'cadre_relation.kind', list: 'relationKind' },
  // The current name is the unit's name itself, never shown as a kind.
  { column: 'unit_name.kind', list: 'unitNameKind', shownElsewhere: { CURRENT: 'the unit name column' } },
  { column: 'identity_access_request.status', list: 'identityRequestStatus' },
  { column: 'account_reset_request.kind', list: 'accountResetKind' },
  { column: 'verification_request.kind', list: 'agencyRequestKind' },
  { column: 'verification_reply.result', list: 'replyResult' },
  { column: 'verification_reply.result', list: 'replyResultOption' },
  { column: 'vetting_candidate.verdict', list: 'verdictOnSheet' },
  { column: 'vetting_candidate.verdict', list: 'verdictOnAgenda' },
  { column: 'vetting_candidate.decision', list: 'appointmentDecisionInRecords' },
  { column: 'vetting_prior_report.reply_result', list: 'priorReportResult' },
  { column: 'personal_matters_report.status', list: 'personalMattersStatusOnSheet' },
  { column: 'joint_meeting_attendance.status', list: 'attendance' },
  { column: 'joint_meeting_item.decision', list: 'meetingDecision' },
  { column: 'joint_meeting_item.kind', list: 'meetingItemKind' },
  { column: 'audit_log.outcome', list: 'auditOutcome' },
  { column: 'audit_log.actor_kind', list: 'auditActorKind' },
  { column: 'file_entry.fact', list: 'fileFact' },
  { column: 'file_entry.source', list: 'fileSource' },
  { column: 'file_entry.education_level', list: 'educationLevel' },
  { column: 'file_doubt.rule', list: 'fileDoubtRule' },
  { column: 'file_doubt.fact', list: 'fileFact' },
  { column: 'file_doubt.status', list: 'fileDoubtStatus' },
  { column: 'file_determination.fact', list: 'fileFact' },
  { column: 'appointment_step.kind', list: 'appointmentStep' },
];

/** Code lists of the source (as const arrays, zod enums), and the list that labels each. */
const CODE_LISTS: Array<{ name: string; codes: readonly string[]; list: LabelList }> = [
  { name: 'REPORT_STATUSES', codes: REPORT_STATUSES, list: 'reportStatus' },
  { name: 'statistics STATUSES', codes: statistics.STATUSES, list: 'reportStatus' },
  { name: 'CHANNELS', codes: CHANNELS, list: 'channel' },
  { name: 'statistics CHANNELS', codes: statistics.CHANNELS, list: 'channel' },
  { name: 'DISPOSITION_KINDS', codes: DISPOSITION_KINDS, list: 'disposition' },
  { name: 'DISPOSITIONS (zod)', codes: DISPOSITIONS, list: 'disposition' },
  { name: 'DISPOSITION_KINDS + CLOSE', codes: [...DISPOSITION_KINDS, 'CLOSE'], list: 'pendingDecision' },
  { name: 'FINDING_OUTCOMES', codes: FINDING_OUTCOMES, list: 'finding' },
  { name: 'FINDINGS (zod)', codes: FINDINGS, list: 'finding' },
  { name: 'statistics DEADLINE_KINDS', codes: statistics.DEADLINE_KINDS, list: 'deadlineKind' },
  { name: 'statistics VERDICTS', codes: statistics.VERDICTS, list: 'verdictInStatistics' },
  { name: 'statistics DECISIONS', codes: statistics.DECISIONS, list: 'appointmentDecisionInStatistics' },
  { name: 'RELATION_KINDS', codes: RELATION_KINDS, list: 'relationKind' },
  { name: 'ROLES', codes: ROLES, list: 'role' },
  { name: 'SANCTION_KIND_CODES', codes: SANCTION_KIND_CODES, list: 'sanctionKind' },
  { name: 'REPLY_RESULTS (zod)', codes: REPLY_RESULTS, list: 'replyResult' },
  { name: 'REPLY_RESULTS (zod), form', codes: REPLY_RESULTS, list: 'replyResultOption' },
  { name: 'FACT_KINDS', codes: FACT_KINDS, list: 'fileFact' },
  { name: 'SOURCE_KINDS', codes: SOURCE_KINDS, list: 'fileSource' },
  { name: 'EDUCATION_LEVELS', codes: EDUCATION_LEVELS, list: 'educationLevel' },
  { name: 'DOUBT_RULES', codes: DOUBT_RULES, list: 'fileDoubtRule' },
  { name: 'PRIOR_REPORT_RESULTS (zod)', codes: PRIOR_REPORT_RESULTS, list: 'priorReportResult' },
  { name: 'RECORD_STEPS', codes: RECORD_STEPS, list: 'appointmentStep' },
  { name: 'MOTION_PROPOSERS', codes: MOTION_PROPOSERS, list: 'motionProposer' },
  { name: 'DECISION_BODIES', codes: DECISION_BODIES, list: 'decisionBody' },
  { name: 'DECISION_OUTCOMES', codes: DECISION_OUTCOMES, list: 'decisionOutcome' },
];

/** Type-level: a list labels exactly the codes of a union that has no runtime list (checked by tsc). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameAsUnions: Record<string, true> = {
  vettingReason: true satisfies Same<CodesOf<'vettingReason'>, ReasonCode>,
  verdict: true satisfies Same<CodesOf<'verdict'>, Verdict>,
  appointmentDecision: true satisfies Same<CodesOf<'appointmentDecision'>, Decision>,
  verificationState: true satisfies Same<CodesOf<'verificationState'>, RequestState>,
};

/** report_event types written with a literal type in SQL (the others are checked where they render). */
/** The source files (not specs) whose SQL inserts into report_event. */
function eventWriters(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (
        /\.(ts|sql)$/.test(entry.name) &&
        !entry.name.endsWith('.spec.ts') &&
        /INSERT INTO report_event\b/.test(readFileSync(path, 'utf8'))
      )
        found.push(relative(SRC, path));
    }
  };
  walk(SRC);
  return found.sort();
}

describe('the label catalogue', () => {
  it('finds the CHECK constraints it is bound to in the migrations', () => {
    const missing = COLUMNS.map((c) => c.column).filter((column) => !CHECKED.has(column));
    expect(missing).toEqual([]);
  });

  it.each(COLUMNS)('labels every code $column can hold ($list)', ({ column, list, shownElsewhere = {} }) => {
    const unlabelled = (CHECKED.get(column) ?? []).filter((code) => !(code in shownElsewhere) && !Object.hasOwn(LABELS[list], code));
    expect(unlabelled).toEqual([]);
  });

  it.each(CODE_LISTS)('labels every code of $name ($list)', ({ codes, list }) => {
    expect(codes.filter((code) => !Object.hasOwn(LABELS[list], code))).toEqual([]);
  });

  it('labels every state a verification request can be in', () => {
    const today = '2026-06-10';
    const states = [
      requestState({ status: 'ANSWERED', dueOn: today, readAt: null }, today),
      requestState({ status: 'CANCELLED', dueOn: today, readAt: null }, today),
      requestState({ status: 'OPEN', dueOn: '2026-06-09', readAt: null }, today),
      requestState({ status: 'OPEN', dueOn: today, readAt: new Date() }, today),
      requestState({ status: 'OPEN', dueOn: today, readAt: null }, today),
    ];
    expect(Object.keys(LABELS.verificationState).sort()).toEqual([...new Set(states)].sort());
    // The unions below have no runtime list: tsc checks them (npm test runs it first).
    expect(Object.values(sameAsUnions)).toEqual([true, true, true, true]);
  });

  // Events are appended only by the reports module's repositories, whose events are
  // NewReportEvent, typed by ReportEventType, the catalogue's own list: an unlabelled kind
  // does not compile.
  it('has report events written only by the typed repositories of the reports module', () => {
    const writers = eventWriters();
    expect(writers).toContain('reports/events/report-events.sql');
    expect(writers.filter((path) => !/^reports\/.*\.(sql|queries\.ts)$/.test(path))).toEqual([]);
  });

  it('has a Chinese label for every code, and no raw code as a label', () => {
    for (const [list, labels] of Object.entries(LABELS)) {
      for (const [code, label] of Object.entries(labels)) {
        expect({ list, code, label: /\p{Script=Han}/u.test(label) && !/[A-Z]{2,}/.test(label) }).toEqual({ list, code, label: true });
      }
    }
  });

  it('answers a code with its label, no code with nothing, and an unknown code with an error', () => {
    expect(labelOf('reportStatus', 'CLOSED')).toBe('已办结');
    expect(labelOf('reportStatus', null)).toBe('');
    expect(() => labelOf('reportStatus', 'NO_SUCH')).toThrow(UnknownCodeError);
    expect(() => labelOf('reportStatus', 'toString')).toThrow(UnknownCodeError);
  });
});
