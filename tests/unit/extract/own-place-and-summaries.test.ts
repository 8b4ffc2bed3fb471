/**
 * A city's list that names its place only in its own words ("我市…现将石家庄市…名单"),
 * communities of the same name in two county groups, a street called "…市街", and the
 * lines of a news item that say where the entries are or how many there are without
 * listing them.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { resolveRecords } from '../../../src/main/core/import/resolve-records';
import { codes, txtDoc } from './helpers';

const read = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 'a.txt', regions: gazetteerRegionLookup() });
const countyCodes = (text: string) =>
  resolveRecords(read(text)).resolved.map((r) => r.resolution?.regionCode?.slice(0, 6) ?? null);

const CITY_LIST = [
  '关于2022年绿色社区命名的通报',
  '',
  '我市各县区积极参与创建工作。现将石家庄市绿色社区名单公布如下：',
  '桥西区（2个）',
  '友谊社区、红星社区',
  '长安区（2个）',
  '友谊社区、建华社区',
].join('\n');

describe('the place a notice names its own list after', () => {
  it('reads a county that several cities have inside the city the notice speaks as', () => {
    expect(countyCodes(CITY_LIST)).toEqual(['130104', '130104', '130102', '130102']);
  });

  it('keeps a community named alike in two county groups as two records', () => {
    expect(read(CITY_LIST).records.map((r) => r.regionText)).toEqual([
      '友谊社区',
      '红星社区',
      '友谊社区',
      '建华社区',
    ]);
  });

  it('takes no city from a place that only says "我市" without naming one', () => {
    const text = CITY_LIST.replace('现将石家庄市绿色社区名单', '现将绿色社区名单');
    expect(read(text).records.every((r) => !r.regionContext?.city)).toBe(true);
  });
});

describe('a street called "…市街" is no city', () => {
  it('does not carry a city taken from a community name to the items after it', () => {
    const n = read('现将名单公布如下：\n长安区马市街社区、建华社区、友谊社区');
    expect(n.records.map((r) => r.regionContext?.city ?? null)).toEqual([null, null, null]);
  });
});

describe('a news item that counts its entries without listing them all', () => {
  const NEWS = [
    '某市3镇20村入选省级乡村治理示范村镇名单',
    '',
    '某市3镇20村入选示范村镇名单，长安、新华、桥西均有镇、村上榜。',
    '其中，3个入围的示范镇分别是：井陉县微水镇、井陉县威州镇、赞皇县院头镇。',
  ].join('\n');

  it('does not read the districts that "均有…上榜" as entries', () => {
    expect(read(NEWS).records.map((r) => r.regionText)).toEqual([
      '井陉县微水镇',
      '井陉县威州镇',
      '赞皇县院头镇',
    ]);
  });

  it('warns that a count of towns and villages together is not reached', () => {
    const n = read(NEWS);
    expect(codes(n)).toContain('count_mismatch');
    expect(n.warnings.find((w) => w.code === 'count_mismatch')?.message).toContain('23');
  });

  it('reads a headline count written without 个 ("五社区被评为")', () => {
    const n = read(
      '我市东城、文山、西城三社区被评为绿色社区\n\n近日，东城社区、文山社区被评为绿色社区。',
    );
    expect(n.warnings.find((w) => w.code === 'count_mismatch')?.message).toContain('3');
  });
});

describe('an issuer that is an office of its county', () => {
  it('places the 我县 entries in the county its name opens with', () => {
    const text = [
      '各有关镇民政工作站：',
      '',
      '经各社区申报，县上审核，2018年市上确定我县2个社区为全市和谐示范社区，名单如下：',
      '序号\t镇\t社区',
      '1\t华胥镇\t甲社区',
      '2\t玉山镇\t乙社区',
      '',
      '蓝田县社区工作指导中心',
      '2019年1月8日',
    ].join('\n');
    expect(countyCodes(text)).toEqual(['610122', '610122']);
  });
});

describe("a city's own organ written bare announcing the list", () => {
  const NEWS = [
    '10月8日，市地名委公布六安市第二批地名文化遗产保护名录，包括3个现存地名和3个历史地名。',
    '现存地名文化遗产：古县（3个）、古镇（2个）。',
    '古县：霍邱（汉）、舒城（唐）、金寨（民国）。',
    '历史地名文化遗产：古行政区划（4个）',
    '古行政区划：寿春县、高唐县、沈丘县、六安县。',
  ].join('\n');

  it('scopes the list to that city', () => {
    expect(read(NEWS).records.every((r) => r.regionContext?.city === '六安市')).toBe(true);
  });

  it('gives its bare names found only in another province no code', () => {
    const placed = resolveRecords(read(NEWS)).resolved.map((r) => r.resolution?.regionCode ?? null);
    expect(placed.filter((c) => c !== null)).toEqual(['341522', '341523', '341524']);
  });

  it('takes no city from a bare organ inside a longer word (各市民政局)', () => {
    const text = NEWS.replace('市地名委公布', '各市民政局公布');
    expect(read(text).records.every((r) => !r.regionContext?.city)).toBe(true);
  });
});
