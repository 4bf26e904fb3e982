/**
 * Every message Qingfeng sends, as a typed union rendered to Simplified Chinese. A template
 * carries only what its message is for: never a reporter's identity, never tip text.
 * Reporters are pointed to the follow-up page (receipt code) for anything more.
 */
export type NotificationTemplate =
  /** 受理告知: to a real-name reporter, that the tip is accepted. */
  | { name: 'reporter-acknowledgement'; reportNumber: string; receivedOn: string }
  /** A reporter's tip moved on (受理 / 办理中 / 已办结). */
  | { name: 'status-change'; reportNumber: string; statusLabel: string }
  /** A handler asked the reporter something; the question itself is read with the receipt code. */
  | { name: 'handler-question'; reportNumber: string }
  /** 核查请求 to a member agency. `matter` is what the agency is asked to check, written for it. */
  | { name: 'verification-request'; agencyName: string; requestNumber: string; matter: string; dueDate: string }
  /** 征求意见: a sending's opinion requests to one member agency (a vetting run's slate), in one message. */
  | { name: 'opinion-requests'; agencyName: string; requestNumbers: string[]; dueDate: string }
  /** A member agency's request is due soon. */
  | { name: 'reminder'; agencyName: string; requestNumber: string; dueDate: string }
  /** 督办: an overdue request, escalated to a supervisor. */
  | { name: 'overdue-escalation'; recipientName: string; agencyName: string; requestNumber: string; dueDate: string; daysOverdue: number }
  /** SMS replies to a reporter texting in. */
  | { name: 'sms-receipt'; reportNumber: string; receiptCode: string }
  | { name: 'sms-appended'; reportNumber: string }
  | { name: 'sms-status'; reportNumber: string; statusLabel: string }
  | { name: 'sms-status-not-found' }
  | { name: 'sms-too-many-lookups' }
  | { name: 'sms-help' }
  /** The receipt code of a hotline call, sent by SMS instead of read out. */
  | { name: 'hotline-receipt'; reportNumber: string; receiptCode: string }
  /** 每日待办: a staff member's to-do list, once a working day. Tip numbers only, never tip content. */
  | { name: 'todo-digest'; recipientName: string; date: string; sections: Array<{ title: string; lines: string[] }> }
  /** 督办: a case deadline passed without the work done, sent to supervisors. */
  | { name: 'case-overdue-escalation'; recipientName: string; reportNumber: string; deadlineLabel: string; dueDate: string };

export type TemplateName = NotificationTemplate['name'];

export interface RenderContext {
  department: string;
  hotline: string;
  followUpUrl: string;
  agencyPortalUrl: string;
  /** The staff console, for links in staff emails. */
  consoleUrl: string;
  keywords: { status: string; help: string; stop: string; newReport: string };
}

export interface Rendered {
  subject: string;
  text: string;
}

/** 2026-03-05 → 2026年3月5日. */
export function chineseDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

