/**
 * A lead's example whose name was cut where the count's noun was taken off ("成都市崇州市粮油"
 * before "现代农业园区等35个现代农业园区") is a list's entry written again, not an entry of its
 * own; a lead's unit that stops at or before an entry's place (a town over its villages) stays.
 */
import { describe, expect, it } from 'vitest';
import type { ItemDraft, ListDraft } from '../../../src/main/core/import/extract/drafts';
import { dedupe } from '../../../src/main/core/import/extract/list-dedupe';
import { keyText } from '../../../src/main/core/import/extract/text-key';

const item = (regionText: string, title: string, start: number): ItemDraft => ({
  seq: null,
  start,
  end: start + 10,
  regionText,
  title,
  warnings: [],
});
const list = (layout: ListDraft['layout'], items: ItemDraft[]): ListDraft => ({
  layout,
  items,
  start: items[0]!.start,
  end: items[items.length - 1]!.end,
  lineIndexes: [],
});
const doc = keyText('x'.repeat(200));

describe('a lead’s example written as a list’s entry', () => {
  it('is dropped when it runs past the entry’s place into its name', () => {
    const lead = list('sentence', [item('成都市崇州市粮油', '', 0)]);
    const table = list('labelled', [
      item('成都崇州市', '粮油现代农业园区', 50),
      item('内江隆昌市', '稻渔现代农业园区', 70),
    ]);
    expect(dedupe([lead, table], doc)).toEqual([table]);
  });

  it('stays when it stops at the entry’s place', () => {
    const lead = list('sentence', [item('某某县甲镇', '', 0)]);
    const table = list('labelled', [
      item('某某县甲镇乙村', '', 50),
      item('某某县丙镇丁村', '', 70),
    ]);
    expect(dedupe([lead, table], doc)).toHaveLength(2);
  });
});
