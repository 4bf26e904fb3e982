import { describe, expect, it } from '@jest/globals';
import { namesAgency, withoutJurisdiction } from './agency-name.js';

describe('withoutJurisdiction', () => {
  it.each([
    ['区纪委监委', '纪委监委'],
    ['县纪委监委', '纪委监委'],
    ['白溪县纪委监委', '纪委监委'],
    ['县委政法委', '政法委'],
    ['区委政法委', '政法委'],
    ['县人民法院', '人民法院'],
    ['县人民检察院', '人民检察院'],
    ['县公安局', '公安局'],
    ['区公安分局', '公安分局'],
    ['某某市审计局', '审计局'],
    ['县人民政府办公室', '办公室'],
    ['市场监督管理局', '市场监督管理局'],
    ['县市场监督管理局', '市场监督管理局'],
    ['纪委监委', '纪委监委'],
    ['审计局', '审计局'],
    ['县委', '县委'],
    ['公安局', '公安局'],
  ])('%s → %s', (name, bare) => {
    expect(withoutJurisdiction(name)).toBe(bare);
  });
});

describe('namesAgency', () => {
  const discipline = { name: '纪委监委', aliases: ['区纪委监委', '纪委', '监委'] };
  const security = { name: '公安局', aliases: ['区公安分局', '公安分局'] };
  it.each([
    ['纪委监委', discipline, true],
    ['县纪委监委', discipline, true],
    ['县纪委', discipline, true],
    ['县公安局', security, true],
    ['县公安分局', security, true],
    ['县审计局', security, false],
    ['县委', discipline, false],
  ])('%s names %j: %s', (written, agency, expected) => {
    expect(namesAgency(written, agency)).toBe(expected);
  });
});
