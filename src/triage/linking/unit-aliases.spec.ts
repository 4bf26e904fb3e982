import { describe, expect, it } from '@jest/globals';
import { shippedTriageConfig } from './test-roster.js';
import { aliasesOfUnit, districtPrefix, formedAbbreviation } from './unit-aliases.js';

const config = shippedTriageConfig();
const names = (unit: string, district: string | null = null) =>
  aliasesOfUnit(unit, [], config, district).map((a) => `${a.alias}:${a.kind}`);

describe('unit aliases', () => {
  it.each([
    ['区自然资源局', null, ['区自然资源局:FULL', '自然资源局:SHORT', '资源局:ABBR', '国土资源局:OLD', '国土局:OLD', '规划局:OLD']],
    ['北塘区自然资源局', '北塘区', ['北塘区自然资源局:FULL', '区自然资源局:SHORT', '自然资源局:SHORT', '资源局:ABBR']],
    ['北塘区委组织部', '北塘区', ['北塘区委组织部:FULL', '区委组织部:SHORT', '组织部:SHORT']],
    ['青石镇人民政府', null, ['青石镇人民政府:FULL', '青石镇:SHORT', '青石:PLACE']],
    ['北塘区青石镇党委', '北塘区', ['北塘区青石镇党委:FULL', '区青石镇党委:SHORT', '青石镇党委:SHORT', '青石镇:SHORT', '青石:PLACE']],
    ['城东街道办事处', null, ['城东街道办事处:FULL', '城东街道:SHORT', '城东街道办:SHORT', '城东:PLACE']],
    ['沙沟回族乡', null, ['沙沟回族乡:FULL', '沙沟回族:PLACE', '沙沟乡:SHORT', '沙沟:PLACE']],
    ['区文化旅游和体育局', null, ['文化旅游和体育局:SHORT', '文旅体局:ABBR']],
    ['区融媒体中心', null, ['融媒体中心:SHORT', '融媒中心:ABBR', '融媒体:SHORT']],
    ['区第三中学', null, ['第三中学:SHORT', '三中:ABBR']],
    ['县第一高级中学', null, ['第一高级中学:SHORT', '一高:ABBR']],
    ['县供销合作社', null, ['供销合作社:SHORT', '供销社:ABBR']],
    ['县经济技术开发区管理委员会', null, ['经济技术开发区:ABBR', '开发区:ABBR', '经开区:ABBR']],
    ['区委办公室', null, ['区委办公室:FULL', '区委办:ABBR']],
    ['区城市管理执法局', null, ['城管执局:ABBR', '城管局:ABBR']],
    ['区市场监督管理局', null, ['市监局:ABBR']],
    ['区政府办公室', null, ['区政府办:ABBR', '政府办:ABBR']],
    ['县乡村振兴局', null, ['乡村振兴局:SHORT', '扶贫办:OLD', '扶贫局:OLD']], // renamed in 2021
    ['中共北塘区委组织部', '北塘区', ['北塘区委组织部:SHORT', '区委组织部:SHORT', '组织部:SHORT']],
    ['中共北塘区委办公室', '北塘区', ['区委办公室:SHORT', '区委办:ABBR']],
    ['县商务和工业信息化局', null, ['商务局:ABBR']],
    ['县人力资源和社会保障局', null, ['人力资源局:ABBR']],
    ['县机关事务服务中心', null, ['机关事务中心:ABBR']],
    ['区政务服务中心', null, ['政务中心:ABBR']],
    ['县文化广电体育和旅游局', null, ['文旅局:ABBR', '旅游局:OLD']],
    ['县能源局', null, ['煤炭局:OLD', '煤管局:OLD']],
    ['北塘区客家文化产业园管理委员会', '北塘区', ['客家文化产业园:SHORT', '客家文化产业园管委会:ABBR', '产业园:ABBR', '产业园管委会:ABBR']],
    ['北塘区城市建设投资集团有限公司', null, ['城市建设投资集团:SHORT', '城投公司:ABBR', '城投集团:ABBR', '城投:ABBR']],
    ['县国有资产投资经营有限公司', null, ['国有资产投资经营公司:SHORT', '国投公司:ABBR', '国投集团:ABBR', '国投:ABBR']],
    ['县港务发展有限公司', null, ['港务发展公司:SHORT', '港务公司:ABBR', '港务集团:ABBR']],
    ['县城投公司', null, ['城投集团:SHORT', '城投:ABBR']],
    ['城东街道办事处', null, ['城东镇:TOWN', '城东乡:TOWN']], // a street office that was a town
    ['县茶业发展中心', null, ['茶业中心:ABBR']], // 发展 left out before 中心
  ])('%s (district %s)', (unit, district, expected) => {
    expect(names(unit, district)).toEqual(expect.arrayContaining(expected));
  });

  it('reads the district of a roster that writes 中共 before its Party bodies', () => {
    expect(districtPrefix(['中共北塘区委组织部', '中共北塘区委办公室', '北塘区财政局', '北塘区教育局'])).toBe('北塘区');
  });

  it('calls a company by its field, not by a bare field that is no investment company', () => {
    expect(names('县港务发展有限公司')).not.toContain('港务:ABBR');
    expect(names('县港务发展有限公司')).not.toContain('县港务发展公司:SHORT');
  });

  it('calls 发展和改革局 by neither word alone', () => {
    expect(names('县发展和改革局')).not.toContain('发展局:ABBR');
    expect(names('县卫生健康和体育局')).not.toContain('卫生健康局:ABBR');
  });

  it('says 政府 for 人民政府, and leaves a bare 办公室 to whichever unit the tip is about', () => {
    expect(names('区人民政府办公室')).toEqual(expect.arrayContaining(['区政府办公室:SHORT', '政府办:ABBR']));
    expect(names('区委办公室')).not.toContain('办公室:SHORT');
    expect(names('县委办公室')).not.toContain('办公室:SHORT');
  });

  it.each([
    ['文化旅游和体育局', '文旅体局'],
    ['卫生健康委员会', '卫健委'],
    ['发展和改革局', '发改局'],
    ['交通运输局', '交运局'],
    ['医疗保障局', '医保局'],
    ['教育局', null],
    ['政法委员会', null],
    ['人大常委会办公室', null],
  ])('forms the abbreviation of %s by the first character of each word', (name, expected) => {
    expect(formedAbbreviation(name)).toBe(expected);
  });

  it('finds the district name most units start with, and none when few do', () => {
    const units = ['北塘区自然资源局', '北塘区委组织部', '北塘区财政局', '青石镇', '北塘区教育局', '城东街道办事处'];
    expect(districtPrefix(units)).toBe('北塘区');
    expect(districtPrefix(['区自然资源局', '区财政局', '区委组织部', '青石镇'])).toBeNull();
    expect(
      districtPrefix([
        '北塘区财政局',
        '青石镇',
        '白沙镇',
        '城东街道办事处',
        '城西街道办事处',
        '龙潭乡',
        '石门镇',
        '区教育局',
        '区委组织部',
        '区统计局',
        '区司法局',
      ]),
    ).toBeNull();
  });
});
