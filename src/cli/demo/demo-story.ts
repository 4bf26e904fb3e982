import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { addWorkingDays, buildCalendar, type CalendarDays } from '../../infra/calendar/working-days.js';
import { calendarSchema } from '../../infra/config/settings.schema.js';
import { genericSignature } from '../../notifications/senders/sms-sender.js';

/**
 * A lived-in demo district: after the roster and the first web tips are in and the worker
 * is triaging, the demo staff do a few weeks' work through the same HTTP API the console and
 * the portal use (nothing is written to the database directly): tips from all three
 * channels in every state, approvals waiting and given, agency replies with an attachment,
 * a joint meeting with attendance, opinions, decisions and minutes, sanctions, a unit over
 * its quota, and a vetting run with a PASS and BLOCK verdicts, a 报备 answered and a published notice.
 */

export interface DemoStoryOptions {
  baseUrl: string;
  password: string;
  /** Generic SMS gateway secret (SMS_GENERIC_SECRET): with it, tips also arrive by SMS. */
  smsSecret?: string | undefined;
  log?: (line: string) => void;
}

type Json = Record<string, unknown>;

class Api {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string | null = null,
  ) {}

  static async login(baseUrl: string, username: string, password: string): Promise<Api> {
    const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const body = (await res.json()) as { token?: string; message?: string };
    if (!res.ok || !body.token) throw new Error(`demo: ${username} cannot log in (${res.status} ${body.message ?? ''})`);
    return new Api(baseUrl, body.token);
  }

  async call<T = Json>(method: string, path: string, body?: unknown, expected: number[] = [200, 201, 204]): Promise<T> {
    const headers: Record<string, string> = {};
    if (this.token) headers['authorization'] = `Bearer ${this.token}`;
    let payload: FormData | string | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, redirect: 'manual', ...(payload ? { body: payload } : {}) });
    const text = await res.text();
    if (!expected.includes(res.status)) throw new Error(`demo: ${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
    return (text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : {}) as T;
  }
}

interface InboxItem {
  id: string;
  number: string;
  status: string;
}

const DAY = 86_400_000;
/** The district's working days as the server reads them (config/calendar.yaml): due dates must fall on one. */
function districtCalendar(): CalendarDays {
  const dir = resolve(process.env['QF_CONFIG_DIR'] ?? 'config');
  return buildCalendar(calendarSchema.parse(parseYaml(readFileSync(join(dir, 'calendar.yaml'), 'utf8'))));
}

const isoDate = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

async function waitTriaged(api: Api, expected: number, log: (l: string) => void): Promise<InboxItem[]> {
  for (let i = 0; i < 120; i += 1) {
    const page = await api.call<{ items: InboxItem[] }>('GET', '/api/v1/triage/inbox?pageSize=100');
    const triaged = page.items.filter((x) => x.status !== 'RECEIVED');
    if (triaged.length >= expected) return page.items;
    await new Promise((r) => setTimeout(r, 500));
  }
  log('demo: the worker has not triaged every tip yet; the story goes on with those it has');
  return (await api.call<{ items: InboxItem[] }>('GET', '/api/v1/triage/inbox?pageSize=100')).items;
}

/** Runs the story; returns what it made, for the quickstart's summary and the tests. */
export async function runDemoStory(options: DemoStoryOptions): Promise<Record<string, number>> {
  const log = options.log ?? ((line: string) => console.log(line));
  const { baseUrl, password } = options;
  const login = (username: string) => Api.login(baseUrl, username, password);
  const [triage, chief, operator, jw, sj] = [
    await login('triage'),
    await login('chief'),
    await login('operator'),
    await login('liaison-jw'),
    await login('liaison-sj'),
  ];
  const made: Record<string, number> = {};
  const count = (what: string) => (made[what] = (made[what] ?? 0) + 1);
  const now = new Date();

  // More tips: two hotline calls recorded by the operator, and texts through the SMS gateway.
  const roster = await triage.call<{
    items: Array<{ id: string; name: string; unitName: string; unitId: string; post: string; level: string | null; birthMonth: string }>;
  }>('GET', '/api/v1/cadres?limit=100');
  const people = roster.items;
  const person = (i: number) => people[i % people.length]!;
  const calls = [
    {
      who: person(3),
      text: '来电人反映：今年初单位推荐副科级人选时，有人在推荐会前挨个打电话给同事，让大家投某人的票，还说事后请吃饭。',
      anonymous: true,
    },
    {
      who: person(7),
      text: '来电人反映：该同志的档案里参加工作时间比实际提前了两年，据说是当年招工表改过，群众有议论，希望组织核实。',
      anonymous: false,
    },
  ];
  for (const [i, c] of calls.entries()) {
    const form = new FormData();
    form.append(
      'json',
      JSON.stringify({
        callerNumber: `1380013800${i}`,
        startedAt: new Date(now.getTime() - (i + 2) * DAY).toISOString(),
        durationSeconds: 420,
        language: '普通话',
        transcript: c.text,
        subjects: [{ name: c.who.name, unit: c.who.unitName, post: c.who.post }],
        anonymous: c.anonymous,
        ...(c.anonymous ? {} : { reporter: { name: '张明' } }),
        callbackWanted: false,
        readBack: { confirmed: true },
        receiptDelivery: c.anonymous ? 'READ_OUT' : 'SMS',
      }),
    );
    await operator.call('POST', '/api/v1/hotline/calls', form);
    count('hotline calls');
  }
  if (options.smsSecret) {
    const texts = [
      `举报${person(11).unitName}${person(11).name}，去年提拔前给考察组送购物卡，很多人知道`,
      `${person(13).unitName}的${person(13).name}违规在企业兼职拿报酬，请查`,
    ];
    for (const [i, text] of texts.entries()) {
      const body = JSON.stringify({ messageId: `demo-${Date.now()}-${i}`, from: `1390013900${i}`, text });
      const timestamp = String(Math.floor(Date.now() / 1000));
      const res = await fetch(`${baseUrl}/api/v1/webhooks/sms/generic`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-qf-timestamp': timestamp,
          'x-qf-signature': genericSignature(options.smsSecret, timestamp, body),
        },
        body,
      });
      if (res.ok) count('SMS tips');
      else log(`demo: the SMS gateway webhook answered ${res.status}; SMS tips skipped`);
    }
  }

  // Wait for every tip made so far (4 from the web, the calls, the texts): the story's roles are taken in
  // inbox order, and a tip triaged later would otherwise land among them or be missed.
  const items = await waitTriaged(triage, 4 + (made['hotline calls'] ?? 0) + (made['SMS tips'] ?? 0), log);
  const open = items.filter((x) => x.status === 'TRIAGED');
  if (open.length < 6) {
    log(`demo: only ${open.length} triaged tips; the story needs 6 and stops here`);
    return made;
  }
  const [verified, inquiry, transfer, refused, closedLater, repeat] = open;
  const act = (api: Api, id: string, action: string, body: Json) => api.call('POST', `/api/v1/triage/cases/${id}/${action}`, body);

  // 初步核实 with two member agencies; both answer (one with a document); concluded with approval.
  await act(triage, verified!.id, 'disposition', { kind: 'PRELIMINARY_VERIFICATION', reason: '线索具体，可查' });
  const requests = await triage.call<Array<{ id: string; agencyCode: string }>>(
    'POST',
    `/api/v1/reports/${verified!.id}/verification-requests`,
    {
      agencyCodes: ['DISCIPLINE', 'AUDIT'],
      question: '请核实该同志近三年有无违反廉洁纪律、经济责任审计方面的问题。',
      workingDays: 10,
    },
  );
  for (const r of requests) {
    const liaison = r.agencyCode === 'DISCIPLINE' ? jw : sj;
    if (r.agencyCode === 'AUDIT') {
      // Through the portal's reply form, with the audit office's document attached.
      const form = new FormData();
      form.append('result', 'NO_ADVERSE');
      form.append('body', '经查阅近三年经济责任审计报告，未发现该同志相关问题，情况说明见附件。');
      form.append(
        'files',
        new Blob([Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')], { type: 'application/pdf' }),
        '审计情况说明.pdf',
      );
      await liaison.call('POST', `/agency/requests/${r.id}/replies`, form, [303]);
    } else {
      await liaison.call('POST', `/api/v1/verification-requests/${r.id}/replies`, {
        result: 'NO_ADVERSE',
        body: '经查，未发现该同志违反廉洁纪律的问题线索。',
      });
    }
    count('agency replies');
  }
  await act(triage, verified!.id, 'finding', {
    finding: 'UNSUBSTANTIATED',
    outcomeForReporter: '经核实，您反映的问题不属实。感谢您对干部监督工作的支持。',
  });
  await act(triage, verified!.id, 'close', { comment: '核查完毕，拟办结' });
  await act(chief, verified!.id, 'decision', { approve: true, comment: '同意办结' });
  count('cases concluded');

  // 谈话函询 in handling; a transfer approved; 不予受理 waiting for the chief.
  await act(triage, inquiry!.id, 'disposition', { kind: 'TALK_INQUIRY', reason: '问题较轻，先谈话提醒' });
  await act(triage, transfer!.id, 'disposition', { kind: 'TRANSFER', target: 'DISCIPLINE', reason: '反映收受财物，属纪委监委管辖' });
  await act(chief, transfer!.id, 'decision', { approve: true });
  count('cases transferred');
  await act(triage, refused!.id, 'disposition', { kind: 'NOT_ACCEPTED', reason: '反映内容属于劳动争议，已告知通过仲裁途径解决' });
  count('proposals waiting');
  // Where the district has a seventh tip (the SMS ones): a 不予受理 the chief approved.
  const notAccepted = open[6];
  if (notAccepted) {
    await act(triage, notAccepted.id, 'disposition', {
      kind: 'NOT_ACCEPTED',
      reason: '反映的问题不属于干部选拔任用监督范围，已告知向有关部门反映',
    });
    await act(chief, notAccepted.id, 'decision', { approve: true, comment: '同意不予受理' });
    count('cases not accepted');
  }
  // A repeat merged into the verified case.
  await act(triage, repeat!.id, 'merge', { intoReportId: verified!.id });
  count('repeats merged');

  // A joint meeting: attendance, opinions, a decision on a case, minutes.
  const invited = [
    'DISCIPLINE',
    'POLITICAL_LEGAL',
    'PETITIONS',
    'HEALTH',
    'AUDIT',
    'COURT',
    'PROCURATORATE',
    'PUBLIC_SECURITY',
    'HUMAN_RESOURCES',
  ];
  const meeting = await triage.call<{ id: string; items: Array<{ id: string; target: { id: string } | null }> }>(
    'POST',
    '/api/v1/meetings',
    {
      title: '干部监督工作联席会议（第四季度）',
      heldOn: isoDate(now),
      place: '区委组织部第一会议室',
      convener: '区委组织部',
      invitedAgencies: invited,
    },
  );
  await triage.call('PUT', `/api/v1/meetings/${meeting.id}/attendance`, {
    entries: invited.map((code, i) =>
      i % 4 === 3 ? { agencyCode: code, status: 'ABSENT', note: '公务外出' } : { agencyCode: code, status: 'PRESENT', attendee: '联络员' },
    ),
  });
  const withItem = await triage.call<{ items: Array<{ id: string; target: { id: string } | null }> }>(
    'POST',
    `/api/v1/meetings/${meeting.id}/items`,
    { reportId: closedLater!.id },
  );
  const item = withItem.items.find((i) => i.target?.id === closedLater!.id)!;
  await triage.call('PUT', `/api/v1/meetings/${meeting.id}/items/${item.id}/opinions`, {
    opinions: [{ agencyCode: 'DISCIPLINE', opinion: '建议进一步核实后再作处理' }],
  });
  await chief.call('POST', `/api/v1/meetings/${meeting.id}/items/${item.id}/decision`, {
    kind: 'VERIFY_FURTHER',
    agencyCodes: ['DISCIPLINE'],
    dueOn: addWorkingDays(isoDate(now), 14, districtCalendar()),
    question: '请核实该同志有无被反映的违规行为',
  });
  await triage.call('PATCH', `/api/v1/meetings/${meeting.id}`, {
    minutes: '会议听取了近期干部监督信访举报办理情况汇报，研究了有关问题线索的处置意见。',
  });
  count('meetings');

  // Cadre records: a sanction in its influence period, a unit over its quota.
  const sanctioned = person(5);
  await triage.call('POST', `/api/v1/cadres/${sanctioned.id}/sanctions`, {
    kind: 'PARTY_WARNING',
    effectiveOn: isoDate(new Date(now.getTime() - 60 * DAY)),
    note: '违反工作纪律',
  });
  count('sanctions');
  // A finding from an inspection tour (巡察), last year's random check of personal-matters
  // reports (this year's is left for the demo's users to draw), and a close relation (回避).
  await triage.call('POST', `/api/v1/cadres/${person(6).id}/findings`, {
    source: '区委第一巡察组',
    outcome: 'PARTLY',
    concludedOn: isoDate(new Date(now.getTime() - 90 * DAY)),
    summary: '巡察发现公务接待超标准，已责令整改',
  });
  count('findings');
  // Once a year: a story played --again finds last year's draw made (409).
  await triage.call('POST', '/api/v1/personal-matters/draws', { year: now.getFullYear() - 1 }, [200, 201, 409]);
  count('personal-matters draws');
  await triage.call('POST', '/api/v1/cadre-relations', { cadreId: person(7).id, relatedCadreId: person(8).id, kind: 'SPOUSE' });
  count('relations');
  const crowded = person(1);
  if (crowded.level) {
    await triage.call('PUT', `/api/v1/units/${crowded.unitId}/quotas`, { level: crowded.level, approved: 0 });
    count('units over quota');
  }

  // 档案专项审核: one cadre's file audited, where a later form the cadre filled in made them two
  // years younger; the earliest self-filled date stands (组通字〔2006〕41号), the doubt is resolved.
  const filed = person(21);
  const born = Number(filed.birthMonth.slice(0, 4));
  const later = Math.min(born + 35, now.getFullYear() - 1);
  for (const entry of [
    { fact: 'BIRTH', statedDate: filed.birthMonth, source: 'CADRE_RESUME', documentDate: `${born + 22}-03-15`, filledBySelf: true },
    {
      fact: 'BIRTH',
      statedDate: `${born + 2}${filed.birthMonth.slice(4)}`,
      source: 'CADRE_REGISTRATION',
      documentDate: `${later}-06-01`,
      filledBySelf: true,
    },
    {
      fact: 'WORK_START',
      statedDate: `${born + 21}-07`,
      source: 'RECRUITMENT_APPROVAL',
      documentDate: `${born + 21}-07-01`,
      filledBySelf: false,
    },
    {
      fact: 'EDUCATION',
      educationLevel: 'BACHELOR',
      institution: '省师范大学',
      fromDate: `${born + 17}-09`,
      toDate: `${born + 21}-07`,
      diploma: true,
      fullTime: true,
      source: 'EDUCATION_PROOF',
      documentDate: `${born + 21}-07-01`,
      filledBySelf: false,
    },
  ]) {
    await triage.call('POST', `/api/v1/cadres/${filed.id}/file/entries`, entry);
  }
  const file = await triage.call<{ doubts: Array<{ id: string; status: string }> }>('GET', `/api/v1/cadres/${filed.id}/file`);
  for (const doubt of file.doubts.filter((d) => d.status === 'OPEN')) {
    await triage.call('POST', `/api/v1/cadres/${filed.id}/file/doubts/${doubt.id}/resolve`, {
      resolution: `经查阅原始档案，${born + 22}年干部履历表为本人最早填写，出生日期以其为准；${later}年干部登记表所填有误，已由本人作出书面说明。`,
    });
  }
  await triage.call('PUT', `/api/v1/cadres/${filed.id}/file/completion`, {
    auditedOn: isoDate(new Date(now.getTime() - 3 * DAY)),
    note: '出生日期记载不一致，已查明认定',
  });
  count('file audits');

  // Pre-appointment check: three candidates, opinions from two member agencies.
  const clean = person(20);
  const blockedBySanction = sanctioned;
  // 报备: a 街道's deputy proposed as 办事处主任 (a post reported upward before the decision meeting).
  const reported = people.find((p) => /街道$/.test(p.unitName) && p.post === '办事处副主任' && p.id !== clean.id && p.id !== sanctioned.id);
  for (const c of reported ? [clean, reported] : [clean]) {
    await triage.call('PUT', `/api/v1/cadres/${c.id}/file-audit`, {
      auditedOn: isoDate(new Date(now.getTime() - 10 * DAY)),
      note: '档案专项审核无问题',
    });
    await triage.call('PUT', `/api/v1/cadres/${c.id}/personal-matters`, {
      year: now.getFullYear(),
      status: 'CONSISTENT',
      checkedOn: isoDate(new Date(now.getTime() - 5 * DAY)),
      checkReason: 'PROMOTION',
    });
  }
  const run = await chief.call<{ runId: string; candidates: Array<{ id: string; cadreId: string }> }>('POST', '/api/v1/vetting/runs', {
    title: '2026年第四季度科级干部任前审查',
    slate: [
      { cadreId: clean.id, proposedPost: `${clean.unitName}副局长` },
      { cadreId: blockedBySanction.id, proposedPost: `${blockedBySanction.unitName}局长` },
      ...(reported ? [{ cadreId: reported.id, proposedPost: `${reported.unitName}办事处主任`, unitId: reported.unitId }] : []),
    ],
    agencyCodes: ['DISCIPLINE', 'AUDIT'],
  });
  const reportedCandidate = reported && run.candidates.find((c) => c.cadreId === reported.id);
  if (reportedCandidate) {
    await chief.call('POST', `/api/v1/vetting/candidates/${reportedCandidate.id}/prior-report`, {
      sentOn: isoDate(new Date(now.getTime() - 3 * DAY)),
      reference: `区组干〔${now.getFullYear()}〕18号`,
      sentTo: '市委组织部',
    });
    await chief.call('POST', `/api/v1/vetting/candidates/${reportedCandidate.id}/prior-report/reply`, {
      repliedOn: isoDate(new Date(now.getTime() - 1 * DAY)),
      reference: `市组干函〔${now.getFullYear()}〕42号`,
      result: 'AGREE',
      note: '同意按程序提交讨论决定',
    });
    count('prior reports');
  }
  for (const liaison of [jw, sj]) {
    const mine = await liaison.call<Array<{ id: string; state: string }>>('GET', '/api/v1/agency/requests');
    for (const r of mine.filter((x) => x.state !== 'ANSWERED')) {
      await liaison.call(
        'POST',
        `/api/v1/verification-requests/${r.id}/replies`,
        { result: 'NO_ADVERSE', body: '经查，未发现该同志有影响任用的问题。' },
        [200, 201, 204, 409],
      );
    }
  }
  count('vetting runs');
  const passed = await (async () => {
    for (let i = 0; i < 60; i += 1) {
      const view = await chief.call<{ candidates: Array<{ id: string; cadreId: string; verdict: string }> }>(
        'GET',
        `/api/v1/vetting/runs/${run.runId}`,
      );
      const candidate = view.candidates.find((c) => c.cadreId === clean.id && c.verdict === 'PASS');
      if (candidate) return candidate;
      await new Promise((r) => setTimeout(r, 500));
    }
    return null;
  })();
  if (passed) {
    await chief.call(
      'POST',
      `/api/v1/vetting/runs/${run.runId}/notices`,
      { startsOn: isoDate(now), endsOn: isoDate(new Date(now.getTime() + 9 * DAY)), candidateIds: [passed.id] },
      [200, 201, 400, 409],
    );
    count('publicity notices');
  } else log('demo: the clean candidate has not passed yet (the worker is still evaluating); no notice published');
  return made;
}
