import { describe, expect, it } from '@jest/globals';
import { jobIdOf, type JobItem } from './jobs.js';

const sent = (data: { requestIds: string[]; dueOn: string } | { requestId: string; dueOn: string }): JobItem => ({
  queue: 'vetting',
  name: 'verification-sent',
  data,
});
const a = '0a8b7f0e-0000-4000-8000-000000000001';
const b = '0a8b7f0e-0000-4000-8000-000000000002';
const c = '0a8b7f0e-0000-4000-8000-000000000003';

describe('jobIdOf: one job per sending of agency requests', () => {
  it.each([
    [
      'one request: the id a single request always had',
      sent({ requestIds: [a], dueOn: '2026-03-16' }),
      `verification-sent:${a}:2026-03-16`,
    ],
    ['a job queued before sendings were one job', sent({ requestId: a, dueOn: '2026-03-16' }), `verification-sent:${a}:2026-03-16`],
  ])('%s', (_, item, id) => {
    expect(jobIdOf(item)).toBe(id);
  });

  it('names a sending of several by its requests, in any order, and a new due date anew', () => {
    const id = jobIdOf(sent({ requestIds: [a, b, c], dueOn: '2026-03-16' }));
    expect(id).toMatch(/^verification-sent:n3-[0-9a-f]{32}:2026-03-16$/);
    expect(jobIdOf(sent({ requestIds: [c, a, b], dueOn: '2026-03-16' }))).toBe(id);
    expect(jobIdOf(sent({ requestIds: [a, b], dueOn: '2026-03-16' }))).not.toBe(id);
    expect(jobIdOf(sent({ requestIds: [a, b, c], dueOn: '2026-03-30' }))).not.toBe(id);
    // BullMQ allows at most two colons in a custom id.
    expect(id.split(':')).toHaveLength(3);
  });
});

describe('jobIdOf: one appointment-raise job for a slate', () => {
  const raise = (data: { raises: Array<{ cadreId: string; changeId: string }> } | { cadreId: string; changeId: string }): JobItem => ({
    queue: 'triage',
    name: 'appointment-raise',
    data,
  });
  it('keeps the id of one cadre’s job, queued either way, and names a slate by its pairs in any order', () => {
    expect(jobIdOf(raise({ raises: [{ cadreId: a, changeId: b }] }))).toBe(`appointment-raise:${a}:${b}`);
    expect(jobIdOf(raise({ cadreId: a, changeId: b }))).toBe(`appointment-raise:${a}:${b}`);
    const slate = jobIdOf(
      raise({
        raises: [
          { cadreId: a, changeId: c },
          { cadreId: b, changeId: c },
        ],
      }),
    );
    expect(slate).toMatch(/^appointment-raise:slate:n2-[0-9a-f]{32}$/); // BullMQ: no colon, or exactly two
    expect(
      jobIdOf(
        raise({
          raises: [
            { cadreId: b, changeId: c },
            { cadreId: a, changeId: c },
          ],
        }),
      ),
    ).toBe(slate);
    expect(
      jobIdOf(
        raise({
          raises: [
            { cadreId: a, changeId: b },
            { cadreId: b, changeId: c },
          ],
        }),
      ),
    ).not.toBe(slate);
  });
});
