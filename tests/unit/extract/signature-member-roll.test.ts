/**
 * Joint issuers sign as distinct bodies: eight departments one a line above the date are the
 * issuer whole, and so are eighteen ministries (民政部等22部门 sign so). A page closing on fourteen
 * provinces' civil-affairs organs one a line (its member units) is closing on a list, and that
 * list is no issuer.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const issuer = (lines: string[]) =>
  extractNotice(txtDoc(lines.join('\n')), { fileName: 't.txt', regions: gazetteerRegionLookup() })
    .metadata.issuer;

const HEAD = [
  '关于开展全国某某服务示范活动的通知',
  '各省、自治区、直辖市民政厅（局）：',
  '为推进某某服务工作，决定开展全国某某服务示范活动。现将有关事项通知如下。',
];

const PROVINCES = [
  '北京市民政局',
  '天津市民政局',
  '河北省民政厅',
  '山西省民政厅',
  '辽宁省民政厅',
  '吉林省民政厅',
  '黑龙江省民政厅',
  '上海市民政局',
  '江苏省民政厅',
  '浙江省民政厅',
  '安徽省民政厅',
  '福建省民政厅',
  '江西省民政厅',
  '山东省民政厅',
];

const MINISTRIES = [
  '民政部',
  '国家发展改革委',
  '教育部',
  '公安部',
  '财政部',
  '人力资源社会保障部',
  '自然资源部',
  '住房城乡建设部',
  '交通运输部',
  '农业农村部',
  '商务部',
  '文化和旅游部',
  '国家卫生健康委',
  '应急管理部',
  '国家医保局',
  '国家乡村振兴局',
  '全国老龄办',
  '中国残联',
];

describe('a run of organ lines at the foot', () => {
  it('is the issuer whole when it is many distinct bodies signing', () => {
    for (const n of [11, 18]) {
      const signed = MINISTRIES.slice(0, n);
      expect(issuer([...HEAD, ...signed, '2024年5月8日'])).toBe(signed.join(' '));
      expect(issuer([...HEAD, ...signed])).toBe(signed.join(' '));
    }
  });

  it('is the issuer whole when it is a signature of eight', () => {
    const eight = PROVINCES.slice(0, 8);
    expect(issuer([...HEAD, ...eight, '2021年3月1日'])).toBe(eight.join(' '));
  });

  it('is no issuer when it runs past any signature (fourteen organs one a line)', () => {
    const got = issuer([...HEAD, '参加单位：', ...PROVINCES]);
    expect(got ?? '').not.toContain('北京市民政局');
    expect((got ?? '').split(' ').length).toBeLessThan(PROVINCES.length);
  });

  it('above a date alike', () => {
    const got = issuer([...HEAD, ...PROVINCES, '2021年3月1日']);
    expect((got ?? '').split(' ').length).toBeLessThan(PROVINCES.length);
  });
});
