import { CATALOGUE } from '../infra/labels/catalogue.js';
import type { MeetingView } from './meeting-view.js';
import type { ItemKind } from './agenda-rules.js';

export type MinutesBlock = { kind: 'title' | 'heading' | 'line'; text: string };

const KIND_LABELS: Record<ItemKind, string> = CATALOGUE.meetingItemKind;
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const chapter = (n: number) => NUMERALS[n - 1] ?? String(n);

function longDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/**
 * The minutes (会议纪要) as a sequence of blocks, in Chinese: the header, attendance of
 * every invited agency (one not recorded is said so), the minutes text, then each agenda
 * item with the agencies' opinions and the decision. The DOCX renders these blocks.
 */
export function minutesBlocks(meeting: MeetingView, department: string): MinutesBlock[] {
  const blocks: MinutesBlock[] = [
    { kind: 'title', text: `${meeting.title}纪要` },
    { kind: 'line', text: `${department}　编号：${meeting.number}` },
    { kind: 'line', text: `会议时间：${longDate(meeting.heldOn)}` },
    { kind: 'line', text: `会议地点：${meeting.place}` },
    { kind: 'line', text: `召集人：${meeting.convener}` },
    { kind: 'heading', text: '一、出席情况' },
  ];
  for (const agency of meeting.invitedAgencies) {
    const a = meeting.attendance.find((x) => x.agencyCode === agency.code);
    if (!a) blocks.push({ kind: 'line', text: `${agency.name}：未登记` });
    else if (a.status === 'ABSENT') blocks.push({ kind: 'line', text: `${agency.name}：缺席${a.note ? `（${a.note}）` : ''}` });
    else blocks.push({ kind: 'line', text: `${agency.name}：${a.statusLabel}，${a.attendee}${a.note ? `（${a.note}）` : ''}` });
  }
  let n = 2;
  if (meeting.minutes.trim()) {
    blocks.push({ kind: 'heading', text: `${chapter(n++)}、会议情况` });
    for (const para of meeting.minutes.split(/\r?\n/).filter((p) => p.trim())) blocks.push({ kind: 'line', text: para.trim() });
  }
  blocks.push({ kind: 'heading', text: `${chapter(n)}、议题及决定` });
  if (meeting.items.length === 0) blocks.push({ kind: 'line', text: '本次会议无议题。' });
  for (const item of meeting.items) {
    blocks.push({ kind: 'heading', text: `议题${item.position}：${item.title}（${KIND_LABELS[item.kind]}）` });
    for (const reason of item.reasons) blocks.push({ kind: 'line', text: `提请事由：${reason}` });
    if (item.opinions.length === 0) blocks.push({ kind: 'line', text: '成员单位意见：无' });
    for (const o of item.opinions) blocks.push({ kind: 'line', text: `${o.agencyName}意见：${o.opinion}` });
    blocks.push({ kind: 'line', text: `会议决定：${decisionText(item.decision)}` });
  }
  return blocks;
}

function decisionText(d: MeetingView['items'][number]['decision']): string {
  if (!d) return '未作决定';
  const parts = [d.label];
  if (d.kind === 'VERIFY_FURTHER') {
    parts.push(`由${d.agencies.map((a) => a.name).join('、')}于${longDate(d.dueOn!)}前核实`);
    if (d.requests.length) parts.push(`请求编号 ${d.requests.map((r) => r.number).join('、')}`);
  }
  if (d.kind === 'TRANSFER' && d.target) parts.push(`转${d.target.name}办理`);
  if (d.note) parts.push(d.note);
  if (d.pendingApproval) parts.push('会议未达法定人数，报分管领导审批后生效');
  if (d.againstBlock.length) parts.push(`会议知悉任前审查不能上会的情形（${d.againstBlock.join('；')}），经确认仍按程序推进`);
  return parts.join('；');
}
