/**
 * A list written one group a line, each with its own count ("一、某类（3个）：…"): when one
 * line was read and a sibling line gave nothing, the sibling's count is said, never lost in
 * silence.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const extract = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't', regions: gazetteerRegionLookup() });

const NOTICE = (first: string) =>
  [
    '关于第二批拟认定省级地名文化遗产名录的公示',
    '经专家评审，拟将下列7个地名列入第二批省级地名文化遗产名录，现予以公示。',
    '福建省民政厅办公室',
    '2024年6月3日',
    '第二批拟认定省级地名文化遗产名录',
    first,
    '二、历史政区名（4个）：长汀、宁化、永定、连城',
  ].join('\n');

describe('a sibling group line nothing was read from', () => {
  it('says its count when another group line was read', () => {
    // Old names no division holds, not even inside the notice's province.
    const n = extract(NOTICE('一、历史城镇名（3个）：闽越、东瓯、冶城'));
    expect(n.records.map((r) => r.regionText)).toEqual(['长汀', '宁化', '永定', '连城']);
    const w = n.warnings.filter((x) => x.code === 'count_mismatch');
    expect(w).toEqual([expect.objectContaining({ category: '历史城镇名', stated: 3, found: 0 })]);
  });

  it('is quiet when the group lines were all read', () => {
    const n = extract(NOTICE('一、历史县名（3个）：建宁、泰宁、将乐'));
    expect(n.records).toHaveLength(7);
    expect(n.warnings.filter((x) => x.code === 'count_mismatch')).toEqual([]);
  });
});
