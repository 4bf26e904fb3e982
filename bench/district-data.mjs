// Set-based data generators for the benchmarks: whole tables are filled by single
// INSERT … SELECT statements over generate_series inside Postgres (no row-by-row round
// trips, comparable to COPY), so a 100,000-cadre roster and 1,000,000 earlier tips take
// minutes, not hours. Everything generated is fictional.
// The demo district's seeded generator (mulberry32), from the build `npm run bench` makes first.
import { seededRandom } from '../dist/cli/demo/random.js';
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '罗',
  '高',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
  '彭',
  '曾',
  '肖',
  '田',
  '董',
  '袁',
  '潘',
  '蒋',
  '蔡',
  '余',
  '杜',
  '叶',
  '程',
  '魏',
  '苏',
  '吕',
  '丁',
  '任',
  '沈',
  '姚',
];
const GIVEN = [
  '伟',
  '强',
  '磊',
  '军',
  '勇',
  '杰',
  '涛',
  '斌',
  '超',
  '明',
  '刚',
  '平',
  '辉',
  '鹏',
  '华',
  '飞',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '艳',
  '建国',
  '志强',
  '海峰',
  '晓东',
  '国栋',
  '立新',
  '文博',
  '永刚',
  '宏伟',
  '振华',
  '俊杰',
  '浩然',
  '丽华',
  '秀英',
  '海燕',
  '雅琴',
  '春梅',
  '思雨',
];
// Given names of one or two characters from this pool: about 50 × (100 + 100²) ≈ 500,000
// full names, so a 100,000-cadre roster has the homonyms a real one has (some, in other
// units), not fifty 王伟 in one office.
const GIVEN_CHARS = [
  ...'伟强磊军勇杰涛斌超明刚平辉鹏华飞芳娜敏静丽艳国志海晓立文永宏振俊浩秀雅春思建新东栋峰博林欣怡佳嘉子涵宇轩泽宁晨阳瑞浩然昊天凯鑫蕾婷慧琳颖倩雪梅兰玉红霞燕萍洁莉娟英桂云龙虎彪成德正清荣福贵祥安庆',
];
const UNIT_KINDS = ['局', '委员会', '办公室', '中心', '街道', '镇'];
const POSTS = [
  ['局长', '正科'],
  ['副局长', '副科'],
  ['主任', '正科'],
  ['副主任', '副科'],
  ['科长', '一级主任科员'],
];
const sqlArray = (items) => `ARRAY[${items.map((s) => `'${s}'`).join(',')}]`;

export function rosterPool() {
  return { SURNAMES, GIVEN, GIVEN_CHARS };
}

/** Units (one in twenty cadres) and cadres with names, posts and ranks. */
export async function generateRoster(db, cadres) {
  const units = Math.max(5, Math.ceil(cadres / 20));
  await db.query(`
    INSERT INTO unit (name)
    SELECT '示范区第' || g || '号' || (${sqlArray(UNIT_KINDS)})[1 + g % ${UNIT_KINDS.length}] FROM generate_series(1, ${units}) g`);
  await db.query(`INSERT INTO unit_name (name, unit_id, kind) SELECT name, id, 'CURRENT' FROM unit`);
  await db.query(`
    WITH u AS (SELECT id, row_number() OVER (ORDER BY name) AS n FROM unit)
    INSERT INTO cadre (person_no, name, surname, gender, birth_month, unit_id, post, level, post_since, status_kind)
    SELECT 'BX' || lpad(g::text, 7, '0'),
           s.surname || (${sqlArray(GIVEN_CHARS)})[1 + (g::bigint * 7919) % ${GIVEN_CHARS.length}]
             || CASE WHEN (g::bigint * 31) % 7 < 5 THEN (${sqlArray(GIVEN_CHARS)})[1 + ((g::bigint * 104723) / ${GIVEN_CHARS.length}) % ${GIVEN_CHARS.length}] ELSE '' END,
           s.surname,
           CASE WHEN g % 3 = 0 THEN '女' ELSE '男' END,
           (1965 + g % 30)::text || '-' || lpad((1 + g % 12)::text, 2, '0'),
           u.id,
           (${sqlArray(POSTS.map((p) => p[0]))})[1 + g % ${POSTS.length}],
           (${sqlArray(POSTS.map((p) => p[1]))})[1 + g % ${POSTS.length}],
           (2019 + g % 7)::text || '-0' || (1 + g % 9)::text,
           '公务员'
      FROM generate_series(1, ${cadres}) g
      JOIN LATERAL (SELECT (${sqlArray(SURNAMES)})[1 + (g::bigint * 104729) % ${SURNAMES.length}] AS surname) s ON true
      JOIN u ON u.n = 1 + g % ${units}`);
  await db.query(`INSERT INTO cadre_post (cadre_id, unit_id, post, level, started) SELECT id, unit_id, post, level, post_since FROM cadre`);
  await db.query('ANALYZE unit; ANALYZE cadre; ANALYZE unit_name');
}

