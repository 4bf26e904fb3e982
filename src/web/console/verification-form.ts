import { addWorkingDays, isWorkingDay, workingDaysBetween, type CalendarDays } from '../../infra/calendar/working-days.js';
import { zhCN } from '../page-texts.js';

/** What the officer typed in the "ask agencies" form, shown again after an error. */
export interface VerificationFormValues {
  agencyCodes: string[];
  question: string;
  extract: string;
  dueOn: string;
}

const t = zhCN.verification;

/** The form's values from a url-encoded body, where a repeated checkbox arrives as an array. */
export function verificationFormValues(body: unknown): VerificationFormValues {
  const raw = (body ?? {}) as Record<string, unknown>;
  const one = (v: unknown) => (typeof v === 'string' ? v : '');
  const codes = raw['agencyCodes'];
  return {
    agencyCodes: (Array.isArray(codes) ? codes : [codes]).filter((c): c is string => typeof c === 'string' && c !== ''),
    question: one(raw['question']),
    extract: one(raw['extract']),
    dueOn: one(raw['dueOn']).trim(),
  };
}

/**
 * The API's request document from the form. The page asks for a due date (what people
 * think in); the service counts working days, so the date must itself be a working day.
 */
export function verificationFormDocument(
  values: VerificationFormValues,
  today: string,
  calendar: CalendarDays,
): { document: Record<string, unknown>; errors: string[] } {
  const errors: string[] = [];
  let workingDays: number | undefined;
  if (values.dueOn) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.dueOn) || Number.isNaN(Date.parse(values.dueOn)) || values.dueOn <= today)
      errors.push(t.dueOnInvalid);
    else if (!isWorkingDay(values.dueOn, calendar)) errors.push(t.dueOnNotWorkingDay);
    else workingDays = workingDaysBetween(today, values.dueOn, calendar);
  }
  const extract = values.extract.trim();
  return {
    document: {
      agencyCodes: values.agencyCodes,
      question: values.question,
      ...(extract ? { extract } : {}),
      ...(workingDays !== undefined ? { workingDays } : {}),
    },
    errors,
  };
}

/** The default due date shown on the form: the configured working days from today. */
export function defaultDueOn(today: string, days: number, calendar: CalendarDays): string {
  return addWorkingDays(today, days, calendar);
}
