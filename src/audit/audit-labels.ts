/**
 * What an audit row's action means, in Chinese, for the auditor's pages and exports. Named
 * actions (`case.disposed`, `identity.approve` …) have their own label; a request's action
 * (`POST /api/v1/triage/cases/:id/disposition`) is read from its route: the verb from the
 * method, the object from the most specific path segment. Every static segment of every
 * route must be in SEGMENTS (a generated test checks the route inventory), so a new route
 * is described without anyone remembering to.
 */

const NAMED: Record<string, string> = {
  'POST /console/cadres/:id/relations/:relatedId/remove': '删除亲属关系',
  'appointment.step.record': '记录全程记实环节',
  'appointment.record.download': '下载全程记实表',
  'auth.login': '登录',
  'auth.logout-all': '退出全部登录',
  'auth.totp.enable': '启用两步验证',
  'cadre.relation.record': '记录干部亲属关系（回避）',
  'cadre.relation.remove': '删除干部亲属关系（回避）',
  'coi.excluded': '因回避未显示举报',
  'identity.request': '申请查看举报人身份',
  'identity.approve': '批准查看举报人身份',
  'identity.refuse': '不批准查看举报人身份',
  'identity.view': '查看举报人身份',
  'report.view': '查看举报',
  'retention.purge': '按保存期限清除个人信息',
  'staff.cadre.link': '关联工作人员与干部档案',
  'staff.password.reset': '重置工作人员密码',
  'staff.sessions.revoke': '注销工作人员登录',
  'staff.totp.reset': '重置工作人员两步验证',
  'staff.create': '新建工作人员账号',
  'staff.update': '修改工作人员账号',
  'keys.rotate': '轮换主密钥',
  'staff.enrolment-token.issue': '签发两步验证绑定码',
  'staff.reset.request': '申请重置账号（待另一名管理员审批）',
  'staff.reset.approve': '批准重置账号',
  'staff.reset.refuse': '不批准重置账号',
  'verification.press': '督办核查请求',
  'case.disposed': '案件处置',
  'case.disposition_proposed': '提出处置（待审批）',
  'case.close_proposed': '提请办结（待审批）',
  'case.decision_approved': '审批同意',
  'case.decision_rejected': '审批不同意',
  'case.finding_recorded': '记录核查结论',
  'case.closed': '案件办结',
  'case.merged': '合并重复举报',
  'case.merged_in': '并入重复举报',
  'case.reopened': '案件重新办理',
  'GET /': '查看公众首页',
  'GET /console': '查看举报列表（工作台）',
};

/** Path segments → what they name (a route's object is its last named segment). */
export const SEGMENTS: Record<string, string | null> = {
  api: null,
  v1: null,
  console: null,
  public: null,
  webhooks: null,
  admin: null,
  agencies: '成员单位',
  agency: '成员单位平台',
  agenda: '会议议程',
  approve: '批准',
  assessment: '试用期考核',
  assign: '经办人',
  attachments: '附件',
  attendance: '出席情况',
  audit: '审计日志',
  auth: '登录',
  cadre: '干部',
  'cadre-relations': '干部亲属关系',
  cadres: '干部档案',
  calls: '来电记录',
  candidates: '任前审查对象',
  cases: '举报案件',
  category: '问题类别',
  close: '办结',
  confirm: '确认关联干部',
  dashboard: '统计看板',
  decision: '审批或决定',
  disposition: '处置',
  draws: '个人有关事项抽查',
  'enrolment-token': '两步验证绑定码',
  'reset-requests': '账号重置申请',
  'export.csv': '导出（CSV）',
  'export.docx': '导出（Word）',
  'export.xlsx': '导出（Excel）',
  'file-audit': '档案审核',
  finding: '核查结论',
  findings: '核查结论',
  'follow-up': '举报查询',
  generic: '短信网关',
  health: '运行状态',
  hotline: '电话举报',
  identity: '举报人身份',
  'identity-request': '身份查看申请',
  'identity-requests': '身份查看申请',
  import: '名册导入',
  inspection: '考察',
  imports: '名册导入',
  inbox: '待办举报',
  investigation: '立案调查标记',
  relations: '亲属关系',
  remove: null, // named in NAMED by its route
  items: '会议议题',
  live: '存活检查',
  login: '登录',
  logout: '退出登录',
  'logout-all': '退出全部登录',
  lookup: '查询',
  me: '本人账号',
  meetings: '联席会议',
  merge: '合并',
  messages: '消息',
  mine: '本人申请',
  'minutes.docx': '会议纪要',
  motion: '动议',
  names: '单位曾用名',
  notes: '内部备注',
  notices: '任前公示',
  notifications: '通知',
  opinions: '成员单位意见',
  order: '议题顺序',
  outcome: '任用决定',
  password: '密码',
  'personal-matters': '个人有关事项',
  press: '督办',
  'prior-report': '报备',
  probations: '试用期',
  propose: '议程建议',
  quotas: '职数',
  ready: '就绪检查',
  recommendation: '民主推荐',
  record: '全程记实',
  'record.docx': '全程记实表（Word）',
  'record.pdf': '全程记实表（PDF）',
  refuse: '不批准',
  reopen: '重新办理',
  replies: '答复',
  reply: '答复',
  report: '举报',
  reports: '举报',
  requests: '核查请求',
  reset: '重置',
  revoke: '注销',
  roster: '干部名册',
  runs: '任前审查',
  sanctions: '处分',
  sessions: '登录会话',
  setup: '设置',
  'sheet.docx': '任前审查表',
  'slate.xlsx': '审查名单',
  sms: '短信举报',
  staff: '工作人员账号',
  statistics: '统计',
  subjects: '被反映干部',
  telephony: '电话语音',
  todo: '待办事项',
  totp: '两步验证',
  transcript: '录音转写',
  triage: '举报分拣',
  twilio: '短信网关',
  'two-factor': '两步验证',
  units: '单位',
  unlink: '取消关联',
  verification: '核查请求',
  'verification-figures': '成员单位答复统计',
  'verification-requests': '核查请求',
  verify: '核验',
  vetting: '任前审查',
  view: '查看',
  voicemail: '语音留言',
  voicemails: '语音留言',
  withdraw: '撤销任前公示',
};

const VERBS: Record<string, string> = { GET: '查看', HEAD: '查看', POST: '提交', PUT: '修改', PATCH: '修改', DELETE: '删除' };

/** The object a route acts on: its last segment that names something. */
export function routeObject(path: string): string | null {
  const named = path
    .split('/')
    .filter((s) => s && !s.startsWith(':'))
    .map((s) => SEGMENTS[s])
    .filter((s): s is string => Boolean(s));
  return named.at(-1) ?? null;
}

/** The audit action in Chinese; an action with neither a label nor a known route is shown as 其他操作 with the code. */
export function describeAction(action: string): string {
  if (NAMED[action]) return NAMED[action];
  const match = /^(GET|HEAD|POST|PUT|PATCH|DELETE) (\/\S*)$/.exec(action);
  if (match) {
    const object = routeObject(match[2]!);
    if (object) return `${VERBS[match[1]!]}${object}`;
  }
  return `其他操作（${action}）`;
}