/**
 * Earlier tips, already triaged: the report rows with their triage records, MinHash
 * bands (random keys: distinct tips rarely share a band), a linked cadre and deadlines.
 */
/** The distinct content words of a few hundred generated tips, segmented by the app's own segmenter. */
async function tipVocabulary() {
  const { Segmenter } = await import('../dist/triage/text/segmenter.js');
  const { contentTokens } = await import('../dist/triage/text/content-tokens.js');
  const segmenter = new Segmenter();
  const words = new Set();
  for (let i = 0; i < 500; i += 1) {
    for (const w of contentTokens(segmenter.searchTokens(tipBody(i, { name: '', unit: '', post: '' })), new Set()))
      if (!/\d/.test(w)) words.add(w);
  }
  return [...words];
}

export async function generateTips(db, tips) {
  const batch = 200_000;
  for (let from = 1; from <= tips; from += batch) {
    const to = Math.min(tips, from + batch - 1);
    await db.query(`
      INSERT INTO report (id, number, channel, status, real_name, receipt_hash, subjects, body, received_at, updated_at, triaged_at,
                          category, priority, priority_level, is_specific)
      SELECT gen_random_uuid(), 'QF-B-' || lpad(g::text, 8, '0'),
             (ARRAY['WEB','SMS','HOTLINE'])[1 + g % 3],
             (ARRAY['TRIAGED','IN_HANDLING','CLOSED','CLOSED','CLOSED'])[1 + g % 5],
             false, sha256(('bench-receipt-' || g)::bytea), '[]'::jsonb,
             '第' || g || '件：反映某单位负责人在干部调整中收受财物，涉及金额' || (g % 97 + 1) || '万元，请组织核查。',
             now() - make_interval(mins => g % 525600), now(), now() - make_interval(mins => g % 525600),
             (ARRAY['OFFICE_BUYING','CANVASSING_BRIBERY','RUNNING_FOR_OFFICE','IRREGULAR_APPOINTMENT','OTHER_ORG_DISCIPLINE'])[1 + g % 5],
             g % 100, (ARRAY['HIGH','MEDIUM','LOW'])[1 + g % 3], g % 2 = 0
        FROM generate_series(${from}, ${to}) g`);
  }
  // Content tokens as triage stores them: a dozen words of the vocabulary tips are written
  // in, drawn per tip (two earlier tips about one cadre rarely tell the same story).
  const vocabulary = await tipVocabulary();
  await db.query(
    `INSERT INTO report_triage (report_id, tokens, content_tokens, minhash, categories, anchors, priority_reasons)
     SELECT r.id, w.words, w.words, ARRAY(SELECT (random() * 2147483647)::bigint FROM generate_series(1, 32)), '[]'::jsonb, '[]'::jsonb, '[]'::jsonb
       FROM report r
       CROSS JOIN LATERAL (SELECT array_agg(($1::text[])[1 + floor(random() * cardinality($1::text[]))::int] ORDER BY i) AS words
                             FROM generate_series(1, 12 + 0 * length(r.number)) i) w -- (correlated: drawn per tip)
      WHERE r.number LIKE 'QF-B-%'`,
    [vocabulary],
  );
  await db.query(`
    INSERT INTO report_minhash_band (band, key, report_id)
    SELECT b, (random() * 2147483647)::int, r.id FROM report r CROSS JOIN generate_series(0, 7) b WHERE r.number LIKE 'QF-B-%'
    ON CONFLICT DO NOTHING`);
  await db.query(`
    WITH c AS (SELECT id, row_number() OVER (ORDER BY person_no) AS n FROM cadre)
    INSERT INTO report_subject_cadre (cadre_id, report_id)
    SELECT c.id, r.id FROM (SELECT id, 1 + row_number() OVER (ORDER BY number) % (SELECT count(*) FROM cadre) AS n FROM report WHERE number LIKE 'QF-B-%') r
      JOIN c ON c.n = r.n`); // (an equality on one side's column only: a hash join, not 10^11 comparisons)
  await db.query(`
    INSERT INTO report_deadline (report_id, kind, due_on, remind_on, met_at, reminded_at, escalated_at)
    SELECT d.report_id, d.kind, d.due_on, d.remind_on, d.met_at,
           -- A district in its steady state: what was due to be reminded or escalated was, on the day.
           CASE WHEN d.met_at IS NULL AND d.remind_on <= current_date THEN d.remind_on + time '09:00' END,
           CASE WHEN d.met_at IS NULL AND d.due_on < current_date THEN d.due_on + 1 + time '00:30' END
      FROM (SELECT r.id AS report_id, k.kind, (r.received_at + k.days)::date AS due_on, (r.received_at + k.days - interval '3 days')::date AS remind_on,
                   CASE WHEN r.status = 'CLOSED' THEN r.received_at + interval '10 days' END AS met_at
              FROM report r CROSS JOIN (VALUES ('ACCEPTANCE_NOTICE', interval '21 days'), ('CONCLUSION', interval '60 days')) AS k(kind, days)
             WHERE r.number LIKE 'QF-B-%') d`);
  await db.query('ANALYZE');
}

