import { describe, expect, it } from '@jest/globals';
import { buildCalendar } from '../../infra/calendar/working-days.js';
import { caseRequestSchema } from '../../verification/dto/verification.dto.js';
import { verificationFormDocument, verificationFormValues } from './verification-form.js';

// 2026-03-02 is a Monday; 2026-03-07/08 a weekend; 2026-03-09 declared a holiday here.
const calendar = buildCalendar({ holidays: [{ date: '2026-03-09', name: '假日' }], workdays: [{ date: '2026-03-08', name: '调休' }] });
const TODAY = '2026-03-02';

const run = (body: Record<string, unknown>) => {
  const { document, errors } = verificationFormDocument(verificationFormValues(body), TODAY, calendar);
  return { errors, parsed: caseRequestSchema.safeParse(document) };
};

describe('verification request form', () => {
  it('takes one or several agencies (a repeated checkbox is an array)', () => {
    expect(verificationFormValues({ agencyCodes: 'AUDIT' }).agencyCodes).toEqual(['AUDIT']);
    expect(verificationFormValues({ agencyCodes: ['AUDIT', 'HEALTH', ''] }).agencyCodes).toEqual(['AUDIT', 'HEALTH']);
    expect(verificationFormValues({}).agencyCodes).toEqual([]);
  });

  it.each([
    ['2026-03-03', 1],
    ['2026-03-06', 4],
    ['2026-03-08', 5], // a make-up working Sunday
    ['2026-03-10', 6], // the holiday on the 9th is not counted
  ])('a due date of %s is %i working days from today', (dueOn, days) => {
    const { errors, parsed } = run({ agencyCodes: 'AUDIT', question: '请核实有关情况', dueOn });
    expect(errors).toEqual([]);
    expect(parsed.success && parsed.data.workingDays).toBe(days);
  });

  it.each([
    ['2026-03-02', '今天之后'],
    ['2026-02-27', '今天之后'],
    ['2026-3-5', 'YYYY-MM-DD'],
    ['2026-03-07', '工作日'],
    ['2026-03-09', '工作日'],
  ])('refuses the due date %s', (dueOn, words) => {
    expect(run({ agencyCodes: 'AUDIT', question: '请核实有关情况', dueOn }).errors.join()).toContain(words);
  });

  it('leaves the default period to the service when no date is given, and drops an empty extract', () => {
    const { parsed } = run({ agencyCodes: 'AUDIT', question: '请核实有关情况', extract: '  ' });
    expect(parsed.success && parsed.data).toEqual({ agencyCodes: ['AUDIT'], question: '请核实有关情况' });
  });

  it('says what is missing in Chinese', () => {
    const { parsed } = run({ question: '' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message).join()).toMatch(/成员单位[\s\S]*问题/);
  });
});
