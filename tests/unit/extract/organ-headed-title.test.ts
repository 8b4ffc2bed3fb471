/**
 * A page headed by a document's 关于… title without its organ, printing the document below under
 * its own title line with the organ, is titled with that line; a line naming a different
 * document, or words that are no organ before the same title, change nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const title = (text: string) => extractNotice(txtDoc(text), { fileName: 't' }).metadata.title;

const HEAD = '关于公布第二批市级美丽社区名单的公告';
const BODY = [
  '根据《市级美丽社区评定办法》，经材料审核、实地考察和社会公示，现将第二批市级美丽社区名单公布如下：',
  '青禾县东坡社区',
  '青禾县柳岸社区',
  '特此公告。',
];

describe('a document’s title line with its organ below the page’s headline', () => {
  it('is the title', () => {
    expect(title([HEAD, '青禾市民政局' + HEAD, ...BODY].join('\n'))).toBe('青禾市民政局' + HEAD);
  });

  it('below a story’s lead telling of the document', () => {
    const lead = '1月28日，青禾市民政局发布《' + HEAD + '》，公告内容如下：';
    expect(title([HEAD, lead, '青禾市民政局' + HEAD, ...BODY].join('\n'))).toBe(
      '青禾市民政局' + HEAD,
    );
  });

  it('not a line with words that are no organ, nor another document (control)', () => {
    expect(title([HEAD, '据悉，昨日发布' + HEAD, ...BODY].join('\n'))).toBe(HEAD);
    expect(
      title([HEAD, '青禾市民政局关于公布第一批市级美丽社区名单的公告', ...BODY].join('\n')),
    ).toBe(HEAD);
  });

  it('not a line forwarding the document, nor a link below it (control)', () => {
    expect(title([HEAD, '转发青禾市民政局' + HEAD, ...BODY].join('\n'))).toBe(HEAD);
    expect(title([HEAD, ...BODY, '相关链接：', '省民政厅' + HEAD].join('\n'))).toBe(HEAD);
  });
});
