/**
 * A list printed one province a line, each line numbered and labelled with its province
 * ("1.某省：甲市、乙市"): the places after the label are the entries, each in that province, as
 * they are when the line has no number or a section number. The line is no item of its own whose
 * title is the run of places.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('numbered lines labelling places with their province', () => {
  it('reads each place after the label, inside the province', () => {
    const { n, codes } = readResolved(
      [
        '关于确定第一批某某试点单位的通知',
        '附件：某某试点单位名单',
        '1.山西省：太原市、大同市',
        '2.江苏省：苏州市、南通市',
        '3.上海市：徐汇区、普陀区',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.title)).toEqual(['', '', '', '', '', '']);
    expect(codes).toEqual(['140100', '140200', '320500', '320600', '310104', '310107']);
  });

  it('keeps a numbered place with a theme after its colon as one item', () => {
    const { n, codes } = readResolved(
      [
        '附件：某某典型案例名单',
        '1.山西省太原市：推行社区议事协商',
        '2.江苏省苏州市：建设邻里中心',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.title)).toEqual(['推行社区议事协商', '建设邻里中心']);
    expect(codes).toEqual(['140100', '320500']);
  });
});
