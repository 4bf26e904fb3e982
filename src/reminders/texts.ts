/** Words of the to-do page (我的待办). Simplified Chinese; a district adapting the wording edits this file. */
export const reminderTexts = {
  todo: {
    title: '待办事项',
    nav: '我的待办',
    asOf: (date: string) => `截至 ${date}`,
    none: '暂无。',
    overdue: '已逾期',
    nothingForRole: '您的角色没有需要在此处理的待办事项。',
    sections: {
      approvals: '待我审批',
      caseDeadlines: '即将到期或已逾期的举报（我经办或未指定经办人）',
      agencyAnswers: '成员单位逾期未答复的核查请求',
      probations: '试用期届满待考核',
      identityRequests: '待审批的身份查看申请',
      identityApproved: '我的已批准身份查看申请',
    } as Record<string, string>,
  },
} as const;
