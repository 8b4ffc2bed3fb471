/**
 * A paper's masthead line at the head of the page (the outlet or the page's column, then the
 * issue's date, perhaps its weekday) dates the page; so does a stamp labelled in English
 * (TIME:2018-04-18) and a stamp printed with a closing slash before its time
 * ("2020/01/08/ 05:37来源：…"). A body's sentence, a window's or an event's date stays no date.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const meta = (text: string) => extractNotice(txtDoc(text), { fileName: 't' }).metadata;

const HEAD = '青禾县三个社区获评市级美丽社区';
const BODY =
  '近日，市民政局公布了第二批市级美丽社区名单，青禾县东坡社区、柳岸社区、石桥社区入选。据了解，评选工作经过申报推荐、材料审核和实地考察等环节。';
const dated = (line: string) => meta([HEAD, line, BODY].join('\n')).issuedOn;

describe('a paper’s masthead line', () => {
  it('dates the page, spaced or glued, with its weekday', () => {
    expect(dated('青禾日报 2025年6月9日')).toBe('2025-06-09');
    expect(dated('青禾日报2025年6月9日')).toBe('2025-06-09');
    expect(dated('第A7版：青禾市美丽社区推选　2017年11月27日 星期一')).toBe('2017-11-27');
    expect(dated('青禾晚报·青禾客户端 2021-11-16')).toBe('2021-11-16');
  });

  it('is no masthead when the date is a window’s, an event’s or inside a sentence', () => {
    expect(dated('评选结果公示期至2021年11月10日')).toBeNull();
    expect(dated('第二批美丽社区申报截止 2021年11月10日')).toBeNull();
    expect(dated('活动将于2021年11月10日举行，请各单位报名。')).toBeNull();
    // A call's deadline day, an event told as held on the date: no outlet's masthead.
    expect(dated('第二批美丽社区申报截止日 2021年11月10日')).toBeNull();
    expect(dated('美丽社区推进会召开 2021年3月5日')).toBeNull();
    // A site's posting line dates its repost, not the story.
    expect(dated('由 青禾社 發表于 綜藝2023-01-19')).toBeNull();
  });
});

describe('a page’s stamp', () => {
  it('labelled in English, or with a closing slash before its time', () => {
    expect(dated('TIME:2018-04-18浏览次数:3190次')).toBe('2018-04-18');
    expect(dated('2020/01/08/ 05:37来源:青禾日报 记者 林晓')).toBe('2020-01-08');
  });
});
