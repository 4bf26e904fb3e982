import { describe, expect, it } from '@jest/globals';
import { passwordProblem } from './password-policy.js';

describe('password policy', () => {
  it.each([
    ['short1A!', '至少 12 位'],
    ['alllowercaseletters', '至少三类'],
    ['Zhang-San-2026!', '不得包含用户名'],
  ])('refuses %s', (password, problem) => {
    expect(passwordProblem(password, 'zhang-san')).toContain(problem);
  });

  it('accepts a long mixed password', () => {
    expect(passwordProblem('Qingfeng-Demo-2026', 'admin')).toBeNull();
  });
});
