import { commonSpeechInPlace } from '../categorize/dialect.js';
import { charPinyin } from '../text/pinyin.js';
import { titleFit, type TitleHit } from './post-titles.js';
import { initialsOf, letterRun, nearNameKey, type RosterIndex } from './roster-index.js';
import type { UnitAlias } from './unit-aliases.js';

/**
 * How a tip names a person: the full name, a homophone of a roster name (SMS typos), a
 * surname with a post (王局长, 王局, 姓王的副局长), a masked name (张某某, 王某, 李XX), or a
 * bare surname (姓王的, 王姓干部, 老王 next to a unit).
 */
export type MentionKind = 'FULL' | 'HOMOPHONE' | 'NEAR_NAME' | 'INITIALS' | 'SURNAME_TITLE' | 'MASKED' | 'SURNAME' | 'POST';

/** What a tip says of a person it names only by unit and post: 那个女副局长, 管人事的副局长, 一把手. */
export interface PostDescription {
  gender: '男' | '女' | null;
  /** 管人事的副局长: the work the post is in charge of, matched against the roster post. */
  charge: string | null;
  /** 把他小姨子整成监察大队长了: the tip says they were made to this post. */
  made?: boolean;
  /** 专职副书记, 挂职副镇长: a word the roster writes with the post. */
  qualifier: string | null;
  /** 一把手, 主要负责人: the unit's head. */
  head: boolean;
  /** 卫健局的一个副局长: one of the holders, not said which: never linked, only held. */
  indefinite?: boolean;
}

export interface UnitHit {
  start: number;
  end: number;
  text: string;
  aliases: UnitAlias[];
}

/** A person named in a tip, before linking: where, how, and what stands next to it. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  surname: string;
  title: TitleHit | null;
  unitNear: UnitHit | null;
  /** Units written together with the one beside the name (柳河镇人大, 青石镇党委): a body within the first. */
  unitChain: UnitHit[];
  inHeadline: boolean;
  /** The reporter naming themself ("来电人张三反映"): never a subject. */
  isReporter: boolean;
  /** Why this may be a person merely mentioned (a witness, someone called, the current holder). */
  bystanderCue: string | null;
  /** Said of the past (原来三家子镇的蓝镇长, 以前的王科长): the post may be one held before. */
  formerly: boolean;
  /** Said of a village, community or company (村里的王书记, 公司的刘总): likely someone off the roster. */
  offRoster: boolean;
  /**
   * Introduced as someone's relative (为女婿葛明, 要把侄儿滕飞): the unit written before is more
   * likely the relative's than theirs.
   */
  kin: boolean;
  /** A post said in brackets right after the name (司马科长（二级主任科员）): what they are on paper. */
  aside: TitleHit | null;
  /** Said of a retired official (李某（已退休）, 退休的老主任): no longer on the roster of serving cadres. */
  retired: boolean;
  /**
   * The words right before the name that may be a section of a unit (办公室小易, 干部股的钟股长,
   * 统计执法股的滕股长), each ending in 办公室, 股, 科 …, longest first: checked against the roster post.
   */
  sections: string[];
  /** The rest of the sentence after the mention (at most 60 characters): 现在当了副局长. */
  sentenceRest: string;
  /** For a person named only by unit and post: what the tip says of them. */
  post?: PostDescription;
  /** For a homophone: the pinyin that matched a roster name. */
  pinyinKey?: string;
}

const CJK = /\p{Script=Han}/u;
/** 挂职的蔡镇长, 党工委委员郭副主任, 党组成员王副局长: a word the roster writes with the post. */
const QUALIFIER_BEFORE = /(挂职|专职|党组成员|党委委员|党工委委员)(?:、|的)?$/;
const BREAK = /[。！？!?；;\n]/;
const MASK_STOP = new Set([...'些种个人单位局部门乡镇村区县市年月日处地领']);
/** Characters written in place of a hidden given name: 李XX, 王××, 张**, 赵○○. */
const MASK_CHARS = /^[XxＸｘ×＊*○〇]{1,2}/;
/** Words between 姓王的 and the post: 姓王的那个副局长, 一个姓王的副局长. */
const FILLER = /^(那个|这个|一个|那位|这位|一位|个|位|一名|名)?/;
/** What a bare surname is said of: 王姓干部, 姓王的领导. */
const PERSON_NOUN = /^(干部|领导|同志|男子|女子|男的|女的|负责人|工作人员)/;
const NEAR = 12;
/** A relative or aide said just before a name that is also a word (他妻子的弟弟田野): a person. */
const KIN_BEFORE =
  /(侄儿|侄女婿|孙女|孙子|外孙|外孙女|亲戚|老表|连襟|干儿子|弟弟|哥哥|妹妹|姐姐|儿子|女儿|侄子|侄女|外甥|外甥女|小舅子|小姨子|表弟|表妹|表哥|表姐|堂弟|堂妹|女婿|儿媳|老婆|妻子|丈夫|老公|同学|秘书|司机)$/;
/** 有个姓王的副局长，叫王晓东; 名叫高峰: a name given as such (a name that is also a word counts). */
const NAME_GIVEN_BEFORE = /(?:[，,、]叫|名叫|名字叫|叫做|就是)$/;
/**
 * A name that is also a word (向东, 高峰) opening a clause and doing what a tip accuses
 * (向东给教育局打招呼, 高峰收了…): the person, not the word.
 */
const CLAUSE_OPENING = /(^|[。！？；;，,：:\s])$/;
const ACTOR_AFTER = /^(给|俾|找|托|让|叫|喊|收了|收受|拿了|送了|塞了|逼|硬要|天天|到处|多次|亲自)/;
/** After a unit: 那个女副局长, 的那个管人事的副局长, 一把手, 里的主要负责人, 当大队长. */
const POST_ONLY =
  /^(里的|里|的)?(?:(?:分管|管|负责)(\p{Script=Han}{1,4}?)的)?(那个|那一个|这个|那位|这位|有个|有一个|有位|有一位|就那一个|一个|一位|当了?|任)?(女|男)?的?(?:(?:年轻|年纪轻轻|新来|刚来|新提|刚提|新提拔|刚提拔|新上任|刚上任)的)?(?:(?:分管|管|负责)(\p{Script=Han}{1,4}?)的)?(一把手|主要负责人|主要领导)?(专职|挂职)?/u;
/** What follows a unit and post that are the post itself, not its holder: 副局长的位子, 组织委员人选. */
const POST_ITSELF =
  /^([^。！？；;\n，,]{0,8}?(位子|位置|职位|职务|岗位|人选|候选人|空缺|名额|职数|一职|指标|编制)|(已经|已|都|就|有|共|一共|现在)*[\d一二两三四五六七八九十几]+[个名位人]|(又|还|都|已经)?(配多了|多配了|配超了|超配了|超了|配满了|太多了|多了[\d一二两三四五六七八九十几]?[个名位]?))/;
/** What a sentence says of a post's holders as a number (配了4个, 多得很, 编制, 职数): the post itself. */
const QUOTA_TALK = /(编制|职数|超配|超编|超了|多得很|太多|[配有搞提]了?[\d一二两三四五六七八九十几]+[个名位])/;
/** A village, community or company just before a person: its 书记 or 经理 is rarely a cadre of the roster. */
const OFF_ROSTER = /(村|社区|公司|企业|集团|工厂|厂里|店里|老板|私立|民营)[^。！？；\n，,]{0,3}$/;

/** The last character of a unit's short name, written after its other initials (tj局). */
const UNIT_SUFFIX = /[局办委社院所站部]/;

/** Unit names in the text, longest first, left to right. */
export function findUnits(text: string, index: RosterIndex): UnitHit[] {
  const hits: UnitHit[] = [];
  for (let i = 0; i < text.length;) {
    // SMS shorthand: jtj for 交通局, a whole run of letters.
    const run = letterRun(text, i);
    if (run) {
      // tj局, zx办, gx社: the initials of the name, then its last character written out.
      const suffix = UNIT_SUFFIX.test(text[i + run.length] ?? '') ? text[i + run.length]! : '';
      const written = suffix ? index.unitInitials.get(run.toLowerCase() + initialsOf(suffix)) : undefined;
      const aliases = written ?? index.unitInitials.get(run.toLowerCase());
      const end = i + run.length + (written ? 1 : 0);
      if (aliases) hits.push({ start: i, end, text: text.slice(i, end), aliases });
      i = end;
      continue;
    }
    let hit: UnitHit | null = null;
    const may = index.mayStartAlias(text, i);
    for (let len = Math.min(index.maxAliasLength, text.length - i); may && len >= 2 && !hit; len -= 1) {
      const aliases = index.unitAliases.get(text.slice(i, i + len));
      const title = aliases ? index.titles.at(text, i) : null;
      if (aliases && !(title && title.end > i + len)) hit = { start: i, end: i + len, text: text.slice(i, i + len), aliases };
    }
    // 卫健系统, 教育系统: a whole sector, which a hospital or school belongs to as much as the bureau.
    if (hit && text.startsWith('系统', hit.end)) {
      i = hit.end;
    } else if (hit) {
      hits.push(hit);
      i = hit.end;
    } else i += 1;
  }
  return hits;
}

