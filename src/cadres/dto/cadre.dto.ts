import { z } from 'zod';

/** What other modules and staff get for a cadre: the roster line, never internal columns. */
export interface CadreSummary {
  id: string;
  personNo: string;
  name: string;
  surname: string;
  gender: string;
  birthMonth: string;
  unitId: string;
  unitName: string;
  post: string;
  level: string | null;
}

export interface CadreDetail extends CadreSummary {
  ethnicity: string | null;
  nativePlace: string | null;
  partyMonth: string | null;
  workMonth: string | null;
  education: string | null;
  postSince: string | null;
  statusKind: string | null;
  underInvestigation: boolean;
  investigationSince: string | null;
  fileAuditedOn: string | null;
  posts: Array<{ unitName: string; post: string; level: string | null; started: string | null; ended: string | null }>;
  sanctions: Array<{ id: string; kind: string; kindLabel: string; effectiveOn: string; influenceUntil: string; probationMonths: number | null; note: string | null }>;
  personalMatters: Array<{ year: number; status: string; checkedOn: string | null; checkReason: string | null; detail: string | null }>;
  /** Only for those allowed to read tips; null otherwise (the finding is part of the case). */
  findings: Array<{ id: string; outcome: string; concludedOn: string; summary: string | null; reportId: string | null; reportNumber: string | null }> | null;
}

export interface UnitNames {
  unitId: string;
  name: string;
  /** Current name first, then aliases and former names. */
  names: string[];
}

/** Everything a tokenizer needs to recognise people, units and posts in a tip's text. */
export interface CadreDictionary {
  names: string[];
  surnames: string[];
  units: UnitNames[];
  posts: string[];
}

export const cadreListQuerySchema = z.strictObject({
  q: z.string().trim().max(50).optional(),
  unit: z.string().trim().max(100).optional(),
  level: z.string().trim().max(30).optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type CadreListQuery = z.infer<typeof cadreListQuerySchema>;

/** One unit's posts of one grade against its quota (职数). */
export const quotaLineSchema = z
  .object({
    unitId: z.uuid(),
    unitName: z.string(),
    level: z.string().describe('职级'),
    approved: z.int().nullable().describe('核定职数；未录入时为 null'),
    occupied: z.int().describe('实际配备'),
    /** people in post − approved; null when no quota is recorded for the level. */
    over: z.int().nullable().describe('超配人数（实际配备 − 核定职数）；未录入职数时为 null'),
  })
  .meta({ id: 'QuotaLine' });
export type QuotaLine = z.infer<typeof quotaLineSchema>;
