/**
 * A political consultative conference's member contact points and points named by themselves
 * (contact-point-hosts.ts, home-county.ts): the conference's points listed as a legislature's are,
 * a point named by its host read as that host at its place, one named by its sector or hall
 * titled by its name and placed in the notice's one county. Composed wordings; the places are
 * real.
 */
import { describe, expect, it } from 'vitest';
import { detectContactPointHosts } from '../../../src/main/core/import/extract/contact-point-hosts';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import { readResolved } from './helpers';

const lookup = gazetteerRegionLookup();
const read = (text: string) => detectContactPointHosts(keyText(text), lookup, new Set());
const entries = (text: string) =>
  read(text).flatMap((l) => l.items.map((it) => `${it.regionText}|${it.unit}|${it.title}`));

describe('a conference’s member contact points', () => {
  it('reads the bodies made 政协委员联系点 as the conference’s points', () => {
    expect(entries('确定平罗县城关镇东街社区、平罗县城关镇西街社区为政协委员基层联系点。')).toEqual(
      ['平罗县城关镇|平罗县城关镇东街社区|', '平罗县城关镇|平罗县城关镇西街社区|'],
    );
    expect(
      entries('确定平罗县城关镇东街社区、平罗县城关镇西街社区为县政协文化界别委员联系点。'),
    ).toHaveLength(2);
  });

  it('still reads no committee member’s or deputy’s own point', () => {
    expect(read('确定平罗县城关镇东街社区、平罗县城关镇西街社区为常委委员联系点。')).toEqual([]);
    expect(read('确定平罗县城关镇东街社区、平罗县城关镇西街社区为代表联系点。')).toEqual([]);
  });
});

describe('points named by themselves after their kind', () => {
  const text =
    '首批4个政协基层联系点,分别为许厝社区联系点、文化艺术界委员联系点、晋江市经济开发区职工法律服务一体化基地联系点、妇联界委员联系点。';

  it('reads a host at its place, a community bare, a sector’s point by its name', () => {
    expect(entries(text)).toEqual([
      '许厝社区|许厝社区|',
      '|文化艺术界委员联系点|文化艺术界委员联系点',
      '晋江市|晋江市经济开发区职工法律服务一体化基地|',
      '|妇联界委员联系点|妇联界委员联系点',
    ]);
  });

  it('reads no run of sectors’ points alone, nor one with a party’s point among them', () => {
    expect(read('两个政协基层联系点,分别为文化艺术界委员联系点、妇联界委员联系点。')).toEqual([]);
    expect(read('两个基层联系点,分别为许厝社区联系点、梅岭街道党建联系点。')).toEqual([]);
  });

  it('reads no points named by themselves under a kind no programme designates', () => {
    expect(
      read('新建3个空气质量观测点,分别为城关镇观测点、姚伏镇观测点、平罗工业园区观测点。'),
    ).toEqual([]);
    expect(read('设立旅游客流观测点,分别为沙湖景区观测点、平罗工业园区观测点。')).toEqual([]);
    expect(read('设立便民服务联系点,分别为东街社区服务中心联系点、老干部活动中心联系点。')).toEqual(
      [],
    );
  });

  it('places the sector’s points in the notice’s one county', () => {
    const { n, codes } = readResolved(
      `晋江首批政协委员基层联系点揭牌\n12日上午,晋江首批4个政协委员基层联系点揭牌仪式举行。\n${text}\n`,
    );
    expect(n.records.map((r) => r.kind)).toEqual(Array(4).fill('observation'));
    expect(codes).toEqual(Array(4).fill('350582'));
  });

  it('leaves them unplaced where the notice names two counties', () => {
    const { codes } = readResolved(
      `政协委员基层联系点揭牌\n晋江市、石狮市政协委员基层联系点揭牌仪式举行。\n${text}\n`,
    );
    expect(codes[1]).toBeNull();
    expect(codes[3]).toBeNull();
  });
});

describe('a body no place opens, in a list naming one county only in an entry', () => {
  it('is left for the ledger to place, not put in that entry’s county', () => {
    const { n, codes } = readResolved(
      '自治区人大常委会第二批基层立法联系点名单\n自治区人大常委会基层立法联系点名单如下:平罗县人大常委会、北方民族大学、瑞银律师事务所。\n',
    );
    expect(n.records.map((r) => r.title)).toEqual(['', '北方民族大学', '瑞银律师事务所']);
    expect(codes).toEqual(['640221', null, null]);
  });
});
