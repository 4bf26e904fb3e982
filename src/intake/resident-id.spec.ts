import { describe, expect, it } from '@jest/globals';
import { isValidResidentId } from './resident-id.js';

describe('resident id check', () => {
  it.each([
    ['11010519491231002X', true, 'the standard’s own example'],
    ['11010519491231002x', true, 'lower-case x'],
    ['110105194912310021', false, 'wrong check digit'],
    ['110105194902300026', false, 'February 30th'],
    ['1101051949123100', false, 'too short'],
    ['11010519491231002Y', false, 'bad check character'],
  ])('%s → %s (%s)', (id, valid) => {
    expect(isValidResidentId(id)).toBe(valid);
  });
});