/**
 * 没说清是财政局还是林草局的, 问是公安局的还是粮库的: units said as alternatives, which tell
 * nothing of whose unit it is.
 */
export function alternativeUnits(text: string, units: readonly UnitHit[]): Set<UnitHit> {
  return new Set(
    units.filter(
      (u) =>
        /^的?(还是|或者|或是)/.test(text.slice(u.end, u.end + 3)) ||
        /(还是|或者|或是)是?$/.test(text.slice(Math.max(0, u.start - 3), u.start)),
    ),
  );
}

function noBreak(text: string, from: number, to: number): boolean {
  return !BREAK.test(text.slice(Math.max(0, from), Math.max(from, to)));
}

/** The unit beside a name and those written right before it (柳河镇 in 柳河镇人大的李主席). */
function unitChain(units: UnitHit[], near: UnitHit | null): UnitHit[] {
  if (!near) return [];
  const chain = [near];
  for (let i = units.indexOf(near) - 1; i >= 0 && units[i]!.end === chain[0]!.start; i -= 1) chain.unshift(units[i]!);
  return chain;
}

function nearestUnit(text: string, units: UnitHit[], start: number, end: number): UnitHit | null {
  const before = units.filter((u) => u.end <= start && start - u.end <= NEAR && noBreak(text, u.end, start)).at(-1);
  if (before) return before;
  // 夏主任讲“侬去寻城管”: a unit in what the person is quoted saying is not theirs; nor one
  // they turn to (刘副局给zzb打招呼, 米副局找rsj, 王局长和财政局的人).
  return (
    units.find(
      (u) =>
        u.start >= end &&
        u.start - end <= NEAR &&
        noBreak(text, end, u.start) &&
        !/[“「"]/.test(text.slice(end, u.start)) &&
        !/[给找寻向往到跟对去替帮为把让叫喊托请和与及]/.test(text.slice(end, u.start)),
    ) ?? null
  );
}

/** The cue of one about to leave: a bystander only when someone else is accused. */
export const DEPARTING = '仅被提及（到龄、交流或调走）';

const CALL_VERBS =
  /^[^。！？；\n]{0,25}?(打电话|打了?[^。！？；\n，,]{0,4}电话|打了?[个声]?招呼|打了?[一两几好]?[回次遍]招呼|说情|施压|递条子|递了?[一两几]?张条子|写条子|写了?[一两几]?张条子|发短信|发微信|捎话|带话|递话)/;
const MONEY = /[送钱礼卡]|红包|现金/;

/** The cue of one the tip says it is not about (来电人说不是钟明): never the accused. */
export const DENIED = '文中说不是此人';

/** Cues that a named person is not the one the tip accuses. */
function bystanderCue(text: string, start: number, end: number): string | null {
  const before = text.slice(Math.max(0, start - 25), start);
  // In an SMS a space ends a clause: what follows it is said of someone else (提成组织委员 冯立在场).
  const after = text.slice(end, end + 25).split(/[ \t\u3000]/, 1)[0]!;
  // 来电人说不是钟明, 这可不是李国军镇长整的, 不是王志刚那个事儿: the tip says it is not this one
  // (not 要不是王局长打招呼 or 如果不是…, which say it is; nor 是不是王局长, a question; nor
  // 不是王局长一个人的事 or 不是王局长的亲戚, said of someone else).
  if (
    /(?<!要|若|如果|假如|倘若|要是|是)(?:并|也|可|而|都|倒|根本|绝对)?不是(?:[^。！？；\n，,的不是]{2,8}的)?$/.test(before) &&
    !/^(同志)?(一个人|一人|自己|的|嘅|说|讲|一家|干部|领导)/.test(after)
  ) {
    return DENIED;
  }
  // 俾 and 畀 are 给 in southern speech (打电话俾陈局).
  const give = Math.max(before.lastIndexOf('给'), before.lastIndexOf('俾'), before.lastIndexOf('畀'));
  if (give >= 0 && !BREAK.test(before.slice(give)) && !/[送交塞转]$/.test(before.slice(0, give))) {
    const call = CALL_VERBS.exec(after);
    if (call && !MONEY.test(before.slice(give) + call[0])) return '被打电话、打招呼的对象';
  }
  // 打了好几个电话给卫健委陈主任: the one called, the unit may stand between.
  if (/(电话|短信|微信|条子)[给俾畀][^。！？；\n，,]{0,10}$/.test(before)) return '被打电话、打招呼的对象';
  // 天天找街道谢书记要位子, 去找了谢书记好几次, 往喻局长屋里跑, 简历送到葛长春办公室: the one approached.
  if (
    // 上门找担任考务工作的人社局人事股股长宋佳: a longer way to the name when it ends with their post.
    (/(找|找了|找过|找到|寻|寻了|寻过)([^。！？；\n，,找寻\s]{0,8}|[^。！？；\n，,找寻\s]{9,20}(长|主任|书记|委员))$/.test(before) &&
      // 找到梁玉华局长，要局里…: the post said after the name, then what was asked.
      (/^(同志|[^。！？；\n，,]{0,4}?(?:长|主任|书记|委员|主席))?[，,]?[^。！？；\n，,]{0,3}?(要|讨要|让把|让给|让[他她]|说情|帮忙|关照|打招呼|求情|好几次|多次|几次|好多次|每次|每回|[递塞]了?[个张一两几]?[张]?条子|递话|带话|捎话|传话|说|讲|(?:还|又)(?:找|寻)|人家(?:不睬|不理|没理|没睬|没答应|不答应|不同意|回绝))/.test(
        after,
      ) ||
        // 找常务副部长欧阳明，为其女婿打招呼: the one approached on someone's behalf.
        /^(同志)?[，,]?(为|替|帮)[^。！？；\n]{0,30}?(打招呼|说情|求情|关照|说好话)/.test(after))) ||
    // 后来杜局长又去找医院郭书记。: one approached again, the sentence saying no more.
    (/(又|还|再|也)(去|跑去|跑到)?(找|找了|找过|找到)[^。！？；\n，,找]{0,8}$/.test(before) &&
      /^(同志)?[^。！？；\n，,]{0,4}?([。！？；]|$)/.test(after)) ||
    // 到区委组织部马部长办公室: the unit before and the post after the name may stand between.
    (/(往|到|上|送到|送去|送进|交到|递到)[^。！？；\n，,往到上\s]{0,14}$/.test(before) &&
      /^(同志)?[^。！？；\n，,]{0,4}?的?(屋里|办公室|家里|家中|屋头|家(?=去|了))/.test(after))
  ) {
    return '被找、被请托的人';
  }
  // 要谢书记“关照一下”, 要喻局长在推荐时把他排在前面; 约现任局长喻红军吃饭: the one asked or invited.
  if (
    (/(要|让|请|求)$/.test(before) && /^(同志)?[“"「]?(关照|帮忙|帮帮忙|照顾|高抬贵手|在推荐|推荐时|把)/.test(after)) ||
    (/(约|约了|请|请了|宴请)[^。！？；\n，,请]{0,10}$/.test(before) &&
      /^(同志)?[^。！？；\n，,]{0,8}?(吃饭|喝酒|喝茶|在[^。！？；\n，,]{0,8}(吃饭|喝酒|喝茶))/.test(after)) ||
    // 在宾馆宴请组织部邵主任: a banquet is an invitation by itself.
    /宴请了?[^。！？；\n，,请]{0,12}$/.test(before) ||
    // 把唐局长和组织部的人请去吃饭: the one invited.
    (/把$/.test(before) &&
      /^(同志)?[^。！？；\n，,]{0,10}?(请去|请来|请到|约去|约到|叫去)[^。！？；\n，,]{0,8}?(吃饭|喝酒|喝茶|吃饭)/.test(after))
  ) {
    return '被请托的人';
  }
  // 托他的同学、区委办副主任邱明辉约区领导: the one asked for a favour (not 托关系把侄子…, its beneficiary).
  const asked = /托[^。！？；\n，,托把]{0,4}[、，,]?[^。！？；\n，,托把]{0,10}$/.exec(before);
  // …but 托人给周书记送了两万元: the one money is brought to takes part.
  if (asked && !/托(关系|门路)[^、]*$/.test(before) && !MONEY.test(asked[0] + after.slice(0, 10))) {
    return '被请托的人';
  }
  // 听袁校长讲的, 听李想私下说: the one the reporter heard it from.
  if (/听[^。！？；\n，,听]{0,8}$/.test(before) && /^(同志)?[^。！？；\n，,]{0,4}?(讲|说|讲起|说起)/.test(after)) return '告诉举报人的人';
  // 审计局车局长带队的: the one who led the audit or inspection that found it.
  if (/^(同志)?[^。！？；\n，,]{0,2}?(带队|牵头)(的|审计|检查|核查|巡察)/.test(after)) return '检查、审计的人';
  // 甘露只是按许书记的要求把材料做好: one who did the paperwork as told.
  if (/^(同志)?[^。！？；\n，,]{0,2}?(只是|仅仅是|仅是)按照?[^。！？；\n，,]{0,8}?(要求|安排|吩咐|意思)/.test(after))
    return '按要求经办的人';
  // 付所长去纪委反映他: the one who reported the accused.
  if (
    /^(同志)?[^。！？；\n，,]{0,6}?(去|到|向)[^。！？；\n，,]{0,6}?(纪委|监委|组织部|上级|巡察组)[^。！？；\n，,]{0,2}?(反映|举报|告)/.test(
      after,
    )
  ) {
    return '仅被提及（已报告此事）';
  }
  // 打击报复…要把付所长调去管档案: in a tip about retaliation, the one moved away is its target.
  if (/(报复|打压|穿小鞋|吃里扒外)/.test(text) && /把$/.test(before) && /^(同志)?(调去|调到|调离|撤掉|免掉|拿掉|撤了|免了)/.test(after)) {
    return '被打压的人';
  }
  // 邝志远知道她属虎: one who knows a fact about the accused (her, him), a witness.
  if (/^(同志)?(也|都|早就)?(知道|晓得|清楚)(他|她|伊)/.test(after)) return '证人（知情的人）';
  // 苏婷也听他在科室里说过, 邝志远可以证明: one who heard or saw it, a witness.
  if (/^[^。！？；\n，,]{0,4}?(也|都|亲耳|亲自)?听(?:他|她|伊|到|见)[^。！？；\n]{0,12}?(说|讲)/.test(after)) return '证人（听到的人）';
  // 谭部长当场让他服从组织安排: the one who told the accused to keep to the rules.
  if (/^[^。！？；\n，,]{0,4}?(让|要|叫|要求|告诉|劝|提醒)(?:他|她|伊)(服从|按程序|走程序|等待组织|回去|不要)/.test(after)) {
    return '仅被提及（到龄、交流、拒绝或作证）';
  }
  // 苗青山已将此事向组织部门报告: the one who reported it.
  if (/^(同志)?[^。！？；\n，,]{0,4}?(已将此事|已把此事|已经把这事|已向|已经向|主动向)[^。！？；\n]{0,10}(报告|反映)/.test(after)) {
    return '仅被提及（已报告此事）';
  }
  // 跟唐局长讲“这回再不考虑我……”: the one a request is said to.
  if (
    (/(跟|对|向)[^。！？；\n，,跟对向]{0,6}$/.test(before) || /和$/.test(before)) &&
    /^(同志)?[^。！？；\n，,]{0,2}?(讲|说|表示)[：:]?[“「"]/.test(after)
  )
    return '被请托的人';
  // 写了张条子托人带给组织部上官副部长: the one a note or word was passed to.
  if (/(条子|信|话|口信)[^。！？；\n]{0,10}(带给|转给|交给|递给|捎给|送给)[^。！？；\n，,]{0,8}$/.test(before)) {
    return '被打电话、打招呼的对象';
  }
  // “苗局长，这个事你多帮忙”: the one spoken to in a quote.
  if (/[“「"]$/.test(before) && /^(同志)?[，,]/.test(after)) return '被请托的人（引语中的称呼）';
  if (/(现由|由)$/.test(before) && /^(同志)?(担任|兼任|负责)/.test(after)) return '现任职者';
  // 现有马丽、马春雷两位副局长; 现有副局长罗志勇等2人.
  if (
    /(现有|已有|原有|已经有|(?:原来|本来|原先)就?有|(?:现在|目前|如今)[^。！？；\n，,有]{0,8}有|(?:长|主任|书记|委员)(?:现在|目前)?有)[^。！？；\n，,]{0,12}$/.test(
      before,
    ) &&
    /^(同志)?([、和及]|等|[两二三四五六七八九十\d]+[位名个人]|[，,]还有|[。；;]|$)/.test(after)
  ) {
    return '现任职者';
  }
  // 现在有四个了，赵局长、宋局长、魏局长，还有个丁局长: the holders listed after a count of them.
  if (
    /(?:现在|目前|如今|现)有[两二三四五六七八九十\d]+[个位名]了?[，,：:][^。！？；\n]{0,16}$/.test(before) &&
    /^(同志)?([、和及，,]|等|还有|都在|均在|[。；;]|$)/.test(after)
  ) {
    return '现任职者';
  }
  // 除了副主任范丽和卢海涛，还有一个副主任姜波，已经满了: those who fill the posts in a sentence
  // saying they are full are their current holders.
  const sentenceStart = Math.max(...['。', '！', '？', '；', '\n'].map((c) => text.lastIndexOf(c, start - 1))) + 1;
  const sentenceEnd = text.slice(end).search(/[。！？；\n]/);
  const rest = text.slice(end, sentenceEnd < 0 ? text.length : end + sentenceEnd);
  if (
    (/(除了|除去|现有|现在有|还有|已有|已经有|原有)/.test(text.slice(sentenceStart, start)) ||
      /(现在|目前)[^。！？；\n，,]{0,6}$/.test(before)) &&
    /(已经满了|已满|满了|占满|都满|满员|配满|配齐|没有空位|没空位|超配|超职数|超了|[都均]在岗|[都均]在任)/.test(rest) &&
    // …not the one whose appointment made it too many (钟小军任上的时候就超了, 邢亚楠是超了的).
    !/^(同志)?[^。！？；\n，,]{0,12}?(任上|提上|当上|上来|提拔|任命)[^。！？；\n，,]{0,6}?(就|才|便)?超/.test(rest) &&
    !/^(同志)?(就|正)?是(超|多)(了|出来|出|余)?的/.test(rest)
  ) {
    return '现任职者';
  }
  // 目前党组成员、副局长刘国庆，副局长白雪都在岗: listed as in post now, not one brought in (又来了个).
  if (
    /(现在|目前)/.test(text.slice(sentenceStart, start)) &&
    !/(又|新|再|另)[^。！？；\n]{0,10}$/.test(text.slice(sentenceStart, start)) &&
    /^[^。！？；\n]{0,30}?([都均]在岗|[都均]在任|满员|配满|配齐)/.test(rest)
  ) {
    return '现任职者';
  }
  // 核定副局长职数2名…目前在任的有副局长林伟、马骏三人，另有挂职副局长崔浩: in a tip about a
  // quota, those its clause lists as holding the posts now are their current holders.
  const clauseStart = Math.max(sentenceStart, ...['，', ','].map((c) => text.lastIndexOf(c, start - 1) + 1));
  if (
    /(职数|核定|超配|超编|满额|编制数|超了|定的|配多了|太多了)/.test(text) &&
    /(在任的?[^，,。]{0,6}有|在岗的?[^，,。]{0,6}有|现在[^，,。]{0,6}有|目前[^，,。]{0,6}有|现有|已有|另有|还有|共有)/.test(
      text.slice(clauseStart, start),
    ) &&
    !/(提拔|任命|推荐|配备|提为|提成|安排)/.test(text.slice(clauseStart, start))
  ) {
    return '现任职者';
  }
  // 史红军、文刚已经两个了: those counted as filling the posts already are their holders.
  if (/^(同志)?([、和及][^。！？；\n，,、和及]{1,6})*(已经|已|都|就)?(是|有)?[两二三四五六七八九十\d]+[个位名]了/.test(after))
    return '现任职者';
  // 马丽和马春雷占着呢: the current holders of the posts in question.
  if (/^(同志)?[^。！？；\n，,]{0,6}?(占着|占满)/.test(after)) return '现任职者';
  // 会还没散罗斌就晓得结果了: the one a result was leaked to, not the one who leaked it.
  if (/^(同志)?[^。！？；\n，,]{0,3}?(晓得|知道|得知)了?(结果|消息)/.test(after)) return '被告知的人';
  // 学给于主任听了: the one told, not the one who told.
  if (/[给俾畀]$/.test(before) && /^(同志)?(听|看)/.test(after)) return '被告知的人';
  // 把票数告诉葛明了: the one told, not the one who told.
  if (/(告诉|告知|透露给|泄露给|透给|捅给)$/.test(before)) return '被告知的人';
  // 把得票数发给了区农业农村局副局长麦建华: the unit and post may stand between.
  if (
    /(告诉|告知|透露给|泄露给|透给|捅给|发给|传给)了?[^。！？；\n，,、]{2,14}$/.test(before) &&
    /(票|结果|名单|情况|消息)[^。！？；\n]{0,12}(告诉|告知|透露给|泄露给|透给|捅给|发给|传给)/.test(before)
  ) {
    return '被告知的人';
  }
  // 考察财政局苏副局长那几天: the one examined, not the one who interfered.
  if (/(考察|酝酿)[^。！？；\n，,]{0,8}$/.test(before) && /^(同志)?(那几天|那阵|期间|的时候|时|之际|前后)/.test(after)) {
    return '被考察的对象';
  }
  // 为了接常局长的班, 接替王局长: the one whose post is wanted.
  if (/(接替|顶替)$/.test(before) || (/(接|顶)$/.test(before) && /^(同志)?的?(班|位子|位置|职务|空缺)/.test(after))) {
    return '其职位被谋求的人';
  }
  // 向院长岳振东反映, 没有向罗成汇报, 向局长罗成提出: the one a matter is taken to.
  if (/向[^。！？；\n，,向]{0,10}$/.test(before) && /^(同志)?(反映|汇报|报告|提出|请示|说明|讲)/.test(after)) return '被反映、被请托的人';
  // 电话是办公室的小李接的: the one who took the call and put it through.
  if (/(电话|短信|信)是[^。！？；\n，,]{0,12}$/.test(before) && /^(同志)?(接的|接听的|转的|接了)/.test(after)) return '接转电话的人';
  // 把人事股股长刘斌叫到办公室: the one summoned.
  if (/把[^。！？；\n，,把]{0,10}$/.test(before) && /^(同志)?(叫到|叫去|喊到|喊去|找去|找来)/.test(after)) return '被叫去谈话的人';
  // 鲁明是2019年由时任院长、现党委书记史国华提拔的: the one who made an appointment in the past,
  // said of someone else (not 违规提拔的, 突击提拔的: how it was done is what a tip accuses).
  const by = /(由|是)([^。！？；\n，,由是]{0,16})$/.exec(before);
  if (
    by &&
    (/(时任|当年|当时|原任|前任)/.test(by[2]!) ||
      (by[1] === '由' && /(\d{2,4}年|去年|前年|那年)[^。！？；\n，,]{0,4}$/.test(before.slice(0, by.index)))) &&
    /^(同志)?(一手|亲自|亲手)?(提拔|推荐|提名|任命|举荐|调入|调进|引进|招进|选拔)(起来|上来|进来|上去)?的/.test(after) &&
    // …unless the tip says the appointment itself broke the rules: then its maker is accused.
    !/(违规|违反|不符合|不够格|条件不够|突击|破格|超职数|未经|没经过|没有经过|量身)/.test(text)
  ) {
    return '仅被提及（过去提拔、任用此人的人）';
  }
  // 来电人找过人社局，鲍大队长说正在处理 (话会跟进): the official a complaint was taken to, answering it.
  if (
    /^(同志)?[^。！？；\n，,]{0,4}?(说|讲|话|称|表示|答复|回复|回答)(说)?[：:“"「]?(正在|在|会|将|马上|尽快|抓紧|已经在)(处理|调查|核实|核查|解决|协调|跟进|办理)/.test(
      after,
    )
  ) {
    return '受理反映、答复来电人的人';
  }
  // 岳振东要求重新核分, 责令整改: the one who ordered it put right or checked (not how: 把…排第一).
  if (
    /^(同志)?(当即|随即|马上|立即|当场)?(要求|责令|责成|指示|安排)[^。！？；\n，,把]{0,4}?(重新核|重新计|重新评|重新算|复核|核查|核实|彻查|查清|调查|纠正|整改)/.test(
      after,
    ) &&
    !/把/.test(after)
  ) {
    return '要求纠正、核查的人';
  }
  // 故意压陈志刚, 打压毛建林: the one wronged, not the one who wronged them.
  if (/(打压|排挤|刁难|报复|压制|压)$/.test(before)) return '被打压的人';
  // 另一名人选毛建林, 同期竞争的冯晓东: a rival or the one passed over.
  if (/(另一[名位个]|另外一?[名位个]|同期竞争的|竞争对手|落选的)[^。！？；\n，,]{0,8}$/.test(before)) return '其他人选（竞争者）';
  // 盯着韩书记的位子: the one whose post is wanted.
  if (/(盯着?|想要?|谋求?|惦记着?|抢|要|接|顶)$/.test(before) && /^(同志)?的(位子|位置|班|椅子)/.test(after)) return '其职位被谋求的人';
  // 快退休了, 要调走: one about to leave, who may be the one rushing promotions before going.
  // 明年要退了, 听说麻书记要走: 要 / 快 / 即将 with 退 or 走 ending the phrase (not 要走后门, 要退钱),
  // right after the name or a word of when (not 听说周书记要走 after the one who heard it).
  if (
    /^[^。！？；\n，,]{0,6}?(要交流|还没走|还冇走|还没退|还在位|到龄|到点|要退休|快退休了|明年退休|年底退休|即将退休|退二线|调走|调离|要调|即将交流|拟交流|走了(?!后门|关系|门路)|回市里|回原单位|挂职期满|期满|(?:可能|或将|将要?|要|拟)(?:调整|调动)|(?:就该|该|快要?|要)下了|年纪大了|岁数大了|年龄大了|(?:要|快要?|就要|马上要?|已经)?(?:去|到|进)(?:人大|政协)(?:了|工作|任职|当))/.test(
      after,
    ) ||
    /^(同志|[^。！？；\n，,]{0,3}?(?:长|主任|书记|委员|主席))?(?:明年|今年|年底|年后|下半年|下个?月|月底|很快|也|都|已经)?(?:要|快要?|就要|马上要?|即将)(?:退|走)(?:了(?!后门|关系|门路)|(?=[，,。；;！？!?\s]|$)|的(?:风声|消息|传言|说法))/.test(
      after,
    )
  ) {
    return DEPARTING;
  }
  // 滕建新以不符合条件为由没有同意: a refusal after the reason given for it.
  if (
    /^(同志)?[^。！？；\n，,]{0,4}?以[^。！？；\n，,]{1,16}?为(?:由|理由)[^。！？；\n，,]{0,4}?(?:没有?同意|不同意|未同意|拒绝|回绝|婉拒|没有?答应|不答应|未答应|推辞|推掉|退回|顶了?回去|没有?办|不办|拖了|拖着|压着|搁置)/.test(
      after,
    )
  ) {
    return '仅被提及（到龄、交流、拒绝或作证）';
  }
  if (
    /^[^。！？；\n，,]{0,6}?(要交流|还?(?:冇|没有?|未)(?:定|拍板|决定|答复)|还没走|还冇走|还没退|还在位|(?:当场)?(?:没有|没|冇|未)(?:收|同意|答应|应承|应|照办)|当场退了|退回|拒收|顶住了?|顶着冇|顶着没|没松口|冇松口|不松口|没买账|不买账|冇表态|没表态|没有表态|未表态|躲着|到龄|到点|要退休|快退休了|明年退休|年底退休|即将退休|退二线|调走|调离|要调|即将交流|拟交流|走了(?!后门|关系|门路)|没吭声|没理|不理|不睬|没睬|不敢|按程序|查出|不同意|拒绝|回绝|没同意|没答应|没有答应|未答应|婉拒|推辞|不知情|作证|可以证明|在场|反对|表示要按程序|要按程序|按程序办|没去|没有去|没到场|(?:曾|也|多次|当场)?(?:提醒|劝阻|制止|批评)过?|讲过(?:他|她|伊)|说过(?:他|她))/.test(
      after,
    )
  ) {
    return '仅被提及（到龄、交流、拒绝或作证）';
  }
  return null;
}

/**
 * What a person is said to have done, anywhere in the rest of their clause, that makes them
 * a bystander: not knowing or not taking part, being away, objecting or reporting it after
 * the fact, knowing of "this matter" (someone else's), tolerating it.
 */
const CLAUSE_STANCE =
  /(不知情|并未参与|没有参与|没参与|未参与|(?:没有?|未|不)(?:掺和|搀和|掺合)|(?:跟|和|与)(?:这|此)[个件]?事?(?:没|没有|无)关系|不是亲属|不是亲戚|不是一家|请假(?:不在|没来|没有来|没参加)|不在家|不在单位|在外(?:培训|学习|开会|出差)|出去学习|住院期间|没有参加|没参加|未参加|(?:都|也)在(?:会上|场|现场)|(?:提出|表示|提)(?:过)?(?:异议|疑问|反对意见|不同意见)|明确反对|没有?被采纳|(?:会后|事后)[^。！？；\n]{0,4}向[^。！？；\n]{0,12}(?:提出|反映|报告)|向[^。！？；\n]{0,12}(?:反映|举报|说过|讲过)|(?:追问|点|反映|报告|知道|晓得|听说|过问|说起|提起)(?:过|了)?(?:此事|这事|这个事|这件事|这一?情况|这个情况|这层关系)|睁一只眼闭一只眼|也没管|表扬过|还没来|还没到任|才来的|才到任|[，,](?:他|她|伊)(?:都|也|一直|从来)?(?:不接|没接|不理|没理|不睬|不回|不听)|打不通|联系不上|(?:莫要|不要|别|不能)冤枉|冤枉(?:了)?(?:他|她|人家)|(?<![说讲称])(?:没得|没有|没|冇)(?:这个|这回|这种)事)/;
/**
 * …and right after the name: 也知道, 都不知道, 也有耳闻, 审核时以手续不全退回; and how the one
 * asked took the request: refused, ignored, put it off (梁院长顶了回去, 苗苗股长没有理会,
 * 龙镇长没办, 卞书记说要研究, 宋振华说所里副所长已经有人了, 龚长林当场表示不同意).
 */
const NEAR_STANCE =
  /^[^。！？；\n，,]{0,6}?(?:(?:也|都|只是|早就|后来|早)(?:知道|晓得|清楚)|(?:事后|过后|之后|后来)才?(?:知道|晓得|得知|听说)|有耳闻|不知道|不晓得)|^[^。！？；\n，,]{0,4}?(?:没|冇|没有)(?:搞|整|弄|干)(?=[。！？；;，,\s]|$)|^[^。！？；\n，,]{0,10}?(?:退回|退了回去)|^[^。！？；\n，,]{0,6}?(?:顶了?回去|没有?理会|不理会|没有?理睬|没有?搭理|不搭理|没有?答应|不答应|没有?同意|不同意|没有?办|没照办|没松口|婉拒|回绝|推辞|推脱|没表态|不表态|没吭声|没接茬|没搭茬|不搭茬|(?:是)?被(?:逼|迫)|顶了[一两几好]?[个]?(?:月|阵|天|周|礼拜|星期|段时间)|说要研究|说研究研究|说再研究|说(?:要|得)?按程序|(?:表示|说|讲)(?:要|得)?按[^。！？；\n，,]{1,8}?(?:办|来|走)|说[^。！？；\n，,]{0,6}?(?:已经有人了|满了|没有?位子|没有?位置|不合适|不符合条件))/;
const CLAUSE_END = /[。！？!?；;\n\s]/;
/** A clause of the reporter's own: 来电人讲…, 我们…. */
const REPORTER_CLAUSE = /[，,](?:来电人|举报人|反映人|来信人|写信人|本人|我们?)/;

/**
 * The stance cue of each mention from the rest of its clause, up to the next person named
 * (a person after 跟/与/和 is part of the clause: 潘涛与潘雪不是亲属). Names listed together
 * (乡长牛小强、书记拓永平对此…) share the cue of the last.
 */
function clauseCues(text: string, mentions: Mention[]): void {
  let shared: string | null = null;
  for (let k = mentions.length - 1; k >= 0; k -= 1) {
    const m = mentions[k]!;
    // A clause of at most 80 characters: no scan of a long text per mention.
    const stop = text.slice(m.end, m.end + 80).search(CLAUSE_END);
    let end = stop < 0 ? Math.min(text.length, m.end + 80) : m.end + stop;
    let next: Mention | undefined;
    for (const o of mentions.slice(k + 1)) {
      if (o.start < m.end || o.start >= end) continue;
      if (/(跟|与|和|同)[^。！？；\n，,]{0,8}$/.test(text.slice(m.end, o.start))) continue;
      next = o;
      end = o.start;
      break;
    }
    const listed = next && /^[、和及与]\s*[^。！？；\n，,\s]{0,6}$/.test(text.slice(m.end, next.start));
    if (listed && shared) {
      m.bystanderCue ??= shared;
    } else if (!m.bystanderCue) {
      // …up to where the reporter speaks of themself (来电人讲跟他是一个连队的，晓得这个事): not said of this one.
      const rest = text.slice(m.end, end).split(REPORTER_CLAUSE, 1)[0]!;
      if (NEAR_STANCE.test(rest) || CLAUSE_STANCE.test(rest)) m.bystanderCue = '仅被提及（知情、不在场、提出异议或反映情况）';
    }
    shared = m.bystanderCue;
  }
}

/** Cues read from a few words after the name, which may be said of another person named there. */
const NEAR_AFTER_CUES = new Set([DEPARTING, '仅被提及（到龄、交流、拒绝或作证）']);

/**
 * 吴丽听说周书记调走了, 王建国晓得李文斌要退休了: a cue read from words after another person
 * named right after this one is that person's. Read again with the text cut at the next person,
 * a cue that no longer holds is dropped (the rest of the clause may still give one).
 */
function ownCues(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (!m.bystanderCue || !NEAR_AFTER_CUES.has(m.bystanderCue)) continue;
    const next = mentions.find((o) => o.start >= m.end && o.start - m.end <= 8 && !/[。！？；;\n，,\s]/.test(text.slice(m.end, o.start)));
    if (next && bystanderCue(text.slice(0, next.start), m.start, m.end) !== m.bystanderCue) m.bystanderCue = null;
  }
}

/** 对滕建新表示不满, 对他怀恨在心: a grudge held against the one named. */
const GRUDGE = /^(同志)?(一直|多次|当众|公开)?(表示|表达|心存|怀有|颇有|很|十分|非常|极为)?(不满|有意见|意见很大|怀恨在心|记恨|打击报复)/;

/**
 * The one a person named before in the sentence holds a grudge against (杨正荣此后在多个场合对
 * 滕建新表示不满): the one wronged, not the one holding it. Not when no one is named holding it
 * (群众对王局长意见很大: what the tip accuses).
 */
function grudgeCues(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.bystanderCue || !/(对|对于)$/.test(text.slice(Math.max(0, m.start - 2), m.start)) || !GRUDGE.test(m.sentenceRest)) continue;
    if (mentions.some((o) => o.start < m.start && !o.isReporter && o.surname !== m.surname && noBreak(text, o.end, m.start))) {
      m.bystanderCue = '被打压的人';
    }
  }
}

/** The cues of one a request was taken to (called, approached, asked). */
const ASKED_CUES = new Set([
  '被打电话、打招呼的对象',
  '被找、被请托的人',
  '被请托的人',
  '被请托的人（引语中的称呼）',
  '被反映、被请托的人',
]);
/** 张副主任答应“尽量”, 孟主任说：“研究一下”: answering in words, right after the name. */
const ANSWER = /^(同志)?(当场|当时|只|就)?(答应|回答|回复|答复|表态|说|讲)了?[：:]?[“"「]/;

/**
 * One a request was taken to, said again answering it in words (托人寻了张国栋副主任，张副主任
 * 答应“尽量”), keeps the cue of the one asked, when someone else named in the tip (the one who
 * asked) has no cue: a citizen's complaint answered by the only official named is about that official.
 * The same person: the same words, or the same surname and post.
 */
function answerCues(mentions: Mention[]): void {
  for (const [k, m] of mentions.entries()) {
    if (m.bystanderCue || m.kind === 'POST' || !ANSWER.test(m.sentenceRest)) continue;
    const asked = mentions
      .slice(0, k)
      .find(
        (o) =>
          o.bystanderCue !== null &&
          ASKED_CUES.has(o.bystanderCue) &&
          (o.text === m.text || (o.surname === m.surname && o.title !== null && o.title.written === m.title?.written)),
      );
    const asker = mentions.some((o) => o.surname !== m.surname && !o.isReporter && o.bystanderCue === null);
    if (asked && asker) m.bystanderCue = asked.bystanderCue;
  }
}

/** How a section inside a unit ends: 办公室, 人事股, 财务科, 档案室, 社保中心, 派出所. */
const SECTION_END = /(办公室|股|科|室|中心|所|站|大队|中队)$/;

/** 干部股的钟股长, 推办公室小易: the words before a name that may name its section, longest first. */
function sectionsBefore(text: string, start: number, units: UnitHit[]): string[] {
  const from = Math.max(0, start - 12, ...units.filter((u) => u.end <= start).map((u) => u.end));
  const clause = /[^。！？；;\n，,、\s“”"：:（）()]*$/.exec(text.slice(from, start))![0].replace(/(里的|的那个|那个|的|嘅|里)$/, '');
  const out: string[] = [];
  for (let len = Math.min(8, clause.length); len >= 2; len -= 1) {
    const section = clause.slice(clause.length - len);
    if (SECTION_END.test(section)) out.push(section);
  }
  return out;
}

/**
 * 那个女的 before a surname and post: the gender said (not 妇女的王主任, nor 男的还是女的王局长,
 * which says it is not known).
 */
function genderBefore(before: string): '男' | '女' | null {
  if (/(还是|或者|或是|或)(男|女)的$/.test(before)) return null;
  return (/(?<![妇儿子男女少美仙])(男|女)的$/.exec(before)?.[1] ?? null) as '男' | '女' | null;
}

/** 司马科长（二级主任科员）: the first post named in brackets right after a mention. */
function bracketTitle(text: string, end: number, titles: RosterIndex['titles']): TitleHit | null {
  const inside = /^[（(]([^）)]{1,14})[）)]/.exec(text.slice(end, end + 16))?.[1];
  if (!inside) return null;
  for (let at = 0; at < inside.length; at += 1) {
    const hit = titles.at(inside, at);
    if (hit) return hit;
  }
  return null;
}

function isReporter(text: string, start: number, end: number): boolean {
  return (
    /(来电人|举报人|反映人|来信人|写信人|署名|联系人|我是|我叫|本人)[:：]?$/.test(text.slice(Math.max(0, start - 5), start)) &&
    /^(反映|称|说|举报|，|,|。|是|（|\(|\s|电话|手机|联系|$)/.test(text.slice(end, end + 2))
  );
}

/**
 * 姓王的副局长, 一个姓王的, 王姓副局长, 王姓干部: the surname, where the phrase ends, and
 * the post when one follows. 老百姓, 同姓 and 贵姓 are words, not surnames said.
 */
function surnameSaid(text: string, i: number, index: RosterIndex): { surname: string; end: number; title: TitleHit | null } | null {
  const after = (from: number, surname: string) => {
    let at = from + (text[from] === '的' ? 1 : 0);
    at += FILLER.exec(text.slice(at, at + 2))?.[0].length ?? 0;
    const title = index.titles.at(text, at) ?? index.titles.at(text, at + (text[at] === '的' ? 1 : 0));
    if (title) return { surname, end: title.end, title };
    const noun = PERSON_NOUN.exec(text.slice(at, at + 4))?.[0];
    if (noun) return { surname, end: at + noun.length, title: null };
    return text[from] === '的' ? { surname, end: from + 1, title: null } : null;
  };
  if (text[i] === '姓' && !index.isEverydayWord(text.slice(i - 1, i + 1))) {
    for (const sLen of [2, 1]) {
      const surname = text.slice(i + 1, i + 1 + sLen);
      if (index.isSurname(surname) && !index.isEverydayWord(`姓${surname}`)) {
        const found = after(i + 1 + sLen, surname);
        if (found) return found;
      }
    }
    return null;
  }
  for (const sLen of [2, 1]) {
    const surname = text.slice(i, i + sLen);
    if (text[i + sLen] === '姓' && index.isSurname(surname) && !index.isEverydayWord(`${surname}姓`)) {
      const found = after(i + sLen + 1, surname);
      if (found && (found.title || PERSON_NOUN.test(text.slice(i + sLen + 1)))) return found;
    }
  }
  return null;
}

/** ，姓杨 / 姓周 right after a post: the surname of its holder, and how many characters say it. */
function surnameAfterPost(after: string, index: RosterIndex): { surname: string; length: number } | null {
  const said = /^[，,]?(?:是个?|他|她)?姓/.exec(after);
  if (!said) return null;
  for (const sLen of [2, 1]) {
    const surname = after.slice(said[0].length, said[0].length + sLen);
    if (surname.length === sLen && index.isSurname(surname) && !index.isEverydayWord(`姓${surname}`)) {
      return { surname, length: said[0].length + sLen };
    }
  }
  return null;
}

/**
 * jtj wjz: a surname's pinyin initial and a post's initials as one run of letters, read
 * only beside a unit where exactly one surname with that initial holds such a post.
 */
function spelledSurnameTitle(
  text: string,
  i: number,
  index: RosterIndex,
  units: UnitHit[],
): { surname: string; end: number; title: TitleHit } | null {
  const run = letterRun(text, i);
  if (!run || run.length < 3) return null;
  const form = index.titleOfInitials(run.slice(1));
  const near = form ? nearestUnit(text, units, i, i + run.length) : null;
  if (!form || !near) return null;
  const surnames = new Set<string>();
  for (const unit of new Set(near.aliases.map((a) => a.unit))) {
    for (const p of index.byUnit.get(unit) ?? []) {
      if (initialsOf(p.surname)[0] === run[0]!.toLowerCase() && titleFit(form, p.titles) >= 0.8) surnames.add(p.surname);
    }
  }
  if (surnames.size !== 1) return null;
  return { surname: [...surnames][0]!, end: i + run.length, title: { ...form, start: i + 1, end: i + run.length, written: run.slice(1) } };
}

/** Finds person mentions: full names, homophones of roster names, 王局长, 张某某. */
export function findMentions(text: string, index: RosterIndex, units: UnitHit[] = findUnits(text, index)): Mention[] {
  const inUnit = new Uint8Array(text.length);
  // What is said of a person (refused, was asked, is leaving) is read in common speech, character
  // for character (佢冇应 as 他没应): the cues are written once, in common speech.
  const common = commonSpeechInPlace(text);
  for (const u of units) inUnit.fill(1, u.start, u.end);
  const headlineEnd = /^\s*标题[:：]/.test(text) ? (text.indexOf('\n') < 0 ? text.length : text.indexOf('\n')) : -1;
  // The text's pinyin (in context, one syllable per character): read once, and only when a window may be a homophone.
  let pinyins: string[] | null = null;
  const titles = index.titles;
  const mentions: Mention[] = [];

  // 产业园丁主任: a unit's name that ends right before a surname does not make a word with it
  // (园丁), unless the two start a post (局长).
  const unitEnds = new Set(units.map((u) => u.end));
  const unitBefore = (at: number) => unitEnds.has(at) && titles.at(text, at - 1) === null;

  const titleBeside = (start: number, end: number): TitleHit | null => {
    const after = titles.at(text, end) ?? (text[end] === '的' ? titles.at(text, end + 1) : null);
    if (after) return after;
    // 李红当了副校长, 王芳升任副院长: the post the sentence gives them.
    const given = /^(当了|当上了?|升任|提任|任|是)/.exec(text.slice(end, end + 3))?.[0];
    const held = given ? titles.at(text, end + given.length) : null;
    // …but 李红是局长的亲戚 gives her no post.
    if (held && text[held.end] !== '的') return held;
    const before = titles.endingAt(text, start);
    if (before) return before;
    const unit = units.find((u) => u.start >= end && u.start - end <= 6);
    return unit ? titles.at(text, unit.end) : null;
  };
  // 村里的王书记 (not 农业农村局的王局长: a word inside a unit's name is no village).
  const offRosterBefore = (from: number, to: number) => {
    const hit = OFF_ROSTER.exec(text.slice(from, to));
    return hit !== null && !inUnit[from + hit.index];
  };
  const unitTouching = (start: number) => units.some((u) => u.end === start || u.end === start - 1);

  const push = (
    start: number,
    end: number,
    kind: MentionKind,
    surname: string,
    title: TitleHit | null,
    pinyinKey?: string,
    post?: PostDescription,
  ) => {
    const unitNear = nearestUnit(text, units, start, end);
    // 王XX（男）, 刘某（女，分管人事）, 李副局长是个女的: the gender the tip gives; 一把手李局长: the head.
    // 王某某副局长，女的: said after the post written right after a masked name.
    const saidEnd = title && title.start >= end && title.start - end <= 1 ? title.end : end;
    // 那个女的罗局长, 女嘅罗局长: said before a surname and post.
    const gender = (/^(?:[（(]|，|,|[ \u3000]|是个?|系)(男|女)(?:的|性)?(?:[，,、）)。；\s]|那个|那位|$)/.exec(
      text.slice(saidEnd, saidEnd + 7),
    )?.[1] ??
      (kind === 'SURNAME_TITLE' || kind === 'FULL' ? genderBefore(common.slice(Math.max(0, start - 8), start)) : null) ??
      null) as '男' | '女' | null;
    // 一把手李局长, 王局长，一把手: the head.
    const head =
      /(一把手|主要负责人|主要领导)的?$/.test(text.slice(Math.max(0, start - 6), start)) ||
      /^[，,]?(?:是|系)?(一把手|主要负责人)(?![的之]?(?:亲戚|秘书|司机|老婆|妻子|儿子|女儿))/.test(text.slice(saidEnd, saidEnd + 8));
    // 挂职的蔡镇长, 党工委委员郭副主任: a word the roster writes with the post, said before it.
    const qualifier =
      kind === 'SURNAME_TITLE' || kind === 'MASKED'
        ? (QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 6), start))?.[1] ?? null)
        : null;
    if (!post && (gender || head || qualifier)) post = { gender, charge: null, qualifier, head };
    mentions.push({
      ...(pinyinKey ? { pinyinKey } : {}),
      ...(post ? { post } : {}),
      start,
      end,
      text: text.slice(start, end),
      kind,
      surname,
      title,
      unitNear,
      unitChain: unitChain(units, unitNear),
      inHeadline: start < headlineEnd,
      isReporter: isReporter(text, start, end),
      sections: sectionsBefore(text, start, units),
      sentenceRest: common.slice(end, end + 60).split(/[。！？!?；;\n]/, 1)[0]!,
      formerly:
        /(原来|原先|以前|当年|过去|曾经|之前|早先|原(?![因则本理谅告]))[^。！？；\n，,]{0,8}$/.test(
          text.slice(Math.max(0, start - 12), start),
        ) ||
        // 政府办的潘主任，现在好像退成调研员了, 洪镇长现在调到县商务局了: the post called is one held before.
        /^[，,]?(?:他|她|伊)?(?:现在|如今|目前|已经|早就)(?:好像|可能|听说|据说)?(?:退成|退为|改任|转任|改成|转成|退到|退居|调到|调去|调往|调任|调走|调离)/.test(
          text.slice(end, end + 14),
        ),
      offRoster: offRosterBefore(Math.max(0, start - 8), start),
      aside: bracketTitle(text, end, titles),
      kin: KIN_BEFORE.test(text.slice(Math.max(0, start - 4), start)),
      retired:
        /^[（(]?(已经|已|早已|早就)?退休(?!前|之前|以前)/.test(text.slice(end, end + 6)) ||
        /(已经|已|早已)?(?<![快要将临待])退休(了)?(的|嘅|咯的)?(老)?(领导|干部|同志)?$/.test(text.slice(Math.max(0, start - 8), start)),
      bystanderCue: bystanderCue(common, start, end),
    });
  };

  for (let i = 0; i < text.length;) {
    const spelled = inUnit[i] ? null : spelledSurnameTitle(text, i, index, units);
    if (spelled) {
      push(i, spelled.end, 'SURNAME_TITLE', spelled.surname, spelled.title);
      i = spelled.end;
      continue;
    }
    // jin hong: a whole name in toneless pinyin, a syllable a word; tuo书记: a surname in pinyin and a post.
    const spelledRun = inUnit[i] ? null : letterRun(text, i);
    if (spelledRun) {
      const all = /^[a-z]+(?: [a-z]+){1,2}/i.exec(text.slice(i, i + 20))?.[0].split(' ') ?? [];
      // Three syllables, else two (jin hong shuo: the name is jin hong).
      const words = [all.join(' '), all.slice(0, 2).join(' ')].find((w) => w.includes(' ') && index.byPinyin.has(w.toLowerCase())) ?? '';
      const spoken = words.toLowerCase();
      const sounded = words ? index.byPinyin.get(spoken) : undefined;
      if (sounded) {
        push(i, i + words.length, 'HOMOPHONE', sounded[0]!.surname, titleBeside(i, i + words.length), spoken);
        i += words.length;
        continue;
      }
      const surname = index.surnameByPinyin.get(spelledRun.toLowerCase());
      // tuo书记, and lin fjz: the post right after, in characters or (after a space) in initials.
      // nie副局: a post said short after the surname in pinyin, as after one in characters.
      const title = surname
        ? (titles.at(text, i + spelledRun.length) ??
          (text[i + spelledRun.length] === ' '
            ? index.initialsTitleAt(text, i + spelledRun.length + 1)
            : index.shortTitleAt(text, i, spelledRun.length)))
        : null;
      if (surname && title) {
        push(i, title.end, 'SURNAME_TITLE', surname, title);
        i = title.end;
        continue;
      }
    }
    // lcs镇长, gjm局长, 凤鸣街道tf: a whole name by its pinyin initials, with a post beside it or
    // a unit next to it (two letters only right after the unit or right before the post).
    const run = inUnit[i] ? null : letterRun(text, i);
    if (run && run.length >= 2 && index.byInitials.has(run.toLowerCase())) {
      const title = titleBeside(i, i + run.length);
      const tight = run.length >= 3 || titles.at(text, i + run.length) !== null || units.some((u) => u.end === i);
      if (tight && (title || nearestUnit(text, units, i, i + run.length))) {
        push(i, i + run.length, 'INITIALS', '', title);
        i += run.length;
        continue;
      }
    }
    let found = 0;
    // 唐gf, 兰fj, 尹n: a surname written out and the given name by its initials.
    for (const sLen of inUnit[i] ? [] : [2, 1]) {
      const given = letterRun(text, i + sLen);
      const surname = text.slice(i, i + sLen);
      if (!given || given.length > 3 || !index.isSurname(surname) || !index.byInitials.has(surname + given.toLowerCase())) continue;
      const end = i + sLen + given.length;
      if (!titleBeside(i, end) && !nearestUnit(text, units, i, end)) continue;
      push(i, end, 'INITIALS', surname, titleBeside(i, end));
      found = end - i;
      break;
    }
    if (found) {
      i += found;
      continue;
    }
    if (inUnit[i] || !CJK.test(text[i]!)) {
      i += 1;
      continue;
    }
    // Full name, longest first.
    const mayBeName = index.mayStartName(text, i);
    for (let len = Math.min(index.maxNameLength, text.length - i); mayBeName && len >= 2 && !found; len -= 1) {
      const name = text.slice(i, i + len);
      if (!index.byName.has(name)) continue;
      const title = titleBeside(i, i + len);
      if (
        index.commonWordNames.has(name) &&
        !title &&
        !unitTouching(i) &&
        !text.startsWith('同志', i + len) &&
        !KIN_BEFORE.test(text.slice(Math.max(0, i - 4), i)) &&
        !NAME_GIVEN_BEFORE.test(text.slice(Math.max(0, i - 3), i)) &&
        !(CLAUSE_OPENING.test(text.slice(Math.max(0, i - 1), i)) && ACTOR_AFTER.test(text.slice(i + len, i + len + 4)))
      ) {
        continue;
      }
      push(i, i + len, 'FULL', index.surnameOf(name), title);
      found = len;
    }
    if (found) {
      i += found;
      continue;
    }
    // A surname said as such: 姓王的副局长, 一个姓王的, 王姓副局长, 王姓干部.
    const said = surnameSaid(text, i, index);
    if (said) {
      push(i, said.end, said.title ? 'SURNAME_TITLE' : 'SURNAME', said.surname, said.title ?? titleBeside(i, said.end));
      i = said.end;
      continue;
    }
    // Surname + title (王局长, 司马局长, 王局) or masked name (张某某, 项某, 李XX).
    for (const sLen of [2, 1]) {
      const surname = text.slice(i, i + sLen);
      if (found || !index.isSurname(surname) || (index.surnameInWord(text, i) && !unitBefore(i))) continue;
      // 牛付局长: 付 is written for its sound-alike 副 before a post.
      const typo = text[i + sLen] === '付' ? titles.at(text, i + sLen + 1) : null;
      // 马站林副局长: a post's first character (站) that starts a name followed by a post is no post.
      const short = CJK.test(text[i + sLen + 1] ?? '') && titles.at(text, i + sLen + 2) ? null : index.shortTitleAt(text, i, sLen);
      const title =
        titles.at(text, i + sLen) ??
        (typo && !typo.deputy ? { ...typo, deputy: true, start: i + sLen, written: `付${typo.written}` } : null) ??
        short ??
        index.initialsTitleAt(text, i + sLen);
      const masked = MASK_CHARS.exec(text.slice(i + sLen, i + sLen + 2))?.[0].length ?? 0;
      if (title) {
        push(i, title.end, 'SURNAME_TITLE', surname, title);
        found = title.end - i;
      } else if (text[i + sLen] === '某' && (text[i + sLen + 1] === '某' || !MASK_STOP.has(text[i + sLen + 1] ?? ''))) {
        const end = text[i + sLen + 1] === '某' ? i + sLen + 2 : i + sLen + 1;
        push(i, end, 'MASKED', surname, titleBeside(i, end));
        found = end - i;
      } else if (masked > 0) {
        push(i, i + sLen + masked, 'MASKED', surname, titleBeside(i, i + sLen + masked));
        found = sLen + masked;
      }
    }
    if (found) {
      i += found;
      continue;
    }
    // 老王, 小张: a familiar name, counted only beside a unit or a post (老师 and 小时 are words).
    if ((text[i] === '老' || text[i] === '小') && !inUnit[i + 1]) {
      for (const sLen of [2, 1]) {
        const surname = text.slice(i + 1, i + 1 + sLen);
        if (found || !index.isSurname(surname) || index.isEverydayWord(text.slice(i, i + 1 + sLen))) continue;
        if (index.nameAt(text, i + 1)) continue; // 小王建国: the full name is read from the next character
        const end = i + 1 + sLen;
        const title = titleBeside(i, end);
        // 城关镇…塞进来个挂职的小杨: said with what they are on the roster (挂职, 专职), in a
        // sentence that names the unit.
        const qualifier = /(挂职|专职)的?$/.exec(text.slice(Math.max(0, i - 3), i))?.[1] ?? null;
        const sentenceStart = Math.max(...['。', '！', '？', '；', '\n'].map((c) => text.lastIndexOf(c, i - 1))) + 1;
        const unitInSentence = qualifier !== null && units.some((u) => u.start >= sentenceStart && u.end <= i);
        if (!title && !nearestUnit(text, units, i, end) && !unitInSentence) continue;
        const said: PostDescription | undefined = qualifier ? { gender: null, charge: null, qualifier, head: false } : undefined;
        push(i, end, title ? 'SURNAME_TITLE' : 'SURNAME', surname, title, undefined, said);
        found = end - i;
      }
    }
    if (found) {
      i += found;
      continue;
    }
    // 住建局王姐, 财政局的李哥: a surname with 姐 or 哥 is a woman or a man of that surname, counted
    // only right after a unit (姐夫, 哥们 and 姐妹 are other words).
    for (const sLen of [2, 1]) {
      const surname = text.slice(i, i + sLen);
      const form = text[i + sLen];
      if (found || (form !== '姐' && form !== '哥') || !index.isSurname(surname) || index.surnameInWord(text, i)) continue;
      if (/^(姐夫|姐妹|哥们|哥哥|姐姐)/.test(text.slice(i + sLen, i + sLen + 2)) || index.nameAt(text, i)) continue;
      const end = i + sLen + 1;
      if (!units.some((u) => u.end === i || (u.end === i - 1 && text[i - 1] === '的'))) continue;
      push(i, end, 'SURNAME', surname, null, undefined, {
        gender: form === '姐' ? '女' : '男',
        charge: null,
        qualifier: null,
        head: false,
      });
      found = end - i;
    }
    if (found) {
      i += found;
      continue;
    }
    // Homophone of a roster name (李文彬 for 李文斌): three characters, or two with a title after.
    for (const len of [3, 2]) {
      if (found || i + len > text.length) continue;
      const window = text.slice(i, i + len);
      if (![...window].every((c) => CJK.test(c))) continue;
      // 城投张永 总经理: in an SMS the post may stand after a space, when a unit is written right before.
      const spaced = /[ \u3000]/.test(text[i + len] ?? '') && unitEnds.has(i) ? titles.at(text, i + len + 1) : null;
      const title = titles.at(text, i + len) ?? spaced;
      if (len === 2 && !title) continue;
      // 乔文斌 for 谯文斌: a surname not on the roster, before a roster name's given name.
      if (
        len === 3 &&
        !index.isSurname(window.slice(0, 1)) &&
        !index.isSurname(window.slice(0, 2)) &&
        !index.byNearName.has(nearNameKey(window, 0))
      ) {
        continue;
      }
      const key = (pinyins ??= charPinyin(text)).slice(i, i + len).join(' ');
      if (!index.byPinyin.has(key)) continue;
      push(i, i + len, 'HOMOPHONE', window.slice(0, 1), title ?? titleBeside(i, i + len), key);
      found = len;
    }
    // 孙建坡副局长 for 孙建波: a name one character off a roster name, with a post right beside
    // it and a unit next to it (a typo or a misheard name, not any three characters).
    const window = text.slice(i, i + 3);
    if (!found && window.length === 3 && [...window].every((c) => CJK.test(c)) && index.isSurname(window[0]!)) {
      const title = titles.at(text, i + 3) ?? titles.endingAt(text, i);
      const near = [1, 2].some((at) => index.byNearName.has(nearNameKey(window, at)));
      if (title && near && nearestUnit(text, units, i, i + 3)) {
        push(i, i + 3, 'NEAR_NAME', window[0]!, title);
        found = 3;
      }
    }
    i += found || 1;
  }
  // 民政局那个女副局长, 人社局那个管人事的副局长, 那个年轻的副乡长, 区卫健委的一把手, 在监察大队当大队长: a
  // person named only by unit and post, when the tip singles them out (那个, 女, 管…的,
  // 一把手, 当); not a bare 交通局副局长, which is as often the post itself.
  // The unit itself, or 办里 / 局里 / 委里 back to the last unit named that ends so
  // (区政府办提拔了一名副主任，就是办里那一个女副主任).
  const anchors: Array<{ u: UnitHit; start: number; from: number }> = units.map((u) => ({ u, start: u.start, from: u.end }));
  for (const back of text.matchAll(/(局|委|办|镇|街道)里/g)) {
    if (inUnit[back.index] || inUnit[back.index - 1]) continue;
    const u = units.filter((x) => x.end <= back.index && x.text.endsWith(back[1]!)).at(-1);
    if (u) anchors.push({ u, start: back.index, from: back.index + back[0].length });
  }
  for (const { u, start, from } of anchors) {
    const said = POST_ONLY.exec(text.slice(from, from + 16));
    if (!said) continue;
    const [whole, joint, chargeFirst, pointer, gender, chargeAfter, head, qualifier] = said;
    // 卫健局的一个副局长: one of them, said as a person (not 财政局一个科长, as often the post).
    const indefinite = pointer === '一个' || pointer === '一位';
    if (indefinite && joint !== '的') continue;
    const charge = chargeFirst ?? chargeAfter;
    const titleAt = from + whole.length;
    const title = head ? null : titles.at(text, titleAt);
    if (!head && !title) continue;
    // 白泥乡组织委员 收钱推荐人, 煤坪的镇长学历有假: a unit and post that open a clause and are
    // followed by what they did are their holder, not the post (提了石湾镇副镇长, 副局长的位子).
    const opensClause =
      whole === (joint ?? '') + (qualifier ?? '') &&
      /(^|[。！？；;\n，,：:\s]|反映|举报|我们|咱们|俺们|额们|我们单位)$/.test(text.slice(Math.max(0, u.start - 4), u.start)) &&
      Boolean(title) &&
      !POST_ITSELF.test(text.slice(title!.end, title!.end + 12)) &&
      // 区委办的副主任已经配了4个了, 政府办的副主任现在多得很, 教育局的副局长，编制上只有两个: how many hold it.
      !(joint && QUOTA_TALK.test(/^[^。！？；;\n]{0,30}/.exec(text.slice(title!.end))![0]));
    if (!head && !(pointer || gender || charge || qualifier || opensClause)) continue;
    // 在监察大队当大队长 holds it; 想去发改局当局长 only wants it; 原来在龙潭当镇长 held it once
    // (the post of the one the clause is about, not its holder now).
    if (
      /^[当任]/.test(pointer ?? '') &&
      (text[start - 1] !== '在' ||
        /(原来|以前|曾经|曾|之前|早先|过去|当年)$/.test(text.slice(Math.max(0, start - 5), start - 1)) ||
        // 她在水利局当股长的时候, 在东洋镇当镇长时: a post held then.
        /^[^。！？；\n，,]{0,8}?(的时候|那时候|那会儿?|那阵子?|期间|时(?!间))/.test(
          text.slice(from + whole.length, from + whole.length + 14),
        ))
    ) {
      continue;
    }
    const end = title ? title.end : titleAt;
    // 有个副局长是正科级的: a rank said after the post, which the roster writes with it.
    const rank = title ? /^(?:是|为|，)?(正[科处股]级|副[科处股]级)/.exec(text.slice(end, end + 5))?.[1] : undefined;
    // 财政局那个副局长王伟, 财政局王局长: the name beside it is the mention.
    if (mentions.some((m) => m.start < end + 2 && m.end > start)) continue;
    // 猫儿沟乡那个年轻的副乡长，姓杨: the surname said after the post makes it a surname and post.
    const named = title ? surnameAfterPost(text.slice(end, end + 6), index) : null;
    push(start, named ? end + named.length : end, named ? 'SURNAME_TITLE' : 'POST', named?.surname ?? '', title, undefined, {
      gender: gender === '女' || gender === '男' ? gender : null,
      charge: charge ?? null,
      qualifier: qualifier ?? rank ?? null,
      head: Boolean(head),
      ...(indefinite ? { indefinite } : {}),
    });
    Object.assign(mentions.at(-1)!, { unitNear: u, unitChain: unitChain(units, u) });
  }
  // 把他小姨子整成监察大队长了, 小辛…就提成了综合科科长: someone made to a post of the unit
  // the tip is about, said as done, is its holder now (their name may be only a relative's word).
  // 塞进国库科当副科长: put into a section of the unit as its post.
  for (const made of text.matchAll(
    /(提成|整成|弄成|提为|提拔为|提拔成|安排成|当上|(?:塞进|弄进|安排进|塞到)[^。！？；\n，,当]{0,6}当)(了)?/g,
  )) {
    const from = made.index + made[0].length;
    let title: TitleHit | null = null;
    for (let k = 0; k <= 8 && !title && !BREAK.test(text[from + k] ?? '。') && !/[，,\s]/.test(text[from + k] ?? ''); k += 1) {
      title = titles.at(text, from + k);
    }
    // 整成副局长级: a rank (级, 待遇) given, not the post.
    if (!title || /^(级|待遇)/.test(text.slice(title.end, title.end + 2))) continue;
    const sentenceStart = Math.max(...['。', '！', '？', '；', '\n'].map((c) => text.lastIndexOf(c, made.index - 1))) + 1;
    const lead = text.slice(sentenceStart, made.index);
    // 把他儿子提成教务主任: 把 tells a thing done, unless wanted (要把, 想把, 打算把).
    const disposal =
      /把[^。！？；\n，,把]{0,10}$/.test(lead) &&
      !/((想|要|打算|准备|企图|欲|拟|让|叫)[^。！？；\n，,]{0,2}|(要求|请求|希望|想要|提出)[^。！？；\n，,把]{0,8})把[^把]*$/.test(lead);
    const done =
      Boolean(made[2]) ||
      text[title.end] === '了' ||
      disposal ||
      /(已经|已|直接)[^。！？；\n，,]{0,8}$/.test(text.slice(Math.max(0, made.index - 10), made.index));
    const unit =
      units.filter((x) => x.start >= from && x.end <= title.start).at(-1) ??
      units.filter((x) => x.end <= made.index && x.start >= sentenceStart).at(-1);
    // 提成副局长王伟: a name right after the post is its holder (not one after a space or a comma).
    const named = (m: Mention) => m.end > from && m.start < title.end + 2 && !/[\s，,。；;、]/.test(text.slice(title.end, m.start));
    if (!done || !unit || mentions.some(named)) continue;
    // 提成教务主任: the words before the post (教务) that the roster writes in it (教务处主任).
    const said = text.slice(from, title.start);
    const holders = unit.aliases.flatMap((a) => index.byUnit.get(a.unit) ?? []);
    const qualifier = /^\p{Script=Han}{2,4}$/u.test(said) && holders.some((p) => p.post.includes(said)) ? said : null;
    push(from, title.end, 'POST', '', title, undefined, { gender: null, charge: null, head: false, qualifier, made: true });
    Object.assign(mentions.at(-1)!, {
      unitNear: unit,
      unitChain: unitChain(units, unit),
      sections: sectionsBefore(text, title.start, units),
    });
  }
  mentions.sort((a, b) => a.start - b.start);
  // A unit written after a name and right before another person's name is that person's
  // (翟副区长，托人给柳河镇边书记捎话: 柳河镇 is 边书记's, not 翟副区长's).
  // A unit before a name with another person's name between them is that person's
  // (人大办饶主任为老表罗斌打招呼: 人大办 is 饶主任's, not 罗斌's).
  const alternatives = alternativeUnits(text, units);
  for (const m of mentions) {
    const u = m.unitNear;
    // A person named by unit and post (局里一把手) is of the unit the tip points to.
    if (m.kind === 'POST') continue;
    if (
      (u && alternatives.has(u)) ||
      (u &&
        u.start >= m.end &&
        mentions.some(
          (o) =>
            o !== m &&
            o.start >= u.end &&
            o.start - u.end <= 10 &&
            noBreak(text, u.end, o.start) &&
            !/[，,、]/.test(text.slice(u.end, o.start)),
        )) ||
      (u && u.end <= m.start && mentions.some((o) => o !== m && o.start >= u.end && o.end <= m.start))
    ) {
      m.unitNear = null;
      m.unitChain = [];
    }
  }
  ownCues(common, mentions);
  clauseCues(common, mentions);
  grudgeCues(common, mentions);
  answerCues(mentions);
  return mentions;
}
