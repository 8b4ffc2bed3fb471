/**
 * A reply whose title names the unit it acts on ("…关于同意某县…延期验收的批复") and whose body
 * names that unit again: one entry, the body's, with what the body says of it. Composed from
 * invented wording.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const reply = (body: string) =>
  [
    '湖南省民政厅关于同意茶陵县城乡社区治理创新实验区延期验收的批复',
    '株洲市民政局：',
    body,
    '湖南省民政厅',
    '2022年3月1日',
  ].join('\n');

describe('a title naming the unit the body names again', () => {
  it('is one entry when the body writes the unit as the title does', () => {
    const { n, codes } = readResolved(
      reply('经研究，同意茶陵县全省城乡社区治理创新实验区实验期延长至2023年6月30日。'),
    );
    expect(codes).toEqual(['430224']);
    expect(n.records.map((r) => r.outcome)).toEqual([{ status: '已延期', until: '2023-06-30' }]);
  });

  it('is one entry when the body writes the unit under its city', () => {
    const { n, codes } = readResolved(
      reply('经研究，同意株洲市茶陵县全省城乡社区治理创新实验区实验期延长至2023年6月30日。'),
    );
    expect(codes).toEqual(['430224']);
    expect(n.records).toHaveLength(1);
  });

  it('is the unit the title acts on when the body does not name it', () => {
    const { codes } = readResolved(reply('经研究，同意你局所请，实验期延长一年。'));
    expect(codes).toEqual(['430224']);
  });
});
