import { zhCN } from '../page-texts.js';

/**
 * Maps the operator's flat call form (which works without JavaScript) to the document
 * POST /api/v1/hotline/calls takes, so page and API share one validation.
 */
export type FormFields = Record<string, string[]>;

export const HOTLINE_SUBJECT_ROWS = 3;
const h = zhCN.hotline;
const first = (fields: FormFields, name: string): string => (fields[name]?.[0] ?? '').trim();

/** A datetime-local value (district time, UTC+8) as ISO 8601 with its offset; null when malformed. */
export function localTimeToIso(value: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(value);
  if (!m) return null;
  const iso = `${m[1]}T${m[2]}${m[3] ?? ':00'}+08:00`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

export function callFormDocument(fields: FormFields): { document: Record<string, unknown>; errors: string[] } {
  const errors: string[] = [];
  const startedAt = localTimeToIso(first(fields, 'startedAt'));
  if (!startedAt) errors.push(h.startedAtInvalid);
  const minutes = Number(first(fields, 'durationMinutes') || 'NaN');
  if (!Number.isFinite(minutes) || minutes < 0 || minutes > 600) errors.push(h.durationInvalid);
  const subjects = [];
  for (let n = 1; n <= HOTLINE_SUBJECT_ROWS; n += 1) {
    const person = {
      name: first(fields, `subject${n}_name`),
      unit: first(fields, `subject${n}_unit`),
      post: first(fields, `subject${n}_post`),
    };
    if (person.name || person.unit || person.post) subjects.push(Object.fromEntries(Object.entries(person).filter(([, v]) => v)));
  }
  const anonymous = first(fields, 'identity') !== 'real';
  const optional = (key: string, name = key) => (first(fields, name) ? { [key]: first(fields, name) } : {});
  const confirmed = first(fields, 'readBack');
  const document: Record<string, unknown> = {
    ...optional('callerNumber'),
    ...(startedAt ? { startedAt } : {}),
    ...(Number.isFinite(minutes) ? { durationSeconds: Math.round(minutes * 60) } : {}),
    language: first(fields, 'language'),
    transcript: first(fields, 'transcript'),
    subjects,
    ...optional('category'),
    ...optional('incidentTime'),
    ...optional('incidentPlace'),
    anonymous,
    ...(anonymous
      ? {}
      : {
          reporter: { name: first(fields, 'reporterName'), ...optional('phone', 'reporterPhone'), ...optional('idNumber', 'reporterId') },
        }),
    ...(first(fields, 'callback') ? { callbackWanted: first(fields, 'callback') === 'yes' } : {}),
    ...(confirmed === 'confirmed'
      ? { readBack: { confirmed: true } }
      : confirmed === 'corrected'
        ? { readBack: { confirmed: false, corrections: first(fields, 'corrections') } }
        : {}),
    ...optional('receiptDelivery'),
  };
  return { document, errors };
}

const FIELD_LABELS: Record<string, string> = {
  callerNumber: h.callerNumber,
  startedAt: '来电时间',
  durationSeconds: '通话时长',
  language: '方言或语言',
  transcript: '通话记录',
  subjects: h.subjects,
  category: '问题类别',
  incidentTime: h.incidentTime,
  incidentPlace: h.incidentPlace,
  anonymous: '实名或匿名',
  reporter: '来电人信息',
  'reporter.name': '来电人姓名',
  'reporter.phone': '联系电话',
  'reporter.idNumber': '身份证号码',
  callbackWanted: '是否需要回电',
  readBack: '读回核对',
  'readBack.corrections': '更正内容',
  receiptDelivery: '查询码告知方式',
};

/** A validation issue as a sentence for the form: the field's label, then what to fix. */
export function describeCallError(path: string, message: string): string {
  const label = FIELD_LABELS[path] ?? FIELD_LABELS[path.replace(/^subjects\.\d+.*/, 'subjects')] ?? FIELD_LABELS[path.split('.')[0]!];
  return label && !message.includes(label) ? `${label}：${message}` : message;
}
