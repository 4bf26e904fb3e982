/**
 * 线索具体: an identified person plus at least one concrete anchor — a date or period, a
 * named place or company, an amount or a count. Vague words (好几万, 一个朋友, 以前) are
 * not anchors. Each anchor found is returned, so staff see why.
 */
export interface Anchor {
  kind: 'TIME' | 'PLACE' | 'AMOUNT' | 'COUNT';
  text: string;
}

const CN = '[零〇一二两三四五六七八九十百千万]';
const PATTERNS: Array<[Anchor['kind'], RegExp]> = [
  ['TIME', /\d{4}年(\d{1,2}月)?(\d{1,2}[日号])?|\d{2}年(?=[的底初])|\d{1,2}月(份|底|初|中旬|上旬|下旬)?(\d{1,2}[日号])?/gu],
  [
    'TIME',
    /(今年|去年|前年|上个?月|上个?星期|上周|本月|年初|年底|春节|国庆节?|中秋节?|端午节?|元旦|清明节?|五一|十一)(前|期间|前后|后)?/gu,
  ],
  ['TIME', new RegExp(`${CN}+个?(年|月)多?(前|来)?(?![级轻纪])`, 'gu')],
  ['TIME', /(每个?(星期|周|月|年)|前几年|(推荐|选举|换届|考察|选\S{1,4})(会)?(前|期间|之前))/gu],
  ['PLACE', /[“"「『][^”"」』]{2,20}[”"」』]/gu],
  ['PLACE', /[\p{Script=Han}]{2,8}(公司|医院|酒店|茶楼|宾馆|饭店|合作社|小区|商城|超市|工厂|学校|会所|农庄|山庄|KTV)/gu],
  ['PLACE', /(美国|日本|泰国|韩国|英国|法国|德国|加拿大|澳大利亚|新西兰|新加坡|马来西亚|越南|香港|澳门|台湾|欧洲|澳洲)/gu],
  ['AMOUNT', new RegExp(`(\\d+(\\.\\d+)?|${CN}+)(万|千|百)?(多)?(元|块钱?)|\\d+(\\.\\d+)?万|(?<!几|好)${CN}{1,3}万(?!一)`, 'gu')],
  ['AMOUNT', /(转账|红包|现金|送了?)\d{2,}/gu],
  ['COUNT', new RegExp(`(\\d+|(?<![一])${CN}{1,3}|两|几)(个|名|人|套|间|次|台|家|条|瓶|趟|位|辆)(?![人月])`, 'gu')],
];
const GENERIC_PLACES = /^(有限公司|律师事务所|公司|企业|学校)$/;

export function findAnchors(text: string): Anchor[] {
  const anchors: Anchor[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const found = match[0];
      if (/^(好|几|一)/.test(found) && kind !== 'TIME') continue; // 好几万, 几个, 一个: not concrete
      if (kind === 'PLACE' && (GENERIC_PLACES.test(found) || /^(开|在|一家|这家|那家)/.test(found))) continue;
      anchors.push({ kind, text: found });
    }
  }
  return anchors;
}

export function assessSpecificity(text: string, hasIdentifiedPerson: boolean): { specific: boolean; anchors: Anchor[] } {
  const anchors = findAnchors(text);
  return { specific: hasIdentifiedPerson && anchors.length > 0, anchors };
}
