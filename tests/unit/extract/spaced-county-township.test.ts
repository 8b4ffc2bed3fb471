/**
 * A county written alone, a space, then its township and community ("某某市 某某街道某某社区"),
 * as lists set in Word columns print them: one entry, not the county and a second entry.
 * Two whole places separated by a space stay two.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a county, a space, then its township', () => {
  it('is one entry placed in that county', () => {
    const { n, codes } = readResolved(
      [
        '近日，5个社区被认定为示范社区。包括：',
        '（一）阿勒泰地区（2个）',
        '阿勒泰市 金山路街道团结社区',
        '布尔津县 布尔津镇友谊社区',
        '（二）哈密市（1个）',
        '伊州区 城北街道天马社区',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '阿勒泰市金山路街道团结社区',
      '布尔津县布尔津镇友谊社区',
      '伊州区城北街道天马社区',
    ]);
    expect(codes).toEqual(['654301', '654321', '650502']);
  });

  it('two whole places separated by a space stay two', () => {
    const { n } = readResolved(
      '省民政厅公布了示范县名单，太原市尖草坪区 大同市南郊区 山阴县入选。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '太原市尖草坪区',
      '大同市南郊区',
      '山阴县',
    ]);
  });
});
