/**
 * A case named in book-title marks right after its place, in a sentence that honours it
 * (某社区社工点案例《…》获得一等奖, 某社区社工点的《…》和某社区的《…》获得二等奖, 某街道《…》等N篇
 * 案例获评…): one entry each, the place as written and the marked text its title; a cited
 * document, a title no verb honours and the speaker's own place are none.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

function read(lines: string[]) {
  const { n } = readResolved(lines.join('\n\n'));
  return n.records.map((r) => [r.regionText, r.title]);
}

describe('a case in book-title marks right after its place', () => {
  it('reads each prized case of one sentence, its runner, kind word and 的 no part of either', () => {
    expect(
      read([
        '某街道举办优秀案例评选活动',
        '经过评审，东湖社区服务点案例《邻里一家亲》获得一等奖；西林社区服务点的《“银发”课堂——老年人学用手机》和南坪社区的《小小志愿者》获得二等奖。',
      ]),
    ).toEqual([
      ['东湖社区', '邻里一家亲'],
      ['西林社区', '“银发”课堂——老年人学用手机'],
      ['南坪社区', '小小志愿者'],
    ]);
  });

  it('reads one example before a count of cases and the honouring verb', () => {
    expect(
      read([
        '我区多个案例获评全市优秀工作案例',
        '在全市评选中，海曙区白云街道《一米高度看社区》等11篇案例获评全市优秀工作案例。',
      ]),
    ).toEqual([['海曙区白云街道', '一米高度看社区']]);
  });

  it('keeps out cited documents, titles no verb honours and the speaker’s own place', () => {
    expect(
      read([
        '某区开展社区文化活动',
        '某区民政局印发《关于开展社区治理创新工作的通知》，东湖社区《邻里守望》在文艺晚会上演出。',
        '东湖社区《社区议事协商工作办法》荣获一等奖。',
        '我市《幸福邻里》案例荣获一等奖。',
      ]),
    ).toEqual([]);
  });
});

describe('a title after its place in a sentence that calls it no case', () => {
  it('reads no play, book or plan honoured after its place', () => {
    expect(
      read([
        '某县文化艺术节闭幕',
        '在全省戏剧节上，安吉县《山村的春天》荣获优秀剧目奖，德清县《小城故事》获得表演奖。',
        '上城区《某某街道志》获得全省地方志优秀成果奖。',
        '宁波市《养老服务发展三年行动计划》入选省级优秀规划。',
      ]),
    ).toEqual([]);
  });
});
