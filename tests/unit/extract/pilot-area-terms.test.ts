/**
 * Pilot areas told the way the ministries' reform pilots are: a list of 试点地区 is a list of zones
 * (cities and districts trying a reform for a term), the term written with 工作 between the pilot
 * and its length (试点工作期限两年), and an acceptance the ministries will hold when they see fit
 * (将适时组织…验收) that sets no milestone.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n')).n;

describe('a list of 试点地区', () => {
  it('lists zones', () => {
    const n = read([
      '某某服务改革第二批试点地区名单公布',
      '近日，某部公布第二批某某服务改革试点地区，山东省潍坊市、江苏省镇江市等20个地区入选。',
    ]);
    expect(n.records.map((r) => r.kind)).toEqual(['zone', 'zone']);
  });

  it('a table headed by the bare pilot word lists zones where its column says 试点地区', () => {
    const n = read([
      '这20个地区将建设首批某某服务圈',
      '某部公布了首批某某服务圈试点，山东省潍坊市等20个地区入选。',
      '首批某某服务圈试点名单',
      '序号\t省（市、区）\t试点地区',
      '1\t山东省\t潍坊市',
      '2\t江苏省\t镇江市',
    ]);
    expect(n.records.map((r) => r.kind)).toEqual(['zone', 'zone']);
  });

  it('a prose list of a bare pilot programme whose areas are called 试点地区 lists zones', () => {
    const n = read([
      '某部确定首批某某服务圈先行区试点。这3个试点地区为山东省潍坊市、江苏省镇江市、湖北省宜昌市。',
    ]);
    expect(n.records.map((r) => r.kind)).toEqual(['zone', 'zone', 'zone']);
  });

  it('a list of 试点单位 stays an honour list', () => {
    const n = read([
      '某某协商第二批试点单位名单公布',
      '近日，某部公布第二批某某协商试点单位，山东省潍坊市、江苏省镇江市等20个单位入选。',
    ]);
    expect(n.records.map((r) => r.kind)).toEqual(['other', 'other']);
  });
});

describe('a pilot term written with 工作', () => {
  it('is the cycle', () => {
    const n = read(['经专家评审，确定30个市为第二批某某改革试点地区，试点工作期限两年。']);
    expect(n.rules.filter((r) => r.kind === 'cycle').map((r) => r.params)).toEqual([
      expect.objectContaining({ years: 2 }),
    ]);
  });
});

describe('an acceptance the organs will hold when they see fit', () => {
  it('sets no acceptance duty', () => {
    const n = read([
      '试点地区应认真开展改革试点工作，某部将适时组织开展试点成果评估验收，对工作不合格的地区取消试点资格。',
    ]);
    expect(n.rules.map((r) => r.kind)).not.toContain('acceptance');
  });

  it('an acceptance the units must apply for by a date still does', () => {
    const n = read(['试点期满后，试点地区应于6月底前申请评估验收。']);
    expect(n.rules.map((r) => r.kind)).toContain('acceptance');
  });
});
