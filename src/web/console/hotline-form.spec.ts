import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { settingsSchema, taxonomySchema } from '../../infra/config/settings.schema.js';
import { buildHotlineCallSchema } from '../../intake/hotline/dto/hotline.dto.js';
import { callFormDocument, describeCallError, localTimeToIso, type FormFields } from './hotline-form.js';

// The shipped settings: the form must fit the limits a deployment starts with.
const yaml = (file: string): unknown => parseYaml(readFileSync(`config/${file}`, 'utf8'));
const schema = buildHotlineCallSchema(settingsSchema.parse(yaml('default.yaml')), taxonomySchema.parse(yaml('taxonomy.yaml')).categories);
const form = (values: Record<string, string>): FormFields => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, [v]]));
const CALL = {
  callerNumber: '13812345678',
  startedAt: '2026-03-05T09:30',
  durationMinutes: '6.5',
  language: '普通话',
  transcript: '来电人反映某局副局长王某某在干部调整前收受下属现金，要求提拔。',
  subject1_name: '王某某',
  subject1_unit: '某局',
  subject1_post: '副局长',
  identity: 'anonymous',
  callback: 'no',
  readBack: 'confirmed',
  receiptDelivery: 'READ_OUT',
};
const parse = (values: Record<string, string>) => {
  const { document, errors } = callFormDocument(form(values));
  return { errors, parsed: schema.safeParse(document) };
};

describe('hotline call form', () => {
  it('reads a district time as UTC+8', () => {
    expect(localTimeToIso('2026-03-05T09:30')).toBe('2026-03-05T09:30:00+08:00');
    expect(localTimeToIso('2026-03-05 09:30')).toBeNull();
    expect(localTimeToIso('')).toBeNull();
  });

  it('maps an anonymous call to the API document', () => {
    const { errors, parsed } = parse(CALL);
    expect(errors).toEqual([]);
    expect(parsed.success && parsed.data).toMatchObject({
      callerNumber: '13812345678',
      startedAt: '2026-03-05T09:30:00+08:00',
      durationSeconds: 390,
      anonymous: true,
      callbackWanted: false,
      readBack: { confirmed: true },
      receiptDelivery: 'READ_OUT',
      subjects: [{ name: '王某某', unit: '某局', post: '副局长' }],
    });
  });

  it('maps a real-name caller asking for corrections and a callback', () => {
    const { parsed } = parse({
      ...CALL,
      identity: 'real',
      reporterName: '李小红',
      callback: 'yes',
      readBack: 'corrected',
      corrections: '时间改为三月初',
      receiptDelivery: 'SMS',
    });
    expect(parsed.success && parsed.data).toMatchObject({
      anonymous: false,
      reporter: { name: '李小红' },
      callbackWanted: true,
      readBack: { confirmed: false, corrections: '时间改为三月初' },
    });
  });

  it.each([
    [{ startedAt: '' }, '来电时间'],
    [{ durationMinutes: '-1' }, '通话时长'],
    [{ identity: 'real' }, '来电人姓名'],
    [{ readBack: '' }, '读回核对'],
    [{ readBack: 'corrected' }, '更正'],
    [{ callback: '' }, '回电'],
    [{ transcript: '太短' }, '通话记录'],
  ])('refuses %j with a message naming %s', (change, words) => {
    const { errors, parsed } = parse({ ...CALL, ...change });
    const messages = [...errors, ...(parsed.success ? [] : parsed.error.issues.map((i) => describeCallError(i.path.join('.'), i.message)))];
    expect(messages.join('；')).toContain(words);
  });
});
