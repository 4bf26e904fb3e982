import { z } from 'zod';
import type { CategoryDefinition, Settings } from '../../../infra/config/settings.schema.js';
import { normalizePhone } from '../../../infra/crypto/keyed-hash.js';
import { isValidResidentId } from '../../resident-id.js';
import { reportedPersonSchema } from '../../dto/submit-report.dto.js';

const phone = z
  .string()
  .transform(normalizePhone)
  .pipe(z.string().regex(/^(1[3-9]\d{9}|0\d{9,11}|\+\d{8,15})$/, '请填写正确的手机号码或带区号的固定电话'));

const text = (max: number, label: string) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过 ${max} 字`);

/** A call as the operator records it, after reading the record back to the caller. */
export function buildHotlineCallSchema(settings: Settings, categories: CategoryDefinition[]) {
  const { minTranscriptLength, maxTranscriptLength } = settings.telephony;
  const codes = categories.map((c) => c.code) as [string, ...string[]];
  return z
    .strictObject({
      /** The number the call came from; absent when withheld. Stored encrypted. */
      callerNumber: phone.optional(),
      startedAt: z.iso.datetime({ offset: true, error: '来电时间格式应为 ISO 8601，例如 2026-03-05T09:30:00+08:00' }),
      durationSeconds: z.number().int().min(0).max(36_000, '通话时长不超过 10 小时'),
      /** 普通话, 粤语, 闽南话 … */
      language: text(30, '方言或语言'),
      transcript: z
        .string('请填写通话记录')
        .trim()
        .min(minTranscriptLength, `通话记录至少 ${minTranscriptLength} 字`)
        .max(maxTranscriptLength, `通话记录不超过 ${maxTranscriptLength} 字`),
      subjects: z
        .array(reportedPersonSchema)
        .max(settings.intake.maxSubjects, `一次最多反映 ${settings.intake.maxSubjects} 人`)
        .default([]),
      category: z.enum(codes, `问题类别应为以下之一：${codes.join('、')}`).optional(),
      incidentTime: text(100, '发生时间').optional(),
      incidentPlace: text(200, '发生地点').optional(),
      anonymous: z.boolean('请选择实名或匿名'),
      /** Real-name caller; the phone defaults to the caller number. */
      reporter: z
        .strictObject({
          name: z.string().trim().min(2, '实名举报请填写真实姓名').max(30, '姓名不超过 30 字'),
          phone: phone.optional(),
          idNumber: z.string().trim().toUpperCase().refine(isValidResidentId, '身份证号码校验不通过，请核对').optional(),
        })
        .optional(),
      callbackWanted: z.boolean('请选择是否需要回电'),
      /** The record was read back: the caller confirmed it, or asked for corrections (already made in the transcript). */
      readBack: z.discriminatedUnion(
        'confirmed',
        [
          z.strictObject({ confirmed: z.literal(true) }),
          z.strictObject({ confirmed: z.literal(false), corrections: text(2000, '来电人要求更正的内容') }),
        ],
        '请记录读回核对结果：来电人确认，或所要求的更正',
      ),
      /** How the caller gets the receipt code: read out now, or by SMS to the caller. */
      receiptDelivery: z.enum(['READ_OUT', 'SMS'], '查询码告知方式应为 READ_OUT（当场读出）或 SMS（短信发送）'),
    })
    .superRefine((v, ctx) => {
      if (!v.anonymous && !v.reporter) ctx.addIssue({ code: 'custom', path: ['reporter'], message: '实名举报请填写来电人姓名' });
      if (v.anonymous && v.reporter) ctx.addIssue({ code: 'custom', path: ['reporter'], message: '匿名举报不应填写身份信息' });
      if (!v.anonymous && !v.reporter?.phone && !v.callerNumber) {
        ctx.addIssue({ code: 'custom', path: ['reporter', 'phone'], message: '实名举报须有联系电话：请填写来电号码或联系电话' });
      }
      if (v.receiptDelivery === 'SMS' && !v.callerNumber && !v.reporter?.phone) {
        ctx.addIssue({ code: 'custom', path: ['receiptDelivery'], message: '没有来电号码，无法短信发送查询码：请当场读出' });
      }
    });
}
export type HotlineCallDto = z.infer<ReturnType<typeof buildHotlineCallSchema>>;

export const hotlineCallResponseSchema = z
  .object({
    callId: z.string(),
    reportId: z.uuid(),
    reportNumber: z.string(),
    receivedAt: z.string(),
    receiptDelivery: z.enum(['READ_OUT', 'SMS']).describe('READ_OUT 当面读给来电人，SMS 短信发送'),
    /** Only when read out: the operator reads it to the caller now; it is not shown again. */
    receiptCode: z.string().nullable().describe('查询码：仅当面读出时返回，之后不再显示'),
    recording: z.object({ mediaType: z.string(), sizeBytes: z.int(), sha256: z.string() }).nullable(),
  })
  .meta({ id: 'HotlineCallResult' });
export type HotlineCallResponse = z.infer<typeof hotlineCallResponseSchema>;

/** Voicemail / IVR message from the telephony platform (JSON, or the `json` field of a multipart request with the recording). */
export const voicemailSchema = z.strictObject({
  callId: z.string().regex(/^[\w.:-]{1,128}$/, 'callId 应为 1–128 位字母、数字或 ._:-'),
  callerNumber: phone.optional(),
  startedAt: z.iso.datetime({ offset: true, error: 'startedAt 格式应为 ISO 8601' }),
  durationSeconds: z.number().int().min(0).max(36_000).optional(),
  recordingUrl: z.url('recordingUrl 不是合法的网址').optional(),
});
export type VoicemailDto = z.infer<typeof voicemailSchema>;

export function buildTranscriptSchema(settings: Settings, categories: CategoryDefinition[]) {
  const { minTranscriptLength, maxTranscriptLength } = settings.telephony;
  const codes = categories.map((c) => c.code) as [string, ...string[]];
  return z.strictObject({
    transcript: z
      .string('请填写转写内容')
      .trim()
      .min(minTranscriptLength, `转写内容至少 ${minTranscriptLength} 字`)
      .max(maxTranscriptLength, `转写内容不超过 ${maxTranscriptLength} 字`),
    language: text(30, '方言或语言').optional(),
    subjects: z.array(reportedPersonSchema).max(settings.intake.maxSubjects).default([]),
    category: z.enum(codes, `问题类别应为以下之一：${codes.join('、')}`).optional(),
  });
}
export type TranscriptDto = z.infer<ReturnType<typeof buildTranscriptSchema>>;

export const voicemailViewSchema = z
  .object({
    callId: z.string(),
    reportId: z.uuid(),
    reportNumber: z.string(),
    startedAt: z.string(),
    durationSeconds: z.number().nullable(),
    hasRecording: z.boolean(),
    receivedAt: z.string(),
  })
  .meta({ id: 'Voicemail' });
export type VoicemailView = z.infer<typeof voicemailViewSchema>;

export const voicemailReceiptSchema = z.object({ reportNumber: z.string(), duplicate: z.boolean() }).meta({ id: 'VoicemailReceipt' });
export const transcriptResultSchema = z.object({ reportNumber: z.string() }).meta({ id: 'TranscriptResult' });
