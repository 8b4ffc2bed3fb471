/**
 * Dates a page shows outside the shapes the byline reader knew: a story's lead opening with the
 * day it tells of (the year from the same month written elsewhere in the text), a template's
 * info line with the year set apart from month and day, the date between the page's font-size
 * switch and its view count, and an account's post stamp with its clock time.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const meta = (text: string) => extractNotice(txtDoc(text), { fileName: 't' }).metadata;

const HEAD = '青禾县三个社区获评市级美丽社区';
const BODY =
  '市民政局公布了第二批市级美丽社区名单，青禾县东坡社区、柳岸社区、石桥社区入选。据了解，评选工作经过申报推荐、材料审核和实地考察等环节。';

describe('a story’s lead opening with its day', () => {
  it('takes the year the text gives the same month', () => {
    const text = [HEAD, `11月4日，${BODY}`, '公示时间：2021年11月4日至11月10日。'].join('\n');
    expect(meta(text).issuedOn).toBe('2021-11-04');
  });

  it('or the year the lead’s sentence opens with after the day', () => {
    expect(meta([HEAD, `2月17日，2023年全市民政工作会议召开，${BODY}`].join('\n')).issuedOn).toBe(
      '2023-02-17',
    );
  });

  it('never the day an organ published the document the lead cites (control)', () => {
    const text = [
      HEAD,
      `3月24日，市文明办发布关于第二批市级美丽社区拟命名名单的公示，${BODY}`,
      '公示时间为2025年3月24日至3月28日。',
    ].join('\n');
    expect(meta(text).issuedOn).toBeNull();
  });

  it('reads no date without a year for it, nor a day told later in the text (control)', () => {
    expect(meta([HEAD, `11月4日，${BODY}`].join('\n')).issuedOn).toBeNull();
    expect(
      meta([HEAD, `近日，${BODY}`, '11月4日，2021年全市民政工作会议召开。'].join('\n')).issuedOn,
    ).toBeNull();
  });
});

describe('a page’s info line in other shapes', () => {
  it('with the year set apart from its month and day', () => {
    expect(
      meta([HEAD, '2021 09/ 22 15:35:35 来源：青禾网', `近日，${BODY}`].join('\n')).issuedOn,
    ).toBe('2021-09-22');
    expect(meta([HEAD, '财经 2021 04/11 22:34 青禾网', `近日，${BODY}`].join('\n')).issuedOn).toBe(
      '2021-04-11',
    );
  });

  it('between the font-size switch and the view count', () => {
    expect(
      meta([HEAD, '文字:[大][中][小] 2022/8/10 浏览次数:1830', `近日，${BODY}`].join('\n'))
        .issuedOn,
    ).toBe('2022-08-10');
  });

  it('after a labelled account’s name, with its clock time', () => {
    expect(
      meta([HEAD, '专业号:青禾人家 2015/1/22 7:15:01', `近日，${BODY}`].join('\n')).issuedOn,
    ).toBe('2015-01-22');
    expect(
      meta([HEAD, '专业号:青禾人家2015/1/22 7:15:01', `近日，${BODY}`].join('\n')).issuedOn,
    ).toBe('2015-01-22');
  });

  it('never an event’s time, nor a date with no page furniture (controls)', () => {
    expect(
      meta([HEAD, '会议时间:青禾宾馆 2015/1/22 9:30', `近日，${BODY}`].join('\n')).issuedOn,
    ).toBeNull();
    expect(
      meta([HEAD, '文字:[大][中][小] 截至2022/8/10 浏览次数:1830', `近日，${BODY}`].join('\n'))
        .issuedOn,
    ).toBeNull();
    expect(
      meta([HEAD, '共 2021 件 12/17 项 18:00', `近日，${BODY}`].join('\n')).issuedOn,
    ).toBeNull();
  });
});
