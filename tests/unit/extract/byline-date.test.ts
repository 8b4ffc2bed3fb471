/**
 * A page's date beside its byline fields, with no time and no 发布时间 label: at the foot
 * after the outlet ("来源：某某日报  2024年7月5日"), or at the head before it ("2014年02月28日
 * 来源：某报"). A date told in the body, or one run into a byline's own words, is none.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const meta = (text: string) => extractNotice(txtDoc(text), { fileName: 't' }).metadata;

const HEAD = '青禾县三个社区获评市级美丽社区';
const BODY =
  '近日，市民政局公布了第二批市级美丽社区名单，青禾县东坡社区、柳岸社区、石桥社区入选。据了解，评选工作经过申报推荐、材料审核和实地考察等环节。';

describe('a date beside a page’s byline fields', () => {
  it('after the outlet at the foot, set apart by spaces', () => {
    expect(meta([HEAD, BODY, '来源：青禾日报  2024年7月5日'].join('\n')).issuedOn).toBe(
      '2024-07-05',
    );
    expect(meta([HEAD, BODY, '作者：林晓  编辑：周平　2023-11-02'].join('\n')).issuedOn).toBe(
      '2023-11-02',
    );
  });

  it('before the outlet at the head', () => {
    expect(meta([HEAD, '2014年02月28日 来源：青禾晚报 【PDF版】', BODY].join('\n')).issuedOn).toBe(
      '2014-02-28',
    );
  });

  it('with more of the page’s fields after it, set off by a bar or labelled', () => {
    expect(meta([HEAD, '来源：某某网 | 2019-12-24 | 0 条评论', BODY].join('\n')).issuedOn).toBe(
      '2019-12-24',
    );
    expect(
      meta([HEAD, '来源: 青禾社 2024-09-15 07:14:22 字体：[大 中 小]', BODY].join('\n')).issuedOn,
    ).toBe('2024-09-15');
  });

  it('never a date from the body’s events or one glued into a byline field', () => {
    const told = '2024年7月5日，市民政局召开会议，来源：各县推荐名单汇总。';
    expect(meta([HEAD, BODY, told].join('\n')).issuedOn).toBeNull();
    expect(meta([HEAD, BODY, '来源：2024年7月5日青禾日报'].join('\n')).issuedOn).toBeNull();
    expect(meta([HEAD, BODY, '编辑：周平 2024年7月5日审定稿'].join('\n')).issuedOn).toBeNull();
    expect(
      meta([HEAD, BODY, '来源：青禾日报 2024年7月5日 召开座谈会'].join('\n')).issuedOn,
    ).toBeNull();
  });
});

describe('a story reposted under a forum’s own 发布时间', () => {
  it('takes the stamp written before the story’s 来源 line, not the forum’s', () => {
    const text = [
      HEAD,
      '作者  收藏   举报   发布时间:  2022-08-25 08:07',
      HEAD,
      '2022-08-24 08:26:10来源：青禾建设网',
      '青禾建设网讯 ' + BODY,
    ].join('\n');
    expect(meta(text).issuedOn).toBe('2022-08-24');
  });
});

describe('a date labelled 发布 alone', () => {
  it('is the page’s date, after the source on one line, in either script', () => {
    expect(
      meta(
        [HEAD, '來源:青禾網—青禾日報 發布:2022-04-16 11:43:56 字体：[大 中 小]', BODY].join('\n'),
      ).issuedOn,
    ).toBe('2022-04-16');
    expect(meta([HEAD, '发布：2021年3月9日', BODY].join('\n')).issuedOn).toBe('2021-03-09');
  });

  it('never a 发布 without its colon in the body', () => {
    expect(
      meta([HEAD, '市民政局发布2019年12月5日起施行的办法。', BODY].join('\n')).issuedOn,
    ).not.toBe('2019-12-05');
  });
});
