/**
 * A two-column table of provinces and their counties joined by 、 ("河北省 | 邱县、任丘市"): a row
 * whose county cell holds one place ("北京市 | 怀柔区") is one entry at that county in its
 * province, like its neighbours, not an entry at the province titled with the county. A table
 * whose name column never runs places together keeps its rows as they were (control).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n'));

describe('a lone place in a column of place runs', () => {
  it('is the row’s one entry, in the row’s province', () => {
    const { n, codes } = read([
      '农业农村部办公厅关于公布第一批农业生产全程机械化示范县创建名单的通知',
      '第一批农业生产全程机械化示范县创建名单',
      '省份\t县（市、区、旗）',
      '北京市\t怀柔区',
      '河北省\t邱县、任丘市',
      '山西省\t河津市',
      '辽宁省\t凤城市、绥中县',
    ]);
    expect(n.records.map((r) => [r.regionText, r.title])).toEqual([
      ['怀柔区', ''],
      ['邱县', ''],
      ['任丘市', ''],
      ['河津市', ''],
      ['凤城市', ''],
      ['绥中县', ''],
    ]);
    expect(codes).toEqual(['110116', '130430', '130982', '140882', '210682', '211421']);
  });

  it('a place beside a title column stays its row’s place (control)', () => {
    const { n } = read([
      '关于公布优秀社区工作法的通知',
      '所在地区\t社区名称\t工作法',
      '北京市\t怀柔区泉河街道北园社区\t“三事分流”工作法',
      '河北省\t任丘市新华路街道城东社区\t“五步议事”工作法',
    ]);
    expect(n.records.map((r) => r.title)).toEqual(['“三事分流”工作法', '“五步议事”工作法']);
  });
});
