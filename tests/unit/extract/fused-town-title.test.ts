/**
 * Characteristic towns listed under their city written short, each named after a township
 * written without 镇 ("常州：别桥无人机小镇、…"): the township is the entry's place and the rest the
 * town's own name, its title, as a county written short before one gives it ("江宁生命科技小镇").
 * Control: a bare 特色小镇 after its place names the kind of unit, no title.
 */
import { describe, expect, it } from 'vitest';
import { resolveRecords } from '../../../src/main/core/import/resolve-records';
import { townTitledAfterPlace } from '../../../src/main/core/import/fused-town-title';
import { resolveRegion } from '../../../src/main/core/gazetteer';
import type { ExtractedRecord } from '../../../src/main/core/import/extract/types';
import { readResolved } from './helpers';

describe('a characteristic town named after its township written short', () => {
  it('lies in the township, its own name the title', () => {
    const { n, codes } = readResolved(
      '第二批省级特色小镇创建名单\n' +
        '常州：武进瑞声科技小镇、别桥无人机小镇\n淮安：淮安智芯小镇、施河智教乐享小镇\n',
    );
    expect(codes).toEqual(['320412', '320481', '320800', '320803']);
    const titles = resolveRecords(n).resolved.map((r) => r.record.title);
    expect(titles).toEqual(['瑞声科技小镇', '无人机小镇', '智芯小镇', '智教乐享小镇']);
  });

  it('a bare 特色小镇 after the place stays untitled', () => {
    const record = { regionText: '别桥特色小镇', title: '' } as ExtractedRecord;
    const resolution = resolveRegion('别桥特色小镇', { context: '江苏省常州市' });
    expect(townTitledAfterPlace(record, resolution)).toBeNull();
  });
});