export function render(template: NotificationTemplate, c: RenderContext): Rendered {
  const stop = `回复“${c.keywords.stop}”不再接收短信。`;
  switch (template.name) {
    case 'reporter-acknowledgement':
      return {
        subject: `举报受理告知（${template.reportNumber}）`,
        text:
          `您好：\n\n您于${chineseDate(template.receivedOn)}提交的举报（编号 ${template.reportNumber}）已受理，我们将依规依纪办理。\n` +
          `办理进展和结果请凭查询码在 ${c.followUpUrl} 查询，或拨打 ${c.hotline}。\n\n` +
          `请妥善保管查询码，不要转告他人。\n\n${c.department}`,
      };
    case 'status-change':
      return {
        subject: `举报办理进展（${template.reportNumber}）`,
        text: `您的举报（编号 ${template.reportNumber}）办理状态：${template.statusLabel}。详情请凭查询码在 ${c.followUpUrl} 查看。\n\n${c.department}`,
      };
    case 'handler-question':
      return {
        subject: `关于您的举报，有问题需要您答复（${template.reportNumber}）`,
        text:
          `承办人就您的举报（编号 ${template.reportNumber}）提出了问题，请凭查询码在 ${c.followUpUrl} 查看并答复。` +
          `为保护您的信息，问题内容不在本消息中显示。\n\n${c.department}`,
      };
    case 'verification-request':
      return {
        subject: `核查请求 ${template.requestNumber}：请于${chineseDate(template.dueDate)}前答复`,
        text:
          `${template.agencyName}：\n\n根据干部监督工作联席会议机制，现请贵单位协助核查以下事项（请求编号 ${template.requestNumber}）：\n\n` +
          `${template.matter}\n\n请于${chineseDate(template.dueDate)}前登录成员单位平台 ${c.agencyPortalUrl} 查看并答复。` +
          `本函内容请按保密要求处理，不得向被核查人透露。\n\n${c.department}`,
      };
    case 'opinion-requests':
      return {
        subject: `征求意见 ${template.requestNumbers.length} 件：请于${chineseDate(template.dueDate)}前答复`,
        text:
          `${template.agencyName}：\n\n根据干部监督工作联席会议机制，现就拟任人选征求贵单位意见，共 ${template.requestNumbers.length} 件` +
          `（请求编号 ${template.requestNumbers.join('、')}，具体内容请登录平台查看）。\n\n请于${chineseDate(template.dueDate)}前登录成员单位平台 ` +
          `${c.agencyPortalUrl} 逐件答复。本函内容请按保密要求处理，不得向被核查人透露。\n\n${c.department}`,
      };
    case 'reminder':
      return {
        subject: `提醒：核查请求 ${template.requestNumber} 将于${chineseDate(template.dueDate)}到期`,
        text:
          `${template.agencyName}：\n\n核查请求 ${template.requestNumber} 的答复期限为${chineseDate(template.dueDate)}，目前尚未收到答复。` +
          `请登录 ${c.agencyPortalUrl} 办理。\n\n${c.department}`,
      };
    case 'overdue-escalation':
      return {
        subject: `督办：核查请求 ${template.requestNumber} 已逾期 ${template.daysOverdue} 天`,
        text:
          `${template.recipientName}：\n\n${template.agencyName}承办的核查请求 ${template.requestNumber} 已于${chineseDate(template.dueDate)}到期，` +
          `逾期 ${template.daysOverdue} 天仍未答复，请督办。\n\n${c.department}`,
      };
    case 'sms-receipt':
      return {
        subject: '举报已登记',
        text:
          `您的举报已登记，编号${template.reportNumber}，查询码${template.receiptCode}（仅发送一次，请妥善保存，勿转告他人）。` +
          `回复“${c.keywords.status}+查询码”查询进展，回复“${c.keywords.help}”获取帮助，${stop}`,
      };
    case 'sms-appended':
      return {
        subject: '补充内容已收到',
        text: `您补充的内容已收到，已并入举报${template.reportNumber}。如需另行举报其他事项，请以“${c.keywords.newReport}”开头发送。`,
      };
    case 'sms-status':
      return {
        subject: '举报办理进展',
        text: `举报${template.reportNumber}：${template.statusLabel}。详情请凭查询码在 ${c.followUpUrl} 查看。`,
      };
    case 'sms-status-not-found':
      return {
        subject: '查询失败',
        text: `查询码不正确，或没有对应的举报。请发送“${c.keywords.status}”加 16 位查询码，例如“${c.keywords.status} 1234 5678 9012 3456”。`,
      };
    case 'sms-too-many-lookups':
      return { subject: '查询过于频繁', text: '查询次数过多，请一小时后再试。' };
    case 'sms-help':
      return {
        subject: '帮助',
        text:
          `直接发送举报内容即可举报（请写明被反映人、时间、地点、经过）。回复“${c.keywords.status}+查询码”查询进展；` +
          `以“${c.keywords.newReport}”开头另行举报；${stop}咨询电话 ${c.hotline}。`,
      };
    case 'todo-digest': {
      const count = template.sections.reduce((n, x) => n + x.lines.length, 0);
      const body = template.sections
        .map((x) => `${x.title}（${x.lines.length}）\n${x.lines.map((l) => `  · ${l}`).join('\n')}`)
        .join('\n\n');
      return {
        subject: `每日待办：${count} 项（${chineseDate(template.date)}）`,
        text: `${template.recipientName}：\n\n截至${chineseDate(template.date)}，您有以下待办事项：\n\n${body}\n\n请登录工作台办理：${c.consoleUrl}/todo\n\n${c.department}`,
      };
    }
    case 'case-overdue-escalation':
      return {
        subject: `督办：举报 ${template.reportNumber} 的${template.deadlineLabel}时限已过`,
        text:
          `${template.recipientName}：\n\n举报 ${template.reportNumber} 的${template.deadlineLabel}时限为${chineseDate(template.dueDate)}，现已逾期，请督办。` +
          `\n\n工作台：${c.consoleUrl}\n\n${c.department}`,
      };
    case 'hotline-receipt':
      return {
        subject: '来电举报已登记',
        text:
          `您的来电举报已登记，编号${template.reportNumber}，查询码${template.receiptCode}（仅发送一次，请妥善保存）。` +
          `可在 ${c.followUpUrl} 或拨打 ${c.hotline} 查询进展。${stop}`,
      };
  }
}
