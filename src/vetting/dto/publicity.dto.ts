import { z } from 'zod';
import { isCivilDate } from '../../cadres/rules/civil-date.js';

const date = (label: string) => z.string(`请填写${label}`).refine(isCivilDate, `${label}应写作 YYYY-MM-DD`);

export const publishNoticeSchema = z.strictObject({
  title: z.string().trim().min(2).max(200).optional(),
  startsOn: date('公示开始日期'),
  endsOn: date('公示结束日期'),
  contact: z.string().trim().min(10, '反映方式至少 10 字').max(1000).optional(),
  candidateIds: z.array(z.uuid('candidateIds 应为审查对象编号（UUID）')).min(1).max(200).optional(),
});
export type PublishNoticeDto = z.infer<typeof publishNoticeSchema>;

/** 撤销 a notice before its period ends: why (published by mistake, the candidate withdrawn …). */
export const withdrawNoticeSchema = z.strictObject({
  reason: z.string('请填写撤销理由').trim().min(2, '请写明撤销理由（至少 2 字）').max(500, '撤销理由不超过 500 字'),
});
export type WithdrawNoticeDto = z.infer<typeof withdrawNoticeSchema>;

export const outcomeSchema = z.strictObject({
  decision: z.enum(
    ['APPOINT', 'APPOINT_WITH_REMINDER', 'DO_NOT_APPOINT', 'SUSPEND'],
    '决定应为 APPOINT（任用）、APPOINT_WITH_REMINDER（任用并提醒）、DO_NOT_APPOINT（不予任用）或 SUSPEND（暂缓任用）',
  ),
  note: z.string().trim().max(2000).optional(),
  suspendedUntil: date('暂缓截止日期').optional(),
  appointedOn: date('任职日期').optional(),
  elected: z.boolean().optional(),
});
export type OutcomeDto = z.infer<typeof outcomeSchema>;

export const assessmentSchema = z.strictObject({
  result: z.enum(['COMPETENT', 'NOT_COMPETENT'], '考核结果应为 COMPETENT（称职）或 NOT_COMPETENT（不称职）'),
  assessedOn: date('考核日期'),
  note: z.string().trim().max(2000).optional(),
});
export type AssessmentDto = z.infer<typeof assessmentSchema>;

export const probationListSchema = z.strictObject({ due: z.enum(['true', 'false']).optional() });

/** 任前公示: the notice as published, with the people on it. */
export const noticeViewSchema = z
  .object({
    id: z.uuid(),
    runId: z.uuid(),
    reference: z.string().describe('公示文号'),
    title: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    workingDays: z.int().describe('公示期（工作日）'),
    contact: z.string().describe('反映方式'),
    /** Today is within the period: tips are taken as tips about this notice. */
    open: z.boolean().describe('今天在公示期内且未撤销'),
    withdrawnAt: z.string().nullable().describe('撤销时间（ISO 8601）；未撤销为 null'),
    withdrawalReason: z.string().nullable().describe('撤销理由'),
    candidates: z.array(
      z.object({
        candidateId: z.uuid(),
        cadreId: z.uuid(),
        name: z.string(),
        gender: z.string(),
        birthMonth: z.string(),
        unitName: z.string(),
        post: z.string(),
        currentPost: z.string(),
        proposedPost: z.string(),
      }),
    ),
  })
  .meta({ id: 'PublicityNotice' });
export type NoticeView = z.infer<typeof noticeViewSchema>;
export type NoticeCandidate = NoticeView['candidates'][number];

/** 试用期: one appointee's probation and its assessment. */
export const probationViewSchema = z
  .object({
    id: z.uuid(),
    candidateId: z.uuid(),
    cadreId: z.uuid(),
    name: z.string(),
    post: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    remindedAt: z.string().nullable(),
    result: z.enum(['COMPETENT', 'NOT_COMPETENT']).nullable().describe('COMPETENT 胜任，NOT_COMPETENT 不胜任'),
    assessedOn: z.string().nullable(),
    assessmentNote: z.string().nullable(),
  })
  .meta({ id: 'Probation' });
export type ProbationView = z.infer<typeof probationViewSchema>;
