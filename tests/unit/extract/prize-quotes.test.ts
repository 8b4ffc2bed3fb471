/**
 * A project honoured by an award, written as the body carrying it out and its quoted name (the
 * kind word inside the quotes or after them), the run of such names closed by the prize it shares
 * (获…奖, its verb often bare): one entry each at its body's place. The award a verb gives in
 * quotes, and a quoted name with no kind word, are none.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

function read(lines: string[]) {
  const { n, codes } = readResolved(lines.join('\n\n'));
  return { codes, titles: n.records.map((r) => r.title) };
}

describe('a quoted project after its body, closed by its prize', () => {
  it('reads a run of whole quoted names after their bodies before the prize they share', () => {
    const { codes, titles } = read([
      '我省2个慈善项目获慈善奖',
      '近日，表彰大会召开，河南省慈善总会“‘益路童行’关爱困境儿童慈善项目”、武陟县慈善协会“武陟县慈善助力精准扶贫项目”获慈善项目奖；某某获个人奖。',
    ]);
    expect(titles).toEqual(['‘益路童行’关爱困境儿童慈善项目', '武陟县慈善助力精准扶贫项目']);
    expect(codes).toEqual(['410000', '410823']);
  });

  it('reads a quoted name with its kind word after it, the body acting on it', () => {
    const { codes, titles } = read([
      '我市三单位获慈善奖',
      '近日，省人民政府决定授予78个爱心个人、项目和单位首届慈善奖。其中，上杭县慈善总会组织开展的“慈善爱心屋”捐建工程获优秀慈善项目奖。',
    ]);
    expect(titles).toEqual(['“慈善爱心屋”捐建工程']);
    expect(codes).toEqual(['350823']);
  });

  it('leaves the award a verb gives in quotes, and a slogan with no kind word', () => {
    const { titles } = read([
      '我市项目获奖',
      '本报讯 5日，表彰大会召开，我市“育慈善心 向广善行”获得 “最具影响力慈善项目”奖。',
      '上杭县慈善总会“爱心满城”获优秀奖。',
    ]);
    expect(titles).toEqual([]);
  });

  it("leaves a college's quoted plan closed by a teaching award", () => {
    const { titles } = read([
      '我市获奖',
      '日前，郑州市某某学院“乡村振兴”计划获省级教学成果一等奖。',
    ]);
    expect(titles).toEqual([]);
  });

  it('leaves a project given reward money, no prize', () => {
    const { titles } = read([
      '我市项目获奖励',
      '日前，郑州市慈善总会“爱心助学”项目获奖励资金20万元，新郑市慈善协会“光明行动”获表彰。',
    ]);
    expect(titles).toEqual([]);
  });
});
