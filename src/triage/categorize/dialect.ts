/**
 * Southern spoken forms (粤, 湘, 赣, 客家) of the grammar words every rule is written with:
 * 冇 for 没, 佢 for 他, 俾 for 给, 嘅 for 的, 晓得 for 知道, 屋里(厢) for 家里, 讲 for 说, 莫得 for 没有. The
 * rules read the text in its common-speech form, and are themselves read the same way, so
 * "冇开党组会" meets a rule written "没开党组会" and "打电话俾局长，要佢提…" meets one written
 * "打电话给…要他提…". Only words whose meaning does not change are listed: a rule and the
 * text are both rewritten, so a rule written in dialect still reads its own words.
 */
const SPOKEN: ReadonlyArray<readonly [RegExp, string]> = [
  // 粤 / 客家: 唔该 is "please" (not 不该), read before 唔 → 不
  [/唔该/gu, '麻烦'],
  [/冇/gu, '没'],
  [/佢哋/gu, '他们'],
  [/佢/gu, '他'],
  [/[俾畀]/gu, '给'],
  [/嘅/gu, '的'],
  [/咗/gu, '了'],
  [/唔/gu, '不'],
  [/係/gu, '是'],
  [/喺/gu, '在'],
  [/嗰/gu, '那'],
  [/么子/gu, '什么'],
  // 西南官话 晓不晓得 (do they know?) is 知不知道, a question: read before 晓得 → 知道 (晓不知道)
  [/晓不晓得/gu, '知不知道'],
  [/晓得/gu, '知道'],
  [/屋里厢/gu, '家里'],
  [/屋里/gu, '家里'],
  [/讲/gu, '说'],
  // 粤 / 客家 everyday words: 搵 找, 点解 为什么, 旧年 去年, 依家 现在, 屋企 / 屋下 家里, 成日 成天,
  // 睇 看, 边个 谁, 嘢 东西 (做嘢 做事), 个仔 / 阿仔 儿子, 阿叔 叔叔, 揸车 开车,
  // 跟住 跟着, 带返 / 拿返 带回 / 拿回 (not 饮 → 喝: a rule's 饮酒 means drinking against the rules, 喝酒 any drink)
  [/搵/gu, '找'],
  [/点解/gu, '为什么'],
  [/旧年/gu, '去年'],
  [/依家/gu, '现在'],
  [/屋企|屋下/gu, '家里'],
  [/成日/gu, '成天'],
  [/睇/gu, '看'],
  [/(?<![这那两一旁周左右身里外上下东西南北前后半])边个/gu, '谁'],
  [/做嘢/gu, '做事'],
  [/嘢/gu, '东西'],
  [/[个阿]仔/gu, '儿子'],
  [/阿叔/gu, '叔叔'],
  [/揸车/gu, '开车'],
  [/跟住/gu, '跟着'],
  [/(?<=[带拿搬])返/gu, '回'],
  // 仲 for 还 before a verb (仲提拔, 仲话), not in a word or a name (仲裁, 仲夏, 王仲华)
  [/仲(?=[话讲说提升有要系是未喺在做冇唔没不会得可去把将被畀俾给收拿当又找搵])/gu, '还'],
  // 系 for 是 after a person or an adverb (佢系, 唔系, 来电人话系), not in 关系, 联系, 系统
  [/(?<=[佢他她我你都就唔不仲还人话说公婆也又亦])系(?![统列数])/gu, '是'],
  // 话 for 说 after a speaker (佢话, 仲话, 来电人话), not in 电话, 说话, 讲话
  [/(?<=[佢他她我人仲还又都就也])话(?=[，：:“"‘「要系是佢他她过咗了有冇没唔不])/gu, '说'],
  // 西南官话: 莫得 / 还莫 for 没有 / 还没, 咋个 for 怎么, 啥子 for 什么, 屋头 for 家里
  [/莫[得有]/gu, '没有'],
  [/([还都也又])莫(?![名非过测])/gu, '$1没'],
  [/咋个/gu, '怎么'],
  [/啥子/gu, '什么'],
  [/屋头/gu, '家里'],
  // 莫 before a step of procedure or inquiry is 没 (莫推荐莫考察, 莫开会, 莫查完就提了, 莫报门面)
  [/莫(?=推荐|考察|公示|开|研究|讨论|上会|查|经过|搞|走程序|征求|谈话|整改|处理|追回|报)/gu, '没'],
  // 喊 for 叫 (喊大家投他), 一天到黑 for 一天到晚, 哈 for 都 before a verb (哈晓得, 哈是)
  [/喊/gu, '叫'],
  [/一天到黑/gu, '一天到晚'],
  [/(?<![哈打])哈(?=[晓知是要在有没给被])/gu, '都'],
  // 吴语 (上海, 宁波, 温州): 伊 / 伊拉 for 他 / 他们, 阿拉 for 我们, 侬 for 你, 寻 for 找, 钞票 for 钱,
  // 亲眷 for 亲戚, 事体 for 事情 (not inside a name: 伊香园, 伊拉克, 阿拉伯)
  [/伊拉(?!克)/gu, '他们'],
  [/伊(?![香犁朗斯利春宁通丽人莉甸])/gu, '他'],
  [/阿拉(?![伯善斯])/gu, '我们'],
  [/侬/gu, '你'],
  [/寻(?![找求衅觅常思味访呼])/gu, '找'],
  [/钞票/gu, '钱'],
  [/亲眷/gu, '亲戚'],
  [/事体/gu, '事情'],
  // SMS shorthand: 10w for 10万 (a digit, then w, not a word in Latin letters)
  [/(?<=\d)[wW](?![a-zA-Z])/gu, '万'],
  // 江淮 / 中原官话: 俺 for 我, 木 for 没 before a verb or 有 (木有, 木答应, 木考试; not 树木, 木材),
  // 恁 for 你 before a request (恁多帮帮; not 恁大, 恁多钱)
  [/俺们/gu, '我们'],
  [/俺/gu, '我'],
  [/(?<![林树草积土伐苗枕原红檀乔灌麻杉松柏椰楠])木(?=有|人[敢管问理说]|答应|同意|考|录|开|经过|走|搞|报|查|处理|推荐|公示|提)/gu, '没'],
  [/恁(?=多?(帮|费心|操心|上心|关心|照顾|关照|美言)|给|看着|放心)/gu, '你'],
  // 西北: 么 for 没 before a verb or 关系 (么答应, 么报, 跟这个么关系), where 么 is no particle (什么, 怎么, 这么, 要么 …)
  [
    /(?<![什怎这那要多咋甚阿为干凭])么(?=答应|同意|收|报|有|经过|走|管|理|搭理|吭声|表态|松口|照办|办|关系|去|参加|考察|推荐|批|签)/gu,
    '没',
  ],
  // 北方话: 咋 for 怎么, 啥 for 什么
  [/咋(?!呼)/gu, '怎么'],
  [/啥/gu, '什么'],
];

/**
 * The text in common speech where a spoken form and its common one are as long (冇 → 没, 佢 → 他,
 * 晓得 → 知道; not 咋 → 怎么): every character stays where it was, so a reader that keeps
 * positions (the linker's cues beside a name) can read this instead of the text.
 */
export function commonSpeechInPlace(text: string): string {
  let out = text;
  for (const [from, to] of SPOKEN) {
    out = out.replace(from, (match: string, ...groups: unknown[]) => {
      const spoken = to.replace(/\$(\d)/g, (_, n: string) => {
        const group = groups[Number(n) - 1];
        return typeof group === 'string' ? group : '';
      });
      return spoken.length === match.length ? spoken : match;
    });
  }
  return out;
}

/** The text with its southern spoken forms in common speech (the rules' own wording). */
export function commonSpeech(text: string): string {
  let out = text;
  for (const [from, to] of SPOKEN) out = out.replace(from, to);
  return out;
}
