import type { SanctionFact } from '../rules/influence.js';

/** Everything on a cadre's record that the pre-appointment checks read. */
export interface CadreFacts {
  cadreId: string;
  unitId: string;
  level: string | null;
  /** The quota levels the cadre occupies: posts and grade, as quotaKeys reads 职务 and 职级. */
  quotaKeys: string[];
  underInvestigation: boolean;
  investigationSince: string | null;
  fileAuditedOn: string | null;
  /** Doubts of the personnel-file audit not yet resolved (档案必审: each suspends the candidacy). */
  openFileDoubts: Array<{ doubtId: string; rule: string; fact: string; message: string }>;
  /** Linked tips not concluded and without a finding about this cadre. */
  openReports: Array<{ reportId: string; number: string; status: string; receivedAt: string }>;
  sanctions: SanctionFact[];
  /** The most recent year's report, if any. */
  personalMatters: { year: number; status: string; checkedOn: string | null; explainedOn: string | null; detail: string | null } | null;
}
