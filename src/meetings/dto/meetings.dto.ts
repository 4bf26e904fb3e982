import { z } from 'zod';

const date = (what: string) => z.string(`请填写${what}`).regex(/^\d{4}-\d{2}-\d{2}$/, `${what}格式应为 YYYY-MM-DD`);
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, '应为 UUID');
const agencyCode = z.string('请填写成员单位代码').regex(/^[A-Z][A-Z0-9_]*$/, '成员单位代码应为大写字母，如 AUDIT');
const text = (what: string, max: number, min = 1) =>
  z.string(`请填写${what}`).trim().min(min, `请填写${what}`).max(max, `${what}不超过 ${max} 字`);

export const scheduleSchema = z.strictObject({
  title: text('会议名称', 100).optional(),
  heldOn: date('会议日期'),
  place: text('会议地点', 100),
  convener: text('召集人', 50),
  invitedAgencies: z.array(agencyCode, '请选择参会成员单位').min(1, '请至少邀请一个成员单位').max(30, '参会成员单位不超过 30 个'),
});
export type ScheduleDto = z.infer<typeof scheduleSchema>;

export const updateSchema = scheduleSchema
  .partial()
  .extend({ minutes: z.string('纪要应为文字').max(20000, '会议纪要不超过 20000 字').optional() });
export type UpdateDto = z.infer<typeof updateSchema>;

/** A matter raised by staff (free text), a case or a vetting candidate added by hand. */
export const addItemSchema = z
  .strictObject({
    title: text('议题', 200).optional(),
    note: text('议题说明', 1000).optional(),
    reportId: uuid.optional(),
    /** A candidate of a pre-appointment check (任前审查对象). */
    candidateId: uuid.optional(),
  })
  .refine((v) => [v.title, v.reportId, v.candidateId].filter(Boolean).length === 1, {
    message: '请填写议题，或选择一件举报，或选择一名拟任人选（三者选一）',
    path: ['title'],
  });
export type AddItemDto = z.infer<typeof addItemSchema>;

export const orderSchema = z.strictObject({ itemIds: z.array(uuid, '请给出全部议题的新顺序').min(1, '请给出全部议题的新顺序').max(200) });

export const ATTENDANCE = ['PRESENT', 'ABSENT', 'REPRESENTED'] as const;
export const attendanceSchema = z.strictObject({
  entries: z
    .array(
      z
        .strictObject({
          agencyCode,
          status: z.enum(ATTENDANCE, '出席情况应为 PRESENT（出席）、ABSENT（缺席）或 REPRESENTED（委托他人出席）'),
          attendee: text('出席人姓名', 50).optional(),
          note: text('备注', 200).optional(),
        })
        .refine((e) => e.status === 'ABSENT' || Boolean(e.attendee), { message: '出席或委托出席请填写出席人姓名', path: ['attendee'] }),
      '请填写各成员单位出席情况',
    )
    .min(1, '请填写各成员单位出席情况')
    .max(30),
});
export type AttendanceDto = z.infer<typeof attendanceSchema>;

export const opinionsSchema = z.strictObject({
  opinions: z
    .array(z.strictObject({ agencyCode, opinion: text('意见', 2000) }), '请填写成员单位意见')
    .min(1, '请至少填写一个成员单位的意见')
    .max(30),
});
export type OpinionsDto = z.infer<typeof opinionsSchema>;

export const DECISIONS = ['PROCEED', 'VERIFY_FURTHER', 'TRANSFER', 'CLOSE'] as const;
export const decisionSchema = z
  .strictObject({
    kind: z.enum(DECISIONS, '决定应为：PROCEED（按程序推进）、VERIFY_FURTHER（进一步核实）、TRANSFER（转办）、CLOSE（予以了结）'),
    /** The decision as worded in the minutes. */
    note: text('决定内容', 2000).optional(),
    agencyCodes: z.array(agencyCode).min(1, '请选择负责核实的成员单位').max(20).optional(),
    dueOn: date('核实期限').optional(),
    question: text('需核实的问题', 2000, 4).optional(),
    target: text('转办单位', 50).optional(),
    /** The meeting goes ahead with a candidate whose check blocks, knowing the reasons (recorded). */
    confirmAgainstBlock: z.boolean('confirmAgainstBlock 应为 true 或 false').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'VERIFY_FURTHER') {
      if (!v.agencyCodes) ctx.addIssue({ code: 'custom', path: ['agencyCodes'], message: '进一步核实请选择负责核实的成员单位' });
      if (!v.dueOn) ctx.addIssue({ code: 'custom', path: ['dueOn'], message: '进一步核实请填写核实期限' });
      if (!v.question) ctx.addIssue({ code: 'custom', path: ['question'], message: '进一步核实请写明需核实的问题' });
    }
    if (v.kind === 'TRANSFER' && !v.target) ctx.addIssue({ code: 'custom', path: ['target'], message: '转办请填写转办单位' });
  });
export type DecisionDto = z.infer<typeof decisionSchema>;
