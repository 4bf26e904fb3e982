import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { taxonomySchema } from '../../infra/config/settings.schema.js';
import { RuleCategorizer } from '../keyword-categorizer.js';

const { categories } = taxonomySchema.parse(parse(readFileSync(join(process.cwd(), 'config', 'taxonomy.yaml'), 'utf8')));
const rules = new RuleCategorizer(categories);

/** Invented tips in the three channels' styles: the shipped rules must read generic wording. */
const CASES: Array<[string, string]> = [
  ['RUNNING_FOR_OFFICE', '交通局李副局长最近天天找县领导，要求组织上给他解决正职，还托老领导帮他说话'],
  ['RUNNING_FOR_OFFICE', '来电人反映：教育局的胡科长为了当副局长，多次到组织部找领导伸手要位子。'],
  ['CANVASSING_BRIBERY', '换届选举前，某村支书挨家挨户发红包，让党员投他一票'],
  ['CANVASSING_BRIBERY', '民政局孙某在民主推荐前请单位同事吃饭，席间请大家推荐时多支持他'],
  ['OFFICE_BUYING', '听说水利局的副局长位子是花了二十万买来的，钱给了原来的书记'],
  ['OFFICE_BUYING', '来电人反映：住建局的周局长收了下面站长三万元，答应提拔他当副局长。'],
  ['INTERFERENCE', '县人大一位副主任给教育局打招呼，要求把他外甥提拔为中层'],
  ['INTERFERENCE', '分管副县长在干部调整时多次干预人选，要求把自己的秘书列入考察名单'],
  ['RUSH_PROMOTION', '财政局长调走前一周，突击提拔了五名股长'],
  ['RUSH_PROMOTION', '老书记快退休了，退休前一个月一次性调整了十几个干部'],
  ['IRREGULAR_APPOINTMENT', '林业局任命办公室主任没有经过民主推荐也没有公示，局长一个人说了算'],
  ['IRREGULAR_APPOINTMENT', '局长把自己的小舅子安排进来当科长，任人唯亲'],
  ['OVER_QUOTA', '司法局核定副局长两名，现在实际有四名，严重超职数'],
  ['OVER_QUOTA', '街道超配副科级干部三人，职数早就满了还在提'],
  ['FILE_FALSIFICATION', '水务局王科长的大专文凭是假的，档案里的学历造假'],
  ['FILE_FALSIFICATION', '某副镇长档案中出生日期被改小了三岁，年龄造假'],
  ['PROMOTED_WITH_PROBLEMS', '某局长几年前受过党内警告处分，处分期还没过就被提拔了'],
  ['PROMOTED_WITH_PROBLEMS', '明知他有违纪问题还照样提拔，这就是带病提拔'],
  ['PERSONAL_MATTERS_CONCEALMENT', '财政局副局长名下有三套房，个人有关事项报告只报了一套'],
  ['PERSONAL_MATTERS_CONCEALMENT', '卫生院院长的儿子开公司承接院里工程，他从未向组织报告'],
  ['NAKED_OFFICIAL_PASSPORT', '该局长妻子孩子都已移民加拿大，是典型的裸官'],
  ['NAKED_OFFICIAL_PASSPORT', '某主任私自持有因私护照，去年多次出境去澳门'],
  ['ILLEGAL_SIDE_JOB', '农机站站长在一家农业公司兼职当董事，每年拿分红'],
  ['ILLEGAL_SIDE_JOB', '局长在房地产企业挂名担任顾问并领取报酬'],
  ['OTHER_ORG_DISCIPLINE', '某干部拒不服从组织调动，调令下了三个月还不去报到'],
  ['OTHER_ORG_DISCIPLINE', '干部考察结果刚出来就被人泄露出去了，违反组织人事纪律'],
  ['OUT_OF_SCOPE', '村干部贪污扶贫款，挪用公款十几万'],
  ['OUT_OF_SCOPE', '公司拖欠工资半年不发，请组织部门帮我们讨薪'],
];

describe('shipped taxonomy rules', () => {
  it.each(CASES)('%s ← %s', (category, text) => {
    expect(rules.categorize(text).best).toBe(category);
  });
});
