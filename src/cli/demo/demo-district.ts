import { pick, seededRandom } from './random.js';

/**
 * A generated, entirely fictional district for demos: units with their leadership posts,
 * a roster in the column layout organization departments use (干部名册), and tips about
 * some of its cadres. Names are drawn at random from common surnames and given-name
 * characters; any resemblance to a real person is chance.
 */
export const ROSTER_HEADERS = [
  '人员编号',
  '姓名',
  '性别',
  '出生年月',
  '民族',
  '籍贯',
  '入党时间',
  '参加工作时间',
  '学历',
  '单位',
  '职务',
  '职级',
  '任现职时间',
  '身份',
] as const;
export type RosterRow = Record<(typeof ROSTER_HEADERS)[number], string>;

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
  '卢',
  '姜',
  '崔',
  '钟',
  '谭',
  '陆',
  '汪',
  '范',
  '金',
  '石',
  '廖',
  '贾',
  '夏',
  '韦',
  '付',
  '方',
  '白',
  '邹',
  '孟',
  '熊',
  '秦',
  '邱',
  '江',
  '尹',
  '薛',
  '闫',
  '段',
  '雷',
  '侯',
  '龙',
  '史',
  '陶',
  '黎',
  '贺',
  '顾',
  '毛',
  '郝',
  '龚',
  '邵',
  '万',
  '钱',
  '严',
  '覃',
  '武',
  '戴',
  '莫',
  '孔',
  '向',
  '汤',
  '欧阳',
  '司马',
];
const GIVEN_M = [
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
  '鑫',
  '波',
  '宁',
  '健',
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
  '子健',
  '德明',
  '卫东',
];
const GIVEN_F = [
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '艳',
  '娟',
  '霞',
  '燕',
  '玲',
  '婷',
  '雪',
  '慧',
  '颖',
  '琳',
  '晓燕',
  '丽华',
  '秀英',
  '海燕',
  '雅琴',
  '春梅',
  '佳怡',
  '文静',
  '淑芬',
  '思雨',
];
const ORIGINS = [
  '本省',
  '本市',
  '河南周口',
  '山东临沂',
  '湖南衡阳',
  '四川南充',
  '湖北黄冈',
  '安徽阜阳',
  '江西赣州',
  '河北保定',
  '广西玉林',
  '陕西渭南',
];
const EDUCATION = ['大学本科', '大学本科', '大学本科', '硕士研究生', '在职研究生', '大专'];
const NATIONS = ['汉族', '汉族', '汉族', '汉族', '汉族', '回族', '壮族', '土家族', '满族'];

interface UnitPlan {
  name: string;
  head: string;
  deputy: string;
  deputies: number;
  identity: string;
}

const UNITS: UnitPlan[] = [
  { name: '区委办公室', head: '主任', deputy: '副主任', deputies: 3, identity: '公务员' },
  { name: '区政府办公室', head: '主任', deputy: '副主任', deputies: 3, identity: '公务员' },
  { name: '区发展和改革局', head: '局长', deputy: '副局长', deputies: 3, identity: '公务员' },
  { name: '区教育局', head: '局长', deputy: '副局长', deputies: 3, identity: '公务员' },
  { name: '区财政局', head: '局长', deputy: '副局长', deputies: 3, identity: '公务员' },
  { name: '区自然资源局', head: '局长', deputy: '副局长', deputies: 2, identity: '公务员' },
  { name: '区住房和城乡建设局', head: '局长', deputy: '副局长', deputies: 3, identity: '公务员' },
  { name: '区市场监督管理局', head: '局长', deputy: '副局长', deputies: 3, identity: '公务员' },
  { name: '区卫生健康局', head: '局长', deputy: '副局长', deputies: 2, identity: '公务员' },
  { name: '区应急管理局', head: '局长', deputy: '副局长', deputies: 2, identity: '公务员' },
  { name: '区农业农村局', head: '局长', deputy: '副局长', deputies: 2, identity: '公务员' },
  { name: '区人民医院', head: '院长', deputy: '副院长', deputies: 3, identity: '事业单位' },
  { name: '区第一中学', head: '校长', deputy: '副校长', deputies: 2, identity: '事业单位' },
  { name: '东城街道', head: '党工委书记', deputy: '办事处副主任', deputies: 3, identity: '公务员' },
  { name: '西湖街道', head: '党工委书记', deputy: '办事处副主任', deputies: 3, identity: '公务员' },
  { name: '青石镇', head: '党委书记', deputy: '副镇长', deputies: 3, identity: '公务员' },
  { name: '柳溪镇', head: '党委书记', deputy: '副镇长', deputies: 3, identity: '公务员' },
];

