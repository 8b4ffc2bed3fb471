/**
 * Entries separated only by spaces, each written county–township–village committee–natural
 * village ("…金厂村委会罗家坪", "…甲村村民委员会坡芽村"): the committee is the administrative
 * village, the name after it is the entry, and an entry without 村 at its end does not end
 * the list.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

describe('natural villages written after their village committee', () => {
  it('reads every space-separated entry whole', () => {
    const n = extractNotice(
      txtDoc(
        [
          '红河州共有4个村寨上榜',
          '第二批红河州上榜村寨为：　元阳县新街镇土锅寨村委会箐口村　元阳县攀枝花乡保山寨村民委员会普高老寨　绿春县大兴镇大寨村委员会阿倮那　屏边县白河乡花鱼洞村委会中寨',
        ].join('\n\n'),
      ),
      { fileName: 't.txt', regions: gazetteerRegionLookup() },
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '元阳县新街镇土锅寨村委会箐口村',
      '元阳县攀枝花乡保山寨村民委员会普高老寨',
      '绿春县大兴镇大寨村委员会阿倮那',
      '屏边县白河乡花鱼洞村委会中寨',
    ]);
  });
});
