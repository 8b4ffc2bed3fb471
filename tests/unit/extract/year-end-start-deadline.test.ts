/**
 * A start due by a year's end ("第四批…试点将于2019年底前启动", "各试点要在2020年年底前开始试点")
 * is a deadline of 31 December, scoped to the programme and batch its sentence names — the
 * notice's own programme when the sentence writes it short, never words of the date or of what
 * is done ("底前开始试点", "开始试点").
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '第四批国家某某综合改革试点地区名单公布';

describe('a start due by a year’s end', () => {
  it('is a deadline on 31 December of the batch the sentence names', () => {
    const { n } = readResolved(
      [
        HEAD,
        '近日，有关部门确定洛阳市等30个城市为第四批国家某某综合改革试点地区。',
        '据了解，第四批某某综合改革试点将于2019年底前启动，到2021年与第三批试点地区同步取得阶段性成果。',
      ].join('\n'),
    );
    const deadlines = n.rules.filter((r) => r.kind === 'deadline');
    expect(deadlines.map((r) => r.params.date)).toEqual(['2019-12-31']);
    expect(deadlines[0]?.scope).toMatchObject({
      programme: '国家某某综合改革试点',
      batch: '第四批',
    });
  });

  it('keeps the notice’s programme when the sentence names only the work', () => {
    const { n } = readResolved(
      [
        HEAD,
        '近日，有关部门确定洛阳市等30个城市为第四批国家某某综合改革试点地区。',
        '根据方案，各试点要在2020年年底前开始试点，并不断完善方案。',
      ].join('\n'),
    );
    const deadlines = n.rules.filter((r) => r.kind === 'deadline');
    expect(deadlines.map((r) => r.params.date)).toEqual(['2020-12-31']);
    expect(deadlines[0]?.scope?.programme).toBe('国家某某综合改革试点');
  });
});
