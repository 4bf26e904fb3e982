import { describe, expect, it } from '@jest/globals';
import { surnameOf } from './surname.js';

describe('surnameOf', () => {
  it.each([
    ['王建国', '王'],
    ['李娜', '李'],
    ['欧阳明', '欧阳'],
    ['司马光辉', '司马'],
    // A two-character name starting with a compound surname's first character is a plain surname.
    ['欧阳', '欧'],
  ])('%s → %s', (name, surname) => {
    expect(surnameOf(name)).toBe(surname);
  });
});