// Tip texts as a district receives them: each tip tells its own story (what, when, where,
// how much, who else, what evidence) from wide pools, so two unrelated tips share common
// words but are never near-copies; and some tips are genuine retellings of an earlier one
// about the same person (a repeat the pipeline must find). Templated texts that share most
// of their words would make every tip a near-duplicate of hundreds of others: a flood of
// identical messages, measured elsewhere, not a district's daily intake.
const T_OPEN = [
  '我要反映',
  '实名反映',
  '群众反映',
  '有人反映',
  '特此举报',
  '据了解',
  '单位职工反映',
  '知情人反映',
  '现举报',
  '向组织报告',
  '匿名反映',
  '我是本单位职工，反映',
];
const T_WHEN = [
  '去年年底',
  '今年春节前',
  '换届前夕',
  '上个月',
  '{m}月{d}日',
  '{m}月上旬',
  '{m}月中旬',
  '民主推荐期间',
  '干部考察期间',
  '任前公示期间',
  '机构改革中',
  '去年{m}月',
];
const T_WHERE = [
  '办公室',
  '茶楼',
  '酒店包间',
  '单位食堂',
  '停车场',
  '家中',
  '乡镇会议室',
  '宾馆',
  '农家乐',
  '私人会所',
  '车上',
  '老家',
  '足浴店',
  '球场',
  'KTV',
];
const T_WHAT = [
  '收受下属{who}现金{n}万元，承诺在干部调整中提拔对方',
  '在民主推荐前请{n}名{grp}吃饭，要求推荐时投票给他',
  '未经考察就把{rel}安排为{dept}负责人',
  '篡改出生日期，档案年龄比实际小{n}岁',
  '个人有关事项报告未报告{rel}经营的{biz}',
  '在{n}家{biz}兼职并领取报酬',
  '{rel}已移居国外，本人持有{doc}未按规定上交',
  '换届前一个月突击提拔了{n}名干部',
  '多次给组织部门打招呼，为{rel}的提拔说情',
  '单位{post}超配{n}名，仍在继续提拔',
  '受过党纪处分仍被提拔为{post}',
  '找领导要职务，扬言不提拔就不干了',
  '向上级领导送{gift}换取提拔',
  '学历是花钱买的，{school}的文凭没有上过一天课',
  '把{dept}的岗位明码标价，一个{post}要{n}万元',
  '指使{who}在测评时给竞争对手打低分',
  '档案里的入党时间是后来补填的，比实际早了{n}年',
  '隐瞒{rel}在{biz}持股的情况',
  '在{grp}中拉票，许诺当选后安排职务',
  '违规把借调人员{n}人转为正式编制',
];
const T_WHO = ['办公室主任', '财务科长', '司机', '一名副科长', '下属站所负责人', '老乡', '同学', '包工头', '村支书', '企业老板'];
const T_GRP = ['村干部', '科室负责人', '人大代表', '党代表', '中层干部', '退休老干部', '选调生'];
const T_REL = ['妻子', '丈夫', '儿子', '女儿', '侄子', '外甥', '小舅子', '表弟', '儿媳', '亲家'];
const T_DEPT = ['财务室', '办公室', '规划股', '执法大队', '信息中心', '招商办', '项目办', '党政办', '审批科'];
const T_BIZ = ['房地产公司', '建材公司', '物流公司', '矿业公司', '餐饮店', '加油站', '养殖场', '小额贷款公司', '劳务公司'];
const T_DOC = ['因私护照', '港澳通行证', '台湾通行证', '外国绿卡'];
const T_POST = ['副局长', '副主任', '中层正职', '副镇长', '站长', '所长', '科长'];
const T_GIFT = ['购物卡{n}张', '名表一块', '茅台酒{n}箱', '现金红包', '玉器一件', '字画一幅', '冬虫夏草'];
const T_SCHOOL = ['省委党校', '某大学函授班', '某职业学院', '国外一所野鸡大学'];
const T_PROOF = [
  '单位多人知晓',
  '有聊天记录为证',
  '可提供录音',
  '有转账记录',
  '当时在场的还有{who}',
  '群众议论很大',
  '此事影响很坏',
  '有照片可以证明',
  '有人亲眼看见',
  '银行流水可以查到',
];
const T_ASK = ['请组织核实', '希望严肃处理', '请上级调查清楚', '恳请组织部门过问', '请依纪依规处理', '希望还大家一个公道'];
const T_MORE = ['另外还{what}', '而且{what}', '不仅如此，还{what}', '听说他还{what}', '更严重的是{what}'];

