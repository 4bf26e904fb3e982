/**
 * A learned decision of a linked person's role: accused (SUBJECT) or merely mentioned
 * (MENTIONED: the one called, told, favoured, approached, who reported or witnessed it). A
 * logistic regression of "this person is a labelled subject of the tip" on what the sentence
 * around each of their mentions says of them — words that carry meaning in any district, not
 * one district's phrases — fitted by `npm run fit:roles` on the tuning districts and tested by
 * leave-one-district-out in `npm run eval:linking`.
 */
import { newton } from './link-model.js';
import type { Mention } from './mentions.js';

export const ROLE_FEATURES = {
  ruleCue: '规则判断为知情、被请托或被打招呼的人',
  departing: '文中说其到龄、调走或被接替',
  first: '文中第一个点名的人',
  headline: '标题或被反映人栏中点名',
  repeated: '文中多次提到',
  agentVerb: '在句中是违规行为的实施者',
  clauseSubject: '在句中作主语',
  recipient: '在句中是被告知、被打招呼或被找的人',
  moneyTo: '在句中是收钱收礼的人',
  toldTo: '在句中是被透露消息的人',
  beneficiary: '在句中为受益人',
  passive: '在句中是被动的一方',
  reporting: '在句中是反映、知情或在场的人',
  speaks: '在句中只是说了话',
  possessive: '只是作为他人的亲属或上级被提到',
  kin: '文中说是某人的亲属',
  afterOther: '同一句中前面已点名他人，此人不是句子的主语',
  promoted: '在句中是被提拔、任用的人',
  misconductNear: '紧挨着违规行为的描述',
} as const;

export type RoleFeature = keyof typeof ROLE_FEATURES;

/**
 * The pull toward the rules and the threshold the shipped model is fitted with: the setup that
 * `npm run eval:linking` ranks best by leave-one-district-out on the eight tuning districts.
 */
export const ROLE_REGULARIZATION = 0.00003;
export const ROLE_THRESHOLD = 0.3;
export const ROLE_FEATURE_NAMES = Object.keys(ROLE_FEATURES) as RoleFeature[];

/** The fitted model: a weight a feature and the intercept; MENTIONED when P(accused) < threshold. */
export interface RoleModel {
  weights: Record<RoleFeature, number>;
  intercept: number;
  threshold: number;
}

