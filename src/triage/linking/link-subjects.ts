import { appointmentDates, compareAppointment, dateWords, datesOfMentions, type AppointmentDate } from './appointed-when.js';
import { titleFit, type TitleForm, type TitleHit } from './post-titles.js';
import { alternativeUnits, DENIED, DEPARTING, findMentions, findUnits, type Mention, type UnitHit } from './mentions.js';
import { nearNameKey, type IndexedPerson, type RosterIndex } from './roster-index.js';
import { accusedProbability, mentionedReason, personRoleFeatures, type RoleFeature, type RoleModel } from './role-model.js';
import { LINK_FEATURES, priceParts, RULE_WEIGHTS, type LinkFeature, type LinkWeights, type ScorePart } from './link-features.js';

export interface LinkThresholds {
  autoLinkMinScore: number;
  autoLinkMargin: number;
  maxCandidates: number;
}

export interface Candidate {
  personId: string;
  personNo: string;
  name: string;
  unit: string;
  post: string;
  score: number;
  /** Why this cadre: each point of the score, in words staff read. */
  reasons: string[];
}

export type SubjectRole = 'SUBJECT' | 'MENTIONED';

/** One person a tip talks about: linked to a cadre, or ranked candidates for a person to choose. */
export interface SubjectLink {
  status: 'LINKED' | 'CANDIDATES';
  role: SubjectRole;
  roleReason: string | null;
  mentions: string[];
  candidates: Candidate[];
  firstAt: number;
  inHeadline: boolean;
}

/** The feature a mention's kind of name earns, and how staff read it. */
const NAME_FEATURE: Record<Mention['kind'], LinkFeature> = {
  FULL: 'nameFull',
  HOMOPHONE: 'nameHomophone',
  INITIALS: 'nameInitials',
  NEAR_NAME: 'nameNear',
  SURNAME_TITLE: 'nameSurnameTitle',
  MASKED: 'nameMasked',
  SURNAME: 'nameSurname',
  POST: 'namePost',
};
const NAME_WHY: Record<Mention['kind'], string> = {
  FULL: '姓名相同',
  HOMOPHONE: '姓名同音',
  INITIALS: '姓名拼音首字母相同',
  NEAR_NAME: '姓名只差一个字（可能是笔误或听错）',
  SURNAME_TITLE: '姓氏与职务称呼',
  MASKED: '姓氏相同（隐去名字）',
  SURNAME: '姓氏相同（只说了姓）',
  POST: '未说姓名，只说了单位和职务',
};

