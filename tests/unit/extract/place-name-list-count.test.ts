/**
 * A list of place names counts its names ("全省37个地名入选…名录"): a city's item naming two
 * of them ("其中，某市某镇、某区某街道榜上有名") lists part of it, and says so.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const codes = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't.txt' }).warnings.map((w) => w.code);

describe('a count of place names', () => {
  it('is the list’s count, which two examples do not reach', () => {
    expect(
      codes(
        '江苏公布首批地名文化保护名录\n近日，江苏省民政厅公布了首批地名文化保护名录，全省25个地名入选首批名录，其中，宜兴市丁蜀镇、鼓楼区宁海路街道榜上有名。',
      ),
    ).toContain('count_mismatch');
  });
});
