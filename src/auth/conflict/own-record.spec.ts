import { describe, expect, it } from '@jest/globals';
import { touchesOwnRecord, type OwnRecordTarget } from './own-record.js';

const ME = { userId: '11111111-1111-4111-8111-111111111111', cadreId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa' };
const UNLINKED = { userId: ME.userId, cadreId: null };
const OTHER_CADRE = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const OTHER_STAFF = '22222222-2222-4222-8222-222222222222';

describe('touchesOwnRecord (回避 second-person rule)', () => {
  it.each<[string, typeof ME | typeof UNLINKED, OwnRecordTarget, boolean]>([
    ['own cadre record', ME, { cadreIds: [ME.cadreId] }, true],
    ['own cadre record, upper-case id', ME, { cadreIds: [ME.cadreId.toUpperCase()] }, true],
    ['a relation with self on the right side', ME, { cadreIds: [OTHER_CADRE, ME.cadreId] }, true],
    ['another cadre', ME, { cadreIds: [OTHER_CADRE] }, false],
    ['own account link', ME, { staffIds: [ME.userId] }, true],
    ['own account link, actor not linked to a cadre', UNLINKED, { staffIds: [ME.userId] }, true],
    ['another account', ME, { staffIds: [OTHER_STAFF] }, false],
    ['actor with no cadre record, any cadre', UNLINKED, { cadreIds: [OTHER_CADRE, null] }, false],
    ['nothing named', ME, {}, false],
    ['null ids', ME, { cadreIds: [null, undefined], staffIds: [null] }, false],
  ])('%s', (_, actor, target, expected) => {
    expect(touchesOwnRecord(actor, target)).toBe(expected);
  });
});