const MONEY = /([0-9一二两三四五六七八九十几百千]+万|[钱礼卡]|现金|红包|茅台|烟|酒|购物卡|钞票|好处|打点)/;
const STOP = /[，,。！？!?；;\n\s“”"]/;
const MISCONDUCT =
  /(收受|收了|收钱|索要|索取|要钱|受贿|行贿|买官|卖官|跑官|要官|拉票|贿选|送[了过]?[钱礼卡烟酒红购茶]|送了|违规|违反|突击|插手|干预|授意|指使|打招呼|说情|施压|封官|许愿|许诺|泄露|透露|告诉|安排|提拔|提了|提成|提为|弄成|塞进|任人唯亲|不回避|没回避|搞|瞒报|漏报|没报|不报|隐瞒|造假|篡改|伪造|私自|擅自|力推|硬推|内定|量身|答应)/;
const AGENT_AFTER = new RegExp(`^(?:[^，,。！？；;\\n\\s]{0,10}?)${MISCONDUCT.source}`);
const RECIPIENT_BEFORE =
  /(给|俾|畀|告诉|告知|通知|发给|转给|交给|报给|递给|找|寻|找到|找了|寻了|托人找|托人寻|请|约|要|让|求|答应|帮|问)[^，,。！？；;\n\s]{0,12}$/;
const BENEFICIARY_BEFORE = /(为|替|给)[^，,。！？；;\n\s]{0,10}$/;
const PROMOTED_BEFORE = /(提拔|提成|提为|提了|提到|任命|调来|调进|弄成|弄进|塞进|安排|搞进)[^，,。！？；;\n\s]{0,10}$/;
/** 把关永强提拔为副局长, 把小裴提成副科长: the one 把 puts into a post. */
const PUT_INTO = /^[^，,。！？；;\n\s]{0,3}?(提|当|任|调|弄|安排|塞|推荐|列为|搞进|放到)/;
const REPORT_BEFORE = /(据|听|经|向)[^，,。！？；;\n\s]{0,10}$/;
const REPORT_AFTER =
  /^[^，,。！？；;\n\s]{0,8}?(反映|举报|报告|知情|在场|晓得|知道|不知道|看到|看见|见证|作证|拒绝|反对|不同意|没同意|按程序)/;
const SPEAKS_AFTER = /^[^，,。！？；;\n\s]{0,6}?(讲|说|称|表示|吹)/;

/** The clause before a mention (back to the last stop, at most 20 characters) and after it. */
function clause(text: string, start: number, end: number): { before: string; after: string } {
  const back = text.slice(Math.max(0, start - 20), start);
  let cut = back.length;
  while (cut > 0 && !STOP.test(back[cut - 1]!)) cut -= 1;
  const ahead = text.slice(end, end + 30);
  const stop = ahead.search(STOP);
  return { before: back.slice(cut), after: stop < 0 ? ahead : ahead.slice(0, stop) };
}

/** What one mention's sentence says of the person, each feature 0 or 1. */
export function mentionRoleFeatures(text: string, mention: Mention, others: readonly number[] = []): Partial<Record<RoleFeature, number>> {
  const { before, after } = clause(text, mention.start, mention.end);
  const out: Partial<Record<RoleFeature, number>> = {};
  const set = (f: RoleFeature, on: boolean) => {
    if (on) out[f] = 1;
  };
  // 给教育局康股长打招呼: the one a call or a word is made to does not do it.
  const calledOn =
    /(给|俾|畀)[^，,。！？；;\n\s]{0,12}$/.test(before) &&
    /^[^，,。！？；;\n\s]{0,2}?(打招呼|打了?[^，,。！？；;\n\s]{0,3}(招呼|电话)|打电话|说情|递话|捎话)/.test(after);
  const agent = AGENT_AFTER.test(after) && !/^的/.test(after) && !calledOn;
  set('agentVerb', agent);
  const subject = !/(给|俾|畀|把|被|向|为|替|让|找|寻|请|约|告诉|通知|跟|和|与|对|由)/.test(before) && !/^的/.test(after);
  set('clauseSubject', subject);
  // 王磊就把票数发给了麦建华: someone else named earlier in the sentence, and this one is no subject.
  set('afterOther', !subject && others.some((at) => at < mention.start && !/[。！？!?\n]/.test(text.slice(at, mention.start))));
  const money = /(送|给|塞|拿|交)[^，,。！？；;\n\s]{0,12}$/.test(before) && MONEY.test(before + after);
  set('recipient', RECIPIENT_BEFORE.test(before) && !money);
  set('moneyTo', money);
  set('toldTo', /(告诉|告知|透露给|泄露给|发给|转给|报给)[^，,。！？；;\n\s]{0,12}$/.test(before));
  set('beneficiary', BENEFICIARY_BEFORE.test(before) && !agent);
  set('passive', /被[^，,。！？；;\n\s]{0,6}$/.test(before) || /^[^，,。！？；;\n\s]{0,4}被/.test(after));
  set('reporting', REPORT_BEFORE.test(before) || REPORT_AFTER.test(after));
  set('speaks', SPEAKS_AFTER.test(after) && !agent);
  set('possessive', /^(的|嘅|屋头|家)/.test(after));
  set('kin', mention.kin);
  set('promoted', PROMOTED_BEFORE.test(before) || (/把[^，,。！？；;\n\s]{0,10}$/.test(before) && PUT_INTO.test(after)));
  set('misconductNear', MISCONDUCT.test(before + after));
  return out;
}

/** A person as the role model sees them: their mentions' features averaged, and what is said of the person. */
export function personRoleFeatures(
  text: string,
  said: readonly Mention[],
  person: { first: boolean; inHeadline: boolean; cued: boolean; departing: boolean },
  /** Where the other people of the tip are named. */
  others: readonly number[] = [],
): Partial<Record<RoleFeature, number>> {
  const out: Partial<Record<RoleFeature, number>> = {};
  for (const m of said) {
    for (const [f, v] of Object.entries(mentionRoleFeatures(text, m, others)) as Array<[RoleFeature, number]>) {
      out[f] = (out[f] ?? 0) + v / said.length;
    }
  }
  if (person.cued) out.ruleCue = 1;
  if (person.departing) out.departing = 1;
  if (person.first) out.first = 1;
  if (person.inHeadline) out.headline = 1;
  if (said.length > 1) out.repeated = Math.log2(said.length);
  return out;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** P(accused) of a person with these features. */
export function accusedProbability(features: Partial<Record<RoleFeature, number>>, model: RoleModel): number {
  let z = model.intercept;
  for (const f of ROLE_FEATURE_NAMES) z += model.weights[f] * (features[f] ?? 0);
  return sigmoid(z);
}

/** The feature that speaks most against accusing this person, as staff read it (学习模型：在句中为受益人，列为相关人). */
export function mentionedReason(features: Partial<Record<RoleFeature, number>>, model: RoleModel): string {
  let worst: RoleFeature | null = null;
  for (const f of ROLE_FEATURE_NAMES) {
    const v = model.weights[f] * (features[f] ?? 0);
    if (v < 0 && (worst === null || v < model.weights[worst] * (features[worst] ?? 0))) worst = f;
  }
  return `学习模型：${worst ? ROLE_FEATURES[worst] : '文中没有说此人有违规行为'}，列为相关人`;
}

/** One linked person as a training example. */
export interface RoleExample {
  features: Partial<Record<RoleFeature, number>>;
  accused: boolean;
}

/**
 * Fits the role model: a logistic regression with an L2 pull of every weight toward the
 * rules' (the bystander cue against, nothing else) of strength `regularization` per example.
 */
export function fitRoleModel(examples: readonly RoleExample[], regularization: number, threshold: number): RoleModel {
  const prior = [...ROLE_FEATURE_NAMES.map((f) => (f === 'ruleCue' ? -4 : 0)), 2];
  const lambda = [...ROLE_FEATURE_NAMES.map(() => regularization * examples.length), 1e-4];
  const theta = newton(
    examples.map((e) => [...ROLE_FEATURE_NAMES.map((f) => e.features[f] ?? 0), 1]),
    examples.map((e) => (e.accused ? 1 : 0)),
    examples.map(() => 1),
    prior,
    lambda,
    prior,
  );
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    weights: Object.fromEntries(ROLE_FEATURE_NAMES.map((f, j) => [f, round(theta[j]!)])) as Record<RoleFeature, number>,
    intercept: round(theta[ROLE_FEATURE_NAMES.length]!),
    threshold,
  };
}
