/**
 * A list's heading that is its batch and count alone ("首批24个") counts that list: a page that
 * lists fewer under it lost entries and says so. Headings naming more than a batch and a count
 * are left to the other count rules. Invented page; real place names.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { headingBatchCount } from '../../../src/main/core/import/extract/heading-batch-count';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const warningsOf = (heading: string, lines: string[]) =>
  extractNotice(txtDoc(['农村改革试验区', '主要名单', heading, ...lines].join('\n')), {
    fileName: 't',
    regions,
  }).warnings.filter((w) => w.code === 'count_mismatch');

describe('a heading that is a batch and its count', () => {
  it('reads the count', () => {
    expect(headingBatchCount('首批24个')).toBe(24);
    expect(headingBatchCount('第二批（17个）')).toBe(17);
    expect(headingBatchCount('第一批 共十五个')).toBe(15);
  });

  it('a heading naming more than that is no count of this rule', () => {
    expect(headingBatchCount('首批24个试验区名单')).toBeNull();
    expect(headingBatchCount('河北省（3个）')).toBeNull();
    expect(headingBatchCount('首批1个')).toBeNull();
    expect(headingBatchCount(null)).toBeNull();
  });

  it('a list under it with fewer lines says it lost entries; a full one does not', () => {
    const lines = ['北京市大兴区', '河北省唐山市玉田县', '上海市闵行区'];
    expect(warningsOf('首批5个', lines)).toHaveLength(1);
    expect(warningsOf('首批3个', lines)).toEqual([]);
  });
});
