/**
 * A site's dateline with the city it files from and a dated 消息 ("中广网北京4月2日消息 (记者…)"),
 * as its dated 电 ("人民网南京10月27日电") already reads: the site is the item's outlet.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const issuer = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't', regions }).metadata.issuer;

const HEAD = '全国爱卫办暂缓确认福建泉州为“国家卫生城市”';
const STORY = '2008年，全国爱卫办对2004年命名的国家卫生城市进行了复审。';

describe('a site, its city and a dated 消息', () => {
  it('names the site as the outlet', () => {
    expect(issuer([HEAD, `中广网北京4月2日消息 (中国之声记者刘天思) ${STORY}`].join('\n'))).toBe(
      '中广网',
    );
  });

  it('names no city filing the story alone (control)', () => {
    expect(issuer([HEAD, `北京4月2日消息，${STORY}`].join('\n'))).not.toBe('北京');
  });
});
