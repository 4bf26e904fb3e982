import { LABELS } from '../infra/labels/catalogue.js';

/** Words of the reporter-identity access pages (身份查看). Simplified Chinese; a district adapting the wording edits this file. */
export const identityTexts = {
  identityPages: {
    nav: '身份查看',
    navMine: '我的身份查看申请',
    queueTitle: '举报人身份查看申请',
    mineTitle: '我的身份查看申请',
    viewTitle: '实名举报人身份',
    requestTitle: '申请查看举报人身份',
    pending: '待审批',
    decided: '近期已审批',
    none: '暂无。',
    report: '举报编号',
    requester: '申请人',
    reason: '理由',
    askedAt: '申请时间',
    status: '状态',
    decidedBy: '审批人',
    note: '审批说明（可选）',
    approve: '批准',
    refuse: '不批准',
    expiresAt: '可查看至',
    view: '查看身份',
    name: '姓名',
    phone: '电话',
    idNumber: '身份证号',
    confidential: '举报人身份信息严格保密：不得记录、转告或泄露给任何人，特别是被反映人。本次查看已记入审计日志。',
    requestHint: '只有确有必要（如需联系举报人核实情况）时才申请。理由会交身份保管人审批，并记入审计日志。',
    submit: '提交申请',
    realNameOnly: '该举报为匿名举报，没有可查看的身份信息。',
    statuses: LABELS.identityRequestStatus,
    expired: '已过期',
    done: { approve: '已批准该申请。', refuse: '已不批准该申请。', requested: '申请已提交，等待身份保管人审批。' } as Record<
      string,
      string
    >,
  },
} as const;
