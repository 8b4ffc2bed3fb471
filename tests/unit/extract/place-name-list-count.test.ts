/**
 * A list of place names counts its names ("全省37个地名入选…名录"): a page naming them as the
 * round's list and naming fewer says so. A city's item naming its own share after the round's
 * total ("其中，某市某镇、某区某街道榜上有名") is no list of that total (the share is named whole).
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const codes = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't.txt' }).warnings.map((w) => w.code);

describe('a count of place names', () => {
  it('is the list’s count, which two names do not reach', () => {
    expect(
      codes(
        '江苏公布首批地名文化保护名录\n近日，江苏省民政厅公布了首批地名文化保护名录，全省3个地名入选首批名录，分别是宜兴市丁蜀镇、鼓楼区宁海路街道。',
      ),
    ).toContain('count_mismatch');
  });

  it('is no count of the share a city’s item introduces after it', () => {
    expect(
      codes(
        '江苏公布首批地名文化保护名录\n近日，江苏省民政厅公布了首批地名文化保护名录，全省25个地名入选首批名录，其中，宜兴市丁蜀镇、鼓楼区宁海路街道榜上有名。',
      ),
    ).not.toContain('count_mismatch');
  });
});
