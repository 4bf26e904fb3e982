/**
 * Maps the flat fields of the public HTML form (which must work without JavaScript) to
 * the same document the JSON API takes, so both go through one validation.
 */
export type FormFields = Record<string, string[]>;

const first = (fields: FormFields, name: string): string => (fields[name]?.[0] ?? '').trim();

export const SUBJECT_ROWS = 3;

export function formToSubmission(fields: FormFields): { document: Record<string, unknown>; acknowledged: boolean } {
  const subjects = [];
  for (let n = 1; n <= SUBJECT_ROWS; n += 1) {
    const person = {
      name: first(fields, `subject${n}_name`),
      unit: first(fields, `subject${n}_unit`),
      post: first(fields, `subject${n}_post`),
    };
    if (person.name || person.unit || person.post) subjects.push(person);
  }
  const anonymous = first(fields, 'identity') !== 'real';
  const document: Record<string, unknown> = {
    subjects,
    body: first(fields, 'body'),
    anonymous,
    ...(first(fields, 'category') ? { category: first(fields, 'category') } : {}),
    ...(first(fields, 'incidentTime') ? { incidentTime: first(fields, 'incidentTime') } : {}),
    ...(first(fields, 'incidentPlace') ? { incidentPlace: first(fields, 'incidentPlace') } : {}),
    // Sent from a publicity notice (任前公示): which notice, and which of its candidates.
    ...(first(fields, 'noticeId') ? { noticeId: first(fields, 'noticeId') } : {}),
    ...(first(fields, 'noticeCandidateId') ? { noticeCandidateId: first(fields, 'noticeCandidateId') } : {}),
  };
  if (!anonymous) {
    document['reporter'] = {
      name: first(fields, 'reporterName'),
      phone: first(fields, 'reporterPhone'),
      ...(first(fields, 'reporterId') ? { idNumber: first(fields, 'reporterId') } : {}),
    };
  }
  return { document, acknowledged: first(fields, 'acknowledge') === 'yes' };
}

/** What the form shows again after an error: what the person typed, minus nothing they need to retype. */
export function formValues(fields: FormFields): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v[0] ?? '']));
}

const FIELD_LABELS: Record<string, string> = {
  subjects: '被反映人',
  body: '举报正文',
  category: '问题类别',
  incidentTime: '发生时间',
  incidentPlace: '发生地点',
  anonymous: '实名或匿名',
  reporter: '实名信息',
  'reporter.name': '您的姓名',
  'reporter.phone': '联系电话',
  'reporter.idNumber': '身份证号码',
  noticeId: '公示',
  noticeCandidateId: '公示对象',
};

/** A validation detail as a sentence for the form: the field's label, then what to fix. */
export function describeFieldError(field: string, message: string): string {
  const key = field.replace(/^subjects\.\d+.*/, 'subjects');
  const label = FIELD_LABELS[field] ?? FIELD_LABELS[key];
  return label && !message.includes(label) ? `${label}：${message}` : message;
}
