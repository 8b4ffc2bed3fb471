/**
 * Townships' villages named as what a check looked at, the assessing verb right before them and
 * what was looked at after 的 ("细致考核了A镇B村、C乡D村和E乡F村的规划编制…"), in a story whose
 * county is named before the sentence (…来望江县开展…): the villages are the story's entries,
 * placed in that county. Controls: a visit's verb (调研了) lists nothing; with no county named
 * before, the towns are placed nowhere and nothing is read; the last two joined by 和 are two.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const TITLE = '市农业农村局来望江县开展2021年度美丽乡村考核验收工作';
const VILLAGES = ['雷池镇红旗中心村', '凉泉乡徐滩中心村', '凉泉乡团山中心村', '凉泉乡陈冲中心村'];
const read = (title: string, sentence: string) => {
  const { n, codes } = readResolved([title, `验收组随机抽取4个中心村。${sentence}`].join('\n'));
  return { regions: n.records.map((r) => r.regionText), codes };
};

describe('villages an assessing verb names before what it looked at', () => {
  it('are entries in the county named before, the last two joined by 和', () => {
    const got = read(
      TITLE,
      '通过查阅资料的方式，细致考核了雷池镇红旗中心村、凉泉乡徐滩中心村、凉泉乡团山中心村和凉泉乡陈冲中心村的规划编制、产业发展相关台账资料；实地查看了村容村貌。',
    );
    expect(got.regions).toEqual(VILLAGES);
    expect(new Set(got.codes)).toEqual(new Set(['340827']));
  });

  it('are entries when every name is set apart by 、', () => {
    const got = read(TITLE, `细致考核了${VILLAGES.join('、')}的规划编制等台账资料。`);
    expect(got.regions).toEqual(VILLAGES);
  });

  it('are no entries after a visit’s verb (control)', () => {
    const got = read(TITLE, `实地调研了${VILLAGES.join('、')}的产业发展情况。`);
    expect(got.regions).toEqual([]);
  });

  it('are placed nowhere, and not read, when no county is named before (control)', () => {
    const got = read(
      '市农业农村局开展2021年度美丽乡村考核验收工作',
      `细致考核了${VILLAGES.join('、')}的规划编制等台账资料。`,
    );
    expect(got.regions).toEqual([]);
  });
});
