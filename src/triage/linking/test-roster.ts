import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { everydayWords } from '../text/segmenter.js';
import { triageConfigSchema, type TriageConfig } from '../triage-config.js';
import { RosterIndex, type RosterPerson } from './roster-index.js';

/** The roster's 性别 where a test tells people apart by it; everyone else is 男. */
const GENDER: Record<string, string> = { T005: '女', T007: '女', T012: '女', T014: '女', T016: '女', T017: '女', T021: '女', T026: '女' };

/** The roster's 任现职时间 where a test tells people apart by it (the two 王 deputies of 住建局). */
const POST_SINCE: Record<string, string> = { T013: '2021-11', T014: '2023-05' };

/** A small invented roster for unit tests: homonyms, shared surnames, a compound surname. */
export const TEST_PEOPLE: RosterPerson[] = [
  ['T001', '王建国', '区自然资源局', '局长', '正科'],
  ['T002', '李文斌', '区自然资源局', '副局长', '副科'],
  ['T003', '王建国', '青石镇', '党委副书记、镇长', '正科'],
  ['T004', '张卫东', '区市场监督管理局', '局长', '正科'],
  ['T005', '张海燕', '区市场监督管理局', '副局长', '副科'],
  ['T006', '欧阳明', '区统计局', '局长', '正科'],
  ['T007', '赵红梅', '区卫生健康局', '副局长', '副科'],
  ['T008', '钱立新', '区卫生健康局', '医政科科长', '三级主任科员'],
  ['T009', '孙国强', '区应急管理局', '局长', '正科'],
  ['T010', '高峰', '区融媒体中心', '主任', '正科'],
  ['T011', '周涛', '青石镇', '党委书记', '正科'],
  ['T012', '吴丽', '青石镇', '副镇长', '副科'],
  // Two 王 deputies in one unit; one head.
  ['T013', '王海涛', '区住房和城乡建设局', '副局长', '副科'],
  ['T014', '王志明', '区住房和城乡建设局', '党组成员、副局长', '副科'],
  ['T015', '刘洋', '区住房和城乡建设局', '局长', '正科'],
  // Two-character namesakes; the only 王 of a unit; surnames that start everyday words.
  ['T016', '陈静', '区财政局', '副局长', '副科'],
  ['T017', '陈静', '区教育和体育局', '副局长', '副科'],
  ['T018', '王伟', '区财政局', '局长', '正科'],
  ['T019', '时建华', '区财政局', '预算科科长', '三级主任科员'],
  ['T020', '全志勇', '区财政局', '办公室主任', '三级主任科员'],
  // A 王 head and a 王 deputy in one unit: 王局长 may be either.
  ['T021', '王芳', '区水利局', '局长', '正科'],
  ['T022', '王磊', '区水利局', '副局长', '副科'],
  ['T023', '关永强', '区司法局', '公共法律服务科科长', '三级主任科员'],
  // A town's 人大主席 and the district's 人大 office.
  ['T024', '郑国华', '区人大常委会办公室', '主任', '正科'],
  ['T025', '冯立', '青石镇', '人大主席', '正科'],
  ['T026', '佟丽', '区文化旅游和体育局', '副局长', '副科'],
  // A unit's head and two deputies, one in charge of personnel (said in brackets).
  ['T027', '何平', '区人力资源和社会保障局', '副局长（分管人事、公务员管理）', '副科'],
  ['T028', '贺兰', '区人力资源和社会保障局', '副局长', '副科'],
  ['T029', '柯明', '区人力资源和社会保障局', '党组书记、局长', '正科'],
  // A body named in the post (a centre within 人社局) and a namesake 主任 elsewhere.
  ['T030', '蒋立军', '区人力资源和社会保障局', '党组成员、区就业服务中心主任', '副科'],
  ['T031', '蒋红', '区财政局', '办公室主任', '三级主任科员'],
  // Two 邵 section heads of one unit, told apart by their section.
  ['T032', '邵伟', '区教育和体育局', '人事股股长', '三级主任科员'],
  ['T033', '邵兵', '区教育和体育局', '财务股股长', '三级主任科员'],
  // A town's 组织委员 beside a plain committee member; a rank as the whole post.
  ['T034', '秦海', '青石镇', '党委委员、组织委员', '副科'],
  ['T035', '秦月', '青石镇', '党委委员、副镇长', '副科'],
  ['T036', '谭志远', '区统计局', '四级调研员', '四级调研员'],
  // A town's deputy and a temporary (挂职) deputy of one surname.
  ['T037', '祁俊', '海湾镇', '副镇长', '副科'],
  ['T038', '祁文斌', '海湾镇', '挂职副镇长', '三级主任科员'],
  // One who moved: now heading 城管局, before at 金沙街道, whose head is now someone else.
  ['T039', '甘国华', '区城市管理局', '党组书记、局长', '正科'],
  ['T040', '宋立', '金沙街道', '党工委副书记、办事处主任', '正科'],
  // A zone's committee, written as the Party writes it, and a surname that makes a word with
  // the zone's last character (园丁).
  ['T041', '丁海平', '中共区客家文化产业园工作委员会', '书记', '正科'],
  ['T042', '丁文', '区客家文化产业园管理委员会', '主任', '正科'],
  // Namesakes, one heading a state-owned company (called 城投) and one a deputy of a bureau.
  ['T043', '韦勇', '北塘区城市建设投资集团有限公司', '党委委员、总经理', '副科'],
  ['T044', '韦勇', '区司法局', '副局长', '副科'],
  // A 祁 who was 海湾镇's 镇长 and now heads a bureau (the town keeps a 挂职 deputy 祁).
  ['T045', '祁明', '区商务局', '党组书记、局长', '正科'],
].map(([id, name, unit, post, rank]) => ({
  id: id!,
  personNo: id!,
  name: name!,
  unit: unit!,
  post: post!,
  rank: rank!,
  gender: GENDER[id!] ?? '男',
  postSince: POST_SINCE[id!] ?? null,
}));

export function shippedTriageConfig(): TriageConfig {
  return triageConfigSchema.parse(parse(readFileSync(join(process.cwd(), 'config', 'triage.yaml'), 'utf8')));
}

export function testIndex(config: TriageConfig = shippedTriageConfig()): RosterIndex {
  const names = TEST_PEOPLE.map((p) => p.name);
  return new RosterIndex(TEST_PEOPLE, [], config, everydayWords(names, config.linking.commonWordFrequency));
}
