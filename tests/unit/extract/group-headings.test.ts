/**
 * A naming notice written as a 通报, its list grouped under county headings that carry
 * their count on a line of their own ("桥东区（3个）" over a line of communities): the notice
 * is the list, every community lies in the county heading its group, and a group's count
 * is not the notice's total.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { resolveRecords } from '../../../src/main/core/import/resolve-records';
import { codes, txtDoc } from './helpers';

const TEXT = [
  '张家口市住房和城乡建设局关于2021年绿色社区命名的通报',
  '',
  '各县区住建局：',
  '现将张家口市绿色社区名单（第一批）公布如下：',
  '桥东区（3个）',
  '建南社区、胜中社区、工南社区',
  '怀来县（2个）',
  '华祥社区、华新社区',
  '',
  '张家口市住房和城乡建设局',
  '2021年12月30日',
].join('\n');

describe('county headings with their count on a line of their own', () => {
  const n = extractNotice(txtDoc(TEXT), { fileName: 'a.txt', regions: gazetteerRegionLookup() });

  it('reads a 通报 that names the units as their list', () => {
    expect(n.metadata.role).toBe('confirmation');
    expect(n.records).toHaveLength(5);
  });

  it('places every community in the county heading its group', () => {
    const got = resolveRecords(n).resolved.map((r) => r.resolution?.regionCode ?? null);
    expect(got).toEqual(['130702', '130702', '130702', '130730', '130730']);
  });

  it('does not take a group’s count for the notice’s total', () => {
    expect(codes(n)).not.toContain('count_mismatch');
  });
});
