/**
 * Look-alikes of a place told as passing its programme's acceptance (passed-check-subject.ts): a
 * pass denied (未能顺利通过, 没有通过), a project of the place passing its own check in a clause of
 * its own, a pilot passing another programme's check; a district written after its city is the
 * unit, not the city; a day written with its year dates the pass in that year.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (line: string) => readResolved(['某某新闻', '发布时间:2023-12-14', line].join('\n'));
const accepted = (line: string) =>
  read(line).n.records.filter((r) => r.outcome?.status === '已验收');

describe('a place told as passing: look-alikes', () => {
  it('states no pass denied', () => {
    expect(accepted('安化县未能顺利通过全国综合减灾示范县验收评估。')).toEqual([]);
    expect(accepted('安化县没有通过全国综合减灾示范县验收评估。')).toEqual([]);
  });

  it('states no pass a project tells in a clause of its own', () => {
    const lead = '崂山区作为全国首批综合减灾示范县创建试点，';
    expect(accepted(lead + '投资建设的应急避难场所项目已通过竣工验收。')).toEqual([]);
    expect(accepted(lead + '应急指挥中心工程通过了竣工验收。')).toEqual([]);
    // A clause opening on the pass is the place's own (…，顺利通过…).
    expect(accepted(lead + '已于10月份通过国家减灾委现场验收。')).toHaveLength(1);
  });

  it('states no pass of its programme from another programme’s check', () => {
    expect(
      accepted(
        '崂山区作为全国首批综合减灾示范县创建试点，今年还通过了国家生态文明建设示范区验收。',
      ),
    ).toEqual([]);
  });

  it('takes the district written after its city, not the city', () => {
    const { n, codes } = read('青岛市崂山区顺利通过全国综合减灾示范县验收评估。');
    expect(codes).toEqual(['370212']);
    expect(n.records[0]?.outcome?.status).toBe('已验收');
  });

  it('dates a pass by the year written with its day', () => {
    const [r] = accepted('2022年10月25日，安化县召开反馈会，顺利通过全国综合减灾示范县验收评估。');
    expect(r?.outcome?.on).toBe('2022-10-25');
  });
});
