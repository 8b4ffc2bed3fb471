/**
 * A later notice that retells a zone's acceptance without its grade (a city's summary years
 * on) does not take away the grade the acceptance itself gave; a later status of another
 * kind still decides.
 */
import { describe, expect, it } from 'vitest';
import { decidingEvent, statusText } from '../../../src/main/core/records/status-events';

const ev = (status: '已验收' | '已撤销', grade: '优秀' | null, occurredOn: string) => ({
  status,
  grade,
  untilOn: null,
  occurredOn,
});

describe('an acceptance retold without its grade', () => {
  it('keeps the grade, in either order', () => {
    const graded = ev('已验收', '优秀', '2030-09-25');
    const retold = ev('已验收', null, '2031-12-30');
    expect(statusText(decidingEvent([graded, retold]))).toBe('已验收（优秀）');
    expect(statusText(decidingEvent([retold, graded]))).toBe('已验收（优秀）');
  });

  it('still yields to a later status of another kind', () => {
    const events = [
      ev('已验收', '优秀', '2030-09-25'),
      ev('已验收', null, '2031-12-30'),
      ev('已撤销', null, '2032-03-01'),
    ];
    expect(statusText(decidingEvent(events))).toBe('已撤销');
  });
});
