/**
 * A list run together into one paragraph is one item a line again; prose that only counts
 * (一是…二是…, 一、二等奖) and a list already one item a line are left as they are, and every
 * character still points at its place in the text as written.
 */
import { describe, expect, it } from 'vitest';
import { itemsOnTheirLines } from '../../../src/main/core/import/extract/inline-items';

describe('items run together in one paragraph', () => {
  it('puts each numbered item, and the sentence after the last bracket, on a line', () => {
    const text =
      '分别是： 一、甲乙品牌（某区民政局） 二、丙丁模式（某县民政局） 三、戊己经验（某市殡仪馆） 希望各地认真学习借鉴。';
    const out = itemsOnTheirLines(text);
    expect(out.text.split('\n').map((l) => l.trim())).toEqual([
      '分别是：',
      '一、甲乙品牌（某区民政局）',
      '二、丙丁模式（某县民政局）',
      '三、戊己经验（某市殡仪馆）',
      '希望各地认真学习借鉴。',
    ]);
    // Every output character maps to the input character it shows (the break to the space).
    [...out.text].forEach((ch, i) => {
      if (ch !== '\n') expect(text[out.origin[i] ?? -1]).toBe(ch);
    });
    expect(out.origin[out.text.length]).toBe(text.length);
  });

  it('breaks before a number right after a colon, and reads （一）（二）（三） and 1、2、3、', () => {
    expect(
      itemsOnTheirLines('名单如下：（一）甲乙社区工作法 （二）丙丁社区工作法 （三）戊己社区工作法')
        .text,
    ).toBe('名单如下：\n（一）甲乙社区工作法\n（二）丙丁社区工作法\n（三）戊己社区工作法');
    expect(itemsOnTheirLines('1、甲乙县青禾镇 2、丙丁县白石镇 3、戊己县长乐镇').text).toBe(
      '1、甲乙县青禾镇\n2、丙丁县白石镇\n3、戊己县长乐镇',
    );
  });

  it('leaves counting prose, two items and a list already one a line alone', () => {
    for (const text of [
      '工作分为一、二、三等奖，一是加强领导，二是完善制度，三是强化考核。',
      '分别是： 一、甲乙品牌（某区民政局） 二、丙丁模式（某县民政局）',
      '一、甲乙品牌（某区民政局）\n二、丙丁模式（某县民政局）\n三、戊己经验（某市殡仪馆）',
    ])
      expect(itemsOnTheirLines(text).text).toBe(text);
  });
});
