/**
 * A story telling a unit's acceptance of an earlier year in the sentence naming it (宜都市2019年
 * 开展…试点，2020年通过验收 on a 2021 page) dates the acceptance by that year, not the page's.
 * Controls: an acceptance of the page's own year keeps the page's day; one told in another
 * sentence than the unit's is left as read.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const story = (body: string) =>
  readResolved(
    `我市养老服务改革试点工作通过验收\n2021-03-06 来源:某某日报\n${body}\n`,
  ).n.records.map((r) => r.outcome ?? null);

describe('an acceptance of an earlier year told later', () => {
  it('is dated by the year the sentence writes', () => {
    expect(story('2019年,宜都市开展全国居家和社区养老服务改革试点,2020年通过验收。')).toEqual([
      { status: '已验收', on: '2020-12-31' },
    ]);
  });

  it('is dated by the month the sentence writes with the year, at its last day', () => {
    expect(story('2019年,宜都市开展全国居家和社区养老服务改革试点,2020年9月通过验收。')).toEqual([
      { status: '已验收', on: '2020-09-30' },
    ]);
  });

  it('is dated by the day the sentence writes with the year', () => {
    expect(story('2019年,宜都市开展全国居家和社区养老服务改革试点,2020年9月5日通过验收。')).toEqual(
      [{ status: '已验收', on: '2020-09-05' }],
    );
  });

  it('is dated by the year the sentence says relative to the page (去年)', () => {
    expect(story('前年,宜都市开展全国居家和社区养老服务改革试点,去年顺利通过验收。')).toEqual([
      { status: '已验收', on: '2020-12-31' },
    ]);
  });
});

describe('controls', () => {
  it('an acceptance of the page’s own year keeps the page’s day', () => {
    expect(story('去年,宜都市开展全国居家和社区养老服务改革试点,今年通过验收。')).toEqual([
      { status: '已验收' },
    ]);
  });

  it('a notice’s own line on its zone’s past is dated by the notice', () => {
    const { n } = readResolved(
      [
        '宝鸡市民政局关于婚俗改革实验区工作情况的通报',
        '宝民发〔2025〕12号',
        '各县区民政局：',
        '金台区自2021年4月至2024年4月，为全国首批婚俗改革实验区，2024年9月通过民政部终期评估验收。',
        '宝鸡市民政局',
        '2025年12月30日',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.outcome?.on)).toEqual([undefined]);
  });

  it('an acceptance that failed is not dated as one', () => {
    expect(
      story('2019年,宜都市开展全国居家和社区养老服务改革试点,2020年未通过验收。').map((o) => o?.on),
    ).toEqual([undefined]);
  });

  it('an acceptance told in another sentence is left as read', () => {
    expect(story('宜都市开展全国居家和社区养老服务改革试点。2020年,试点工作通过验收。')).toEqual([
      { status: '已验收' },
    ]);
  });
});
