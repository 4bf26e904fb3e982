/**
 * The one catalogue of stored codes → Chinese labels. Every page, email and document that
 * shows a code asks here, so a raw code never reaches a person; `catalogue.spec.ts` checks
 * that every code a column, enum or code list can hold has a label. Page words live in each
 * module's `texts.ts`; a module whose pages show one of these lists refers to it from there.
 *
 * Where a list is worded differently in one place (the statistics report says 暂缓上会
 * where the vetting page says 不得上会), the variant is its own list, named for where it is
 * used, and is checked against the same codes.
 */
const catalogue = {
  /** report.status */
  reportStatus: {
    RECEIVED: '待分拣',
    TRIAGED: '待处置',
    IN_HANDLING: '办理中',
    CLOSED: '已办结',
    MERGED: '已合并',
    TRANSFERRED: '已转办',
    NOT_ACCEPTED: '不予受理',
  },
  /** report.channel */
  channel: { WEB: '网络', SMS: '短信', HOTLINE: '电话' },
  /** report.priority_level */
  priority: { HIGH: '高', MEDIUM: '中', LOW: '低' },
  /** report.disposition (and a pending proposal's kind) */
  disposition: {
    TALK_INQUIRY: '谈话函询',
    PRELIMINARY_VERIFICATION: '初步核实',
    FILED_PENDING: '暂存待查',
    CLOSED_NO_ACTION: '予以了结',
    TRANSFER: '转办',
    NOT_ACCEPTED: '不予受理',
  },
  /** A proposal waiting for approval: a disposition, or CLOSE for 办结. */
  pendingDecision: {
    TALK_INQUIRY: '谈话函询',
    PRELIMINARY_VERIFICATION: '初步核实',
    FILED_PENDING: '暂存待查',
    CLOSED_NO_ACTION: '予以了结',
    TRANSFER: '转办',
    NOT_ACCEPTED: '不予受理',
    CLOSE: '办结',
  },
  /** report_deadline.kind */
  deadlineKind: {
    ACCEPTANCE_NOTICE: '受理告知',
    DISPOSITION: '处置',
    CONCLUSION: '办结',
    OUTCOME_NOTICE: '结果告知',
    WRITTEN_INQUIRY: '函询回复',
  },
  /** report_event.type, as the case history shows it */
  reportEventType: {
    RECEIVED: '收到举报',
    TRIAGED: '系统分拣',
    REPEAT_FOUND: '发现疑似重复',
    CATEGORY_CONFIRMED: '确认类别',
    CATEGORY_CORRECTED: '更正类别',
    SUBJECT_CONFIRMED: '确认关联干部',
    SUBJECT_UNLINKED: '取消关联',
    SUBJECT_ADDED: '添加被反映干部',
    ASSIGNED: '分配经办人',
    DISPOSITION_PROPOSED: '提出处置意见（待审批）',
    DISPOSED: '处置',
    DECISION_APPROVED: '领导批准',
    DECISION_REJECTED: '领导不批准',
    NOTE_ADDED: '添加备注',
    FINDING_RECORDED: '记录核查结论',
    CLOSE_PROPOSED: '提出办结（待审批）',
    CLOSED: '办结',
    MERGED: '合并至前案',
    MERGED_IN: '并入重复件',
    REOPENED: '重新办理',
    STAFF_MESSAGE: '工作人员发消息',
    REPORTER_MESSAGE: '举报人补充',
    DEADLINE_REMINDER: '时限提醒',
    DEADLINE_ESCALATED: '逾期督办',
    PRIORITY_RAISED: '被反映干部进入任前审查或公示，提高优先级',
    VERIFICATION_REQUESTED: '请成员单位核查',
    VERIFICATION_REPLIED: '成员单位答复',
    VERIFICATION_PRESSED: '督办成员单位',
    VERIFICATION_REMINDED: '提醒成员单位按期答复',
    VERIFICATION_ESCALATED: '成员单位逾期未复，已通报',
    MEETING_DECISION: '联席会议决定',
    NOTIFICATION_FAILED: '通知发送失败',
    RECORDING_REJECTED: '录音文件被拒收',
    RETENTION_PURGED: '按保存期限清除个人信息',
    SMS_INCOMPLETE: '短信举报内容不完整',
    TRANSCRIBED: '录音已转写',
  },
  /** report.finding, cadre_finding.outcome */
  finding: { SUBSTANTIATED: '属实', PARTLY: '部分属实', UNSUBSTANTIATED: '不属实', UNVERIFIABLE: '无法查实' },
  /** report_subject.status */
  subjectStatus: { LINKED: '系统已关联', CANDIDATES: '待人工确认', CONFIRMED: '已确认', UNLINKED: '已取消关联' },
  /** report_subject.role */
  subjectRole: { SUBJECT: '被反映人', MENTIONED: '提及人员' },

  /** vetting_candidate.verdict, on the vetting, cadre and meeting pages */
  verdict: { PASS: '通过', BLOCK: '不得上会', PENDING: '待办结' },
  /** The same verdicts in the statistics report. */
  verdictInStatistics: { PASS: '通过', BLOCK: '暂缓上会', PENDING: '待定' },
  /** vetting_candidate.decision, on the vetting and cadre pages */
  appointmentDecision: { APPOINT: '任用', APPOINT_WITH_REMINDER: '任用并提醒谈话', DO_NOT_APPOINT: '不予任用', SUSPEND: '暂缓任用' },
  /** The same decisions in the statistics report, with the candidates not yet decided. */
  appointmentDecisionInStatistics: {
    APPOINT: '任用',
    APPOINT_WITH_REMINDER: '任用并提醒',
    DO_NOT_APPOINT: '不予任用',
    SUSPEND: '暂缓任用',
    UNDECIDED: '尚未决定',
  },
  /** The same decisions in documents, notices and messages (任前审查表, 纪实, 会议决定). */
  appointmentDecisionInRecords: { APPOINT: '任用', APPOINT_WITH_REMINDER: '任用并提醒', DO_NOT_APPOINT: '不予任用', SUSPEND: '暂缓任用' },
  /** The verdicts on the vetting sheet (任前审查表). */
  verdictOnSheet: { PASS: '通过', BLOCK: '不通过', PENDING: '待定（尚待答复或查核）' },
  /** vetting_prior_report.reply_result: the higher organization department's answer to a 报备. */
  priorReportResult: { AGREE: '同意', DISAGREE: '不同意' },
  /** The verdicts as a meeting's proposed agenda gives them. */
  verdictOnAgenda: { PASS: '通过', BLOCK: '不得提拔', PENDING: '待定' },
  /** A vetting reason code (why a candidate is held back), in the statistics report. */
  vettingReason: {
    OPEN_REPORT_UNVERIFIED: '有举报未核实',
    SANCTION_IN_EFFECT: '处分影响期内',
    AGENCY_ADVERSE_OPINION: '成员单位有不利意见',
    AGENCY_REPLY_MISSING: '成员单位未答复',
    PERSONAL_MATTERS_DISCREPANCY: '个人有关事项瞒报漏报',
    FILE_NOT_AUDITED: '档案未审核',
    FILE_DOUBT_OPEN: '档案存疑未查明',
    OVER_QUOTA: '超职数',
    UNDER_INVESTIGATION: '正在接受审查调查',
    PERSONAL_MATTERS_NOT_VERIFIED: '个人有关事项未查核',
    PRIOR_REPORT_REPLY_MISSING: '报备未获上级回复',
    PRIOR_REPORT_DISAGREED: '上级组织部门不同意',
  },
  /** vetting_step.step (EVALUATED with its verdict), on the vetting page */
  vettingStep: {
    RUN_STARTED: '发起审查',
    EVALUATED: '评估审查结论',
    CANDIDATE_PROPOSED: '提名拟任人选',
    OPINIONS_REQUESTED: '征求成员单位意见',
    'EVALUATED:PASS': '评估：通过',
    'EVALUATED:BLOCK': '评估：不得上会',
    'EVALUATED:PENDING': '评估：待办结',
    PUBLICITY_PUBLISHED: '发布任前公示',
    PUBLICITY_WITHDRAWN: '撤销任前公示',
    PUBLICITY_TIP_LINKED: '公示期间收到反映',
    OUTCOME_RECORDED: '记录任用决定',
    PROBATION_STARTED: '试用期开始',
    PROBATION_DUE: '试用期届满提醒',
    PROBATION_ASSESSED: '试用期考核',
    PRIOR_REPORT_SENT: '向上级组织部门报备',
    PRIOR_REPORT_REPLIED: '记录上级组织部门回复',
  },
  /** The same steps in the vetting record document (全程纪实). */
  vettingStepOnSheet: {
    RUN_STARTED: '启动任前审查',
    CANDIDATE_PROPOSED: '提出拟任人选',
    OPINIONS_REQUESTED: '征求成员单位意见',
    EVALUATED: '审查结论',
    PUBLICITY_PUBLISHED: '发布任前公示',
    PUBLICITY_WITHDRAWN: '撤销任前公示',
    PUBLICITY_TIP_LINKED: '公示期间收到反映',
    OUTCOME_RECORDED: '作出任用决定',
    PROBATION_STARTED: '试用期开始',
    PROBATION_DUE: '试用期届满提醒',
    PROBATION_ASSESSED: '试用期考核',
    PRIOR_REPORT_SENT: '向上级组织部门报备',
    PRIOR_REPORT_REPLIED: '记录上级组织部门回复',
  },
  /** A public notice's state (publicity_notice, as of today) */
  noticeState: { OPEN: '公示中', UPCOMING: '尚未开始', ENDED: '公示期满' },
  /** probation.result */
  probationResult: { COMPETENT: '称职', NOT_COMPETENT: '不称职' },
  /** The steps of an appointment's 全程记实 (appointment_step.kind holds the typed ones; the others are read from their own records) */
  appointmentStep: {
    MOTION: '动议',
    RECOMMENDATION: '民主推荐',
    INSPECTION: '考察',
    OPINIONS: '征求意见',
    DECISION: '讨论决定',
    PUBLICITY: '任前公示',
    APPOINTMENT: '任职',
    PROBATION: '试用期',
  },
  /** Who proposed an appointment (动议), in appointment_step.payload */
  motionProposer: {
    PARTY_COMMITTEE: '区委（党委、党组）',
    ORGANIZATION_DEPARTMENT: '区委组织部',
    UNIT_PARTY_ORGANIZATION: '单位党组（党委）',
  },
  /** The meeting that decides (讨论决定), in appointment_step.payload */
  decisionBody: { STANDING_COMMITTEE: '区委常委会', PLENARY: '区委全委会' },
  /** What the deciding meeting's vote came to, from its figures */
  decisionOutcome: { ADOPTED: '通过', NOT_ADOPTED: '未通过' },

  /** personal_matters_report.status */
  personalMattersStatus: { NOT_VERIFIED: '未查核', CONSISTENT: '一致', OMISSION: '漏报', CONCEALMENT: '瞒报' },
  /** The same results on the vetting sheet. */
  personalMattersStatusOnSheet: { CONSISTENT: '如实报告', OMISSION: '漏报', CONCEALMENT: '瞒报', NOT_VERIFIED: '未查核' },
  /** personal_matters_report.check_reason */
  personalMattersCheckReason: { RANDOM: '随机抽查', PROMOTION: '提拔前查核', TIP: '因举报查核' },
  /** cadre_relation.kind */
  relationKind: {
    SPOUSE: '配偶',
    PARENT: '父母',
    CHILD: '子女',
    SIBLING: '兄弟姐妹',
    IN_LAW: '姻亲',
    OTHER_CLOSE: '其他近亲属',
  },
  /** sanction.kind (a party, government or organizational measure; its 影响期 is in cadres/rules/influence.ts) */
  sanctionKind: {
    ADMONISHMENT: '诫勉',
    PARTY_WARNING: '党内警告',
    PARTY_SERIOUS_WARNING: '党内严重警告',
    PARTY_POST_REMOVAL: '撤销党内职务',
    PARTY_PROBATION: '留党察看',
    GOV_WARNING: '政务警告',
    GOV_DEMERIT: '记过',
    GOV_MAJOR_DEMERIT: '记大过',
    GOV_DEMOTION: '降级',
    GOV_DISMISSAL: '撤职',
    RESIGNATION_FOR_FAULT: '引咎辞职',
    ORDERED_RESIGNATION: '责令辞职',
    REMOVAL_FROM_POST: '免职',
  },
  /** file_entry.fact: the facts of a personnel-file audit (三龄二历一身份) */
  fileFact: {
    BIRTH: '出生日期',
    PARTY: '入党时间',
    WORK_START: '参加工作时间',
    EDUCATION: '学历',
    WORK_HISTORY: '工作经历',
    CADRE_STATUS: '干部身份',
  },
  /** file_entry.source: the document of the file a record comes from */
  fileSource: {
    CADRE_RESUME: '干部履历表',
    CADRE_REGISTRATION: '干部登记表',
    PARTY_APPLICATION: '入党志愿书',
    RECRUITMENT_APPROVAL: '招工/录用审批表',
    REGULARIZATION: '转正定级表',
    EDUCATION_PROOF: '学历证明/毕业生登记表',
    APPOINTMENT_APPROVAL: '任免审批表',
    WAGE_APPROVAL: '工资审批表',
    OTHER: '其他材料',
  },
  /** file_entry.education_level (学历) */
  educationLevel: {
    DOCTORATE: '博士研究生',
    MASTER: '硕士研究生',
    BACHELOR: '大学本科',
    COLLEGE: '大学专科',
    SECONDARY: '中专',
    HIGH_SCHOOL: '高中',
    JUNIOR: '初中',
  },
  /** file_doubt.rule: the file rule that found a doubt */
  fileDoubtRule: {
    BIRTH_CONFLICT: '出生日期记载不一致',
    BIRTH_DOUBLE_BENEFIT: '出生日期两头受益',
    WORK_START_CONFLICT: '参加工作时间记载不一致',
    WORK_START_UNSUPPORTED: '参加工作时间缺原始材料',
    PARTY_CONFLICT: '入党时间记载不一致',
    PARTY_UNDER_AGE: '入党时未满十八周岁',
    EDUCATION_NO_DIPLOMA: '学历无证明材料',
    EDUCATION_OVERLAPS_WORK: '全日制学习与工作重叠',
    WORK_HISTORY_GAP: '工作经历断档',
    WORK_HISTORY_OVERLAP: '工作经历重叠',
    POST_BEFORE_UNIT: '任职早于单位设立',
    CADRE_STATUS_CONFLICT: '干部身份记载不一致',
    ROSTER_CONFLICT: '名册与档案认定不符',
  },
  /** file_doubt.status */
  fileDoubtStatus: { OPEN: '待查明', RESOLVED: '已查明' },
  /** A unit's other names (unit_name.kind, without CURRENT) */
  unitNameKind: { ALIAS: '别名', FORMER: '曾用名（机构改革前名称）' },

  /** joint_meeting_attendance.status */
  attendance: { PRESENT: '出席', ABSENT: '缺席', REPRESENTED: '委托出席' },
  /** joint_meeting_item.decision */
  meetingDecision: { PROCEED: '按程序推进', VERIFY_FURTHER: '进一步核实', TRANSFER: '转办', CLOSE: '予以了结' },
  /** joint_meeting_item.kind, in the minutes */
  meetingItemKind: { CASE: '举报件', OVERDUE_REQUEST: '逾期请求', VETTING_CANDIDATE: '任前审查', FREE: '其他事项' },
  /** What a reporter sees of the status (受理 / 办理中 / 已办结). */
  publicStatus: { ACCEPTED: '已受理', IN_PROGRESS: '办理中', CONCLUDED: '已办结' },

  /** identity_access_request.status */
  identityRequestStatus: { PENDING: '待审批', APPROVED: '已批准', REFUSED: '未批准', WITHDRAWN: '已撤回' },
  /** staff role */
  role: {
    ADMIN: '系统管理员',
    INTAKE_OPERATOR: '接听员',
    TRIAGE_OFFICER: '监督科经办人',
    SUPERVISOR: '科长（分管领导）',
    IDENTITY_CUSTODIAN: '身份保管人',
    AGENCY_LIAISON: '成员单位联络员',
    AUDITOR: '审计员',
  },
  /** account_reset_request.kind */
  accountResetKind: { PASSWORD: '重置密码', TOTP: '重置两步验证' },
  /** audit_log.outcome */
  auditOutcome: { OK: '成功', DENIED: '被拒绝', FAILED: '失败', STARTED: '开始办理（结果见下一条）' },
  /** audit_log.actor_kind (when no staff name) */
  auditActorKind: { STAFF: '工作人员', SYSTEM: '系统', ANONYMOUS: '未登录' },
  /** audit_log.target_type */
  auditTargetType: {
    reports: '举报',
    cadres: '干部',
    'verification-requests': '核查请求',
    meetings: '会议',
    staff: '账号',
    vetting: '任前审查',
  },

  /** A verification request's state as staff see it (see requestState) */
  verificationState: { SENT: '已发送', READ: '已阅', OVERDUE: '已逾期', ANSWERED: '已答复', CANCELLED: '已撤回' },
  /** agency_request.kind, in the agency portal */
  agencyRequestKind: { OPINION: '征求意见', VERIFICATION: '核查' },
  /** verification_reply.result, in the reply history */
  replyResult: { NO_ADVERSE: '未发现不良反映', ADVERSE: '有不良反映', NOT_REMIT: '不属本单位职责范围', MORE_TIME: '需延期答复' },
  /** The same results as the reply form's options. */
  replyResultOption: {
    NO_ADVERSE: '未发现不良反映',
    ADVERSE: '有不良反映',
    NOT_REMIT: '不属本单位职责范围',
    MORE_TIME: '需延期答复（请填写新的答复日期）',
  },
} as const satisfies Record<string, Record<string, string>>;

/** The catalogue with its exact codes: a module's typed alias (Record<Code, string>) is checked against it. */
export const CATALOGUE = catalogue;

export type LabelList = keyof typeof catalogue;
/** The codes a list labels, as a type (the catalogue test checks them against the code unions). */
export type CodesOf<L extends LabelList> = keyof (typeof catalogue)[L] & string;

/** The lists, each as code → label (for a select's options, or a template's table). */
export const LABELS: { readonly [L in LabelList]: Readonly<Record<string, string>> } = catalogue;

/** A code that has no label: a programming error, which the catalogue test is there to catch. */
export class UnknownCodeError extends Error {
  constructor(
    readonly list: LabelList,
    readonly code: string,
  ) {
    super(`No Chinese label for code ${JSON.stringify(code)} in list ${list}`);
  }
}

/**
 * The label of a code; '' for no code. An unknown code throws outside production, so a
 * test that renders it fails; in production the page says 未知 rather than show the code.
 */
export function labelOf(list: LabelList, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '';
  if (Object.hasOwn(LABELS[list], code)) return LABELS[list][code]!;
  if (process.env.NODE_ENV !== 'production') throw new UnknownCodeError(list, code);
  return '未知';
}
