// Varied tip texts for the benchmarks: distinct tips must look distinct (as real ones
// do), or every tip would be a near-repeat of every other and the repeat check would
// measure a pathological case. Built from many clause fragments, amounts, dates, places.
const OPENINGS = ['我要反映', '实名反映', '群众反映', '有人反映', '特此举报', '据了解', '单位职工反映', '知情人反映'];
const MISDEEDS = [
  '收受下属现金{n}万元，承诺在干部调整中提拔对方',
  '在民主推荐前请{n}名干部吃饭并要求投票',
  '未经考察就把亲属安排为中层正职',
  '篡改出生日期，档案年龄比实际小{n}岁',
  '个人有关事项报告未报告配偶经营的公司',
  '在{n}家企业兼职并领取报酬',
  '配偶和子女已移居国外，本人持有护照未上交',
  '换届前一个月突击提拔了{n}名干部',
  '多次给组织部门打招呼，为{n}名亲友说情',
  '单位副职超配{n}名，仍在继续提拔',
  '受过党纪处分仍被提拔为正职',
  '找领导要职务，扬言不提拔就不干了',
  '向上级领导送购物卡{n}张换取提拔',
  '拒不服从组织调动安排，{n}个月未到岗',
];
const PLACES = ['办公室', '茶楼', '酒店包间', '单位食堂', '停车场', '家中', '乡镇会议室', '宾馆'];
const WITNESS = ['单位多人知晓', '有聊天记录为证', '请组织核实', '群众议论很大', '可提供录音', '此事影响很坏', '希望严肃处理'];

export function tipText(i, person) {
  const pick = (list, salt) => list[(i * 2654435761 + salt * 40503) % list.length >>> 0] ?? list[0];
  const n = (i % 17) + 2;
  const month = (i % 12) + 1;
  const day = (i % 27) + 1;
  const misdeed = pick(MISDEEDS, 3).replace('{n}', String(n));
  const second = pick(MISDEEDS, 7).replace('{n}', String((i % 5) + 1));
  return `${pick(OPENINGS, 1)}：${person.unit}${person.post}${person.name}于2026年${month}月${day}日在${pick(PLACES, 5)}${misdeed}；另外还${second}，${pick(WITNESS, 11)}。编号${i}。`;
}
