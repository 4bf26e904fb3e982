import { describe, expect, it } from '@jest/globals';
import { linkSubjects, type SubjectLink } from './link-subjects.js';
import { shippedTriageConfig, testIndex } from './test-roster.js';

const config = shippedTriageConfig();
const index = testIndex(config);
const link = (text: string) => linkSubjects(text, index, config.linking);
const linked = (links: SubjectLink[]) =>
  links.filter((l) => l.status === 'LINKED' && l.role === 'SUBJECT').map((l) => l.candidates[0]!.personNo);
const held = (links: SubjectLink[]) =>
  links.filter((l) => l.status === 'CANDIDATES').map((l) => l.candidates.map((c) => c.personNo).sort());

describe('subject linking', () => {
  it('links a full name with its unit and post', () => {
    const links = link('区自然资源局副局长李文斌收受下属钱款承诺提拔。');
    expect(linked(links)).toEqual(['T002']);
    expect(links[0]!.candidates[0]!.reasons.join('；')).toContain('单位相符');
  });

  it('holds homonyms with nothing to tell them apart, and settles them by unit', () => {
    expect(linked(link('王建国到处跑官要官。'))).toEqual([]);
    expect(held(link('王建国到处跑官要官。'))).toEqual([['T001', 'T003']]);
    expect(linked(link('青石镇的王建国到处跑官要官。'))).toEqual(['T003']);
    expect(linked(link('自然资源局局长王建国到处跑官。'))).toEqual(['T001']);
  });

  it('links a masked name (张某某) by unit and post, telling the head from the deputy', () => {
    expect(linked(link('市场监管局副局长张某某瞒报房产。'))).toEqual(['T005']);
    expect(linked(link('张某某，男，区市场监督管理局局长，瞒报房产。'))).toEqual(['T004']);
  });

  it('links surname + post under an old unit name from the institutional reform', () => {
    const links = link('原来国土局的王局长收了钱');
    expect(linked(links)).toEqual(['T001']);
    expect(links[0]!.candidates[0]!.reasons.join()).toContain('机构改革前名称');
    expect(linked(link('卫计局赵副局长档案年龄改过'))).toEqual(['T007']);
    expect(linked(link('电视台高台长快退休了一下提了6个人'))).toEqual(['T010']);
  });

  it('reads SMS abbreviations, a compound surname and a homophone typo', () => {
    expect(linked(link('卫健局钱科长在企业兼职拿钱'))).toEqual(['T008']);
    expect(linked(link('统计局欧阳局长档案年龄改过'))).toEqual(['T006']);
    expect(linked(link('自然资源局李文彬副局长学历是假的'))).toEqual(['T002']);
    expect(link('自然资源局李文彬副局长学历是假的')[0]!.candidates[0]!.reasons.join()).toContain('同音');
    expect(linked(link('应急局孙局长护照没交'))).toEqual(['T009']);
  });

  it('finds two subjects in one tip (the buyer and the seller)', () => {
    expect(linked(link('青石镇副镇长吴丽给镇党委周书记送了八万元，当上了副镇长。')).sort()).toEqual(['T011', 'T012']);
  });

  it('keeps people merely mentioned apart from the subject', () => {
    const links = link('区应急管理局局长孙国强先后给青石镇党委书记周涛打电话，要求把他的亲戚列入推荐人选。');
    expect(linked(links)).toEqual(['T009']);
    expect(links.find((l) => l.candidates[0]!.personNo === 'T011')).toMatchObject({ role: 'MENTIONED' });
  });

  it('does not take the reporter or an everyday word for a subject', () => {
    expect(link('来电人周涛反映：单位食堂饭菜太贵。').filter((l) => l.role === 'SUBJECT')).toEqual([]);
    expect(link('请组织上关注用人高峰期的问题。')).toEqual([]);
    expect(linked(link('融媒体中心主任高峰在企业兼职。'))).toEqual(['T010']);
  });
});
