/**
 * A page's own stamp in three more forms: after the site's address ("http://news.example.com
 * 2010-09-03 09:36 来源：…"), written out with its time in words too ("2017年06月22日08时00分"),
 * and with the year in its own box before month, day and time ("2021 04/11 22:34"), which a web
 * page keeps when it drops its chrome.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { readNotice } from '../../../src/main/core/import/readers';
import { isJunkLine } from '../../../src/main/core/import/readers/html-junk';
import { txtDoc } from './helpers';

const meta = (text: string) => extractNotice(txtDoc(text), { fileName: 't' }).metadata;

const HEAD = '青禾县三个社区获评市级美丽社区';
const BODY =
  '近日，市民政局公布了第二批市级美丽社区名单，青禾县东坡社区、柳岸社区、石桥社区入选。据了解，评选工作经过申报推荐、材料审核和实地考察等环节。';
const dated = (line: string) => meta([HEAD, line, BODY].join('\n')).issuedOn;

describe('a page stamp after the site’s address', () => {
  it('dates the page', () => {
    expect(dated('http://news.qinghe.com.cn 2010-09-03 09:36 来源:青禾晚报 我来说两句')).toBe(
      '2010-09-03',
    );
    expect(dated('www.qinghe.gov.cn/news 2021-05-06 来源：青禾县民政局')).toBe('2021-05-06');
  });

  it('never an address with words between it and a date, nor a sentence', () => {
    expect(dated('http://news.qinghe.com.cn 截至2010-09-03 共评出三个社区')).toBeNull();
  });

  it('never a clause or figure numbered with a dot before a day', () => {
    // A host ends in its domain's letters; "1.5" and "3.2" are numbers, not addresses.
    expect(dated('1.5 2020-05-06 青禾县东坡社区')).toBeNull();
    expect(dated('3.2 2019.12.01 起施行')).toBeNull();
  });
});

describe('a written stamp with its time in words', () => {
  it('alone under the headline', () => {
    expect(dated('2017年06月22日08时00分')).toBe('2017-06-22');
    expect(dated('2017年06月22日 08时05分31秒 来源：青禾日报')).toBe('2017-06-22');
  });

  it('never a day the body tells with an hour after it', () => {
    expect(
      meta([HEAD, BODY, '2017年06月22日08时，评审组到东坡社区实地考察。'].join('\n')).issuedOn,
    ).toBeNull();
    // The hour and minute a sentence opens with, from which something holds, is no stamp.
    expect(
      meta([HEAD, BODY, '2017年06月22日08时00分起，停止受理申报。'].join('\n')).issuedOn,
    ).toBeNull();
  });
});

describe('a stamp with the year in its own box', () => {
  it('keeps the info line a web page prints it on', async () => {
    expect(isJunkLine('财经 2021 04/11 22:34 青禾网 字体：[大 中 小]')).toBe(false);
    const html = [
      '<html><head><meta charset="utf-8"><title>t</title></head><body>',
      '<div class="nav"><a href="/">首页</a></div>',
      `<div class="article"><h1>${HEAD}</h1>`,
      '<div class="info">2020 12/17 18:00 字体：[大 中 小]</div>',
      `<div class="content"><p>${BODY}</p></div></div></body></html>`,
    ].join('\n');
    const doc = await readNotice('t.html', new Uint8Array(Buffer.from(html, 'utf8')));
    expect(extractNotice(doc, { fileName: 't.html' }).metadata.issuedOn).toBe('2020-12-17');
  });

  it('drops furniture with a year and no day, month and time', () => {
    expect(isJunkLine('2021 字体：[大 中 小]')).toBe(true);
  });
});
