/**
 * A notice on one batch that also tells an earlier batch's acceptance ("另，第一批…经专家评审，同意
 * 结项"): the units it names after the batch are that batch's, retold with the acceptance; with no
 * unit read it says so (unread_list naming the batch). An acceptance told as past, as a plan or a
 * condition, or of the notice's own batch gives neither.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = [
  '民政部关于确认第三批全国农村社区治理实验区的通知',
  '经研究，确认以下单位为第三批全国农村社区治理实验区，实验时间为三年。',
  '附件：第三批全国农村社区治理实验区名单',
  '1. 河北省石家庄市正定县',
  '2. 山西省大同市阳高县',
];

/** The warnings that tell an earlier batch's acceptance, after `tail`. */
function batchVerdicts(tail: string): string[] {
  const { n } = readResolved([...HEAD, tail].join('\n'));
  return n.warnings
    .filter((w) => w.code === 'unread_list' && w.message.includes('验收结果'))
    .map((w) => w.message);
}

describe("an earlier batch's acceptance told in a later notice", () => {
  it('is said when the sentence names no unit', () => {
    const said = batchVerdicts('另，第一批全国农村社区治理实验区经专家评审，同意结项。');
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('第一批');
  });

  it("reads the units it names after the batch as that batch's, accepted", () => {
    for (const tail of [
      '另，第一批全国农村社区治理实验区中，北京市延庆区、天津市蓟州区经专家评审，准予结项。',
      '另，在第一批实验区中，北京市延庆区和天津市蓟州区等2个实验区均通过结项验收。',
    ]) {
      const { n } = readResolved([...HEAD, tail].join('\n'));
      const earlier = n.records.filter((r) => r.batch === '第一批');
      expect(earlier.map((r) => r.regionText)).toEqual(['北京市延庆区', '天津市蓟州区']);
      expect(earlier.every((r) => r.retold && r.outcome?.status === '已验收')).toBe(true);
      // No entry of the notice's own batch, and nothing said unread.
      expect(n.records.filter((r) => r.batch === '第三批')).toHaveLength(2);
      expect(batchVerdicts(tail)).toEqual([]);
    }
  });

  it('reads no run that is not places written whole, and says the batch instead', () => {
    const tail = '另，第一批实验区中，有关单位经专家评审，准予结项。';
    const { n } = readResolved([...HEAD, tail].join('\n'));
    expect(n.records.filter((r) => r.batch === '第一批')).toEqual([]);
    expect(batchVerdicts(tail)).toHaveLength(1);
  });

  it('says nothing of an acceptance told as past, planned or as a condition', () => {
    expect(batchVerdicts('第一批全国农村社区治理实验区已于2019年通过验收。')).toEqual([]);
    expect(batchVerdicts('第一批全国农村社区治理实验区将于年底前开展结项验收。')).toEqual([]);
    expect(batchVerdicts('第一批实验区如通过验收，由民政部予以命名。')).toEqual([]);
    expect(batchVerdicts('第一批实验区验收合格的单位要继续深化实验。')).toEqual([]);
    const past = '此前，第一批实验区中，北京市延庆区、天津市蓟州区经专家评审，准予结项。';
    expect(batchVerdicts(past)).toEqual([]);
    const { n } = readResolved([...HEAD, past].join('\n'));
    expect(n.records.some((r) => r.outcome?.status === '已验收')).toBe(false);
  });

  it('reads the units written before the batch they are accepted of', () => {
    const tail = '另，经专家评审，同意北京市延庆区、天津市蓟州区等第一批实验区结项。';
    const { n } = readResolved([...HEAD, tail].join('\n'));
    // They are the first batch's, accepted now: no entries of the third batch.
    expect(n.records.filter((r) => r.batch === '第三批')).toHaveLength(2);
    const first = n.records.filter((r) => r.batch === '第一批');
    expect(first.map((r) => [r.retold, r.outcome?.status])).toEqual([
      [true, '已验收'],
      [true, '已验收'],
    ]);
    // A title promised on a pass is no acceptance now.
    const promised = '批准北京市延庆区、天津市蓟州区等第一批实验区通过验收后予以命名。';
    const later = readResolved([...HEAD, promised].join('\n')).n;
    expect(later.records.some((r) => r.outcome?.status === '已验收')).toBe(false);
  });

  it("says nothing of the notice's own batch", () => {
    expect(batchVerdicts('第三批实验区实验期满后，经评估通过验收。')).toEqual([]);
  });
});
