import { auditTexts } from '../audit/texts.js';
import { authTexts } from '../auth/texts.js';
import { cadreTexts } from '../cadres/texts.js';
import { identityTexts } from '../identity/texts.js';
import { LABELS } from '../infra/labels/catalogue.js';
import { intakeTexts } from '../intake/texts.js';
import { meetingTexts } from '../meetings/texts.js';
import { reminderTexts } from '../reminders/texts.js';
import { reportTexts } from '../reports/texts.js';
import { statisticsTexts } from '../statistics/texts.js';
import { triageTexts } from '../triage/texts.js';
import { verificationTexts } from '../verification/texts.js';
import { vettingTexts } from '../vetting/texts.js';

/**
 * The words templates read as `it.t.…`: the site's own words (layout, navigation, error
 * page) and each module's `texts.ts`, put together under the names the views use. Code
 * labels come from the one catalogue (`infra/labels`); a page shows a code with
 * `it.label(list, code)` or one of the lists below.
 */
export const zhCN = {
  siteName: '干部选拔任用监督举报平台',
  brand: '清风',
  ...reportTexts,
  nav: { home: '首页', report: '我要举报', followUp: '查询办理情况', notices: '任前公示' },
  home: intakeTexts.home,
  form: intakeTexts.form,
  receipt: intakeTexts.receipt,
  followUp: intakeTexts.followUp,
  notices: vettingTexts.notices,
  meetingPages: meetingTexts.meetingPages,
  cadrePages: cadreTexts.cadrePages,
  filePages: cadreTexts.filePages,
  personalMattersPages: cadreTexts.personalMattersPages,
  unitPages: cadreTexts.unitPages,
  vettingPages: vettingTexts.vettingPages,
  recordPages: vettingTexts.recordPages,
  error: { title: '出错了', back: '返回', home: '返回工作台首页' },
  twoFactor: authTexts.twoFactor,
  identityPages: identityTexts.identityPages,
  auditPages: auditTexts.auditPages,
  agencyPages: verificationTexts.agencyPages,
  adminPages: authTexts.adminPages,
  todo: reminderTexts.todo,
  console: {
    title: '工作台',
    nav: { inbox: '待办举报', dashboard: '统计看板', statistics: '统计报告', twoFactor: '两步验证', logout: '退出' },
    login: authTexts.login,
    inbox: triageTexts.inbox,
    case: triageTexts.case,
    statuses: LABELS.reportStatus,
    channels: LABELS.channel,
    priorities: LABELS.priority,
    dispositions: LABELS.disposition,
    deadlineKinds: LABELS.deadlineKind,
    eventTypes: LABELS.reportEventType,
    findings: LABELS.finding,
    statistics: statisticsTexts,
  },
  verification: verificationTexts.verification,
  hotline: intakeTexts.hotline,
  portal: verificationTexts.portal,
  footer: (hotline: string) => `举报电话：${hotline}　·　本平台不收集与举报无关的信息`,
} as const;

export type Texts = typeof zhCN;
