import { describe, expect, it } from 'vitest';
import {
  compareProvince,
  PROVINCES,
  provinceOf,
  UNKNOWN_PROVINCE,
} from '../../../src/main/core/export/provinces';
import { summaryCounts } from '../../../src/main/core/export/summary-counts';
import { makeRecord, mixedLedger } from '../../fixtures/export/sample-records';

describe('provinces (official order)', () => {
  it('lists the 31 provinces in code order and the 兵团 last', () => {
    expect(PROVINCES).toHaveLength(32);
    expect(PROVINCES[0]?.name).toBe('北京市');
    expect(PROVINCES[30]?.name).toBe('新疆维吾尔自治区');
    expect(PROVINCES[31]?.name).toBe('新疆生产建设兵团');
  });

  it('reads the province from the field (full or short) or the code', () => {
    expect(provinceOf('江苏', null).name).toBe('江苏省');
    expect(provinceOf(null, '320113').name).toBe('江苏省');
    expect(provinceOf(null, '660800').name).toBe('新疆生产建设兵团');
    expect(provinceOf(null, null).name).toBe(UNKNOWN_PROVINCE);
    expect(provinceOf('某自定义地区', null).name).toBe('某自定义地区');
  });

  it('sorts 兵团 after 新疆 and unknown last', () => {
    const labels = [
      provinceOf(null, null),
      provinceOf('兵团', null),
      provinceOf('新疆', null),
      provinceOf('北京', null),
    ];
    expect(labels.sort(compareProvince).map((p) => p.name)).toEqual([
      '北京市',
      '新疆维吾尔自治区',
      '新疆生产建设兵团',
      UNKNOWN_PROVINCE,
    ]);
  });
});

describe('summaryCounts', () => {
  it('counts by province × programme/year with totals equal to the input', () => {
    const records = [...mixedLedger(50), makeRecord({ programme: null, year: null })];
    const s = summaryCounts(records);
    expect(s.grandTotal).toBe(51);
    expect(s.rows.reduce((n, r) => n + r.total, 0)).toBe(51);
    expect(s.columnTotals.reduce((n, v) => n + v, 0)).toBe(51);
    expect(s.rows.at(-1)?.province).toBe(UNKNOWN_PROVINCE);
    expect(s.columns.some((c) => c.programme === '实验区（未注明项目）' && c.year === null)).toBe(
      true,
    );
    const beijing = records.filter((r) => r.province === '北京市').length;
    expect(s.rows.find((r) => r.province === '北京市')?.total).toBe(beijing);
  });
});
