/**
 * Entries separated only by spaces, each written county–township–village committee–natural
 * village ("…金厂村委会罗家坪", "…甲村村民委员会坡芽村"): the committee is the administrative
 * village, the name after it is the entry, and an entry without 村 at its end does not end
 * the list. Honoured committees written with their full name (…村村民委员会, …社区居民委员会)
 * are the places they serve, and an entry that names its own county short (广水…, 曾都…)
 * after one that named a county lies in its own county.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { readResolved, txtDoc } from './helpers';

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

describe('villages and communities written with their committee’s full name', () => {
  it('reads the place the committee serves, its committee left off', () => {
    const { n, codes } = readResolved(
      [
        '孝感市有2个村、1个社区获得表彰。',
        '孝感市获评全省“先进村民委员会”的2个村分别为：大悟县宣化店镇甲岭村村民委员会、孝昌县花园镇乙湾村村委会；获评全省“先进社区居民委员会”的1个社区为：云梦县城关镇丙河社区居民委员会。',
      ].join('\n\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '大悟县宣化店镇甲岭村',
      '孝昌县花园镇乙湾村',
      '云梦县城关镇丙河社区',
    ]);
    expect(codes).toEqual(['420922', '420921', '420923']);
  });
});

describe('entries that name their own county short after one that named a county', () => {
  it('places each in the county written at its head, not the one before', () => {
    const { codes } = readResolved(
      [
        '孝感市有3个村获得表彰。',
        '孝感市获评全省“先进村民委员会”的3个村分别为：大悟县宣化店镇甲岭村、安陆府城街道乙岗村、云梦义堂镇丙湾村。',
      ].join('\n\n'),
    );
    expect(codes).toEqual(['420922', '420982', '420923']);
  });

  it('reads the county written short in traditional characters too', () => {
    const { codes } = readResolved(
      [
        '孝感市有2個村獲得表彰。',
        '孝感市獲評全省“先進村民委員會”的2個村分別為：大悟縣宣化店鎮甲嶺村、安陸府城街道乙崗村。',
      ].join('\n\n'),
    );
    expect(codes).toEqual(['420922', '420982']);
  });

  it('keeps a group heading’s county for an entry that writes none, its township found elsewhere', () => {
    const { codes } = readResolved(
      [
        '常州市第五批绿色社区名单（3个）',
        '一、武进区（2个）',
        '湖塘镇甲家社区　龙虎塘街道乙家社区',
        '二、新北区（1个）',
        '三井街道丙家社区',
      ].join('\n\n'),
    );
    expect(codes).toEqual(['320412', '320412', '320411']);
  });
});
