/**
 * Later notices in prose: villages grouped after their township with 的 (some without 村),
 * a township named like a province, a list opened by "…的有" right before a township, places
 * checked in one sentence with short province names, and a count of places that acted.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const GROUPS = [
  '仙居县公示一批拟命名市级卫生乡镇和卫生村名单',
  '本次拟命名的名单如下：',
  '拟命名市级卫生乡镇的有白石镇、横溪镇。',
  '拟命名市级卫生村的有白石镇的上桥村、下桥村，江西乡的东坑村、西坑村，横溪镇的大岙、小岙、中坑村。',
];

describe('villages grouped after their township with 的', () => {
  it('opens a list at the township after "…的有"', () => {
    const { n, codes } = readResolved(GROUPS.join('\n'));
    const names = n.records.map((r) => r.regionText);
    expect(names.slice(0, 3)).toEqual(['白石镇', '横溪镇', '白石镇上桥村']);
    expect(codes.every((c) => c === '331024')).toBe(true);
  });

  it('reads a township named like a province (江西乡) as a township of the county', () => {
    const { n, codes } = readResolved(GROUPS.join('\n'));
    const at = n.records.findIndex((r) => r.regionText === '江西乡东坑村');
    expect(at).toBeGreaterThan(0);
    expect(n.records[at + 1]?.regionContext?.province).toBeUndefined();
    expect(codes[at]).toBe('331024');
    expect(codes[at + 1]).toBe('331024');
  });

  it('reads villages written without 村 as entries of their township', () => {
    const { n, codes, warned } = readResolved(GROUPS.join('\n'));
    const names = n.records.map((r) => r.regionText);
    expect(names).toContain('横溪镇大岙');
    expect(names).toContain('横溪镇小岙');
    expect(n.records).toHaveLength(9);
    expect(codes).toHaveLength(9);
    expect(warned).not.toContain('unread_list');
  });
});

describe('places an assessing verb names before their thing (检查了A、B和C以及D的示范区)', () => {
  it('reads each place, the province written short', () => {
    const { codes } = readResolved(
      [
        '专家组赴示范区现场检查',
        '专家组现场检查了河北阜平县、山西静乐县和岢岚县以及陕西佳县的示范基地，听取了汇报。',
      ].join('\n'),
    );
    expect(codes).toEqual(['130624', '140926', '140929', '610828']);
  });
});

describe('a place named first of a count of divisions that acted', () => {
  it('is no list and no promise of one', () => {
    const { n, warned } = readResolved(
      [
        '全省城乡社区建设工作取得积极进展',
        '宝鸡市等15个市、县（区）相继出台了推进城乡社区建设的实施意见和配套措施。',
      ].join('\n'),
    );
    expect(n.records).toEqual([]);
    expect(warned).not.toContain('count_mismatch');
  });
});
