/**
 * Quoted names read as entries beyond the single "place + “name” + kind word + verb" shape:
 * a run of bare quoted names after their places closed by the group's kind word and count
 * (…市“甲”市级品牌1个，…县“乙”和…县“丙”等县级品牌2个), and a quoted project whose unit follows
 * it in brackets (“甲”项目（某市某协会）获“…”). A run of quotes closed by no kind word (做法,
 * 活动) and a bracket that names no place are none.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

function read(lines: string[]) {
  const { n, codes } = readResolved(lines.join('\n\n'));
  return { codes, titles: n.records.map((r) => r.title), units: n.records.map((r) => r.unit) };
}

describe('a run of bare quoted names closed by its kind word and count', () => {
  it('reads each quoted name after its place as a title of its own', () => {
    const { codes, titles } = read([
      '养老服务品牌推介',
      '本次推介的养老服务品牌共3个，分别是扬州市“银龄乐”市级品牌1个，江阴市“暖阳行”和如东县“海韵情”等县级品牌2个。',
    ]);
    expect(titles).toEqual(['银龄乐', '暖阳行', '海韵情']);
    expect(codes).toEqual(['321000', '320281', '320623']);
  });

  it('reads the run when a verb, not a count, follows its kind word', () => {
    const { titles } = read([
      '全省救助品牌名单',
      '江阴市“暖阳行”、如东县“海韵情”等县级品牌入选全省社会救助品牌。',
    ]);
    expect(titles).toEqual(['暖阳行', '海韵情']);
  });

  it('reads no honour a verb gives in quotes before a run', () => {
    const { titles } = read([
      '全省救助品牌名单',
      '如东县获“先进单位”，江阴市“暖阳行”等县级品牌入选全省社会救助品牌。',
    ]);
    expect(titles).toEqual(['暖阳行']);
  });

  it('reads no run of quotes closed by words that are no kind of entry', () => {
    const { titles } = read([
      '经验交流',
      '会上，盐城市“文明实践”、南通市“志愿江海”等做法得到推广，各地开展“邻里守望”、“文化铸魂”等活动65场次。',
    ]);
    expect(titles).toEqual([]);
  });
});

describe('a quoted project with its unit in brackets after it', () => {
  it('reads the bracketed unit as the project’s place and unit', () => {
    const { codes, titles, units } = read([
      '优秀公益项目揭晓',
      '其中，“银发助餐”项目（常熟市慈善总会）、“书香童年”项目（昆山市图书馆志愿者协会）获“优秀公益项目”。',
    ]);
    expect(titles).toEqual(['“银发助餐”项目', '“书香童年”项目']);
    expect(codes).toEqual(['320581', '320583']);
    expect(units).toEqual(['常熟市慈善总会', '昆山市图书馆志愿者协会']);
  });

  it('reads no entry from a bracket that is a note, not a unit', () => {
    const { titles } = read([
      '优秀公益项目揭晓',
      '其中，“银发助餐”项目（评分位列第一）获“优秀公益项目”。',
    ]);
    expect(titles).toEqual([]);
  });

  it('reads no unit from a bracket telling who recommended or declared the project', () => {
    const { titles, units } = read([
      '优秀公益项目揭晓',
      '其中，“银发助餐”项目（常熟市民政局推荐）获“优秀公益项目”，“书香童年”项目（昆山市、太仓市联合申报）获“示范项目”。',
    ]);
    expect(units).toEqual([]);
    expect(titles).toEqual([]);
  });
});
