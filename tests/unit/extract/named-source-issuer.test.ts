/**
 * The body a page's source line names above the story is whose the page is (来源：省民政厅社区处
 * issues the page it heads): an outlet over the wire dateline it carries, and, when nothing
 * signs the page, any name — an app, a school, a journal in book-title marks, a site called
 * 某某门户. Words that name no one stay no issuer, and a signature still signs.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { isJunkLine } from '../../../src/main/core/import/readers/html-junk';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const issuer = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't', regions }).metadata.issuer;

const TITLE = '青禾县柳岸社区入选全国示范性老年友好型社区';
const STORY =
  '近日，国家卫生健康委、全国老龄办公布了全国示范性老年友好型社区名单，青禾县柳岸社区榜上有名。';

describe('the source line above the story names the issuer', () => {
  it('an outlet on the source line, over the wire dateline of the story it carries', () => {
    const text = [
      TITLE,
      '2021-09-22 15:35:35 来源：青禾网',
      `新华社北京9月22日电（记者王芳）${STORY}`,
    ].join('\n');
    expect(issuer(text)).toBe('青禾网');
  });

  it('an app named like no paper', () => {
    const text = [TITLE, '发布时间:2022-11-02 09:03  来源:掌上青禾  浏览量:', STORY].join('\n');
    expect(issuer(text)).toBe('掌上青禾');
  });

  it('a school that wrote the item', () => {
    const text = [TITLE, '发布时间：2023年01月16日  来源：青禾区柳岸成人学校', STORY].join('\n');
    expect(issuer(text)).toBe('青禾区柳岸成人学校');
  });

  it('a journal in book-title marks, its issue cut off', () => {
    const text = [
      TITLE,
      '作者：王芳　信息来源：《青禾论丛》2020年第7期，第52-58页。　发布时间：2020-10-25',
      STORY,
    ].join('\n');
    expect(issuer(text)).toBe('青禾论丛');
  });

  it('a site called 某某门户', () => {
    expect(issuer([TITLE, '来源：柳岸门户', STORY].join('\n'))).toBe('柳岸门户');
  });

  it('words that name no one are no issuer', () => {
    for (const who of ['网络', '不详', '本站原创', '门户网站'])
      expect(issuer([TITLE, `来源：${who}`, STORY].join('\n'))).toBeNull();
  });

  it('a signed notice stays its signer’s', () => {
    const text = [
      '关于公布全县示范性老年友好型社区名单的通知',
      '来源：柳岸门户',
      '各乡镇人民政府：经评审，确定柳岸社区等3个社区为全县示范性老年友好型社区，现予公布。',
      '青禾县民政局',
      '2023年5月12日',
    ].join('\n');
    expect(issuer(text)).toBe('青禾县民政局');
  });

  it('a page keeps its repost line, however the site sets its font switch beside it', () => {
    expect(isJunkLine('本文转自：青禾日报客户端 字体：[大 中 小]')).toBe(false);
    expect(isJunkLine('來源：柳岸門戶 字體：[大 中 小]')).toBe(false);
    expect(isJunkLine('字体：[大 中 小]')).toBe(true);
  });
});
