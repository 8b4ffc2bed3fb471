/**
 * A pilot widened by one area ("在现有64个试点的基础上，增设湖北省武汉市为试点地区"): 增设 names
 * the area it adds as 确定 does, and the units already held, counted as the ground the addition
 * stands on, are no count of the list (no count warning). 增设 of things that are no place
 * (服务站, 心理咨询室) makes no entry.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('an area added to a pilot (增设…为试点地区)', () => {
  it('is an entry, and the units held already are no count of it', () => {
    const { n, codes, warned } = readResolved(
      '全国社会心理服务体系建设试点2020年重点工作任务及增设试点\n\n2020年4月26日,国家卫生健康委等部门联合印发通知。湖北省武汉市作为受疫情影响最严重地区,故在现有64个试点的基础上,增设湖北省武汉市为试点地区。',
    );
    expect(codes).toEqual(['420100']);
    expect(n.records[0]?.kind).toBe('zone');
    expect(warned).not.toContain('count_mismatch');
  });

  it('makes no entry of facilities added', () => {
    const { n } = readResolved(
      '心理服务工作推进\n\n今年,全市增设心理服务站12个,增设心理咨询室为居民提供服务。',
    );
    expect(n.records).toHaveLength(0);
  });
});
