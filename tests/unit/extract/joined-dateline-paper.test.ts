/**
 * A repost's dateline naming the site and the paper it carries before the paper's own 讯
 * ("某某新闻网--某某报本讯"): the paper is the news item's issuer, not the site.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const issuer = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't', regions }).metadata.issuer;

const BODY =
  '记者从市文明办获悉,经基层推荐、专家评审等程序,10月份学雷锋志愿服务先进典型揭晓,泗县花园井社区获评学雷锋志愿服务先进社区典型。';

describe("a site and its paper before the paper's 讯", () => {
  it('the paper issues the item', () => {
    const text = [
      '泗县花园井社区获评省级学雷锋志愿服务先进',
      `拂晓新闻网--拂晓报本讯11月23日,${BODY}`,
    ];
    expect(issuer(text.join('\n'))).toBe('拂晓报');
  });

  it('a single dash joins them too', () => {
    const text = ['某社区获评学雷锋志愿服务先进', `中国甘肃网-民族日报讯 ${BODY}`];
    expect(issuer(text.join('\n'))).toBe('民族日报');
  });
});
