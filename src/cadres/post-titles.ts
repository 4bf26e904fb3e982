/**
 * Post titles (职务) as rosters write them: several posts in one cell (党组书记、局长),
 * grade decorations (副局长（正科级）), temporary posts (挂职副镇长), concurrent posts
 * ((兼)), and a rank (职级) written beside or instead of a post. One normaliser for the
 * quota count (超职数), vetting and the roster's words for linking.
 */
export interface PostTitle {
  /** The post itself, without decorations: 局长, 副局长, 党组书记, 人大主席 … */
  title: string;
  /** 挂职 or 借调 or 代理: held for a time, not one of the unit's approved posts (不占职数). */
  temporary: boolean;
  /** Held concurrently ((兼)): counts where it is held, like any other post. */
  concurrent: boolean;
}

/** Separators between posts in one cell. */
const SEPARATORS = /[、，,;；/／|｜\s]+/;
/** A bracketed decoration: grade (正科级), concurrent (兼), note (试用期) … in either kind of bracket. */
const BRACKETED = /[（(【[]([^）)】\]]*)[）)】\]]/g;
/** Prefixes that make a post temporary (not counted against the unit's posts). */
const TEMPORARY = /^(挂职|借调|代理|代)/;
/** Prefixes that qualify a post without changing which post it is (常务副局长 is a 副局长). */
const QUALIFIERS = /^(常务|专职|执行|第一)(?=副)/;
/**
 * Ranks (职级) and grades (级别), which some rosters write in the post column: they are not
 * posts. 一级调研员 … 四级主任科员, 科员, 办事员, and grades such as 正科级 or 副处.
 */
const RANK = /^((一|二|三|四)级(巡视员|调研员|主任科员|科员)|(一|二)级(高级)?(主办|主管)|科员|办事员|(正|副)(部|厅|局|处|县|科|乡|股)级?)$/;

/** A grade (级别) as a roster's 职级 column writes it: 正科, 副科级, 副处 … */
const GRADE = /^(正|副)(部|厅|局|处|县|科|乡|股)级?$/;

/** The posts a roster cell names, in order, each once. */
export function postTitles(raw: string | null | undefined): PostTitle[] {
  if (!raw) return [];
  const out: PostTitle[] = [];
  for (const part of raw.split(SEPARATORS)) {
    const notes = [...part.matchAll(BRACKETED)].map((m) => m[1]!.trim());
    const concurrent = notes.includes('兼') || /^兼(任)?/.test(part);
    let title = part
      .replace(BRACKETED, '')
      .replace(/^兼(任)?/, '')
      .trim();
    const temporary = TEMPORARY.test(title) || notes.some((n) => TEMPORARY.test(n));
    title = title.replace(TEMPORARY, '').replace(QUALIFIERS, '');
    if (!title || RANK.test(title)) continue;
    if (!out.some((p) => p.title === title)) out.push({ title, temporary, concurrent });
  }
  return out;
}

/** The posts that occupy one of the unit's approved posts (职数): all but the temporary ones. */
export function quotaTitles(raw: string | null | undefined): string[] {
  return postTitles(raw)
    .filter((p) => !p.temporary)
    .map((p) => p.title);
}

/** Whether a quota's level names a rank or grade (正科, 四级主任科员) rather than a post (副局长). */
export function isRankOrGrade(level: string): boolean {
  return RANK.test(level.trim());
}

/**
 * A grade's leadership posts as a 三定 ruling writes them (副科级领导职数, 科级领导职数（党委委员、
 * 副镇长等）): the grade, whatever the note in brackets lists.
 */
const GRADE_POSTS = /^((?:正|副)(?:部|厅|局|处|县|科|乡|股))级?(?:领导)?(?:职数|职务|岗位)$/;

/**
 * How a quota's level is kept: a rank or grade as written (副科; 副科级领导职数 is 副科), a post as
 * normalised (副局长（正科级） → 副局长).
 */
export function quotaKey(level: string): string {
  const trimmed = level.trim();
  if (GRADE.test(trimmed)) return trimmed.replace(/级$/, '');
  const gradePosts = GRADE_POSTS.exec(trimmed.replace(BRACKETED, '').trim());
  if (gradePosts) return gradePosts[1]!;
  return isRankOrGrade(trimmed) ? trimmed : (quotaTitles(trimmed)[0] ?? trimmed);
}

/** Leadership posts of a unit (领导职务) by title: a deputy's (副局长, 党委副书记, 党组成员 …) and a head's. */
const DEPUTY_LEADER =
  /(^副|副(书记|主席|局长|主任|镇长|乡长|县长|区长|部长|院长|检察长|庭长|校长|所长|站长|队长|社长|馆长)$|^党(委|组)(成员|委员)$|^(纪委书记|武装部部长|组织委员|宣传委员|统战委员))/;
const HEAD_LEADER =
  /^(党委书记|党组书记|党工委书记|书记|局长|主任|镇长|乡长|县长|区长|部长|人大主席|主席|院长|检察长|校长|所长|站长|队长|社长|馆长)$/;

/**
 * The quota levels a roster entry occupies (post_quota.level it counts toward): each post it
 * holds (a 挂职 post holds none), and its grade. The grade is the 职级 column's when that
 * names one (正科, 副科) and the entry holds a post that is not temporary; when the column
 * names a rank instead (二级主任科员 beside 副局长), the leadership post gives it: a deputy's
 * post is 副科, a head's 正科 (the units of a 县 or 区, whose leadership posts are 科级).
 * Stored per cadre (cadre.quota_keys) by the roster import: a change to these rules needs a
 * migration that fills the column again, as 1765200000000 did.
 */
export function quotaKeys(post: string | null | undefined, level: string | null | undefined): string[] {
  const all = postTitles(post);
  const held = all.filter((p) => !p.temporary).map((p) => p.title);
  const keys = [...held];
  const onlyTemporary = all.length > 0 && held.length === 0;
  const grade = level?.trim().replace(/级$/, '') ?? '';
  if (grade && GRADE.test(grade)) {
    if (!onlyTemporary) keys.push(grade);
  } else if (held.some((t) => DEPUTY_LEADER.test(t))) {
    keys.push('副科');
  } else if (held.some((t) => HEAD_LEADER.test(t))) {
    keys.push('正科');
  }
  if (level && !GRADE.test(level.trim()) && !onlyTemporary) keys.push(level.trim()); // a rank quota (四级主任科员)
  return [...new Set(keys)];
}
