/**
 * A pilot told as the past of a notice about something else ("去年，我市在江岸区、江汉区开展…试点，
 * 取得良好成效"): the places carried it out before, the notice gives them nothing — no entries.
 * Controls: a sentence deciding the pilot (确定…开展试点) lists its places whatever its time, and
 * places said to have entered a pilot last year (入选) are read as before.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const NEWS = '武汉市召开全市养老服务工作推进会\n发布时间：2023-03-06　来源：长江日报\n';
const RULES = '民政部关于进一步做好某某工作的通知\n各省、自治区、直辖市民政厅（局）：\n';
const places = (head: string, sentence: string) =>
  readResolved(head + sentence + '\n').n.records.map((r) => r.regionText);

describe('a pilot told as the past of another notice', () => {
  it('gives its places no entry', () => {
    for (const [head, s] of [
      [
        NEWS,
        '3月5日，武汉市召开养老服务推进会。去年，我市在江岸区、江汉区开展居家养老服务试点，取得良好成效。',
      ],
      [NEWS, '此前，江岸区、江汉区开展居家养老服务试点，取得良好成效。'],
      [
        RULES,
        '去年，北京市、上海市开展居家养老服务改革试点，积累了有益经验。现就有关事项通知如下。',
      ],
      [
        RULES,
        '2019年以来，北京市、上海市实施居家养老服务改革试点，积累了经验。现就有关事项通知如下。',
      ],
    ] as const)
      expect(places(head, s)).toEqual([]);
  });

  it('leaves a sentence deciding the pilot its list, whatever its time', () => {
    const decided = ['北京市', '上海市'];
    expect(places(RULES, '经研究，确定北京市、上海市开展居家养老服务改革试点。')).toEqual(decided);
    expect(places(RULES, '去年，经研究，确定北京市、上海市开展居家养老服务改革试点。')).toEqual(
      decided,
    );
  });

  it('leaves places that entered a pilot last year as they were read', () => {
    expect(places(NEWS, '去年，江岸区、江汉区入选全国居家养老服务试点。')).toEqual([
      '江岸区',
      '江汉区',
    ]);
  });

  it('leaves a past pilot whose verdict the notice gives its list', () => {
    const DONE = '武汉市居家养老服务改革试点通过验收\n发布时间：2023-03-06　来源：长江日报\n';
    const passed = (s: string) =>
      readResolved(DONE + s + '\n')
        .n.records.filter((r) => r.outcome?.status === '已验收')
        .map((r) => (r.regionText ?? '').replace(/、$/, ''));
    expect(
      passed('2021年以来，江岸区、江汉区开展居家养老服务改革试点，经验收，均已通过验收。'),
    ).toEqual(expect.arrayContaining(['江岸区', '江汉区']));
    expect(
      passed('2021年以来，江岸区、江汉区开展居家养老服务改革试点。经评估，上述地区通过验收。'),
    ).toEqual(expect.arrayContaining(['江岸区', '江汉区']));
  });

  it('still drops a past pilot when the verdict after it is another group’s', () => {
    expect(
      places(
        NEWS,
        '去年，我市在江岸区、江汉区开展居家养老服务试点，取得良好成效。今年，全市新建社区养老服务中心50家，均通过验收。',
      ),
    ).toEqual([]);
  });
});
