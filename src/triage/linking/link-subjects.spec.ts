import { describe, expect, it } from '@jest/globals';
import { linkSubjects, type SubjectLink } from './link-subjects.js';
import { shippedTriageConfig, testIndex } from './test-roster.js';

const config = shippedTriageConfig();
const index = testIndex(config);
const link = (text: string) => linkSubjects(text, index, config.linking);
const linked = (links: SubjectLink[]) =>
  links.filter((l) => l.status === 'LINKED' && l.role === 'SUBJECT').map((l) => l.candidates[0]!.personNo);
/** The tip's accused (linked subjects, in order) and those only mentioned (sorted). */
function expectAccusedAndMentioned(text: string, sure: string[], mentioned: string[]): void {
  const links = link(text);
  expect(linked(links)).toEqual(sure);
  expect(
    links
      .filter((l) => l.role === 'MENTIONED')
      .map((l) => l.candidates[0]!.personNo)
      .sort(),
  ).toEqual(mentioned);
}
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
    // …and a homophone surname no one on the roster has (官永强 said for 关永强)
    expect(linked(link('司法局官永强科长改了档案年龄'))).toEqual(['T023']);
  });

  it.each([
    ['城投韦永 总经理位子是买的', ['T043']], // a sound-alike, the company's short name and the post after a space
    ['城投公司韦勇总经理收了钱', ['T043']],
    ['司法局韦永 副局长收了钱', ['T044']],
    ['韦永 总经理位子是买的', []], // no unit before it: a space and a post are not enough
  ])('%s: a state-owned company by its short name, a post after a space', (text, sure) => {
    expect(linked(link(text))).toEqual(sure);
  });

  it.each([
    ['金沙镇宋镇长收了钱', ['T040']], // 镇长 of the town is the 办事处主任 of the street office it became
    ['金沙的宋镇长收了钱', ['T040']],
    ['金沙镇宋副镇长收了钱', []], // no 宋 is a deputy there
  ])('%s: a street office called by the town it was, its posts by the old titles', (text, sure) => {
    expect(linked(link(text))).toEqual(sure);
  });

  it('explains a street office called by the town it was', () => {
    expect(link('金沙镇宋镇长收了钱')[0]!.candidates[0]!.reasons).toContain('单位相符：金沙镇（撤镇设街道前名称） → 金沙街道，+3 分');
  });

  it('finds two subjects in one tip (the buyer and the seller)', () => {
    expect(linked(link('青石镇副镇长吴丽给镇党委周书记送了八万元，当上了副镇长。')).sort()).toEqual(['T011', 'T012']);
  });

  it.each([
    ['孙局长收了开发商的钱', ['T009']], // no unit named, but the only 孙 who is a 局长
    ['村里的周书记收了钱', []], // a village's 书记: held, not linked as the only 周 who is a 书记
    ['以前自然资源局的李科长，现在当了副局长，收了开发商的钱', ['T002']], // a post held before costs nothing
    ['孙局长托人给青石镇周书记送了两万元', ['T009', 'T011']], // 青石镇 is 周书记's unit, not 孙局长's
    ['住建的刘局长收了开发商的钱', ['T015']], // 住建 for 住建局
    ['青石镇人大的冯主席学历是花钱买的', ['T025']], // 人大 within 青石镇, not the district's 人大 office
    ['文旅体局佟副局长年龄改过', ['T026']], // 文化旅游和体育局 abbreviated by its words' first characters
    ['住建局刘局长为亲戚李文斌给组织部打招呼', ['T015', 'T002']], // 住建局 is 刘局长's, not 李文斌's
    ['融媒体高主任快调走了，一下提了6个人', ['T010']], // 融媒体 for 融媒体中心; 调走, but nobody else is accused
  ])('%s: units as tips write them', (text, sure) => {
    expect(linked(link(text))).toEqual(sure);
  });

  it.each([
    ['住建局核定副局长2名，现有王海涛、王志明两位副局长，局长刘洋又明确一名科长为副局长级', ['T015'], ['T013', 'T014']],
    ['住建局王海涛为了接刘局长的班，到处跑组织部', ['T013'], ['T015']],
    ['自然资源局局长王建国给青石镇党委书记周涛打电话要求提拔其亲戚，周涛表示要按程序办', ['T001'], ['T011']],
    ['住建局副局长就俩名额，王海涛和王志明占着呢，刘洋又把一名科长整成副局长级', ['T015'], ['T013', 'T014']],
    ['青石镇副镇长吴丽把考察谈话的内容都学给周书记听了', ['T012'], ['T011']],
    ['考察住建局刘局长那几天，自然资源局局长王建国挨个给谈话对象打电话说好话', ['T001'], ['T015']],
    ['住建局王海涛打了好几个电话给青石镇周书记，要求提拔其亲戚', ['T013'], ['T011']],
    ['青石镇副镇长吴丽天天找周书记要位子，周书记都躲着她', ['T012'], ['T011']],
    ['青石镇副镇长吴丽天天往周书记屋里跑，周书记冇表态', ['T012'], ['T011']],
    ['自然资源局局长王建国给应急局孙局长写了一张条子，要孙局长关照其亲戚', ['T001'], ['T009']],
    ['自然资源局局长王建国约应急局局长孙国强在酒店吃饭，要孙局长把其亲戚排在前面', ['T001'], ['T009']],
    ['自然资源局局长王建国给应急局局长孙国强打电话：“孙局长，这个事你多帮忙”。孙国强已将此事向组织部门报告。', ['T001'], ['T009']],
    ['自然资源局局长王建国托人给青石镇周书记捎话，要多关照其亲戚', ['T001'], ['T011']],
    ['自然资源局局长王建国让秘书把简历送到孙国强办公室', ['T001'], ['T009']],
    ['青石镇党委会还没散吴丽就知道了结果，是周书记发微信告诉她的', ['T011'], ['T012']],
    // How the one asked took it: refused, ignored, put off.
    ['自然资源局局长王建国给青石镇党委书记周涛打电话，要求提拔其亲戚。周涛说镇里副镇长已经有人了', ['T001'], ['T011']],
    ['自然资源局局长王建国给青石镇周书记打电话要提拔其亲戚 周书记顶了回去', ['T001'], ['T011']],
    ['自然资源局局长王建国多次给青石镇党委书记周涛打电话，周涛没有理会', ['T001'], ['T011']],
    ['自然资源局局长王建国给青石镇周书记打电话要提拔其亲戚，周书记说要研究', ['T001'], ['T011']],
    // …but one who then does it is accused with the caller.
    ['自然资源局局长王建国给青石镇党委书记周涛打电话，周涛就把他亲戚提拔了', ['T001', 'T011'], []],
    // Listed as in post now in a sentence saying so.
    ['住建局核定副局长2名，目前副局长王海涛，副局长王志明都在岗，局长刘洋还想再提一名', ['T015'], ['T013', 'T014']],
  ])('%s: the accused, and those merely mentioned (current holders, a post wanted, one who refused)', expectAccusedAndMentioned);

  it.each([
    ['yjj孙jz护照没交', ['T009'], []], // 应急局 and 局长 by their pinyin initials
    ['yjj sjz护照没交', ['T009'], []], // 孙局长 as sjz: the only 局长 of 应急局 whose surname starts with s
    ['sjz护照没交', [], []], // no unit beside it: nothing to read s by
    ['yingjiju sun jz护照没交', ['T009'], []], // the unit spelled out in pinyin, the surname in pinyin and the post by initials
    ['zjj wfjz收了开发商的钱', [], [['T013', 'T014']]], // 住建局 has two 王 deputies: held
    ['czj wjz收了开发商的钱', ['T018'], []],
    ['slj wjz收了开发商的钱', [], [['T021', 'T022']]], // a 王 head and a 王 deputy of 水利局
  ] as const)('%s: SMS shorthand by pinyin initials', (text, sure, unsure) => {
    const links = link(text);
    expect(linked(links)).toEqual([...sure]);
    expect(held(links)).toEqual(unsure.map((ids) => [...ids]));
  });

  it.each([
    ['水利局王副局收了开发商的钱', ['T022'], []], // 副局 for 副局长: the deputy, not the 王 at its head
    ['住建局王副局收了开发商的钱 王副局 ', [], [['T013', 'T014']]], // two 王 deputies: held
    ['应急局孙副局收了钱', [], [['T009']]], // 孙国强 is the 局长, not a deputy: a person decides
  ] as const)("%s: a deputy's post said short after a surname", (text, sure, unsure) => {
    const links = link(text);
    expect(linked(links)).toEqual([...sure]);
    expect(held(links)).toEqual(unsure.map((ids) => [...ids]));
  });

  it.each([
    ['产业园丁主任话帮他拉到项目就提他做副主任', ['T042'], []], // 园丁 is no word here: 产业园 ends before 丁
    ['产业园管委会丁主任收了钱', ['T042'], []],
  ] as const)('%s: a zone by its kind, a surname right after it', (text, sure, unsure) => {
    const links = link(text);
    expect(linked(links)).toEqual([...sure]);
    expect(held(links)).toEqual(unsure.map((ids) => [...ids]));
  });

  it('settles a name said twice by the clearer saying (a former post first, then the present one)', () => {
    expect(held(link('标题：原青石镇镇长孙国强收钱推荐副镇长'))).toEqual([['T009']]);
    expect(linked(link('标题：原青石镇镇长孙国强收钱推荐副镇长\n现任应急局局长孙国强，2023年任青石镇镇长期间收了钱'))).toEqual(['T009']);
  });

  it("explains a deputy's short post", () => {
    const [wang] = link('水利局王副局收了开发商的钱');
    expect(wang!.candidates[0]!.reasons).toContain('职务相符：副局 ≈ 副局长，+2 分');
  });

  it.each([
    ['住建局那个女副局长收了开发商的钱', ['T014'], []], // the roster's 性别 tells the two 王 deputies apart
    ['住建局那个男副局长收了开发商的钱', ['T013'], []],
    ['住建局那个副局长收了开发商的钱', [], [['T013', 'T014']]], // two such deputies: held
    ['区人社局那个管人事的副局长泄露了面试题', ['T027'], []], // 分管人事 in the roster post
    ['住建局的一把手收了开发商的钱', ['T015'], []],
    ['区人社局一把手提拔亲属', ['T029'], []], // 党组书记、局长, not a 科长 or a deputy
    ['青石镇的一把手收了开发商的钱', ['T011'], []], // the Party secretary, not the 镇长
    ['住建局副局长的人选定了', [], []], // a bare post is as often the post itself
    ['他一心想去住建局当局长', [], []], // wanted, not held
    ['他小舅子在住建局当局长，收了开发商的钱', ['T015'], []],
    ['住建局那个副局长王海涛收了开发商的钱', ['T013'], []], // the name that follows is the mention
    ['水利局那个副局长，姓王，收了开发商的钱', ['T022'], []], // the surname said after the post
    ['青石镇那个年轻的副镇长，姓吴，一心想当镇长', ['T012'], []], // a word that singles them out between
    ['住建局那个女副局长姓王，收了开发商的钱', ['T014'], []],
    ['住建局那个副局长，姓王，收了开发商的钱', [], [['T013', 'T014']]], // two 王 deputies: held
    ['住建局那个副局长，姓何，收了开发商的钱', [], [['T027']]], // as 住建局何副局长: the 何 deputy elsewhere, for a person to judge
    ['住建局有个女的副局长收了开发商的钱', ['T014'], []],
    ['住建局去年提了一名副局长，就是局里那一个女副局长', ['T014'], []], // 局里: back to 住建局
    ['他到局里那个女副局长家送了礼', [], []], // 局里 with no unit named before it
    ['来电人反映：青石的镇长学历有假', ['T003'], []], // a place, 的 and a post opening the clause: its holder
    ['来电人反映：青石镇的副镇长收了钱', [], [['T012', 'T035']]], // two such deputies: held
    ['来电人反映：青石镇的镇长位子是买的', [], []], // the post itself
    ['来电人反映：青石镇的副镇长已经配了4个了', [], []], // how many hold it: the post itself
    ['来电人反映：青石镇的副镇长，编制上只有两个', [], []],
    ['他想当青石镇的镇长', [], []], // not opening a clause
  ] as const)('%s: a person named only by unit and post', (text, sure, unsure) => {
    const links = link(text);
    expect(linked(links)).toEqual([...sure]);
    expect(held(links)).toEqual(unsure.map((ids) => [...ids]));
  });

  it.each([
    ['住建局那个女的王副局长收了开发商的钱', ['T014'], []],
    ['住建局嗰个男嘅王副局长收咗开发商嘅钱', ['T013'], []], // in Cantonese
    ['住建局妇女的王副局长收了开发商的钱', [], [['T013', 'T014']]], // 妇女的: no gender said
    ['住建局王副局长收了开发商的钱，来电人不肯讲是男的还是女的王副局长', [], [['T013', 'T014']]], // not known
  ] as const)('%s: the gender said before a surname and post tells namesakes apart', (text, sure, unsure) => {
    const links = link(text);
    expect(linked(links)).toEqual([...sure]);
    expect(held(links)).toEqual(unsure.map((ids) => [...ids]));
  });

  it('explains a link made by unit, post and gender alone', () => {
    const [woman] = link('住建局那个女副局长收了开发商的钱');
    expect(woman!.candidates[0]!.reasons).toEqual([
      '未说姓名，只说了单位和职务：住建局那个女副局长',
      '性别相符：女，+0.5 分',
      '单位相符：住建局（简称） → 区住房和城乡建设局，+3 分',
      '职务相符：副局长 ≈ 党组成员、副局长，+2 分',
      '花名册中只有此人相符，自动关联',
    ]);
    expect(link('住建局的一把手收了钱')[0]!.candidates[0]!.reasons).toContain('一把手（单位主要负责人）≈ 局长，+2 分');
  });

  it('explains a unit and a post read from pinyin initials', () => {
    const [sun] = link('yjj孙jz护照没交');
    expect(sun!.candidates[0]!.reasons).toContain('单位相符：yjj（拼音首字母） → 区应急管理局，+3 分');
    expect(sun!.candidates[0]!.reasons).toContain('职务相符：jz（局长） ≈ 局长，+2 分');
  });

  it('keeps people merely mentioned apart from the subject', () => {
    const links = link('区应急管理局局长孙国强先后给青石镇党委书记周涛打电话，要求把他的亲戚列入推荐人选。');
    expect(linked(links)).toEqual(['T009']);
    expect(links.find((l) => l.candidates[0]!.personNo === 'T011')).toMatchObject({ role: 'MENTIONED' });
  });

  it.each([
    // text, linked, held (each held person's candidates, sorted)
    ['住建局王副局长收了开发商的钱', [], [['T013', 'T014']]],
    ['住建局姓王的副局长收了开发商的钱', [], [['T013', 'T014']]],
    ['住建局一个姓王的副局长收了开发商的钱', [], [['T013', 'T014']]],
    ['住建局一名王姓副局长收了开发商的钱', [], [['T013', 'T014']]],
    ['住建局王某某收了开发商的钱', [], [['T013', 'T014']]],
    ['住建局王XX收了开发商的钱', [], [['T013', 'T014']]],
    ['住建局王某副局长收了开发商的钱', [], [['T013', 'T014']]],
    ['住建局刘局长收了开发商的钱', ['T015'], []],
    ['住建局的刘局收了开发商的钱', ['T015'], []],
    ['水利局王局长收了开发商的钱', [], [['T021', 'T022']]],
    ['水利局王局收了开发商的钱', [], [['T021', 'T022']]],
    ['水利局王副局长收了开发商的钱', ['T022'], []],
    ['陈静收了开发商的钱', [], [['T016', 'T017']]],
    ['陈静同志的副局长是花钱买的', [], [['T016', 'T017']]],
    ['财政局副局长陈静收了开发商的钱', ['T016'], []],
    ['教体局的陈静副局长收了开发商的钱', ['T017'], []],
    ['财政局王局收了开发商的钱', ['T018'], []],
    ['财政局姓王的收了开发商的钱', ['T018'], []], // the only 王 there
    ['财政局的老王收了开发商的钱', ['T018'], []],
    ['王局长收了开发商的钱', [], [['T001', 'T013', 'T014', 'T018', 'T021']]], // several 王 are 局长, deputies next
    ['住建局的老王收了开发商的钱', [], [['T013', 'T014']]],
  ] as const)('%s: two cadres who fit equally are held, one who clearly wins is linked', (text, sure, unsure) => {
    const links = link(text);
    expect(linked(links).sort()).toEqual([...sure]);
    expect(held(links)).toEqual(unsure.map((ids) => [...ids]));
  });

  it.each([
    '财政局全局上下都在加班', // 全局 is a word, not 全 + 局长
    '财政局加班好几个小时没人管', // 小时 is a word, not 小 + 时
    '机关书记开会说了这个事情', // 机关 is a word, not 关书记
    '住建局王局长收了钱', // no 王 there is a 局长 or could be called one… (see below)
  ])('%s: no one from a word that only looks like a surname', (text) => {
    const links = link(text);
    if (text.startsWith('住建局王局长')) {
      // The two 王 deputies may be called 王局长 out of courtesy: held, never guessed.
      expect(linked(links)).toEqual([]);
      expect(held(links)).toEqual([['T013', 'T014']]);
    } else expect(links).toEqual([]);
  });

  it.each([
    // text, linked subjects, held (each held person's candidates, sorted)
    ['zwd局长收了开发商的钱', ['T004'], []], // a whole name by its initials, with a post
    ['市监局张hy档案年龄改过', ['T005'], []], // the surname written, the given name by initials
    ['市监局张wd收了开发商的钱', ['T004'], []],
    ['自然资源局李fj学历是假的', ['T002'], []], // fj: 副局(长)
    ['他用app发了个红包', [], []], // letters that are nobody's initials
    ['zwd说要请客', [], []], // initials with no post or unit beside them
    ['自然资源局李文兵副局长学历是假的', ['T002'], []], // one character off, with unit and post
    ['李文华说过这件事', [], []], // one character off, nothing else: not a mention
  ] as const)('%s: initials and near names in SMS', (text, sure, unsure) => {
    const links = link(text);
    expect(linked(links)).toEqual([...sure]);
    expect(held(links)).toEqual(unsure.map((ids) => [...ids]));
  });

  it.each([
    ['就业服务中心的蒋主任收了钱', ['T030'], []], // a body the roster post names
    ['蒋主任收了钱', [], [['T030', 'T031']]],
    ['教体局人事股的邵股长泄露了面试题', ['T032'], []], // the section tells the two 邵 apart
    ['教体局的邵股长泄露了面试题', [], [['T032', 'T033']]],
    ['青石镇组织委员 收钱推荐人', ['T034'], []], // unit and post opening a clause: their holder
    ['要提他当青石镇组织委员', [], []], // the post wanted
    ['青石镇组织委员的人选早就定了', [], []], // the post itself
    ['统计局谭调研员在外面兼职讲课', ['T036'], []], // a rank is what tips call its holder
    ['卫健局的钱主任（医政科科长）在外面兼职', ['T008'], []], // the post in brackets fits
    ['卫健局管人事的那个女副局长收了钱', ['T007'], []], // 管人事 before 那个; the roster does not say it
    ['市监局张卫东把他小姨子提成副局长了', ['T004', 'T005'], []], // made to a post, said as done
    ['市监局张卫东要把他小姨子提成副局长', ['T004'], []], // only wanted
    ['市监局核定副局长一名，除了张海燕以外没有空位了，张卫东还要再提一个', ['T004'], []], // the holder of a full post
    ['陈静是教体系统的，当副局长没几年', [], [['T016', 'T017']]], // 教体系统 is a sector, not 教体局
    ['市监局副局长已经3个了，张卫东还要再提一个', ['T004'], []], // a count of the post itself
    ['应急局孙局长原来在青石镇当镇长时乱发补贴', ['T009'], []], // a post held once, by the one the clause is about
    ['应急局孙局长在青石镇当镇长时乱发补贴', ['T009'], []], // 当镇长时: a post held then
    ['应急局孙局长讲，现在在青石镇当镇长的乱发补贴', ['T003', 'T009'], []], // the holder now
  ] as const)('%s: sections, bodies, posts only, ranks', (text, sure, unsure) => {
    const links = link(text);
    expect(linked(links).sort()).toEqual([...sure]);
    expect(held(links)).toEqual(unsure.map((ids) => [...ids]));
  });

  it.each([
    ['应急局孙局长打电话俾住建局刘局长，要佢关照李文斌', ['T009', 'T002'], ['T015']], // 俾 for 给
    ['财政局王局长找了住建局的刘局长，递了张条子，要提他外甥', ['T018'], ['T015']],
    ['应急局孙局长找市监局局长张卫东，为他侄儿打招呼。张卫东顶住了', ['T009'], ['T004']],
    ['应急局孙局长到区市场监管局张卫东局长办公室，要他关照侄儿。张卫东当场没有同意', ['T009'], ['T004']],
    ['应急局孙局长请青石镇周书记和吴丽吃饭，为侄儿说好话', ['T009'], ['T011', 'T012']], // both invited
    ['住建局刘局长跟统计局欧阳局长讲“这个位子给我侄儿”', ['T015'], ['T006']],
    ['青石镇周书记还没走，吴丽就天天要他的位子', ['T012'], ['T011']],
  ] as const)('%s: the one called, approached, refusing or still in post is only mentioned', (text, subjects, mentioned) => {
    const links = link(text);
    expect(linked(links)).toEqual([...subjects]);
    expect(links.filter((l) => l.role === 'MENTIONED').map((l) => l.candidates[0]!.personNo)).toEqual([...mentioned]);
  });

  it('leaves out a retired official named by surname, each time', () => {
    const links = link('区政协原主席王某（已退休）为外甥找组织部打招呼。后来王某又去了一次。');
    expect(links).toEqual([]);
    expect(held(link('财政局王某退休前提拔了一批人'))).toEqual([]);
    expect(linked(link('财政局王某退休前提拔了一批人'))).toEqual(['T018']);
  });

  it('takes no unit penalty for a name introduced as a relative', () => {
    const links = link('人大郑主任为侄儿王海涛打招呼');
    expect(linked(links).sort()).toEqual(['T013', 'T024']);
    expect(links.find((l) => l.candidates[0]!.personNo === 'T013')!.candidates[0]!.reasons.join()).not.toContain('紧挨着');
  });

  it('explains each point of every candidate, penalties too, and why it was held', () => {
    const [tied] = link('住建局王副局长收了开发商的钱');
    for (const c of tied!.candidates) {
      expect(c.reasons).toEqual([
        '姓氏与职务称呼：王副局长，+2 分',
        '单位相符：住建局（简称） → 区住房和城乡建设局，+3 分',
        `职务相符：副局长 ≈ ${c.post}，+2 分`,
        `与 ${c.personNo === 'T013' ? '王志明（区住房和城乡建设局 党组成员、副局长）' : '王海涛（区住房和城乡建设局 副局长）'} 得分相同，文中无法区分，需人工确认`,
      ]);
    }
    const [clear] = link('自然资源局副局长王建国收了钱');
    expect(clear!.status).toBe('LINKED');
    const [head, town] = clear!.candidates;
    expect(head!.reasons.at(-1)).toMatch(/^领先其他候选人 [\d.]+ 分，自动关联$/);
    expect(head!.reasons).toContain('职务不符：副局长 ≠ 局长，−1 分');
    expect(town!.reasons).toContain('紧挨着的单位不是其单位：自然资源局 ≠ 青石镇，−2 分');
    expect(link('水利局王局长收了钱')[0]!.candidates[1]!.reasons).toContain('职务近似（按习惯称呼副职为正职）：局长 ≈ 副局长，+1 分');
    const [alone] = link('吴丽收了开发商的钱');
    expect(alone!.candidates[0]!.reasons).toEqual([
      '姓名相同：吴丽，+4 分',
      '总分不足 4.5 分（文中没有足以确认身份的单位或职务），需人工确认',
    ]);
    const [unique] = link('钱立新收了开发商的钱');
    expect(unique!.status).toBe('LINKED');
    expect(unique!.candidates[0]!.reasons).toEqual([
      '姓名相同：钱立新，+4 分',
      '花名册中没有同名的人，+0.5 分',
      '花名册中只有此人相符，自动关联',
    ]);
  });

  it('reads a name that is also a word after a relative (他外甥高峰)', () => {
    expect(held(link('自然资源局局长王建国把他外甥高峰提成了科长'))).toEqual([['T010']]);
    expect(held(link('自然资源局局长王建国赶上了提拔的高峰'))).toEqual([]);
  });

  it('reads a name that is also a word opening a clause and doing what is accused (高峰天天找…)', () => {
    // Found, and held: a name that is also a word earns no point for being the only one so named.
    expect(held(link('高峰天天找领导要位子，说不提他就不干了'))).toEqual([['T010']]);
    expect(held(link('反映：高峰收了人家两万块钱'))).toEqual([['T010']]);
    expect(link('用人高峰给各单位带来压力')).toEqual([]);
  });

  it('reads a town head by surname and 镇 (王镇), not a word that ends in 镇 (全镇)', () => {
    expect(linked(link('青石镇王镇收了开发商的钱'))).toEqual(['T003']);
    expect(link('全镇干部都知道这事')).toEqual([]);
  });

  it('does not take the reporter or an everyday word for a subject', () => {
    expect(link('来电人周涛反映：单位食堂饭菜太贵。').filter((l) => l.role === 'SUBJECT')).toEqual([]);
    expect(link('单位食堂饭菜太贵。举报人：周涛，电话略').filter((l) => l.role === 'SUBJECT')).toEqual([]);
    expect(link('请组织上关注用人高峰期的问题。')).toEqual([]);
    expect(linked(link('融媒体中心主任高峰在企业兼职。'))).toEqual(['T010']);
  });
  it.each([
    // Knew of it, was away, objected or reported it: anywhere in the rest of the clause.
    ['自然资源局局长王建国收了开发商的钱，副局长李文斌也知道这个事', ['T001'], ['T002']],
    ['住建局局长刘洋把表弟提成了股长，副局长王海涛那几天在外培训，事后才听说', ['T015'], ['T013']],
    ['青石镇党委书记周涛连夜调整了一批干部，副镇长吴丽在会上提出过异议', ['T011'], ['T012']],
    ['住建局刘洋改了考核分数，王海涛与刘洋不是亲戚', ['T015'], ['T013']],
    // The one a request is taken to, the one wronged, a rival.
    ['自然资源局局长王建国向应急局局长孙国强提出，要把外甥提成股长', ['T001'], ['T009']],
    ['自然资源局局长王建国推荐时故意压李文斌，说他年纪大', ['T001'], ['T002']],
    ['住建局副局长王海涛到处跑官，另一名副局长王志明一直很低调', ['T013'], ['T014']],
    ['应急局孙国强天天盯着刘洋的位子，到处找人', ['T009'], ['T015']],
    // Holders already there; people listed together share what is said of them.
    ['住建局核定副局长2名，已有王海涛、王志明两名副局长，刘洋又提了一名科长', ['T015'], ['T013', 'T014']],
    ['青石镇副镇长吴丽档案年龄改小了，书记周涛、镇长王建国对此睁一只眼闭一只眼', ['T012'], ['T003', 'T011']],
    // The one approached, with the post said after the name, or a word passed (递话); approached again.
    ['住建局副局长王海涛多次找到孙国强局长，要他帮忙说话', ['T013'], ['T009']],
    ['住建局副局长王海涛专门去应急局找孙国强局长递话', ['T013'], ['T009']],
    ['应急局局长孙国强为侄子的事到处打电话，后来又去找青石镇周书记。', ['T009'], ['T011']],
    // Did not do it (没搞), learned of it only afterwards, cleared by the reporter.
    ['应急局孙局长给青石镇周书记打电话，要把他亲戚安排当站长，周书记没搞。', ['T009'], ['T011']],
    ['自然资源局局长王建国违规提拔外甥，副局长李文斌事后才知道', ['T001'], ['T002']],
    ['住建局刘局长没得这个事，是王海涛在拉票', ['T013'], ['T015']],
    ['青石镇副镇长吴丽天天跑组织部要位子，周书记是去开会的，莫要冤枉他', ['T012'], ['T011']],
    // 木答应 (没答应, Huai speech); 表示要按推荐结果办; about to leave (可能调整, 该下了, 去人大).
    ['应急局孙局长给青石镇周书记打电话，要提他侄子，周书记木答应', ['T009'], ['T011']],
    ['应急局孙局长给市监局张卫东打电话要提他侄儿，张卫东表示要按推荐结果办', ['T009'], ['T004']],
    ['青石镇副镇长吴丽听说周书记可能调整，天天往组织部跑', ['T012'], ['T011']],
    ['住建局副局长王海涛到处找人要官，说刘局长明年就该下了', ['T013'], ['T015']],
    ['住建局副局长王海涛到处找人要官，说刘局长要去人大了', ['T013'], ['T015']],
    // The holders of the posts listed in a quota tip.
    ['住建局刘洋局长超职数配干部，副局长定的两个，现在有三个了，王海涛、王志明都在', ['T015'], ['T013', 'T014']],
    ['住建局副局长职数早满了，刘局长还要再报一个。现在副局长有王海涛、王志明两个', ['T015'], ['T013', 'T014']],
    // …but the accused's own denial, or 没搞到 (did not get it), clears no one.
    ['住建局刘局长收了开发商的钱，王海涛在场，刘局长还说没有这回事', ['T015'], ['T013']],
    ['住建局副局长王海涛没搞到局长位子，就给刘洋送了两万', ['T013', 'T015'], []],
    // The tip says it is not this one, however else it names them; not 如果不是 (then it is).
    ['住建局刘局长把表弟提成了股长，来电人说不是王海涛，王海涛是老副局长', ['T015'], ['T013']],
    ['住建局刘局长把表弟提成了股长，反映的是刘局长，不是青石镇的王镇长', ['T015'], ['T003']], // a unit between
    ['青石镇副镇长吴丽改了档案年龄，这可不是周涛书记整的，周涛刚来', ['T012'], ['T011']],
    ['如果不是住建局王海涛打招呼，这个人根本提不上去', ['T013'], []],
    // 么 for 没 (西北); called several times (打了几回招呼); forced, ignored it, resisted a while.
    ['应急局孙局长给青石镇周书记打电话，要提他侄子，周书记么答应', ['T009'], ['T011']],
    ['住建局刘局长给青石镇周书记打了几回招呼，要提他侄子', ['T015'], ['T011']],
    ['住建局刘局长给青石镇周书记打招呼，要提他侄子，周书记是被逼的', ['T015'], ['T011']],
    ['住建局刘局长给青石镇周书记打电话，要提他侄子。周书记没搭茬', ['T015'], ['T011']],
    ['住建局刘局长给青石镇周书记打招呼，周书记顶了一个月，还是提了', ['T015'], ['T011']],
    // Approached and asked (找到…，让把…); visited at home (上…家去了); about to leave (要走的风声).
    ['应急局孙局长找到青石镇周书记，让把他侄子提成站长', ['T009'], ['T011']],
    ['住建局副局长王海涛拎着两箱酒上应急局孙局长家去了，想当局长', ['T013'], ['T009']],
    ['青石镇周书记要走的风声一出来，吴丽就天天往组织部跑', ['T012'], ['T011']],
    ['吴丽与青石镇的秦月不是一家，吴丽档案年龄改过', ['T012'], ['T035']],
    // Holders listed (原来就有, 副局长有…, counted as already two); not the one who made it too many.
    ['住建局刘局长又调了个人来当副局长，局里原来就有王海涛、王志明，还有个办公室主任', ['T015'], ['T013', 'T014']],
    ['住建局的副局长有王海涛、王志明，还有个挂职的，刘局长还要再提一个', ['T015'], ['T013', 'T014']],
    ['青石镇副镇长核定两个，吴丽、秦月已经两个了，周涛又提了一个', ['T011'], ['T012', 'T035']],
    ['住建局副局长定的两个，现在三个，王海涛是超了的', ['T013'], []],
    ['青石镇副镇长吴丽改了档案年龄，周涛书记没掺和这事儿', ['T012'], ['T011']],
    // Did not agree (未同意), stalled (以…为由拖了), invited to a banquet (宴请).
    ['应急局孙局长登门找青石镇周涛，要求提他外甥。周涛未同意，坚持按程序推荐', ['T009'], ['T011']],
    ['住建局刘洋打电话给青石镇周涛，要求提他外甥。周涛以程序为由拖了一个月，刘洋又找人施压', ['T015'], ['T011']],
    ['住建局副局长王海涛在宾馆宴请应急局局长孙国强，孙国强当场拒绝', ['T013'], ['T009']],
  ])('%s: bystanders by what the rest of their clause says', expectAccusedAndMentioned);

  it('holds namesakes of units the tip gives as alternatives (是财政局还是教育局的)', () => {
    expect(held(link('陈静副局长收了钱，不知道是财政局还是哪个局的'))).toEqual([['T016', 'T017']]);
    expect(held(link('王建国局长收了钱，没说清是自然资源局还是青石镇的'))).toEqual([['T001', 'T003']]);
    expect(linked(link('财政局陈静副局长收了钱'))).toEqual(['T016']);
  });

  it('lets no later name settle a mention the tip says it cannot tell (到底哪个王局长没说)', () => {
    const links = link('住建局王局长收了钱，到底哪个王局长没说，局里王海涛、王志明都是副局长');
    expect(linked(links)).toEqual([]);
    expect(held(links)).toEqual([['T013', 'T014']]);
  });

  it('reads a post called after the person moved on (谭局长，现在退成调研员了) as a former one', () => {
    expect(linked(link('统计局的谭局长，现在好像退成调研员了，还天天给下面打电话安排人事'))).toEqual(['T036']);
  });

  it('reads a post said formally (就是局长，不是副局长) without courtesy', () => {
    expect(linked(link('水利局王局长，就是局长，不是副局长，收了开发商的钱'))).toEqual(['T021']);
  });

  it('holds, never links, one of a unit said as 的一个副局长 (not 一个科长, as often the post)', () => {
    expect(held(link('住建局的一个副局长，家里开了两个药店，没报'))).toEqual([['T013', 'T014']]);
    expect(held(link('统计局的一个局长家里开了药店，没报'))).toEqual([['T006']]);
    expect(link('财政局一个科长的档案被借走了')).toEqual([]);
  });

  it('reads the gender said right before a full name (男的李文斌)', () => {
    expect(link('自然资源局男的李文斌收了钱')[0]!.candidates[0]!.reasons).toContain('性别相符：男，+0.5 分');
  });

  it('reads a post held then (在…当股长的时候) as no one now', () => {
    expect(link('住建局王海涛副局长，他在财政局当局长的时候挪用过资金').map((l) => l.candidates[0]!.personNo)).toEqual(['T013']);
  });

  it('reads a name that is also a word when the tip gives it as a name (叫高峰)', () => {
    expect(held(link('有个干部，叫高峰，收了两万块钱'))).toEqual([['T010']]);
  });

  it('holds, not links, the only person named when the tip says they merely knew of it', () => {
    const links = link('有人在自然资源局违规进人，局长王建国知道此事。');
    expect(linked(links)).toEqual([]);
    expect(held(links)).toEqual([['T001', 'T003']]); // and 青石镇's namesake
    // One about to leave and alone in the tip is the one rushing promotions.
    expect(linked(link('自然资源局局长王建国快退休了，一下提了6个人'))).toEqual(['T001']);
    // …but what the reporter says of themself (来电人讲…，晓得这个事) is not said of them.
    expect(linked(link('来电人反映：水利局王磊副局长的档案年龄改过，来电人讲跟他是一个村的，晓得这个事。'))).toEqual(['T022']);
    expect(linked(link('水利局王磊副局长的档案年龄改过，我跟他是同学，知道这个事。'))).toEqual(['T022']);
  });

  it('does not let a later name settle an earlier mention it hardly fitted, nor a bystander settle the accused', () => {
    // The named 王海涛 is another person than the unclear 王副局长: the other deputy is left.
    expect(linked(link('住建局王副局长收了钱，副局长王海涛也知道此事'))).toEqual(['T014']);
  });

  it('does not take a 党委副书记 who heads a town government for 书记', () => {
    // 王建国 of 青石镇 is 党委副书记、镇长: called 王镇长, so 王书记 there is held.
    expect(linked(link('青石镇王书记收了钱'))).toEqual([]);
    expect(linked(link('青石镇王镇长收了钱'))).toEqual(['T003']);
  });
  it.each([
    ['卫健局赵付局长档案年龄改过', ['T007'], []], // 付 written for 副: still a deputy's post
    ['住建局副局长王某某（男）收了开发商的钱', ['T013'], []], // the gender in brackets tells the two 王 deputies apart
    ['住建局王副局长是个女的，收了开发商的钱', ['T014'], []],
    ['住建局一把手王局长收了钱', [], [['T013', 'T014']]], // no 王 heads 住建局: no head's points for either deputy
    ['水利局一把手王局长收了钱', ['T021'], []], // the 王 who heads 水利局, not its 王 deputy
    ['陈静当了财政局副局长，档案年龄改过', ['T016'], []], // the post the sentence gives her tells the namesakes apart
    ['zhou tao收了钱，青石镇的人都知道', ['T011'], []], // a whole name in toneless pinyin
    ['青石镇zhou书记收了钱', ['T011'], []], // a surname in pinyin and a post
    ['我们统计局局长快到龄了，一下提了好几个人', ['T006'], []], // our unit's head, said only by post
    ['住建局王副局长 女的 收了开发商的钱', ['T014'], []], // the gender said after a space (an SMS)
    ['张副局给住建局打招呼，要把外甥提成股长', ['T005'], []], // the unit it turns to (给住建局) is not its own
    ['zhang副局收了开发商的钱', ['T005'], []], // the surname in pinyin, the post said short
    ['sl局王局长收了钱', [], [['T021', 'T022']]], // the unit by its initials and its last character
    ['退休的老领导王某某到处打招呼，要让青石镇吴丽当镇长', ['T012'], []], // a retired leader is on no roster
    ['青石镇副镇长配多了，周书记去年又要了一个', ['T011'], []], // the post itself (配多了), not a person
  ] as const)('%s: what the tip says of a person beside the name', (text, sure, unsure) => {
    const links = link(text);
    expect(linked(links)).toEqual([...sure]);
    expect(held(links)).toEqual(unsure.map((ids) => [...ids]));
  });
  it.each([
    // About to leave: 要退了, 要走 end the phrase (要走后门 is what one does).
    ['住建局副局长王海涛晓得刘局长明年要退了，到处找人送钱', ['T013'], ['T015']],
    ['住建局副局长王海涛晓得刘局长明年要提人了，到处找人送钱', ['T013', 'T015'], []],
    ['青石镇副镇长吴丽听说周书记要走，给干部每人送了两斤茶叶', ['T012'], ['T011']],
    ['青石镇副镇长吴丽听说周书记要走后门，给干部每人送了两斤茶叶', ['T012', 'T011'], []],
    // A refusal after the reason given for it, further than a few characters from the name.
    ['应急局孙局长给市监局局长张卫东打电话，要提他侄儿。张卫东以不符合条件为由没有同意', ['T009'], ['T004']],
    // Said in dialect, read in common speech in place (冇 as 没): the one who did not go along.
    ['应急局孙局长打电话畀市监局张卫东局长，要佢提拔侄仔。张卫东局长冇应承，话要按程序', ['T009'], ['T004']],
    ['应急局孙局长打招呼要提侄仔 市监局张局冇应 佢仲叫人传话', ['T009'], ['T004']],
    ['应急局孙局长给市监局局长张卫东递条子要提他侄儿。张卫东没有照办', ['T009'], ['T004']],
    // The one approached, named with a long unit and post; a note handed over; then refusing.
    ['应急局孙局长上门找担任考务工作的财政局预算科科长时建华，要求关照他侄儿。时建华当面拒绝', ['T009'], ['T019']],
    ['应急局孙局长给区统计局局长欧阳明递了一张条子，要求提拔他侄儿。欧阳明没有照办', ['T009'], ['T006']],
    ['应急局孙局长给市监局局长张卫东打电话，要提他侄儿。张卫东以符合条件为由同意了', ['T009', 'T004'], []],
    // The one someone holds a grudge against.
    ['应急局孙局长给市监局局长张卫东打电话，要提他侄儿。张卫东没同意，孙局长此后对张卫东表示不满', ['T009'], ['T004']],
    ['应急局孙局长给市监局局长张卫东打电话，要提他侄儿。张卫东没同意，孙局长此后对张卫东表示感谢', ['T009', 'T004'], []],
    // …but not when no one named holds it: what the tip accuses.
    ['市监局干部群众对张卫东意见很大，说他一手遮天', ['T004'], []],
    // The one who made an appointment in the past (时任, a year), said of someone accused of their own misconduct.
    ['财政局预算科科长时建华挪用公款80万元。时建华是2019年由时任局长王伟提拔的', ['T019'], ['T018']],
    ['财政局预算科科长时建华挪用公款80万元。时建华是2019年由局长王伟提拔的', ['T019'], ['T018']],
    ['财政局预算科科长时建华挪用公款80万元。时建华是由局长王伟提拔的', ['T019', 'T018'], []],
    ['财政局预算科科长时建华挪用公款80万元。时建华是2019年由时任局长王伟违规提拔的', ['T019', 'T018'], []],
    ['财政局预算科科长时建华不符合条件。时建华是2019年由时任局长王伟提拔的', ['T019', 'T018'], []], // the appointment is what is accused
    // The one a complaint was taken to, ordering a check of it.
    ['住建局副局长王海涛改了考核分数。落选的人向局长刘洋反映后，刘洋要求复核成绩', ['T013'], ['T015']],
    ['住建局副局长王海涛改了考核分数。落选的人向局长刘洋反映后，刘洋要求修改成绩', ['T013', 'T015'], []],
    ['住建局副局长王海涛改了考核分数。落选的人向局长刘洋反映后，刘洋要求复核时把分数又改了一遍', ['T013', 'T015'], []],
    // Words a few characters after a name, said of another person named between, are that person's.
    ['住建局副局长王海涛晓得局长刘洋要退休了，到处送钱', ['T013'], ['T015']],
    ['青石镇副镇长吴丽听说周书记不同意，天天找人送礼', ['T012'], ['T011']],
    // The one approached each time; the one telling the accused to keep to the rules.
    ['应急局孙局长三次到统计局找局长欧阳明，每次都带着材料，说该轮到他了', ['T009'], ['T006']],
    ['应急局孙局长三次到统计局找局长欧阳明，平时都带着材料，说该轮到他了', ['T009', 'T006'], []],
    ['应急局孙局长到处要位子，统计局欧阳局长当面告诉他服从组织安排', ['T009'], ['T006']],
    ['应急局孙局长到处要位子，统计局欧阳局长当面告诉他可以考虑', ['T009', 'T006'], []],
    // In an SMS a space ends a clause: 到 before it does not reach a 屋头 after it.
    ['青石镇副镇长吴丽天天往周书记屋头跑', ['T012'], ['T011']],
    ['青石镇副镇长吴丽调到镇上才两年 周书记屋头的亲戚', ['T012', 'T011'], []],
  ])(
    '%s: one leaving, refusing, resented, ordering a check or who appointed someone long ago is only mentioned',
    expectAccusedAndMentioned,
  );

  it('holds, not links, the official a complaint was taken to who answers that it is being handled', () => {
    expect(linked(link('来电人反映：公司拖欠工资半年，来电人找过人社局，何副局长说正在处理，一直没给钱'))).toEqual([]);
    expect(linked(link('来电人反映：公司拖欠工资半年，来电人找过人社局几次，何副局长话会跟进，到依家都冇消息'))).toEqual([]);
    expect(linked(link('来电人反映：公司拖欠工资半年，来电人找过人社局，何副局长说不归他管，一直没给钱'))).toEqual(['T027']);
  });

  it.each([
    // The one asked, said again answering in words: still the one asked.
    ['青石镇周书记托人找了市监局张卫东局长，张卫东答应“尽量”', ['T011'], ['T004']],
    ['青石镇周书记托人找了市监局张卫东局长，张卫东答应尽量', ['T011', 'T004'], []],
    // …but the only official named, answering a citizen, is the one the tip is about.
    ['来电人找了市监局张卫东局长好几次，张卫东说“找别人去”', ['T004'], []],
  ])('%s: the one asked answering is only mentioned when another asked', expectAccusedAndMentioned);

  it('takes one whose calls the accused ignored for a bystander', () => {
    const links = link('自然资源局副局长李文斌调去青石镇一直不报到，镇党委书记周涛打过几次电话，他都不接');
    expect(linked(links)).toEqual(['T002']);
    expect(links.filter((l) => l.role === 'MENTIONED').map((l) => l.candidates[0]!.personNo)).toEqual(['T011']);
  });

  it('counts a former post against a cadre unless the tip says what they hold now', () => {
    // 以前 the 科长 of 自然资源局; the only 李 there is a 副局长 now, and the tip says so.
    expect(linked(link('以前自然资源局的李科长，现在当了副局长，收了开发商的钱'))).toEqual(['T002']);
    // Said only by the former post, the 李 there now may be someone else: held.
    expect(linked(link('以前自然资源局的李科长收了开发商的钱'))).toEqual([]);
  });
  it('reads a familiar name said with what the roster writes of the post, in a sentence naming the unit', () => {
    // 秦 of 青石镇 are 组织委员 and 副镇长; neither is 挂职 here, so 小秦 is held with both.
    const links = link('青石镇副镇长的位子早满了 今年又塞进来个挂职的小秦');
    expect(linked(links)).toEqual([]);
    expect(held(links)).toEqual([['T034', 'T035']]);
    // Without what they are, a familiar name far from the unit is not read (小秦 may be anyone).
    expect(link('青石镇副镇长的位子早满了 今年又塞进来个小秦')).toEqual([]);
  });
  it.each([
    ['青石镇张家村支书王某 占了集体的地', [], [['T003']]], // a village's secretary by surname: held, not the town's 王
    ['住建局副局长核定2个 现在王海涛王志明 又提了一个 超了', [], [['T013', 'T014']]], // holders of a full quota: only the post is held
    ['组织部雷科长的电话一直打不通，想问问办得咋样了', [], []], // one who cannot be reached is not accused
  ] as const)('%s: people the tip does not accuse, and people off the roster', (text, sure, unsure) => {
    const links = link(text);
    expect(linked(links)).toEqual([...sure]);
    expect(held(links).filter((ids) => ids.length > 0)).toEqual(unsure.map((ids) => [...ids]));
  });

  it('does not read a village in a unit name (农业农村局)', () => {
    const roster = testIndex(config);
    expect(
      linkSubjects('农业农村局的王局长收了钱', roster, config.linking).every(
        (l) => !l.candidates[0]!.reasons.join().includes('村、社区或企业'),
      ),
    ).toBe(true);
  });
  it.each([
    ['陈静是局长的亲戚，收了钱', [], [['T016', 'T017']]], // 是局长的亲戚 gives her no post
    ['住建局王海涛说没关系，出了事他负责，收了钱', ['T013'], []], // saying "no matter" is no disclaimer of one's own part
  ] as const)('%s: words that only look like a post or a disclaimer', (text, sure, unsure) => {
    const links = link(text);
    expect(linked(links)).toEqual([...sure]);
    expect(held(links)).toEqual(unsure.map((ids) => [...ids]));
  });
  it.each([
    // 把 tells it done: the one made 财务股股长 is its holder, told from the other 股长 by 财务.
    ['教体局局长把他外甥提成财务股长 没推荐', ['T033'], []],
    ['教体局局长想把他外甥提成财务股长', [], []], // wanted, not done
    ['教体局局长要求这次调整把他外甥提成财务股长', [], []], // asked for, not done
    ['住建局刘洋把一名科长整成副局长级', ['T015'], []], // a rank given is no post held
  ] as const)('%s: one made to a post, named only by it', (text, sure, unsure) => {
    const links = link(text);
    expect(linked(links)).toEqual([...sure]);
    expect(held(links)).toEqual(unsure.map((ids) => [...ids]));
  });
  it('reads the post an apposition gives (水利局王局长，就是去年当上局长的那个)', () => {
    // 王芳 heads 水利局 and 王磊 is its deputy: the apposition says which 王局长.
    expect(linked(link('水利局王局长，就是去年当上局长的那个，收了开发商的钱'))).toEqual(['T021']);
    expect(held(link('水利局王局长收了开发商的钱'))).toEqual([['T021', 'T022']]);
  });
});

