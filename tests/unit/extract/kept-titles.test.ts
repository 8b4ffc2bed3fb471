/**
 * A new round's page names, beside its new units, those that only kept the title an earlier
 * round gave them ("…蝉联“全国文明城市”", "…经中央文明委复查确认继续保留…称号"): each is a unit
 * retold, never an entry of the round. Controls: a page whose every unit kept its title keeps
 * them as read, and a unit whose clause says how often it won before (已八次蝉联) is left alone.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const NEW =
  '会上，我省晋城市、忻州市和静乐县、古县、长子县、沁水县等6个市县被表彰为第六届全国文明城市';

describe('units that only kept their title', () => {
  it('are retold after the review, the new ones kept as entries', () => {
    const { n } = readResolved(`${NEW}；长治市经中央文明委复查确认继续保留全国文明城市称号。\n`);
    const own = n.records.filter((r) => !r.retold);
    expect(own.map((r) => r.regionText)).toEqual([
      '晋城市',
      '忻州市',
      '静乐县',
      '古县',
      '长子县',
      '沁水县',
    ]);
    expect(n.records.filter((r) => r.regionText === '长治市' && !r.retold)).toEqual([]);
  });

  it('are retold across a poster run of lines before 蝉联', () => {
    const { n } = readResolved(
      '苏州市、张家港市\n常熟市、太仓市、昆山市\n蝉联“全国文明城市”\n' +
        '一、全国文明村镇名单\n苏州市相城区黄埭镇\n苏州市吴江区盛泽镇\n常熟市辛庄镇\n',
    );
    const own = n.records.filter((r) => !r.retold).map((r) => r.regionText);
    expect(own).toEqual(['苏州市相城区黄埭镇', '苏州市吴江区盛泽镇', '常熟市辛庄镇']);
  });

  it('leaves a list whose next line opens a clause naming the kept units', () => {
    const { n } = readResolved(
      '会上，晋城市、忻州市被表彰为第六届全国文明城市。\n一、全国文明村镇名单\n' +
        '苏州市相城区黄埭镇\n苏州市吴江区盛泽镇\n常熟市辛庄镇\n' +
        '蝉联全国文明城市的城市有苏州市、张家港市。\n',
    );
    const towns = n.records.filter((r) => /镇$/.test(r.regionText ?? ''));
    expect(towns.map((r) => r.regionText)).toEqual([
      '苏州市相城区黄埭镇',
      '苏州市吴江区盛泽镇',
      '常熟市辛庄镇',
    ]);
    expect(towns.some((r) => r.retold)).toBe(false);
  });

  it('leaves a page of kept units only, and a count of wins before', () => {
    const only = readResolved('经复查，长治市、晋中市经复查确认继续保留全国文明城市称号。\n');
    expect(only.n.records.every((r) => !r.retold)).toBe(true);
    const wins = readResolved(`${NEW}。长治市已八次蝉联全国文明城市。\n`);
    expect(wins.n.records.some((r) => r.retold)).toBe(false);
  });
});
