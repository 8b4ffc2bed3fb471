/**
 * An addition to a programme naming several places (新增杭州市、宁波市为…试点, 增补…, as 增设
 * does) gives each of them, the first one too: the verb leads into the enumeration. Control: a
 * figure added (新增床位1200张) and places named as where something else was added name no unit.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const item = (sentence: string) =>
  readResolved(
    `全国社会心理服务体系建设试点2020年重点工作任务及增设试点\n2020-5-6 来源:某某调研网\n国家卫生健康委等九部门联合印发通知。${sentence}\n`,
  );

describe('an addition naming several places', () => {
  it('gives each place, with its province written once', () => {
    expect(item('在现有64个试点的基础上,新增浙江省杭州市、宁波市为试点地区。').codes).toEqual([
      '330100',
      '330200',
    ]);
  });

  it('gives each place after 增补, the province unwritten', () => {
    const { codes, n } = item(
      '在现有试点的基础上,增补杭州市、宁波市、温州市为全国社会心理服务体系建设试点地区。',
    );
    expect(codes).toEqual(['330100', '330200', '330300']);
    expect(new Set(n.records.map((r) => r.programme))).toEqual(
      new Set(['全国社会心理服务体系建设试点']),
    );
  });

  it('names no unit for a figure added', () => {
    expect(item('今年全市新增床位1200张,新增杭州市、宁波市等地的养老机构20家。').codes).toEqual([]);
  });
});
