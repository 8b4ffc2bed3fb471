/**
 * A story's list of scenic areas or parks, each after its province written short ("重庆缙云山
 * 风景名胜区、…和新疆赛里木湖风景名胜区"): each site is an entry at its province, its own name
 * the title — a 风景名胜区 is a named attraction as a 风景区 is, a dash may join two names of one
 * area, the last site after 和 is read like the others — and the ledger keeps such a site filed
 * at a province's code, where a bare province in a story stays a passing mention.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/main/app/import/import-notices';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import {
  namedAttraction,
  newAreaBeforeSite,
} from '../../../src/main/core/import/extract/named-sites';
import { joinedSitePlaceAt } from '../../../src/main/core/import/extract/short-place';
import type { Ledger } from '../../../src/main/db/ledger';
import { tempLedger } from '../../support/temp-ledger';
import { readResolved } from './helpers';

const story = (list: string) =>
  [
    '某部通报风景名胜区执法检查结果',
    `近日，某部对外公布年度执法检查结果，有5处风景名胜区受到通报表扬，分别是${list}。`,
  ].join('\n');

describe('sites after their province written short', () => {
  it('are entries at the province, their names the titles, through a dash and a last 和', () => {
    const { n, codes } = readResolved(
      story(
        '重庆缙云山风景名胜区、云南瑞丽江-大盈江风景名胜区、甘肃麦积山风景名胜区、广东罗浮山风景名胜区和新疆赛里木湖风景名胜区',
      ),
    );
    expect(codes).toEqual(['500000', '530000', '620000', '440000', '650000']);
    expect(n.records.map((r) => r.title)).toEqual([
      '缙云山风景名胜区',
      '瑞丽江-大盈江风景名胜区',
      '麦积山风景名胜区',
      '罗浮山风景名胜区',
      '赛里木湖风景名胜区',
    ]);
  });

  it('a short place after 和 is read so only when a site came before', () => {
    const lookup = gazetteerRegionLookup();
    expect(joinedSitePlaceAt('湖南德夯风景名胜区', lookup, true)?.regionText).toBe('湖南');
    expect(joinedSitePlaceAt('湖南德夯风景名胜区', lookup, false)).toBeNull();
    // a mountain's name read on from the short place is no place before a site
    expect(joinedSitePlaceAt('黄山风景名胜区', lookup, true)).toBeNull();
  });

  it('a 风景名胜区 with no name of its own, or a dash at an end, is no named attraction', () => {
    expect(namedAttraction('井冈山风景名胜区')).toBe(true);
    expect(namedAttraction('纳木错-念青唐古拉山风景名胜区')).toBe(true);
    expect(namedAttraction('风景名胜区')).toBe(false);
    expect(namedAttraction('国家级风景名胜区')).toBe(false);
    expect(namedAttraction('-大盈江风景名胜区')).toBe(false);
  });
});

describe('a new area between the province and the site', () => {
  it('is a place, no word of the site title', () => {
    const { n, codes } = readResolved(story('山西省晋城市丹朱岭旅游区、贵州省贵安新区车田景区'));
    expect(codes).toEqual(['140500', '520000']);
    expect(n.records.map((r) => r.title)).toEqual(['丹朱岭旅游区', '车田景区']);
  });

  it('only before a site with a name of its own', () => {
    expect(newAreaBeforeSite('贵安新区车田景区')).toBe(4);
    expect(newAreaBeforeSite('西咸新区景区')).toBe(0);
    expect(newAreaBeforeSite('车田景区')).toBe(0);
  });
});

describe('a site filed at its province in a story', () => {
  let ledger: Ledger;
  let cleanup: () => void;
  beforeEach(async () => {
    const t = await tempLedger();
    ledger = t.ledger;
    cleanup = t.cleanup;
  });
  afterEach(() => cleanup());

  const kept = async (text: string) => {
    const o = await importFiles(ledger, [{ name: 'n.txt', bytes: Buffer.from(text) }], {
      dryRun: true,
    });
    return o.records.map((r) => [r.regionCode, r.title]);
  };

  it('is a unit of the ledger', async () => {
    expect(await kept(story('内蒙古莫和尔图国家湿地公园、内蒙古柴河固里国家湿地公园'))).toEqual([
      ['150000', '莫和尔图国家湿地公园'],
      ['150000', '柴河固里国家湿地公园'],
    ]);
  });

  it('while a province named bare stays a passing mention', async () => {
    expect(await kept(story('内蒙古、吉林省和大连市'))).toEqual([['210200', null]]);
  });
});