/** A unit's head: a post that is a head's title as a whole (党组书记、局长; not 人事科科长). */
function headTitle(person: IndexedPerson, titles: readonly string[]): string | null {
  for (const part of person.post.split(/[、，,；;]/)) {
    const bare = part.replace(/^(党组|党委|党工委|总支|支部)/, '').replace(/[（(].*$/, '');
    if (titles.includes(bare) && bare !== '委员') return bare;
  }
  return null;
}

/**
 * The cadres of the unit beside a post-only mention who fit all the tip says: the post
 * (called formally, no courtesy), 女/男 by the roster's 性别, 管人事 in the roster post,
 * and for 一把手 the head (the Party secretary where the unit has one besides its head).
 */
function postHolders(mention: Mention, index: RosterIndex): IndexedPerson[] {
  const said = mention.post!;
  const people = [...new Set(mention.unitChain.flatMap((u) => u.aliases.map((a) => a.unit)))].flatMap((u) => index.byUnit.get(u) ?? []);
  let fit = people.filter(
    (p) =>
      (!mention.title || titleFit(mention.title, p.titles, true) >= 0.8) &&
      (!said.gender || !p.gender || p.gender === said.gender) &&
      (!said.head || headTitle(p, index.config.postTitles) !== null),
  );
  // 管人事的, 专职: kept to those whose roster post says so, when the roster says it of anyone
  // (many rosters do not write what a deputy is in charge of).
  for (const word of [said.charge, said.qualifier]) {
    if (word && fit.some((p) => p.post.includes(word))) fit = fit.filter((p) => p.post.includes(word));
  }
  if (said.head && fit.some((p) => headTitle(p, index.config.postTitles) === '书记')) {
    fit = fit.filter((p) => headTitle(p, index.config.postTitles) === '书记');
  }
  return fit;
}

const ALIAS_WORDS = {
  FULL: '',
  SHORT: '',
  ABBR: '（简称）',
  OLD: '（机构改革前名称）',
  TOWN: '（撤镇设街道前名称）',
  PLACE: '（地名）',
  INITIALS: '（拼音首字母）',
} as const;

function candidatesFor(mention: Mention, units: UnitHit[], index: RosterIndex): readonly IndexedPerson[] {
  if (mention.kind === 'POST') return postHolders(mention, index);
  if (mention.kind === 'FULL') return index.byName.get(mention.text) ?? [];
  if (mention.kind === 'HOMOPHONE') {
    return (index.byPinyin.get(mention.pinyinKey ?? '') ?? []).filter((p) => p.name !== mention.text);
  }
  if (mention.kind === 'INITIALS')
    return index.byInitials.get(mention.text.toLowerCase())?.filter((p) => !mention.surname || p.surname === mention.surname) ?? [];
  if (mention.kind === 'NEAR_NAME') {
    return [...new Set([1, 2].flatMap((at) => index.byNearName.get(nearNameKey(mention.text, at)) ?? []))];
  }
  const inUnits = new Map<string, IndexedPerson>();
  for (const unit of new Set(units.flatMap((u) => u.aliases.map((a) => a.unit)))) {
    for (const p of index.bySurnameUnit.get(`${mention.surname}|${unit}`) ?? []) inUnits.set(p.id, p);
  }
  // 以前东洋镇的洪镇长，现在调到县里当局长了: one who has moved on is in another unit now.
  if (inUnits.size > 0 && !movedOn(mention)) return [...inUnits.values()];
  return index.bySurname.get(mention.surname) ?? [];
}

/** The person's unit, or a body their post names (社保中心 for its 主任 in 人社局). */
const isIn = (person: IndexedPerson, unit: string) => unit === person.unit || person.bodies.includes(unit);

/** Each point of a candidate's score, as features with the words that earned or cost it. */
function scoreParts(mention: Mention, person: IndexedPerson, units: UnitHit[], index: RosterIndex, soleHolder: string | null): ScorePart[] {
  const parts: ScorePart[] = [];
  const add = (feature: LinkFeature, amount: number, why: string) => parts.push({ feature, amount, why });
  const note = (why: string) => parts.push({ feature: null, amount: 0, why });
  const kindWhy = NAME_WHY[mention.kind];
  // 唐gf: the surname written out and two initials tell a person about as well as a sound-alike.
  const spelledGiven = mention.kind === 'INITIALS' && mention.surname ? mention.text.length - mention.surname.length : 0;
  const nameWhy = spelledGiven ? '姓氏相同、名字拼音首字母相同' : kindWhy;
  // Of one named by a former post: what the tip says they hold now, read once, and whether this one holds it.
  const now = mention.formerly ? nowSaid(mention, index, units) : null;
  const nowFits = now?.(person) ?? false;
  if (mention.kind === 'POST') {
    note(`${nameWhy}：${mention.text}${mention.post?.made ? '（文中说有人已被提到此职务）' : ''}`);
    add('namePost', 1, nameWhy);
  } else add(spelledGiven >= 2 ? 'nameSpelledInitials' : NAME_FEATURE[mention.kind], 1, `${nameWhy}：${mention.text}`);
  if (mention.post?.head && headTitle(person, index.config.postTitles) !== null) add('head', 1, `一把手（单位主要负责人）≈ ${person.post}`);
  if (mention.post?.gender && person.gender === mention.post.gender) add('genderFit', 1, `性别相符：${mention.post.gender}`);
  else if (mention.post?.gender && person.gender)
    add('genderMismatch', 1, `性别不符：文中说是${mention.post.gender}的，花名册为${person.gender}`);
  if (mention.post?.charge && person.post.includes(mention.post.charge))
    add('chargeFit', 1, `分管相符：管${mention.post.charge} ≈ ${person.post}`);
  if (mention.post?.qualifier && person.post.includes(mention.post.qualifier))
    add('qualifierFit', 1, `职务限定相符：${mention.post.qualifier} ≈ ${person.post}`);
  // 挂职的蔡镇长 where the unit's roster writes 挂职 of someone else: not this one.
  else if (
    mention.post?.qualifier &&
    mention.kind !== 'POST' &&
    (index.byUnit.get(person.unit) ?? []).some((p) => p.surname === person.surname && p.post.includes(mention.post!.qualifier!))
  )
    add('qualifierMismatch', 1, `职务限定不符：文中说${mention.post.qualifier}，花名册为${person.post}`);
  // A full name of three characters or more that no one else on the roster has is one
  // person, unless the text says otherwise (two-character names are shared too often
  // with people off the roster).
  if (mention.kind === 'FULL' && mention.text.length >= 3 && index.byName.get(mention.text)?.length === 1) {
    add('uniqueName', 1, '花名册中没有同名的人');
  }
  // 柳河镇人大的李主席: the unit written first (柳河镇) may be the one the person is in.
  const fits = mention.unitChain.flatMap((u) => u.aliases.filter((a) => isIn(person, a.unit)).map((a) => ({ u, a })));
  const near = fits[0]?.u ?? mention.unitNear;
  const nearAlias = fits[0]?.a;
  if (near && nearAlias) {
    add('unitBeside', 1, `单位相符：${near.text}${ALIAS_WORDS[nearAlias.kind]} → ${nearAlias.unit}`);
    // 以前东洋镇的洪镇长，现在调到县里了: whoever is still in that unit is not the one who left.
    if (movedOn(mention) && !nowFits) add('stayedInUnit', 1, `文中说此人已从${near.text}调走，此人仍在${person.unit}（${person.post}）`);
  } else {
    const anywhere = units.flatMap((u) => u.aliases.filter((a) => isIn(person, a.unit)).map((a) => ({ u, a })))[0];
    if (anywhere)
      add(
        'unitNamed',
        1,
        `文中提到其单位：${anywhere.u.text}${ALIAS_WORDS[anywhere.a.kind]}${anywhere.a.unit === person.unit ? '' : ` → ${anywhere.a.unit}`}`,
      );
    // 金沙街道原来的何主任，今年调到城管局当局长了: the unit beside a former post was theirs then,
    // and with the post they hold now said and fitting, it speaks for them.
    if (near && nowFits)
      add('unitFormerNow', 1, `紧挨着的单位是其过去的单位：${near.text}，文中说的现职也相符（${person.unit} ${person.post}）`);
    // 以前东洋镇的洪镇长，调走之前…: said to have left the unit beside, it is not theirs now.
    else if (near && movedOn(mention)) note(`文中说此人已从${near.text}调走，紧挨着的单位不是其现单位，不扣分`);
    else if (near && near.aliases.every((a) => a.kind !== 'PLACE') && !mention.kin)
      add('unitBesideOther', 1, `紧挨着的单位不是其单位：${near.text} ≠ ${person.unit}`);
  }
  // 马镇长，就是今年新当上镇长的那个: an apposition giving the post they were made to.
  const given = appositionTitle(mention, index);
  if (given) {
    const fit = titleFit(given, person.titles, true);
    if (fit >= 0.8) add('appositionFit', 1, `文中说其担任：${given.written} ≈ ${person.post}`);
    else add('appositionMismatch', 1, `文中说其担任：${given.written} ≠ ${person.post}`);
  }
  // 干部股的钟股长, 办公室小易: the section said before the name is the one the roster post names.
  const section = mention.sections.find((s) => person.post.includes(s));
  if (section) add('sectionFit', 1, `科室相符：${section} ≈ ${person.post}`);
  const asideFit = mention.aside ? titleFit(mention.aside, person.titles, true) : 0;
  if (asideFit >= 0.8) add('asideFit', asideFit, `括号中的职务相符：${mention.aside!.written} ≈ ${person.post}`);
  else if (mention.title) {
    let title: TitleForm = mention.title;
    const renamed = nearAlias?.titles?.[mention.title.written];
    if (renamed) title = titleFormOf(renamed, mention.title);
    // 杨局长，就是局长，不是副局长: the post said formally, no courtesy.
    const formal = /^[，,]?(?:就是|是)正?[^，,。]{0,4}[，,]?不是副/.test(mention.sentenceRest);
    let fit = titleFit(title, person.titles, formal || mention.kind !== 'SURNAME_TITLE');
    // 党委副书记、镇长 is called 马镇长, never 马书记: courtesy does not reach a deputy post
    // held beside a post of one's own.
    const ownPost = person.titles.find((t) => !t.deputy && t.base !== '委员' && t.base !== title.base);
    if (fit >= 0.5 && fit < 0.8 && title.base === '书记' && ownPost) fit = 0.1;
    const spelled = mention.title.written.length === 1 || /^[a-z]+$/i.test(mention.title.written);
    const written = spelled
      ? `${mention.title.written}（${mention.title.deputy ? '副' : ''}${mention.title.base}）`
      : mention.title.written;
    if (fit >= 0.8) add('titleFit', fit, `职务相符：${written} ≈ ${person.post}`);
    // 洪镇长 for a 挂职副镇长: one sent for a year or two is seldom called by the head's title
    // (unless the tip says 挂职 itself: 挂职的祁镇长).
    else if (fit >= 0.5 && person.post.includes('挂职') && mention.post?.qualifier !== '挂职')
      add('titleNearTemporary', 1, `挂职副职很少被称为正职：${written} ≈ ${person.post}`);
    else if (fit >= 0.5) add('titleNear', 1, `职务近似（按习惯称呼副职为正职）：${written} ≈ ${person.post}`);
    else if (nowFits)
      add('titleFormerNow', 1, `称呼的是其过去的职务：${written}，文中也说了其现任职务或单位（${person.unit} ${person.post}）`);
    else if (mention.formerly) add('titleFormer', 1, `称呼的可能是其过去的职务：${written}（现任 ${person.post}），但文中没说其现在的职务`);
    else
      add(
        ['FULL', 'HOMOPHONE', 'INITIALS', 'NEAR_NAME'].includes(mention.kind) ? 'titleMismatchNamed' : 'titleMismatch',
        1,
        `职务不符：${written} ≠ ${person.post}`,
      );
    // 以前的洪镇长，现在调到县商务局了: the post or unit the tip says they hold now is not this one's.
    if (now && !nowFits) add('nowMismatch', 1, `文中说了其现任职务或单位，与此人不符（${person.unit} ${person.post}）`);
    const unitNamed = units.some((u) => u.aliases.some((a) => isIn(person, a.unit)));
    if (fit >= 0.8 && soleHolder === person.id && !unitNamed && !mention.offRoster) {
      add('soleHolder', 1, `花名册中姓${mention.surname}的只有此人任${written}`);
    }
  }
  return parts;
}

/** The features said of a mention, the same for each of its candidates (no points by the rules). */
function mentionParts(mention: Mention, candidates: number): ScorePart[] {
  const parts: ScorePart[] = [];
  if (mention.offRoster) parts.push({ feature: 'offRoster', amount: 1, why: LINK_FEATURES.offRoster.label });
  if (mention.formerly) parts.push({ feature: 'formerly', amount: 1, why: LINK_FEATURES.formerly.label });
  if (mention.bystanderCue) parts.push({ feature: 'bystander', amount: 1, why: `文中说此人${mention.bystanderCue}` });
  if (candidates > 1) parts.push({ feature: 'crowd', amount: Math.log2(candidates), why: `候选人共 ${candidates} 名` });
  return parts;
}

function toCandidate(person: IndexedPerson, parts: readonly ScorePart[], weights: LinkWeights): Candidate {
  const { score, reasons } = priceParts(parts, weights);
  return { personId: person.id, personNo: person.personNo, name: person.name, unit: person.unit, post: person.post, score, reasons };
}

/** 马镇长，就是今年5月新当上镇长的那个: the post an apposition right after the mention gives. */
function appositionTitle(mention: Mention, index: RosterIndex): TitleHit | null {
  const said = /^[，,]?(?:就是|也就是|即)[^。！？；\n，,]{0,10}?(?:当上了?|当了|升任|提任|调任|任)/.exec(mention.sentenceRest);
  return said ? index.titles.at(mention.sentenceRest, said[0].length) : null;
}

/** 调到, 调走, 调任: the tip says the one named by a former post has left that unit. */
const MOVED_ON = /(调到|调去|调往|调任|调走|调离|提拔到|交流到|交流去)/;

/** 以前东洋镇的洪镇长，现在调到县里当局长了, 调走之前…: one named by a former post who has moved on. */
function movedOn(mention: Mention): boolean {
  return mention.formerly && MOVED_ON.test(mention.sentenceRest);
}

/**
 * What the tip says a person named by a former post holds now (以前的李科长，现在当了副局长;
 * 以前执法队的杜队长…还当了副局长), as a test of a candidate (the post, a town's head, or the unit
 * they are in now), or null when it says nothing of it.
 */
function nowSaid(mention: Mention, index: RosterIndex, units: UnitHit[]): ((person: IndexedPerson) => boolean) | null {
  const text = mention.sentenceRest;
  const now = /(现在|现任|如今|目前|当了|当上了?|升任|提任|提拔为|提拔成|提为|提成|成了|调到|调去|调往|调任|提拔到|提到)/.exec(text);
  if (!now) return null;
  const from = now.index + now[0].length;
  // 提到乡镇当一把手了: made the head of a town (乡镇, 街道), no unit named.
  const head = /^[^，,。；;]{0,6}?(一把手|主要负责人)/.exec(text.slice(from));
  if (head && /(乡镇|镇上|镇里|乡里|街道)/.test(head[0])) {
    return (person) => headTitle(person, index.config.postTitles) !== null && /(镇|乡|街道|街道办事处)$/.test(person.unit);
  }
  // 调到城管局当局长, 提拔成文旅局fjz: the unit may stand between, the post may be in initials.
  for (let at = from; at < Math.min(text.length, from + 12); at += 1) {
    const title = index.titles.at(text, at) ?? index.initialsTitleAt(text, at);
    if (title) return (person) => titleFit(title, person.titles, true) >= 0.8;
  }
  // 现在去zzb当ld了: no post said, but the unit they are in now.
  const at = mention.end + from;
  const there = units.filter((u) => u.start >= at - 2 && u.start <= at + 8);
  if (there.length === 0) return null;
  return (person) => there.some((u) => u.aliases.some((a) => isIn(person, a.unit)));
}

/**
 * The only cadre on the whole roster with the mention's surname and a post that fits its
 * title (翟副区长, 武院长 when no unit is named beside it), if there is exactly one.
 */
function soleHolderOf(mention: Mention, index: RosterIndex): string | null {
  if (mention.kind !== 'SURNAME_TITLE' || !mention.title) return null;
  let found: string | null = null;
  for (const p of index.bySurname.get(mention.surname) ?? []) {
    if (titleFit(mention.title, p.titles, false) < 0.8) continue;
    if (found) return null;
    found = p.id;
  }
  return found;
}

function titleFormOf(renamed: string, original: TitleForm): TitleForm {
  const deputy = renamed.startsWith('副');
  return { base: deputy ? renamed.slice(1) : renamed, deputy: deputy || original.deputy };
}

const who = (c: Candidate) => `${c.name}（${c.unit} ${c.post}）`;

/**
 * Ranks the cadres a mention may be and decides: linked only when the best one scores at
 * least `autoLinkMinScore` and leads every other by `autoLinkMargin`. Two cadres who fit
 * about equally (namesakes with nothing to tell them apart, 王局长 with two 王 in the
 * unit, 张某某) are held for a person, and the leading candidates say so.
 */
function rank(
  reading: MentionReading,
  limits: LinkThresholds,
  weights: LinkWeights,
): { linked: boolean; candidates: Candidate[]; scored: Candidate[] } {
  const { mention } = reading;
  const scored = reading.candidates
    .map((c) => toCandidate(c.person, c.parts, weights))
    .sort((a, b) => b.score - a.score || a.personNo.localeCompare(b.personNo));
  const decided = decide(scored, limits);
  // What the mention says that a clear winner cannot settle: held for a person, never linked,
  // with the reason in place of the decision's.
  const heldBecause =
    // 张屋村支书张某, 公司的刘总: said of a village or company, a surname is someone off the
    // roster as often as a cadre who shares it.
    mention.offRoster && mention.kind !== 'FULL'
      ? '文中说的是村、社区或企业的人，可能不在花名册上，需人工确认'
      : mention.post?.indefinite
        ? '文中只说是其中一个（“的一个”），没说是谁，需人工确认'
        : // 没说清是财政局还是林草局的: two candidates of the units the tip gives as alternatives.
          reading.alternatives
          ? '文中说不清是哪个单位的（“…还是…”），需人工确认'
          : null;
  if (decided.linked && heldBecause) {
    decided.linked = false;
    decided.candidates[0]!.reasons.splice(-1, 1, heldBecause);
  }
  return { ...decided, scored };
}

/**
 * Decides on scored candidates (best first): linked only when the best one scores at least
 * `autoLinkMinScore` and leads every other by `autoLinkMargin`. The reasons of the kept
 * candidates are copied, so the same scores may be decided again without others.
 */
function decide(scored: Candidate[], limits: LinkThresholds): { linked: boolean; candidates: Candidate[] } {
  const candidates = scored.map((c) => ({ ...c, reasons: [...c.reasons] }));
  const [top, second] = candidates;
  if (!top) return { linked: false, candidates: [] };
  const lead = second ? Math.round((top.score - second.score) * 100) / 100 : null;
  const linked = top.score >= limits.autoLinkMinScore && (lead === null || lead >= limits.autoLinkMargin);
  const kept = candidates.slice(0, limits.maxCandidates);
  if (linked) {
    top.reasons.push(second ? `领先其他候选人 ${lead} 分，自动关联` : '花名册中只有此人相符，自动关联');
  } else {
    for (const c of kept.filter((c) => top.score - c.score < limits.autoLinkMargin)) {
      const rivals = kept.filter((o) => o !== c && Math.abs(o.score - c.score) < limits.autoLinkMargin).map(who);
      if (rivals.length) c.reasons.push(`与 ${rivals.join('、')} 得分${lead === 0 ? '相同' : '相近'}，文中无法区分，需人工确认`);
    }
    if (top.score < limits.autoLinkMinScore && !top.reasons.at(-1)!.endsWith('需人工确认')) {
      top.reasons.push(`总分不足 ${limits.autoLinkMinScore} 分（文中没有足以确认身份的单位或职务），需人工确认`);
    }
  }
  if (candidates.length > kept.length) kept.at(-1)!.reasons.push(`另有 ${candidates.length - kept.length} 名候选人得分更低，未列出`);
  return { linked, candidates: kept };
}

/** 到底哪个刘局长没说, 不知道是哪一个: the tip says it does not know which one of them it is. */
const WHICH_ONE = '(?:哪个|哪一个|哪位|哪一位)';
const NOT_SAID = '(?:没说|没讲|没有说|不知道|不清楚|说不清|讲不清|分不清|搞不清|弄不清|不晓得)';
const UNSURE_WHICH = new RegExp(`${WHICH_ONE}[^。！？；\\n，,]{0,6}${NOT_SAID}|${NOT_SAID}(?:到底|究竟)?是?${WHICH_ONE}`);

/** The candidates a person may be about as well as the best one (within the margin). */
const leading = (candidates: Candidate[], limits: LinkThresholds) =>
  candidates.filter((c) => candidates[0]!.score - c.score < limits.autoLinkMargin).map((c) => c.personId);

/**
 * Finds the people a tip names and links each to a cadre when one candidate is clearly
 * ahead; otherwise keeps the ranked candidates. Mentions of one person (韩局长 … 韩小燕)
 * become one entry. People merely mentioned are kept apart from subjects, but only when
 * someone else in the tip is accused: a tip about one person is about that person.
 */
export function linkSubjects(
  text: string,
  index: RosterIndex,
  limits: LinkThresholds,
  weights: LinkWeights = RULE_WEIGHTS,
  roles: RoleModel | null = null,
  /** The day the tip came in (YYYY-MM-DD): 今年, 去年 are read from it; without it only 2023年. */
  receivedOn: string | null = null,
): SubjectLink[] {
  return resolveLinks(text, readMentions(text, index, receivedOn), limits, weights, roles);
}

/**
 * 2023年提上来的那个, 今年9月份又添了个: when the tip says when the person was appointed, each
 * candidate whose 任现职时间 fits it gains; one that clearly does not loses a little, but only
 * when another candidate fits (the date may be of an earlier post than the roster's current one).
 */
function appointmentParts(people: readonly IndexedPerson[], dates: readonly AppointmentDate[]): ScorePart[][] {
  const none = people.map((): ScorePart[] => []);
  if (dates.length === 0 || people.length === 0) return none;
  const verdicts = people.map((p) => dates.map((d) => compareAppointment(d, p.postSince)));
  const fits = verdicts.map((v) => v.indexOf('FIT'));
  if (fits.every((f) => f < 0)) return none;
  return people.map((p, i) => {
    if (fits[i]! >= 0) {
      const date = dates[fits[i]!]!;
      return [{ feature: 'appointedFit', amount: 1, why: `任职时间相符：${dateWords(date)} ≈ ${p.postSince}` }];
    }
    const said = dates.find((_, j) => verdicts[i]![j] === 'MISMATCH');
    return said && verdicts[i]!.every((v) => v !== 'UNKNOWN')
      ? [{ feature: 'appointedMismatch', amount: 1, why: `任职时间不符：文中说${dateWords(said)}任职，花名册为 ${p.postSince}` }]
      : [];
  });
}

/** A mention read from a tip, with each candidate's features: what linking decides on, whatever the weights. */
export interface MentionReading {
  mention: Mention;
  candidates: Array<{ person: IndexedPerson; parts: ScorePart[] }>;
  /** Two or more candidates are of units the tip gives as alternatives (是财政局还是林草局的). */
  alternatives?: boolean;
}

/**
 * The people a tip names (not the reporter, not a retired official named without a full
 * name) and, for each, the cadres it may be with the features of each: the work of linking
 * that does not depend on the weights, done once a tip.
 */
export function readMentions(text: string, index: RosterIndex, receivedOn: string | null = null): MentionReading[] {
  const found = findUnits(text, index);
  const mentions = findMentions(text, index, found);
  // 是财政局还是林草局的: units said as alternatives are no one's unit.
  const alternatives = alternativeUnits(text, found);
  const units = found.filter((u) => !alternatives.has(u));
  const alternativeNames = new Set([...alternatives].flatMap((u) => u.aliases.map((a) => a.unit)));
  const dated = datesOfMentions(text, mentions, appointmentDates(text, receivedOn));
  // A retired official named without a full name (李某（已退休）… 后来李某又…) is off the roster
  // of serving cadres, each time the tip names them so: a serving one of that surname is not them.
  const retired = new Set(mentions.filter((m) => m.retired && m.kind !== 'FULL').map((m) => m.text));
  const readings: MentionReading[] = [];
  for (const [at, mention] of mentions.entries()) {
    if (mention.isReporter) continue;
    if (retired.has(mention.text) && mention.kind !== 'FULL') continue;
    const soleHolder = soleHolderOf(mention, index);
    const people = candidatesFor(mention, units, index);
    const shared = mentionParts(mention, people.length);
    const appointed = appointmentParts(people, dated.get(at) ?? []);
    const inAlternatives = new Set(people.filter((p) => alternativeNames.has(p.unit)).map((p) => p.unit));
    readings.push({
      ...(inAlternatives.size >= 2 ? { alternatives: true } : {}),
      mention,
      candidates: people.map((person, i) => ({
        person,
        parts: [...scoreParts(mention, person, units, index, soleHolder), ...appointed[i]!, ...shared],
      })),
    });
  }
  return readings;
}

/**
 * Links the mentions read from `text` with the candidates priced at `weights` (see
 * `linkSubjects`). With a role model, who among two or more people is accused is its
 * decision (`role-model.ts`); `observe` sees each person with the role model's features.
 */
export function resolveLinks(
  text: string,
  readings: readonly MentionReading[],
  limits: LinkThresholds,
  weights: LinkWeights,
  roles: RoleModel | null = null,
  observe?: (person: SubjectLink, features: Partial<Record<RoleFeature, number>>) => void,
): SubjectLink[] {
  // titled: named with a post (张局长), which a post someone was made to (提成副局长了) is not.
  const unsureWhich = UNSURE_WHICH.test(text);
  const people: Array<SubjectLink & { cues: Array<string | null>; titled: boolean; scored: Candidate[]; named: boolean; said: Mention[] }> =
    [];
  for (const reading of readings) {
    const { mention } = reading;
    const { linked, candidates, scored } = rank(reading, limits, weights);
    if (candidates.length === 0) continue;
    // A surname, a post or a sound-alike that every candidate contradicts (王局长 where no 王
    // is a 局长, a unit beside it that is none of theirs) is someone off the roster.
    if (mention.kind !== 'FULL' && candidates[0]!.score < weights[NAME_FEATURE[mention.kind]]) continue;
    const ids = candidates.map((c) => c.personId);
    const near = leading(candidates, limits);
    // 张局长把他小姨子提成副局长了: the one made to a post is not the one named with another.
    const joinable = (p: (typeof people)[number]) => !mention.post?.made || !p.titled;
    // 王局长…另一位王副局长也知道: a person said to be a bystander is not the one accused before.
    const sameSide = (p: (typeof people)[number]) => !mention.bystanderCue || p.cues.some((c) => c !== null);
    // 杨军…杨军: a full name said again in one tip is the same person (unless two namesakes are
    // said to be there: 也叫马建军).
    const namesakes = /(也叫|也是叫|同名|重名)/.test(text);
    const sameName =
      mention.kind === 'FULL' && !namesakes ? people.find((p) => joinable(p) && p.mentions.includes(mention.text)) : undefined;
    const same =
      sameName ??
      people.find(
        (p) =>
          joinable(p) &&
          p.status === 'LINKED' &&
          near.includes(p.candidates[0]!.personId) &&
          // A post said without a name that fits others as well is not said to be this one.
          (mention.kind !== 'POST' || linked || near.length === 1) &&
          (linked ? p.candidates[0]!.personId === ids[0] : true),
      ) ??
      (linked
        ? null
        : people.find((p) => joinable(p) && p.status === 'CANDIDATES' && p.candidates.map((c) => c.personId).join() === ids.join()));
    if (same) {
      // 原桂坑镇镇长廖春华…现任县人社局局长廖春华: the name said again, clearly, settles it.
      if (same.status === 'CANDIDATES' && linked && leading(same.candidates, limits).includes(ids[0]!)) {
        Object.assign(same, { status: 'LINKED', candidates, scored });
      }
      same.mentions.push(mention.text);
      same.cues.push(mention.bystanderCue);
      same.said.push(mention);
      same.inHeadline ||= mention.inHeadline;
      continue;
    }
    // A later, clearer mention settles an earlier unclear one (韩局长 … 韩小燕) when it is one of
    // those the earlier one fitted best.
    const earlierCandidates = linked
      ? people.find((p) => joinable(p) && sameSide(p) && p.status === 'CANDIDATES' && leading(p.candidates, limits).includes(ids[0]!))
      : null;
    if (earlierCandidates) {
      // 到底哪个刘局长没说，局里…刘宝山、刘金柱: the tip says it does not know which one; the names
      // after are those it may be, and settle nothing.
      if (!unsureWhich) Object.assign(earlierCandidates, { status: 'LINKED', candidates, scored });
      earlierCandidates.mentions.push(mention.text);
      earlierCandidates.cues.push(mention.bystanderCue);
      earlierCandidates.said.push(mention);
      earlierCandidates.inHeadline ||= mention.inHeadline;
      continue;
    }
    people.push({
      status: linked ? 'LINKED' : 'CANDIDATES',
      role: 'SUBJECT',
      roleReason: null,
      mentions: [mention.text],
      candidates,
      firstAt: mention.start,
      inHeadline: mention.inHeadline,
      cues: [mention.bystanderCue],
      titled: mention.title !== null && !mention.post?.made,
      scored,
      named: mention.kind !== 'POST',
      said: [mention],
    });
  }
  // 马书记…镇长马小龙: someone the tip names as another person, linked, is not among those an
  // unclear mention may be; without them, the rest are decided again. Not for a post said
  // without a name (当上了副镇长), which is as often someone named already.
  for (const p of people.filter((x) => x.status === 'CANDIDATES' && x.named)) {
    const taken = new Set(people.filter((o) => o !== p && o.status === 'LINKED').map((o) => o.candidates[0]!.personId));
    if (!p.scored.some((c) => taken.has(c.personId))) continue;
    const rest = p.scored.filter((c) => !taken.has(c.personId));
    if (rest.length === 0) continue;
    const { linked, candidates } = decide(rest, limits);
    const excluded = p.scored.filter((c) => taken.has(c.personId)).map((c) => c.name);
    if (linked) candidates[0]!.reasons.splice(-1, 0, `文中另外点名的 ${excluded.join('、')} 不是此人，已排除`);
    Object.assign(p, { status: linked ? 'LINKED' : 'CANDIDATES', candidates });
  }
  // 来电人说不是钟明，钟明当副镇长早了: one the tip says it is not about is no one accused, however
  // else it names them.
  const denied = (p: (typeof people)[number]) => p.cues.includes(DENIED);
  const bystander = (p: (typeof people)[number]) => !p.inHeadline && (p.cues.every((c) => c !== null) || denied(p));
  const accused = people.filter((p) => !bystander(p));
  for (const p of people) {
    if (bystander(p) && accused.length > 0) {
      p.role = 'MENTIONED';
      p.roleReason = denied(p) ? DENIED : (p.cues.find((c) => c) ?? null);
    } else if (bystander(p) && p.status === 'LINKED' && p.cues.some((c) => c !== DEPARTING)) {
      // Everyone named is said to have known, refused or reported it: the one accused is
      // someone the tip does not name (or off the roster). Held for a person, not linked.
      p.status = 'CANDIDATES';
      p.roleReason = p.cues.find((c) => c !== DEPARTING) ?? null;
      p.candidates[0]!.reasons.splice(-1, 1, `文中只说此人${p.roleReason}，被举报的可能是文中未点名的人，需人工确认`);
    }
  }
  if ((roles || observe) && people.length > 0) {
    const first = Math.min(...people.map((p) => p.firstAt));
    const features = people.map((p) =>
      personRoleFeatures(
        text,
        p.said,
        {
          first: p.firstAt === first,
          inHeadline: p.inHeadline,
          cued: (p.cues.every((c) => c !== null) && p.cues.some((c) => c !== DEPARTING)) || denied(p),
          departing: p.cues.every((c) => c === DEPARTING),
        },
        people.filter((o) => o !== p).flatMap((o) => o.said.map((m) => m.start)),
      ),
    );
    features.forEach((f, i) => observe?.(people[i]!, f));
    // Two or more people: the model says who is accused; one it doubts is only mentioned when
    // another is accused (a tip about one person is about that person).
    if (roles && people.length >= 2) {
      const accused = features.map((f) => accusedProbability(f, roles) >= roles.threshold);
      people.forEach((p, i) => {
        if (!accused[i] && accused.some((a, j) => a && j !== i)) {
          if (p.role !== 'MENTIONED') p.roleReason = mentionedReason(features[i]!, roles);
          p.role = 'MENTIONED';
        } else if (accused[i] && p.role === 'MENTIONED' && !denied(p)) {
          p.role = 'SUBJECT';
          p.roleReason = null;
        }
      });
    }
  }
  return people
    .map(({ cues: _cues, titled: _titled, scored: _scored, named: _named, said: _said, ...p }) => p)
    .sort(
      (a, b) =>
        Number(b.role === 'SUBJECT') - Number(a.role === 'SUBJECT') || Number(b.inHeadline) - Number(a.inHeadline) || a.firstAt - b.firstAt,
    );
}
