/**
 * Look-alikes of this round's programme and title rules that must not change: a bracket naming
 * the batch after a programme is no theme (its batch is read from it), a heading of a bare level
 * under a title naming two programmes of that level names neither.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import { readResolved } from './helpers';

describe('a bracket after the programme’s name naming its batch', () => {
  it('keeps the batch', () => {
    expect(cleanProgramme('中国特色农产品优势区（第二批试点）', null)?.batch).toBe('第二批');
    expect(cleanProgramme('全国养老服务业综合改革试点（第二批改革试点）', null)?.batch).toBe(
      '第二批',
    );
  });

  it('a theme’s bracket is still cut (control)', () => {
    expect(cleanProgramme('全国农村改革试验区（拓展试验区）', null)?.name).toBe(
      '全国农村改革试验区',
    );
  });
});

describe('a heading of a bare level under a title naming two programmes of that level', () => {
  it('joins neither programme', () => {
    const { n } = readResolved(
      [
        '关于公布第二批全国主要农作物生产全程机械化示范县（市、区）和全国农机安全示范县（市、区）名单的通知',
        '经县级申请、省级推荐、专家评审，认定北京市顺义区等为全国第二批主要农作物生产全程机械化示范县（市、区），天津市蓟州区等为全国农机安全示范县（市、区）。',
        '全国第二批主要农作物生产全程机械化',
        '示范县（市、区）名单',
        '北京市顺义区',
        '河北省正定县',
        '全国农机安全',
        '示范县（市、区）名单',
        '天津市蓟州区',
        '山西省曲沃县',
      ].join('\n'),
    );
    const safety = n.records.filter((r) => /蓟州|曲沃/.test(r.regionText ?? ''));
    expect(safety.length).toBe(2);
    for (const r of safety)
      expect(r.programme).not.toBe('全国主要农作物生产全程机械化示范县(市、区)');
  });
});