const ym = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

export function generateRoster(seed = 20261124): RosterRow[] {
  const random = seededRandom(seed);
  const rows: RosterRow[] = [];
  let seq = 1;
  const person = (unit: UnitPlan, post: string, rank: string) => {
    const male = random() < 0.68;
    const birthYear = 1966 + Math.floor(random() * 26);
    const workYear = birthYear + 21 + Math.floor(random() * 3);
    const party = random() < 0.92;
    rows.push({
      人员编号: `SF${String(30000 + seq++)}`,
      姓名: pick(random, SURNAMES) + pick(random, male ? GIVEN_M : GIVEN_F),
      性别: male ? '男' : '女',
      出生年月: ym(birthYear, 1 + Math.floor(random() * 12)),
      民族: pick(random, NATIONS),
      籍贯: pick(random, ORIGINS),
      入党时间: party ? ym(workYear + Math.floor(random() * 4), 1 + Math.floor(random() * 12)) : '',
      参加工作时间: ym(workYear, 7 + Math.floor(random() * 3)),
      学历: pick(random, EDUCATION),
      单位: unit.name,
      职务: post,
      职级: rank,
      任现职时间: ym(2019 + Math.floor(random() * 7), 1 + Math.floor(random() * 12)),
      身份: unit.identity,
    });
  };
  for (const unit of UNITS) {
    person(unit, unit.head, '正科');
    for (let i = 0; i < unit.deputies; i += 1) person(unit, unit.deputy, '副科');
    person(unit, '办公室主任', pick(random, ['一级主任科员', '二级主任科员', '三级主任科员']));
  }
  return rows;
}

export function rosterCsv(rows: RosterRow[]): string {
  const escape = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return [ROSTER_HEADERS.join(','), ...rows.map((r) => ROSTER_HEADERS.map((h) => escape(r[h])).join(','))].join('\n') + '\n';
}

/** Demo tips about cadres of the generated roster, one per kind of problem. */
export function generateTips(
  roster: RosterRow[],
  seed = 7,
): Array<{ subject: RosterRow; body: string; category: string; realName: boolean }> {
  const random = seededRandom(seed);
  const heads = roster.filter((r) => r.职级 === '正科');
  const deputies = roster.filter((r) => r.职级 === '副科');
  const a = pick(random, heads);
  const b = pick(random, deputies);
  const c = pick(
    random,
    heads.filter((h) => h !== a),
  );
  const d = pick(
    random,
    deputies.filter((x) => x !== b),
  );
  return [
    {
      subject: a,
      category: 'OFFICE_BUYING',
      realName: true,
      body: `${a.单位}${a.职务}${a.姓名}在今年干部调整前，多次收受下属送来的现金和购物卡，合计约六万元，事后送钱的两名同志都被提拔。`,
    },
    {
      subject: b,
      category: 'CANVASSING_BRIBERY',
      realName: false,
      body: `${b.单位}${b.职务}${b.姓名}在民主推荐前请本单位多名干部吃饭，席间要求大家投他一票，并给每人发了五百元红包。`,
    },
    {
      subject: c,
      category: 'IRREGULAR_APPOINTMENT',
      realName: false,
      body: `${c.单位}${c.职务}${c.姓名}任人唯亲，去年未经民主推荐和考察，就把自己的外甥安排为单位中层正职。`,
    },
    {
      subject: d,
      category: 'PERSONAL_MATTERS_CONCEALMENT',
      realName: true,
      body: `${d.单位}${d.职务}${d.姓名}的配偶在本区经营建材公司，其在个人有关事项报告中一直没有报告，另有两套房产也未如实填报。`,
    },
  ];
}
