/**
 * A heading line over a list that counts it ("12个特色产业小镇名单"): the list's stated count, so
 * a page that shows fewer says so. The same words inside a longer line count nothing here.
 */
import { describe, expect, it } from 'vitest';
import { statedCount } from '../../../src/main/core/import/extract/counts';
import { readResolved } from './helpers';

describe('a count heading over a list', () => {
  it('is the stated count of the list under it', () => {
    expect(statedCount('12个特色产业小镇名单')).toBe(12);
    const { warned } = readResolved(
      [
        '近日,海南省农业农村厅公布海南省2023年度特色产业小镇创建名单。',
        '12个特色产业小镇名单',
        '1.文昌市公坡镇香米产业小镇',
        '2.万宁市兴隆咖啡产业小镇',
        '3.澄迈县桥头镇地瓜产业小镇',
      ].join('\n'),
    );
    expect(warned).toContain('count_mismatch');
  });

  it('raises nothing when the list holds what it counts', () => {
    const { warned } = readResolved(
      [
        '近日,海南省农业农村厅公布海南省2023年度特色产业小镇创建名单。',
        '3个特色产业小镇名单',
        '1.文昌市公坡镇香米产业小镇',
        '2.万宁市兴隆咖啡产业小镇',
        '3.澄迈县桥头镇地瓜产业小镇',
      ].join('\n'),
    );
    expect(warned).not.toContain('count_mismatch');
  });

  it('counts nothing inside a longer line', () => {
    expect(statedCount('12个特色产业小镇名单日前公示')).toBeNull();
  });
});
