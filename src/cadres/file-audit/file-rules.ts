import { CATALOGUE } from '../../infra/labels/catalogue.js';
import { ageAt, compareDates, monthOf, monthsBetween, sameDate } from './file-dates.js';

/**
 * 干部人事档案专项审核 (personnel-file audit): what each document of the file states, and the
 * determination (认定) of each fact with its reasons and the doubts that stay open. Pure
 * functions of the entries staff typed from the file; nothing here reads a database.
 * Rules: 组通字〔2006〕41号 (出生日期), 中组发〔2014〕 干部人事档案专项审核 (三龄二历一身份).
 */

/** The facts audited: 三龄 (age, Party age, work age), 二历 (education, work history), 一身份 (cadre status). */
export const FACT_KINDS = ['BIRTH', 'PARTY', 'WORK_START', 'EDUCATION', 'WORK_HISTORY', 'CADRE_STATUS'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** The documents of a file a record is read from. */
export const SOURCE_KINDS = [
  'CADRE_RESUME', // 干部履历表
  'CADRE_REGISTRATION', // 干部登记表
  'PARTY_APPLICATION', // 入党志愿书
  'RECRUITMENT_APPROVAL', // 招工/录用审批表
  'REGULARIZATION', // 转正定级表
  'EDUCATION_PROOF', // 学历证明/毕业生登记表
  'APPOINTMENT_APPROVAL', // 任免审批表
  'WAGE_APPROVAL', // 工资审批表
  'OTHER',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Education levels (学历), highest first. */
export const EDUCATION_LEVELS = ['DOCTORATE', 'MASTER', 'BACHELOR', 'COLLEGE', 'SECONDARY', 'HIGH_SCHOOL', 'JUNIOR'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** What a doubt is about: the rule that found it. */
export const DOUBT_RULES = [
  'BIRTH_CONFLICT',
  'BIRTH_DOUBLE_BENEFIT',
  'WORK_START_CONFLICT',
  'WORK_START_UNSUPPORTED',
  'PARTY_CONFLICT',
  'PARTY_UNDER_AGE',
  'EDUCATION_NO_DIPLOMA',
  'EDUCATION_OVERLAPS_WORK',
  'WORK_HISTORY_GAP',
  'WORK_HISTORY_OVERLAP',
  'POST_BEFORE_UNIT',
  'CADRE_STATUS_CONFLICT',
  'ROSTER_CONFLICT',
] as const;
export type DoubtRule = (typeof DOUBT_RULES)[number];

const SOURCE_LABELS: Record<SourceKind, string> = CATALOGUE.fileSource;
const LEVEL_LABELS: Record<EducationLevel, string> = CATALOGUE.educationLevel;

/** One record of the file: what one document states about one fact. */
export interface FileEntry {
  id: string;
  fact: FactKind;
  /** BIRTH, PARTY, WORK_START: the date stated. */
  statedDate: string | null;
  /** EDUCATION, WORK_HISTORY: the period (to null: still so). */
  fromDate: string | null;
  toDate: string | null;
  educationLevel: EducationLevel | null;
  institution: string | null;
  /** EDUCATION: the document is a diploma record (毕业证书、学历证明) for this level. */
  diploma: boolean | null;
  /** EDUCATION: full-time study (全日制), which cannot run beside full-time work. */
  fullTime: boolean | null;
  unit: string | null;
  post: string | null;
  /** CADRE_STATUS: 公务员 / 参照公务员法管理 / 事业单位 … */
  status: string | null;
  source: SourceKind;
  documentDate: string;
  /** Filled in by the cadre (本人填写), not made by an organization. */
  filledBySelf: boolean;
}

/** A name of a unit as the roster keeps it, with the month it came into use where known. */
export interface UnitNameFact {
  name: string;
  unitId: string;
  inUseFrom: string | null;
}

export interface FileDoubt {
  rule: DoubtRule;
  fact: FactKind;
  message: string;
  /** The records the doubt is about. */
  entryIds: string[];
}

export interface Determination {
  fact: FactKind;
  /** The determined value as the worksheet prints it; null when nothing can be determined. */
  value: string | null;
  /** The records the determination rests on. */
  basis: string[];
  reasons: string[];
}

export interface FileAuditResult {
  determinations: Determination[];
  doubts: FileDoubt[];
  /** Determined dates the roster is held to. */
  determined: {
    birth: string | null;
    party: string | null;
    workStart: string | null;
    education: EducationLevel | null;
    status: string | null;
  };
}

/**
 * Work started before this age is child labour the rules do not accept (16 周岁): a birth
 * date that would put the start of work before it is refused.
 */
export const MIN_WORK_AGE = 16;
/** Party membership requires 18 full years (党章 第一条). */
export const MIN_PARTY_AGE = 18;
/**
 * A gap in the work history longer than this must be explained (经历断档): six months is
 * the span after which the audit asks what the cadre did (待业、学习、病休) and for its proof.
 */
export const MAX_GAP_MONTHS = 6;
/**
 * A start-of-work document counts as made at the time when it is dated within this many
 * months of the start it records: 招工/录用 at the start, 转正定级 after the one-year 见习期,
 * the first 工资审批 with it.
 */
export const CONTEMPORARY_MONTHS = 18;
/** The documents made when a cadre started work (招工/录用审批表, 转正定级表, 工资审批表). */
const WORK_START_DOCUMENTS: ReadonlySet<SourceKind> = new Set(['RECRUITMENT_APPROVAL', 'REGULARIZATION', 'WAGE_APPROVAL']);

/** By document date (to the precision both have, then a month before the days of that month), then by id: a stable order. */
const byDocument = (a: FileEntry, b: FileEntry) =>
  compareDates(a.documentDate, b.documentDate) ||
  (a.documentDate < b.documentDate ? -1 : a.documentDate > b.documentDate ? 1 : 0) ||
  (a.id < b.id ? -1 : 1);

/** 《干部履历表》（1985-06） */
export function describeSource(e: FileEntry): string {
  return `《${SOURCE_LABELS[e.source]}》（${e.documentDate}）`;
}

function distinctDates(entries: FileEntry[]): string[] {
  const out: string[] = [];
  for (const e of entries) if (e.statedDate && !out.some((d) => sameDate(d, e.statedDate!))) out.push(e.statedDate);
  return out;
}

function listed(entries: FileEntry[]): string {
  return entries.map((e) => `${describeSource(e)}记载 ${e.statedDate}`).join('；');
}

/**
 * 参加工作时间: from the documents made at the time (招工/录用审批表, 转正定级表, 工资审批表
 * dated within CONTEMPORARY_MONTHS of the start), the earliest of them; later forms the
 * cadre filled in do not decide it. Disagreement, or no such document, is a doubt.
 */
export function determineWorkStart(entries: FileEntry[]): { determination: Determination; doubts: FileDoubt[] } {
  const all = entries.filter((e) => e.fact === 'WORK_START' && e.statedDate).sort(byDocument);
  const fact: FactKind = 'WORK_START';
  if (all.length === 0) return { determination: { fact, value: null, basis: [], reasons: ['档案中未录入参加工作时间的记载'] }, doubts: [] };
  const contemporary = all.filter(
    (e) => WORK_START_DOCUMENTS.has(e.source) && Math.abs(monthsBetween(e.statedDate!, e.documentDate)) <= CONTEMPORARY_MONTHS,
  );
  const doubts: FileDoubt[] = [];
  if (contemporary.length === 0) {
    const first = all[0]!;
    doubts.push({
      rule: 'WORK_START_UNSUPPORTED',
      fact,
      message: `参加工作时间没有形成于当时的招工（录用）审批表、转正定级表或工资审批表佐证：${listed(all)}`,
      entryIds: all.map((e) => e.id),
    });
    if (distinctDates(all).length > 1) {
      doubts.push({ rule: 'WORK_START_CONFLICT', fact, message: `参加工作时间记载不一致：${listed(all)}`, entryIds: all.map((e) => e.id) });
    }
    return {
      determination: {
        fact,
        value: null,
        basis: [first.id],
        reasons: ['缺少形成于参加工作时的原始材料，暂不认定，待补充招工（录用）审批表、转正定级表或工资审批表'],
      },
      doubts,
    };
  }
  const chosen = contemporary[0]!;
  const reasons = [`以参加工作时形成的${describeSource(chosen)}所载 ${chosen.statedDate} 为准`];
  const disagreeing = all.filter((e) => !sameDate(e.statedDate!, chosen.statedDate!));
  if (disagreeing.length > 0) {
    const later = disagreeing.filter((e) => !contemporary.includes(e));
    if (later.length > 0) reasons.push(`后来填写的材料不作为认定依据：${listed(later)}`);
    doubts.push({
      rule: 'WORK_START_CONFLICT',
      fact,
      message: `参加工作时间记载不一致：${listed([chosen, ...disagreeing])}`,
      entryIds: [chosen, ...disagreeing].map((e) => e.id),
    });
  }
  return { determination: { fact, value: chosen.statedDate, basis: contemporary.map((e) => e.id), reasons }, doubts };
}

/** 入党时间: the 入党志愿书 first, else the earliest record; records that disagree are a doubt. */
export function determineParty(entries: FileEntry[]): { determination: Determination; doubts: FileDoubt[] } {
  const all = entries.filter((e) => e.fact === 'PARTY' && e.statedDate).sort(byDocument);
  const fact: FactKind = 'PARTY';
  if (all.length === 0) return { determination: { fact, value: null, basis: [], reasons: ['档案中未录入入党时间的记载'] }, doubts: [] };
  const application = all.filter((e) => e.source === 'PARTY_APPLICATION');
  const chosen = application[0] ?? all[0]!;
  const reasons = [
    application.length
      ? `以${describeSource(chosen)}所载 ${chosen.statedDate} 为准`
      : `档案中无入党志愿书，暂以形成最早的${describeSource(chosen)}所载 ${chosen.statedDate} 为准`,
  ];
  const disagreeing = all.filter((e) => !sameDate(e.statedDate!, chosen.statedDate!));
  const doubts: FileDoubt[] =
    disagreeing.length > 0
      ? [
          {
            rule: 'PARTY_CONFLICT',
            fact,
            message: `入党时间记载不一致：${listed([chosen, ...disagreeing])}`,
            entryIds: [chosen, ...disagreeing].map((e) => e.id),
          },
        ]
      : [];
  return { determination: { fact, value: chosen.statedDate, basis: [chosen.id], reasons }, doubts };
}

/**
 * 出生日期 (组通字〔2006〕41号): when the records disagree, the earliest date the cadre filled
 * in themselves (earliest by document date) stands; a document made by an organization
 * does not override it. No double benefit (不得两头受益): a date under which the determined
 * start of work falls before MIN_WORK_AGE or Party membership before MIN_PARTY_AGE is
 * refused (the cadre was older on paper to start work or join the Party, and cannot now be
 * younger), and the next record in that order is taken.
 */
export function determineBirth(
  entries: FileEntry[],
  context: { workStart: string | null; party: string | null },
): { determination: Determination; doubts: FileDoubt[] } {
  const all = entries.filter((e) => e.fact === 'BIRTH' && e.statedDate).sort(byDocument);
  const fact: FactKind = 'BIRTH';
  if (all.length === 0) return { determination: { fact, value: null, basis: [], reasons: ['档案中未录入出生日期的记载'] }, doubts: [] };
  const self = all.filter((e) => e.filledBySelf);
  const made = all.filter((e) => !e.filledBySelf);
  const order = [...self, ...made];
  const reasons: string[] = [];
  const doubts: FileDoubt[] = [];

  const benefitsTwice = (date: string): string | null => {
    const problems: string[] = [];
    if (context.workStart && ageAt(date, context.workStart) < MIN_WORK_AGE)
      problems.push(`参加工作时（${context.workStart}）未满 ${MIN_WORK_AGE} 周岁`);
    if (context.party && ageAt(date, context.party) < MIN_PARTY_AGE) problems.push(`入党时（${context.party}）未满 ${MIN_PARTY_AGE} 周岁`);
    return problems.length ? problems.join('、') : null;
  };

  const refused: FileEntry[] = [];
  const refuse = (e: FileEntry, problem: string) => {
    if (!refused.some((r) => sameDate(r.statedDate!, e.statedDate!))) {
      reasons.push(`${describeSource(e)}所载 ${e.statedDate} 不予采用：按此日期${problem}，不得两头受益`);
    }
    refused.push(e);
  };
  // A date is a later change (and refused) only when the file holds an earlier one: the
  // oldest date on record is what the cadre started work or joined the Party under.
  const hasEarlier = (e: FileEntry) => all.some((o) => compareDates(o.statedDate!, e.statedDate!) < 0);
  let chosen: FileEntry | null = null;
  for (const e of order) {
    const problem = benefitsTwice(e.statedDate!);
    if (problem && hasEarlier(e)) {
      refuse(e, problem);
      continue;
    }
    chosen = e;
    break;
  }
  // The oldest date on record is never refused, so one always stands.
  if (!chosen) throw new Error('unreachable: the oldest birth date is never refused');
  for (const e of all) {
    if (refused.includes(e) || compareDates(e.statedDate!, chosen.statedDate!) <= 0) continue;
    const problem = benefitsTwice(e.statedDate!);
    if (problem) refuse(e, problem);
  }
  const conflict = distinctDates(all).length > 1;
  if (chosen.filledBySelf) {
    reasons.unshift(
      conflict
        ? `记载不一致，以本人最早填写的${describeSource(chosen)}所载 ${chosen.statedDate} 为准（组通字〔2006〕41号）`
        : `各记载一致，以本人填写的${describeSource(chosen)}所载 ${chosen.statedDate} 为准`,
    );
  } else {
    reasons.unshift(
      self.length
        ? `本人填写的记载均不能采用，以组织形成的${describeSource(chosen)}所载 ${chosen.statedDate} 为准`
        : `档案中无本人填写的出生日期记载，以形成最早的${describeSource(chosen)}所载 ${chosen.statedDate} 为准`,
    );
  }
  const later = all.filter((e) => !sameDate(e.statedDate!, chosen.statedDate!) && !refused.includes(e));
  if (later.length) reasons.push(`其他记载不作为认定依据：${listed(later)}`);
  if (refused.length) {
    doubts.push({
      rule: 'BIRTH_DOUBLE_BENEFIT',
      fact,
      message: `出生日期有记载会使干部两头受益，已不予采用：${listed(refused)}；认定为 ${chosen.statedDate}`,
      entryIds: [...refused, chosen].map((e) => e.id),
    });
  }
  if (conflict) {
    doubts.push({
      rule: 'BIRTH_CONFLICT',
      fact,
      message: `出生日期记载不一致：${listed(all)}；按规定认定为 ${chosen.statedDate}，须核实并记录处理意见`,
      entryIds: all.map((e) => e.id),
    });
  }
  return { determination: { fact, value: chosen.statedDate, basis: [chosen.id], reasons }, doubts };
}

/** 入党年龄: membership before MIN_PARTY_AGE by the determined birth date is a doubt. */
export function partyAgeDoubts(birth: string | null, party: Determination): FileDoubt[] {
  if (!birth || !party.value) return [];
  const age = ageAt(birth, party.value);
  if (age >= MIN_PARTY_AGE) return [];
  return [
    {
      rule: 'PARTY_UNDER_AGE',
      fact: 'PARTY',
      message: `按认定的出生日期 ${birth}，入党时（${party.value}）仅 ${age} 周岁，未满 ${MIN_PARTY_AGE} 周岁`,
      entryIds: party.basis,
    },
  ];
}

function periodText(e: FileEntry): string {
  return `${e.fromDate ?? '?'} 至 ${e.toDate ?? '今'}`;
}

/** Whether two periods share more than their boundary month (a post ending in the month the next starts is no overlap). */
function overlapMonths(a: FileEntry, b: FileEntry, today: string): number {
  const start = compareDates(a.fromDate!, b.fromDate!) >= 0 ? a.fromDate! : b.fromDate!;
  const aEnd = a.toDate ?? today;
  const bEnd = b.toDate ?? today;
  const end = compareDates(aEnd, bEnd) <= 0 ? aEnd : bEnd;
  return monthsBetween(monthOf(start), monthOf(end));
}

/**
 * 学历: a level counts only with a diploma record (学历证明、毕业生登记表 marked as a
 * diploma) for that level; otherwise a doubt. Full-time study overlapping full-time work
 * (a post in the work history) is a doubt.
 */
export function determineEducation(
  entries: FileEntry[],
  today: string,
): { determination: Determination; doubts: FileDoubt[]; level: EducationLevel | null } {
  const fact: FactKind = 'EDUCATION';
  const all = entries.filter((e) => e.fact === 'EDUCATION' && e.educationLevel).sort(byDocument);
  const work = entries.filter((e) => e.fact === 'WORK_HISTORY' && e.fromDate);
  if (all.length === 0)
    return { determination: { fact, value: null, basis: [], reasons: ['档案中未录入学历的记载'] }, doubts: [], level: null };
  const doubts: FileDoubt[] = [];
  const reasons: string[] = [];
  const recognised: FileEntry[] = [];
  for (const level of EDUCATION_LEVELS) {
    const records = all.filter((e) => e.educationLevel === level);
    if (records.length === 0) continue;
    // Only a 学历证明 / 毕业生登记表 that is the diploma record proves a level: a resume saying so does not.
    const proof = records.find((e) => e.diploma === true && e.source === 'EDUCATION_PROOF');
    if (proof) {
      recognised.push(proof);
      reasons.push(
        `${LEVEL_LABELS[level]}（${proof.institution ?? '院校未填'}，${periodText(proof)}）有${describeSource(proof)}为凭，予以认定`,
      );
    } else {
      reasons.push(`${LEVEL_LABELS[level]}无学历证明材料，不予认定`);
      doubts.push({
        rule: 'EDUCATION_NO_DIPLOMA',
        fact,
        message: `${LEVEL_LABELS[level]}（${records.map((e) => `${describeSource(e)}记载${e.institution ? `，${e.institution}` : ''}`).join('；')}）档案中无毕业证书或学历证明`,
        entryIds: records.map((e) => e.id),
      });
    }
  }
  for (const e of all) {
    if (!e.fullTime || !e.fromDate) continue;
    for (const w of work) {
      const months = overlapMonths(e, w, today);
      if (months > 0) {
        doubts.push({
          rule: 'EDUCATION_OVERLAPS_WORK',
          fact,
          message: `全日制${LEVEL_LABELS[e.educationLevel!]}学习（${e.institution ?? ''}，${periodText(e)}）与在${w.unit ?? ''}任${w.post ?? ''}（${periodText(w)}）重叠 ${months} 个月`,
          entryIds: [e.id, w.id],
        });
      }
    }
  }
  const highest = recognised[0] ?? null;
  return {
    determination: {
      fact,
      value: highest ? `${LEVEL_LABELS[highest.educationLevel!]}（${highest.institution ?? '院校未填'}）` : null,
      basis: recognised.map((e) => e.id),
      reasons,
    },
    doubts,
    level: highest?.educationLevel ?? null,
  };
}

/**
 * 工作经历: in order of start, a gap of more than MAX_GAP_MONTHS between one post's end
 * and the next one's start, or two posts sharing more than the month of handover, is a
 * doubt; so is a post held at a unit before the unit existed (the earliest month any of
 * its names was in use, from the roster's names and former names).
 */
export function workHistoryDoubts(
  entries: FileEntry[],
  unitNames: UnitNameFact[],
  today: string,
): { determination: Determination; doubts: FileDoubt[] } {
  const fact: FactKind = 'WORK_HISTORY';
  const posts = entries
    .filter((e) => e.fact === 'WORK_HISTORY' && e.fromDate)
    .sort((a, b) => compareDates(a.fromDate!, b.fromDate!) || (a.id < b.id ? -1 : 1));
  if (posts.length === 0) return { determination: { fact, value: null, basis: [], reasons: ['档案中未录入工作经历'] }, doubts: [] };
  const doubts: FileDoubt[] = [];
  for (let i = 1; i < posts.length; i++) {
    const prev = posts[i - 1]!;
    const next = posts[i]!;
    if (prev.toDate) {
      const gap = monthsBetween(monthOf(prev.toDate), monthOf(next.fromDate!)) - 1;
      if (gap > MAX_GAP_MONTHS) {
        doubts.push({
          rule: 'WORK_HISTORY_GAP',
          fact,
          message: `工作经历断档 ${gap} 个月：${prev.unit ?? ''}${prev.post ?? ''}止于 ${prev.toDate}，${next.unit ?? ''}${next.post ?? ''}始于 ${next.fromDate}`,
          entryIds: [prev.id, next.id],
        });
      }
    }
    for (const earlier of posts.slice(0, i)) {
      const months = overlapMonths(earlier, next, today);
      if (months > 0) {
        doubts.push({
          rule: 'WORK_HISTORY_OVERLAP',
          fact,
          message: `工作经历重叠 ${months} 个月：${earlier.unit ?? ''}${earlier.post ?? ''}（${periodText(earlier)}）与${next.unit ?? ''}${next.post ?? ''}（${periodText(next)}）`,
          entryIds: [earlier.id, next.id],
        });
      }
    }
  }
  const existedFrom = new Map<string, string>();
  for (const n of unitNames) {
    if (!n.inUseFrom) continue;
    const known = existedFrom.get(n.unitId);
    if (!known || compareDates(n.inUseFrom, known) < 0) existedFrom.set(n.unitId, n.inUseFrom);
  }
  for (const p of posts) {
    const name = unitNames.find((n) => n.name === p.unit);
    const since = name ? existedFrom.get(name.unitId) : undefined;
    if (since && compareDates(p.fromDate!, since) < 0) {
      const names = unitNames
        .filter((n) => n.unitId === name!.unitId && n.inUseFrom)
        .sort((a, b) => compareDates(a.inUseFrom!, b.inUseFrom!));
      doubts.push({
        rule: 'POST_BEFORE_UNIT',
        fact,
        message: `${describeSource(p)}记载 ${p.fromDate} 起在${p.unit}任${p.post ?? ''}，但该单位 ${since} 才设立（${names.map((n) => `“${n.name}”自 ${n.inUseFrom} 起使用`).join('，')}）`,
        entryIds: [p.id],
      });
    }
  }
  return {
    determination: {
      fact,
      value: posts.map((p) => `${periodText(p)} ${p.unit ?? ''}${p.post ?? ''}`).join('；'),
      basis: posts.map((p) => p.id),
      reasons: [doubts.length ? '工作经历存在断档、重叠或与单位沿革不符之处，见存疑事项' : '工作经历连续，无断档、重叠，与单位沿革相符'],
    },
    doubts,
  };
}

/** 干部身份: records that disagree are a doubt; the latest document states the current status. */
export function determineStatus(entries: FileEntry[]): { determination: Determination; doubts: FileDoubt[] } {
  const fact: FactKind = 'CADRE_STATUS';
  const all = entries.filter((e) => e.fact === 'CADRE_STATUS' && e.status).sort(byDocument);
  if (all.length === 0) return { determination: { fact, value: null, basis: [], reasons: ['档案中未录入干部身份的记载'] }, doubts: [] };
  const latest = all.at(-1)!;
  const distinct = [...new Set(all.map((e) => e.status!))];
  const doubts: FileDoubt[] =
    distinct.length > 1
      ? [
          {
            rule: 'CADRE_STATUS_CONFLICT',
            fact,
            message: `干部身份记载不一致：${all.map((e) => `${describeSource(e)}记载“${e.status}”`).join('；')}，须查明身份取得（录用、调任、转任）的依据`,
            entryIds: all.map((e) => e.id),
          },
        ]
      : [];
  return {
    determination: {
      fact,
      value: distinct.length > 1 ? null : latest.status,
      basis: all.map((e) => e.id),
      reasons: [distinct.length > 1 ? '身份记载不一致，待查明后认定' : `各记载一致：${latest.status}`],
    },
    doubts,
  };
}

/** The whole file: every fact's determination and the doubts the rules find. `today` ends a period still running. */
export function auditFile(entries: FileEntry[], unitNames: UnitNameFact[], today: string): FileAuditResult {
  const work = determineWorkStart(entries);
  const party = determineParty(entries);
  const birth = determineBirth(entries, { workStart: work.determination.value, party: party.determination.value });
  const education = determineEducation(entries, today);
  const history = workHistoryDoubts(entries, unitNames, today);
  const status = determineStatus(entries);
  const partyAge = partyAgeDoubts(birth.determination.value, party.determination);
  return {
    determinations: [birth, party, work, education, history, status].map((r) => r.determination),
    doubts: [...birth.doubts, ...party.doubts, ...partyAge, ...work.doubts, ...education.doubts, ...history.doubts, ...status.doubts],
    determined: {
      birth: birth.determination.value,
      party: party.determination.value,
      workStart: work.determination.value,
      education: education.level,
      status: status.determination.value,
    },
  };
}

/** The level a roster's 学历 cell names (研究生, 大学本科, 大专 …), or null when it names none. */
export function educationLevelOf(text: string): EducationLevel | null {
  const t = text.replace(/\s+/g, '');
  const words: Array<[string, EducationLevel]> = [
    ['博士', 'DOCTORATE'],
    ['硕士', 'MASTER'],
    ['研究生', 'MASTER'],
    ['大学专科', 'COLLEGE'],
    ['大专', 'COLLEGE'],
    ['专科', 'COLLEGE'],
    ['大学本科', 'BACHELOR'],
    ['本科', 'BACHELOR'],
    ['大学', 'BACHELOR'],
    ['中专', 'SECONDARY'],
    ['中等专业', 'SECONDARY'],
    ['高中', 'HIGH_SCHOOL'],
    ['初中', 'JUNIOR'],
  ];
  return words.find(([w]) => t.includes(w))?.[1] ?? null;
}

/** A roster field that contradicts a determined fact. */
export interface RosterConflict {
  field: 'birthMonth' | 'partyMonth' | 'workMonth' | 'education';
  imported: string;
  determined: string;
  message: string;
}

/**
 * Where an imported roster row contradicts the file's determinations: the month of a
 * determined date, or the level of the determined education (a row that leaves a cell
 * empty contradicts nothing).
 */
export function rosterConflicts(
  row: { birthMonth: string | null; partyMonth: string | null; workMonth: string | null; education: string | null },
  determined: FileAuditResult['determined'],
): RosterConflict[] {
  const out: RosterConflict[] = [];
  const dates: Array<[RosterConflict['field'], string, string | null, string | null]> = [
    ['birthMonth', '出生年月', row.birthMonth, determined.birth],
    ['partyMonth', '入党时间', row.partyMonth, determined.party],
    ['workMonth', '参加工作时间', row.workMonth, determined.workStart],
  ];
  for (const [field, label, imported, value] of dates) {
    if (imported && value && monthOf(value) !== imported) {
      out.push({
        field,
        imported,
        determined: monthOf(value),
        message: `${label}“${imported}”与档案审核认定的 ${monthOf(value)} 不符，保留认定值`,
      });
    }
  }
  if (row.education && determined.education) {
    const level = educationLevelOf(row.education);
    if (level && level !== determined.education) {
      out.push({
        field: 'education',
        imported: row.education,
        determined: LEVEL_LABELS[determined.education],
        message: `学历“${row.education}”与档案审核认定的${LEVEL_LABELS[determined.education]}不符，保留认定值`,
      });
    }
  }
  return out;
}
