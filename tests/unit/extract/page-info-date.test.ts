/**
 * A page's info line dated in words and carrying only the page's own furniture (字体：[大 中 小],
 * a count of views, a paper's page) is the page's stamp, whatever sets its fields off the date;
 * so is a written stamp with its time after the reporter's name. A web page keeps that line
 * when it drops its chrome.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { readNotice } from '../../../src/main/core/import/readers';
import { txtDoc } from './helpers';

const meta = (text: string) => extractNotice(txtDoc(text), { fileName: 't' }).metadata;

const HEAD = '青禾县三个社区获评市级美丽社区';
const BODY =
  '近日，市民政局公布了第二批市级美丽社区名单，青禾县东坡社区、柳岸社区、石桥社区入选。据了解，评选工作经过申报推荐、材料审核和实地考察等环节。';

describe('a page’s info line dated in words', () => {
  it('with the page’s furniture after a space, a bar or a dot', () => {
    const dated = (line: string) => meta([HEAD, line, BODY].join('\n')).issuedOn;
    expect(dated('2024年03月14日 字体：[大 中 小]')).toBe('2024-03-14');
    expect(dated('2025年06月13日 | 查看: 59136')).toBe('2025-06-13');
    expect(dated('2022年11月30日·青禾晨报·第A01版·封面')).toBe('2022-11-30');
  });

  it('with its time after the reporter’s name', () => {
    expect(
      meta([HEAD, '林晓　2024年01月27日08:32 | 来源：青禾日报', BODY].join('\n')).issuedOn,
    ).toBe('2024-01-27');
  });

  it('never a date the body tells, nor one with no page field after it', () => {
    expect(
      meta([HEAD, BODY, '2024年3月14日，市民政局召开会议，点击：查看详情。'].join('\n')).issuedOn,
    ).toBeNull();
    expect(meta([HEAD, '2024年03月14日 青禾县东坡社区', BODY].join('\n')).issuedOn).toBeNull();
  });

  it('is kept when a web page’s chrome is dropped', async () => {
    const html = [
      '<html><head><meta charset="utf-8"><title>t</title></head><body>',
      '<div class="nav"><a href="/">首页</a></div>',
      `<div class="article"><h1>${HEAD}</h1>`,
      '<div class="info">2024年03月14日 字体：[大 中 小]</div>',
      `<div class="content"><p>${BODY}</p></div></div></body></html>`,
    ].join('\n');
    const doc = await readNotice('t.html', new Uint8Array(Buffer.from(html, 'utf8')));
    expect(extractNotice(doc, { fileName: 't.html' }).metadata.issuedOn).toBe('2024-03-14');
  });
});
