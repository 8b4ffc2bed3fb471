/**
 * Column widths follow the content, not the table's length: a list of 800 zones reads like a
 * list of 10 of the same kind, though among 800 one county's name is longer than any level
 * the short list has (双江拉祜族佤族布朗族傣族自治县, 15 characters).
 */
import { describe, expect, it } from 'vitest';
import { sizeColumns } from '../../../src/main/core/export/attachment-table';
import { listColumns, listRows } from '../../../src/main/core/export/list-layout';
import type { LedgerRecord } from '../../../src/shared/domain';
import { makeRecord } from '../../fixtures/export/sample-records';

const PLACES: [string, string, string, string | null][] = [
  ['江苏省', '南京市', '雨花台区', '赛虹桥街道'],
  ['湖北省', '恩施土家族苗族自治州', '利川市', null],
  ['山东省', '临沂市', '平邑县', '仲村镇'],
  ['浙江省', '杭州市', '上城区', null],
  ['河北省', '石家庄市', '裕华区', '槐底街道'],
];
const THEMES = [
  '完善社区议事协商制度',
  '构建“网格+社工”社区服务模式',
  '探索街道社区减负增效长效机制',
];
const WRITE_UPS = [
  '推行社区工作事项准入和清单管理，建立党组织领导下的居民议事协商机制，依托信息平台实现民生事项一网通办。',
  '形成共建共治共享的社区治理格局，培育社区社会组织和专业社工队伍。',
  '整合驻区单位、社会组织和志愿者等各方资源，完善“街道—社区—网格—楼栋”四级服务体系。',
];

const zone = (i: number, place = PLACES[i % PLACES.length]!): LedgerRecord => {
  const [province, city, county, town] = place;
  return makeRecord({
    province,
    city,
    county,
    town,
    regionText: `${province}${city}${county}${town ?? ''}`,
    title: THEMES[i % THEMES.length]!,
    content: WRITE_UPS[(i * 7) % WRITE_UPS.length]!,
  });
};

const widths = (records: readonly LedgerRecord[]) => {
  const cols = listColumns('zone', records);
  expect(cols.map((c) => c.header)).toEqual(['序号', '实验单位', '实验主题', '实验内容']);
  return sizeColumns(cols, listRows(records, cols)).ems;
};

describe('Word list column widths', () => {
  it('a long list with one very long county name keeps the widths of a short list', () => {
    const short = widths(Array.from({ length: 10 }, (_, i) => zone(i)));
    const long = Array.from({ length: 800 }, (_, i) => zone(i));
    long[400] = zone(400, ['云南省', '临沧市', '双江拉祜族佤族布朗族傣族自治县', '勐库镇']);
    const many = widths(long);
    // The unit column is not widened to the one 15-character level…
    expect(many[1]).toBeLessThan(11);
    expect(Math.abs(many[1]! - short[1]!)).toBeLessThan(1);
    // …and the write-ups keep their width.
    expect(many[3]!).toBeGreaterThan(short[3]! - 1);
    expect(many[3]!).toBeGreaterThan(many[1]!);
  });
});
