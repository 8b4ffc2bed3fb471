/**
 * An outlet named like no paper or site ("今日某某", "文明风"): the page's source line names it
 * and the story tells as it (本报讯, or a dateline opened by the same name), so it is the news
 * item's issuer; named on the source line alone, it is the page's issuer all the same (the
 * body a page's source line names is whose the page is), though not an outlet telling the story.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const issuer = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't', regions }).metadata.issuer;

const STORY =
  '近日,经过专家评审,2019年全国社区教育示范街道(乡镇)名单正式对外公布,我市长安镇榜上有名,荣获“全国社区教育示范街道(乡镇)”称号。';

describe('an outlet the source line names and the story tells as', () => {
  it('a county paper named 今日某某 on the source line of a 本报讯 story', () => {
    const text = [
      '2019-12-20 00:00:00 作者:张明 来源:今日海宁',
      `本报讯(通讯员 张明 记者 王芳) ${STORY}`,
    ].join('\n');
    expect(issuer(text)).toBe('今日海宁');
  });

  it('a name on the source line that also opens the dated 讯', () => {
    const text = ['2019-12-20 16:18:51 来源:文明风', `文明风12月20日讯 ${STORY}`].join('\n');
    expect(issuer(text)).toBe('文明风');
  });

  it('a name on the source line alone is the issuer all the same', () => {
    const text = ['2019-12-20 16:18:51 来源:文明风', `记者从有关部门获悉,${STORY}`].join('\n');
    expect(issuer(text)).toBe('文明风');
  });
});
