/**
 * 授予 confers a title on what follows it ("授予A市、B市为全国…示范市"): like 命名 and 认定 it
 * leads into the enumeration, so the first place after it is an entry like the others.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('an enumeration after 授予', () => {
  it('starts with the first place after the verb', () => {
    const { codes } = readResolved(
      [
        '全省无障碍建设工作情况',
        '经有关部门检查验收，授予宜昌市、黄石市、大冶市为全国无障碍建设示范市，授予十堰市、丹江口市、武穴市为全国无障碍建设市县。',
      ].join('\n'),
    );
    expect(codes).toEqual(['420500', '420200', '420281', '420300', '420381', '421182']);
  });

  it('keeps no bureau given an organising award, the count after the last one included', () => {
    const { n, warned } = readResolved(
      [
        '关于2020年全省民政工作创新案例获奖情况的通报',
        '经厅长办公会研究，决定予以通报表扬，授予济南市民政局、青岛市民政局、聊城市民政局3个单位“2020年全省民政政策理论研究工作组织奖”。',
      ].join('\n'),
    );
    expect(n.records).toEqual([]);
    expect(warned).toContain('no_records');
  });
});
