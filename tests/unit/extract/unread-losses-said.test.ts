/**
 * Losses said, never silent: a province's line of a one-province-a-line list that gave nothing
 * (the page cut inside its first name), a park counted by its first example that no layout
 * reads ("同意某镇某示范园等N个单位…"), and a tally whose enumeration ("…N家某园。分别是…")
 * was read short. Each is said; a list read in full says nothing.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a province line that gave nothing beside read siblings', () => {
  const lines = [
    '经审核，确定以下乡镇开展某产业强镇建设。',
    '附件：某产业强镇建设名单',
    '河北省：任县西固城乡、平山县苏家庄镇',
    '山西省：阳曲县东黄水镇、神池县东湖乡',
  ];

  it('says the cut line', () => {
    const { n } = readResolved([...lines, '辽宁省：阜新蒙古族自治'].join('\n'));
    expect(n.records.length).toBeGreaterThanOrEqual(4);
    const w = n.warnings.find((x) => x.code === 'unread_list');
    expect(w?.message).toContain('辽宁省');
  });

  it('says nothing when every line was read', () => {
    const { n, warned } = readResolved(lines.join('\n'));
    expect(n.records).toHaveLength(4);
    expect(warned).not.toContain('unread_list');
  });
});

describe('a park counted by its first example', () => {
  // The park named first is read now (its own name an aside before 等58个): one of 58.
  it('says the count when only the first park was read', () => {
    const { codes, warned } = readResolved(
      [
        '关于印发第二批国家乡村产业融合发展示范园创建名单的通知',
        '在各地自愿申报、省级部门推荐的基础上，经研究，同意河北省平山县苏家庄镇乡村产业融合发展示范园等58个单位创建第二批国家乡村产业融合发展示范园（以下简称示范园）。现将示范园创建名单予以公布，并就有关工作通知如下：',
        '一、明确示范园创建任务。各示范园创建单位要进一步优化创建方案，完善发展思路。',
        '二、加强组织领导',
      ].join('\n'),
    );
    expect(codes).toEqual(['130131']);
    expect(warned).toContain('count_mismatch');
  });

  it('says nothing for a base count that names no division', () => {
    const { warned } = readResolved(
      ['某某示范基地等12个单位开展交流活动。', '河北省平山县苏家庄镇', '山西省阳曲县东黄水镇'].join(
        '\n',
      ),
    );
    expect(warned).not.toContain('count_mismatch');
  });
});

describe('a tally enumerated in the sentence after its count', () => {
  it('says the count when one name was not read', () => {
    const { n, warned } = readResolved(
      '至此，我省共建成3家某融合发展示范园。分别是阳曲县、神池县、省某集团某草业公司某融合发展示范园。',
    );
    expect(n.records).toHaveLength(2);
    expect(warned).toContain('count_mismatch');
  });

  it('says nothing when every name was read', () => {
    const { n, warned } = readResolved(
      '至此，我省共建成2家某融合发展示范园。分别是阳曲县、神池县某融合发展示范园。',
    );
    expect(n.records).toHaveLength(2);
    expect(warned).not.toContain('count_mismatch');
  });
});
