/**
 * A signature the page cut short ("中共中山市委宣传" over its date) is signed by the organ the text
 * spells out in full ("受理单位：中共中山市委宣传部"): the page is that organ's own 公示, whatever
 * site carried it. Composed from the shape of a real city page.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { cutSignature } from '../../../src/main/core/import/extract/cut-signature';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const read = (lines: string[]) =>
  extractNotice(txtDoc(lines.join('\n')), { fileName: 't', regions }).metadata;

const page = (received: string, signature: string) => [
  '2019年中山市“书香镇区”“书香社区（村）”拟入选名单公示公告',
  '发布时间：2020-03-11 来源：中山文明网',
  '根据《中山市“书香系列”评选办法（试行）》，经过申报、评审等程序，小榄镇等5个镇区拟入选“书香镇区”，现予以公示。',
  '公示时间：从2020年3月11日起至13日止，共3个工作日',
  `受理单位：${received}`,
  '地址：中山市东区松苑路1号市委大楼515室',
  signature,
  '2020年3月11日',
  '附件1',
  '2019年中山市“书香镇区”的拟入选名单',
  '小榄镇、三乡镇、板芙镇、南头镇、东凤镇',
];

describe('a signature cut short', () => {
  it('is signed by the organ the text spells out in full', () => {
    const m = read(page('中共中山市委宣传部', '中共中山市委宣传'));
    expect(m.issuer).toBe('中共中山市委宣传部');
    expect(m.role).toBe('confirmation');
  });

  it('names nobody when the text spells out no organ it begins', () => {
    const doc = keyText(page('中山市文明办', '中共中山市委宣传').join('\n'));
    expect(cutSignature(doc, 2)).toBeNull();
    // A line of words over the date that is no cut of an organ named above stays unsigned.
    const other = keyText(page('中共中山市委宣传部', '请广大群众积极参与').join('\n'));
    expect(cutSignature(other, 2)).toBeNull();
  });
});
