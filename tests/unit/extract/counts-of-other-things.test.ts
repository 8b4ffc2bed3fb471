/**
 * A count of 个 may count what is no unit: months of a contest (历时9个月), the aspects it was
 * judged on (等5个方面), conditions, stages. Such a count states no list's total, so a list
 * read below it is not said to fall short of it. A count of units still does.
 * Composed notices, invented names.
 */
import { describe, expect, it } from 'vitest';
import { statedCount } from '../../../src/main/core/import/extract/counts';
import { readResolved } from './helpers';

const mismatches = (lines: string[]) =>
  readResolved(lines.join('\n')).n.warnings.filter((w) => w.code === 'count_mismatch');

/** Three prize rows a composed district's table lists. */
const rows = ['南岭社区', '北岭社区', '东岭社区'].map(
  (c, i) => `${i + 1}\t枫林街道\t${c}\t邻里议事工作法${i + 1}`,
);

describe('counts of things that are no units', () => {
  it('reads no count in months, aspects or conditions', () => {
    expect(statedCount('评选活动历时9个月')).toBeNull();
    expect(statedCount('从创新性、有效性等5个方面衡量评估')).toBeNull();
    expect(statedCount('此次入选社区必须符合五个条件')).toBeNull();
    expect(statedCount('确定枫林区等5个区为实验区')).toBe(5);
  });

  it('a contest lasting months over a prize table raises no count warning', () => {
    expect(
      mismatches([
        '青禾区首届社区治理创新成果评选活动',
        '历时9个月的青禾区首届社区治理创新成果评选活动昨天有了结果。',
        '序号\t街道\t社区\t成果名称',
        ...rows,
      ]),
    ).toEqual([]);
  });

  it('still warns when a count of units exceeds the list', () => {
    expect(
      mismatches([
        '青禾区首届社区治理创新成果评选活动',
        '经评审，确定以下5个社区为青禾区社区治理创新成果：',
        '序号\t街道\t社区\t成果名称',
        ...rows,
      ]),
    ).toMatchObject([{ stated: 5, found: 3 }]);
  });
});
