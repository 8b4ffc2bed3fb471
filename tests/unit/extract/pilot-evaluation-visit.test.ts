/**
 * A story of an evaluation team going to one place to carry out its pilot's or zone's review
 * ("赴某县开展…试点评估工作"): the place is the story's one unit; a place the team only passes
 * through, or a visit that evaluates nothing of a programme, names none.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('the place a pilot is evaluated at', () => {
  it('reads the county the team goes to for its pilot evaluation', () => {
    const { codes } = readResolved(
      [
        '省民政厅赴泾阳县开展殡葬改革试点评估',
        '9月3日，省民政厅评估组一行到泾阳县开展殡葬改革试点评估工作，先后来到县殡仪馆和某村公墓。',
      ].join('\n'),
    );
    expect(codes).toEqual(['610423']);
  });

  it('reads a zone’s mid-term review the same way', () => {
    const { codes } = readResolved(
      '近日，专家组赴泾阳县开展省级社区治理实验区中期评估，听取了工作汇报。',
    );
    expect(codes).toEqual(['610423']);
  });

  it('names no unit where the visit evaluates no pilot or zone', () => {
    const { codes } = readResolved('近日，省民政厅一行赴泾阳县开展养老服务调研，听取了工作汇报。');
    expect(codes).toEqual([]);
  });
});