function story(seed) {
  const r = seededRandom(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const slots = {
    n: () => String(2 + Math.floor(r() * 30)),
    m: () => String(1 + Math.floor(r() * 12)),
    d: () => String(1 + Math.floor(r() * 28)),
    who: () => pick(T_WHO),
    grp: () => pick(T_GRP),
    rel: () => pick(T_REL),
    dept: () => pick(T_DEPT),
    biz: () => pick(T_BIZ),
    doc: () => pick(T_DOC),
    post: () => pick(T_POST),
    gift: () => fill(pick(T_GIFT)),
    school: () => pick(T_SCHOOL),
  };
  const fill = (text) => text.replace(/\{(\w+)\}/g, (_, slot) => slots[slot]());
  return {
    when: fill(pick(T_WHEN)),
    where: pick(T_WHERE),
    what: fill(pick(T_WHAT)),
    more: fill(pick(T_MORE).replace('{what}', pick(T_WHAT))),
    proof: fill(pick(T_PROOF)),
    ask: pick(T_ASK),
    r,
    pick,
  };
}

/**
 * A new tip's text about `person` ({ name, unit, post }). `retellingOf`: the seed of an
 * earlier tip about the same person, told again in other words (a repeat to be found).
 */
export function tipBody(seed, person, retellingOf = null) {
  const s = story(retellingOf ?? seed);
  const own = story(seed);
  if (retellingOf !== null) {
    // The same matter, other openings and order: what a second reporter (or the same one, again) writes.
    return `${own.pick(T_OPEN)}，${person.unit}的${person.name}（${person.post}）${s.what}，时间是${s.when}，地点在${s.where}。${s.proof}，${own.ask}。`;
  }
  return `${s.pick(T_OPEN)}：${person.unit}${person.post}${person.name}${s.when}在${s.where}${s.what}；${s.more}。${s.proof}，${s.ask}。`;
}

/**
 * The roster `generateRoster` writes, built in memory as the worker's roster snapshot reads
 * it (same names, units and posts; unit order as JS sorts), for benchmarks without Postgres.
 */
export function rosterInMemory(cadres) {
  const unitCount = Math.max(5, Math.ceil(cadres / 20));
  const unitNames = Array.from({ length: unitCount }, (_, i) => `示范区第${i + 1}号${UNIT_KINDS[(i + 1) % UNIT_KINDS.length]}`);
  const ordered = [...unitNames].sort();
  const L = GIVEN_CHARS.length;
  const people = [];
  for (let g = 1; g <= cadres; g += 1) {
    const surname = SURNAMES[(g * 104729) % SURNAMES.length];
    const second = (g * 31) % 7 < 5 ? GIVEN_CHARS[Math.floor((g * 104723) / L) % L] : '';
    const [post, rank] = POSTS[g % POSTS.length];
    const personNo = `BX${String(g).padStart(7, '0')}`;
    people.push({
      id: personNo,
      personNo,
      name: surname + GIVEN_CHARS[(g * 7919) % L] + second,
      unit: ordered[g % unitCount],
      post,
      rank,
      gender: g % 3 === 0 ? '女' : '男',
    });
  }
  return { people, units: ordered.map((name) => ({ name, aliases: [] })) };
}
