import { AUTH_ERRORS } from './auth/errors.js';
import { CADRES_ERRORS } from './cadres/errors.js';
import { IDENTITY_ERRORS } from './identity/errors.js';
import { INFRA_ERRORS } from './infra/errors.js';
import type { ErrorCode, ErrorMeaning, ModuleErrors } from './infra/http/error-codes.js';
import { INTAKE_ERRORS } from './intake/errors.js';
import { MEETINGS_ERRORS } from './meetings/errors.js';
import { NOTIFICATIONS_ERRORS } from './notifications/errors.js';
import { REPORTS_ERRORS } from './reports/errors.js';
import { STATISTICS_ERRORS } from './statistics/errors.js';
import { TRIAGE_ERRORS } from './triage/errors.js';
import { VERIFICATION_ERRORS } from './verification/errors.js';
import { VETTING_ERRORS } from './vetting/errors.js';
import { WEB_ERRORS } from './web/errors.js';

/** Every module's table of error codes (each module's `errors.ts`). */
export const MODULE_ERRORS: Array<ModuleErrors<Record<string, ErrorMeaning>>> = [
  INFRA_ERRORS,
  AUTH_ERRORS,
  CADRES_ERRORS,
  IDENTITY_ERRORS,
  INTAKE_ERRORS,
  MEETINGS_ERRORS,
  NOTIFICATIONS_ERRORS,
  REPORTS_ERRORS,
  STATISTICS_ERRORS,
  TRIAGE_ERRORS,
  VERIFICATION_ERRORS,
  VETTING_ERRORS,
  WEB_ERRORS,
];

export interface CatalogueEntry {
  code: ErrorCode;
  module: string;
  status: number[];
  meaning: string;
}

/** One row a code, sorted by code: what the OpenAPI document lists. */
export const ERROR_CATALOGUE: CatalogueEntry[] = MODULE_ERRORS.flatMap(({ module, codes }) =>
  Object.entries(codes).map(([code, { status, meaning }]) => ({
    code: code as ErrorCode,
    module,
    status: status.map((s) => s as number),
    meaning,
  })),
).sort((a, b) => a.code.localeCompare(b.code));