describe('subject linking: who is a party, said in other words', () => {
  it.each([
    // approached at their office, the unit and post written between 到 and the name
    ['住建局王海涛先后几次到青石镇党委书记周涛办公室，说这回该轮到他了', ['T013'], ['T011']],
    ['住建局王海涛找到应急局局长孙国强，说想去应急局', ['T013'], ['T009']], // 找到…，说
    ['住建局王海涛托他的同学、应急局局长孙国强约区领导，孙国强回绝了', ['T013'], ['T009']], // 托, 回绝
    ['青石镇副镇长吴丽请周书记吃饭，周书记没去', ['T012'], ['T011']],
    ['青石镇副镇长吴丽找周书记要位子，周书记不睬她', ['T012'], ['T011']], // 不睬 (Wu for 不理)
    ['青石镇副镇长吴丽发红包拉票，周书记当场让她按程序来', ['T012'], ['T011']], // told to keep to the rules
    ['青石镇副镇长吴丽请人吃饭拉票，人大主席冯立也听她说过“这回全靠大家”', ['T012'], ['T025']], // heard it
    ['住建局王海涛跑官要官，应急局孙国强知道他的底细', ['T013'], ['T009']], // knows about the accused
    ['住建局王海涛伪造学历，是听应急局孙国强讲的', ['T013'], ['T009']], // the one the reporter heard it from
    ['青石镇副镇长吴丽虚报补贴照样提拔，孙国强带队检查时就发现了', ['T012'], ['T009']], // led the inspection
    ['青石镇副镇长吴丽的提拔材料是假的，人大主席冯立只是按要求把表填好', ['T012'], ['T025']], // clerk as told
    ['住建局王海涛把推荐票数发给了应急局局长孙国强', ['T013'], ['T009']], // told, unit and post between
    ['住建局王海涛到处说应急局孙国强明年就回市里了，位子该给他', ['T013'], ['T009']], // leaving
    ['青石镇副镇长吴丽寻周书记，还寻人大主席冯立，人家不睬她', ['T012'], ['T011', 'T025']], // a list of those approached
    ['财政局王局长把侄子塞进预算科当科长', ['T018', 'T019'], []], // put into a section as its post
    // retaliation: the one who reported and is moved away is its target
    ['应急局孙局长打击报复，住建局王海涛去纪委反映过他，孙局长就要把王海涛调去管档案', ['T009'], ['T013']],
    // a quota tip: those it lists as in post now are their holders
    ['住建局核定副局长2名，目前在任的有副局长王海涛、党组成员、副局长王志明，局长刘洋还在推荐一名副局长', ['T015'], ['T013', 'T014']],
    // 弄成组织委员 then a name after a space: the one made to the post is its holder, not 冯立
    ['青石镇周书记把侄子弄成组织委员 冯立在场也没办法', ['T011', 'T034'], ['T025']],
  ])('%s: the accused, and those only mentioned', expectAccusedAndMentioned);

  it.each([
    ['住建局王某某副局长，女的，把同学提成了科长', ['T014'], []], // gender said after the post of a masked name
    ['住建局王副局长，男的那个，收了开发商的钱', ['T013'], []],
    ['住建局王姐把大学同学安排进了局里', ['T014'], []], // 姐: a woman of that surname
    ['住建局王哥收了开发商的钱', ['T013'], []], // 哥: a man
    ['水利局王局长，一把手，收了开发商的钱', ['T021'], []], // 一把手 as an apposition
    ['住建局党组成员王副局长收了开发商的钱', ['T014'], []], // 党组成员 as the roster writes it
    ['海湾镇挂职的祁镇长一个月只来两天', ['T038'], []], // 挂职 tells the temporary deputy
    ['海湾镇祁副镇长请人吃饭拉票', [], [['T037', 'T038']]], // nothing tells them apart
    ['金沙街道原来的甘主任，今年调到城管局当局长了，审计查出的问题没处理就提拔了', ['T039'], []], // moved
    ['金沙街道宋主任讲“侬去寻城管”，踢皮球', ['T040'], []], // a unit in quoted speech is not his
  ] as const)('%s: a surname told apart by what the tip says of the person', (text, sure, unsure) => {
    const links = link(text);
    expect(linked(links)).toEqual([...sure]);
    expect(held(links)).toEqual(unsure.map((ids) => [...ids]));
  });

  it.each([
    // 周涛 (T011) is 青石镇 党委书记: made a town's head, his former post and unit cost him nothing.
    ['原来城管局的周副局长，前年提到乡镇当一把手了，带病提拔', ['T011']],
    ['原来城管局的周副局长，前年提到乡镇当副手了，带病提拔', []], // not a head: the former post and unit count against him
    ['原来城管局的周副局长，前年提到局里当一把手了，带病提拔', []], // not a town
  ] as const)('%s: made the head of a town (提到乡镇当一把手) is what the person holds now', (text, candidates) => {
    const links = link(text);
    expect(links.flatMap((l) => l.candidates.map((c) => c.personNo))).toEqual([...candidates]);
    if (candidates.length) expect(links[0]!.candidates[0]!.reasons.join('；')).toContain('文中也说了其现任职务或单位');
  });

  it.each([
    // Said to have left the town: its deputies still there are not the one; the one whose post now fits is.
    ['以前海湾镇的祁镇长，现在调到区里当局长了，在海湾的时候收了人家八万块', ['T045']],
    ['以前海湾镇的祁镇长，调走之前连开两次会调整了一批干部。来电人讲祁镇长现在调到区商务局了。', ['T045']],
  ] as const)('%s: one named by a former post who has moved on is in another unit now', (text, sure) => {
    expect(linked(link(text))).toEqual([...sure]);
  });

  it("gives a temporary (挂职) deputy called by the head's title nothing for the title", () => {
    const links = link('海湾镇祁镇长一个月只来两天');
    const temporary = links[0]!.candidates.find((c) => c.personNo === 'T038')!;
    expect(temporary.reasons).toContain('挂职副职很少被称为正职：镇长 ≈ 挂职副镇长，+0 分');
    expect(links[0]!.candidates[0]!.personNo).toBe('T037');
  });

  it('counts a former unit beside a former post as theirs then, when the tip says where they are now', () => {
    const [gan] = link('金沙街道原来的甘主任，今年调到城管局当局长了，审计查出的问题没处理就提拔了');
    expect(gan!.candidates[0]!.reasons.join('；')).toContain('文中也说了其现任职务或单位');
    expect(linked(link('金沙街道原来的甘主任收了开发商的钱'))).toEqual([]);
  });

  // 住建局 has two 王 deputies: 王海涛 (T013) in post since 2021-11, 王志明 (T014) since 2023-05.
  it.each([
    ['住建局2023年提上来的王副局长收了开发商的钱', null, ['T014'], []],
    ['住建局的王副局长，就是2021年提的那个，收了开发商的钱', null, ['T013'], []],
    ['住建局的王副局长2023年5月份任职以来收了开发商的钱', null, ['T014'], []],
    ['住建局去年提的王副局长收了开发商的钱', '2024-06-01', ['T014'], []], // 去年 of a tip of 2024
    ['住建局去年提的王副局长收了开发商的钱', '2022-03-01', ['T013'], []], // 去年 of a tip of 2022
    ['住建局去年提的王副局长收了开发商的钱', null, [], [['T013', 'T014']]], // no received date: 去年 unread
    ['住建局的王副局长2023年收了开发商的钱', null, [], [['T013', 'T014']]], // the date of the money, not of a post
    ['住建局的王副局长2023年把小舅子提成了科长', null, [], [['T013', 'T014']]], // someone else's appointment
    ['住建局2019年提拔的王副局长收了开发商的钱', null, [], [['T013', 'T014']]], // fits neither
  ] as const)('%s (received %s): the one whose 任现职时间 fits when the tip says they were appointed', (text, receivedOn, sure, unsure) => {
    const links = linkSubjects(text, index, config.linking, undefined, null, receivedOn);
    expect(linked(links)).toEqual([...sure]);
    expect(held(links)).toEqual(unsure.map((ids) => [...ids]));
  });

  it('says why: the date beside the roster 任现职时间, and the other candidate not fitting', () => {
    const [wang] = linkSubjects('住建局今年5月份提的王副局长收了开发商的钱', index, config.linking, undefined, null, '2023-11-20');
    expect(wang!.status).toBe('LINKED');
    expect(wang!.candidates[0]!.reasons).toContain('任职时间相符：今年5月份（2023年5月） ≈ 2023-05，+1.5 分');
    const [both] = linkSubjects('住建局2023年提的王副局长收了开发商的钱', index, { ...config.linking, autoLinkMargin: 10 });
    expect(both!.candidates.map((c) => [c.personNo, c.reasons.find((r) => r.startsWith('任职时间'))])).toEqual([
      ['T014', '任职时间相符：2023年 ≈ 2023-05，+1.5 分'],
      ['T013', '任职时间不符：文中说2023年任职，花名册为 2021-11，−0.5 分'],
    ]);
  });
});
