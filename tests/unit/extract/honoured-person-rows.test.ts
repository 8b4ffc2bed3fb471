/**
 * A table of honoured persons beside their posts: the post names a city, county or home, but a
 * person is no entry — and a table of short unit names is still read.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('persons beside their posts', () => {
  it('reads no entry from a name column with gender marks beside a column of posts', () => {
    const { n } = readResolved(
      [
        '全国养老服务先进个人名单',
        '王丽华（女）\t开封市民政局副局长',
        '赵　刚\t兰考县民政局局长',
        '孙国强\t登封市嵩阳老年公寓院长',
      ].join('\n'),
    );
    expect(n.records).toEqual([]);
  });

  it('still reads the units listed above the persons', () => {
    const { n, codes } = readResolved(
      [
        '全国养老服务先进单位名单',
        '1\t兰考县民政局',
        '2\t登封市嵩阳老年公寓',
        '全国养老服务先进个人名单',
        '王丽华（女）\t开封市民政局副局长',
        '赵　刚\t兰考县民政局局长',
      ].join('\n'),
    );
    expect(codes).toEqual(['410225', '410185']);
    expect(n.records).toHaveLength(2);
  });

  it('still reads a column of counties named short beside the organ honoured there', () => {
    const { codes } = readResolved(
      ['河南省养老服务先进单位名单', '兰考县\t民政局', '杞　县\t民政局', '睢　县\t民政局'].join(
        '\n',
      ),
    );
    expect(codes).toEqual(['410225', '410221', '411422']);
  });
});

describe('persons beside their posts in traditional characters', () => {
  it('reads no entry from them either', () => {
    const { n } = readResolved(
      [
        '全國養老服務先進個人名單',
        '王麗華（女）\t開封市民政局副局長',
        '趙　剛\t蘭考縣民政局局長',
      ].join('\n'),
    );
    expect(n.records).toEqual([]);
  });
});
