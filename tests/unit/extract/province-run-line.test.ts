/**
 * A tier of provinces printed as one line under its heading ("省级(10个):" over
 * "河北省、江苏省、江西省;") lists the provinces as units, stated as such (a story's province-level
 * records are otherwise passing mentions). A run of provinces in prose, or on a line with other
 * words, or under no announcing line, stays no list.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { onAnnouncedProvinceLine } from '../../../src/main/core/import/extract/province-run-line';
import { txtDoc } from './helpers';

const read = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't.txt', regions: gazetteerRegionLookup() }).records;

const TIERS =
  '近日，两部门公布了167个改革试点地区。\n改革试点地区名单(按行政区划排序)\n省级(3个):\n河北省、江苏省、江西省;\n市级(2个):\n河 北:邯郸市、廊坊市;\n';

describe('a tier line of provinces', () => {
  it('lists each province as a unit the notice states', () => {
    const records = read(TIERS);
    expect(records.map((r) => r.regionText)).toEqual([
      '河北省',
      '江苏省',
      '江西省',
      '邯郸市',
      '廊坊市',
    ]);
    expect(records.slice(0, 3).every((r) => r.statedProvince === true)).toBe(true);
  });

  it('needs the line above to announce the list', () => {
    const key = '两部门公布了名单。\n河北省、江苏省、江西省;\n';
    expect(onAnnouncedProvinceLine(key, key.indexOf('河北省'))).toBe(false);
    const announced = '省级(3个):\n河北省、江苏省、江西省;\n';
    expect(onAnnouncedProvinceLine(announced, announced.indexOf('江苏省'))).toBe(true);
  });
});

describe('a tier run on over several lines', () => {
  it('lists the provinces of every line under the heading', () => {
    const records = read('省级(4个):\n河北省、江苏省;\n江西省、安徽省;\n');
    expect(records.map((r) => r.regionText)).toEqual(['河北省', '江苏省', '江西省', '安徽省']);
    expect(records.every((r) => r.statedProvince === true)).toBe(true);
  });
});

describe('provinces a notice is sent to', () => {
  it('under 主送 or 抄送 are no tier', () => {
    for (const head of ['主送：', '抄送:']) {
      const key = `${head}\n河北省、江苏省、江西省\n`;
      expect(onAnnouncedProvinceLine(key, key.indexOf('江苏省'))).toBe(false);
    }
  });
});

describe('provinces in passing', () => {
  it('a run with other words on its line is no tier line', () => {
    expect(read('试点地区名单如下：\n河北省、江苏省开展了试点。\n')).toEqual([]);
  });

  it('a run in a sentence is no list', () => {
    expect(read('北京、上海、广东等地开展了试点。\n')).toEqual([]);
  });

  it('one province alone on its line is a heading, not a tier', () => {
    const key = '名单如下：\n河北省\n邯郸市\n';
    expect(onAnnouncedProvinceLine(key, key.indexOf('河北省'))).toBe(false);
  });
});
