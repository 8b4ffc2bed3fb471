/**
 * An organ's act dated for the reader ("近日，某省委、省政府决定，授予…", "7月31日，某厅对…进行公示",
 * "11月4日，某委发布关于…的公示") is told from outside: the page retelling it is news, though it then lists the units; the
 * organ's own wording of the same act ("省委、省政府决定，授予…") is the list itself.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const extract = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't', regions: gazetteerRegionLookup() });

const LIST = '名单如下：\n1. 邯郸市\n2. 邢台市\n3. 保定市\n';

describe('an organ’s act dated for the reader', () => {
  it('is news when a lead tells it happened lately', () => {
    const own =
      '河北省双拥模范城名单\n为表彰先进，河北省委、省政府决定，授予邯郸市等3个市“河北省双拥模范城”荣誉称号。\n' +
      LIST;
    expect(extract(own).metadata.role).toBe('confirmation');
    const told = own.replace('为表彰先进，', '近日，');
    expect(extract(told).metadata.role).toBe('news');
  });

  it('is news when a lead dates an organ’s 公示 by its day', () => {
    const told =
      '关于河北省双拥模范城评审结果的公示\n7月31日，河北省退役军人事务厅对双拥模范城评审结果进行公示。' +
      '其中，邯郸市、邢台市、保定市拟被认定为河北省双拥模范城。\n';
    expect(extract(told).metadata.role).toBe('news');
    expect(extract(told.replace('7月31日，', '')).metadata.role).toBe('confirmation');
  });

  it('is news when a lead dates an organ publishing its 公示 by the 公示’s own title', () => {
    const told =
      '11月4日，河北省退役军人事务厅、河北省民政厅、河北省财政厅发布关于河北省双拥模范城拟命名名单的公示。\n' +
      '现将拟命名名单予以公示，公示时间：11月4日至11月10日。\n' +
      LIST;
    expect(extract(told).metadata.role).toBe('news');
    expect(extract(told.replace('11月4日，', '')).metadata.role).toBe('confirmation');
  });
});
