/**
 * A list's title line naming its scope ("某市入选…名单") over the list of its units is no entry;
 * the same line as a story's headline with no list below it keeps its place. A community's
 * method named with words of its own before the quote keeps those words in its title; a longer
 * clause between the place and the quote is not read as part of a name.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

function read(text: string) {
  const { n, codes } = readResolved(text);
  return {
    codes,
    titles: n.records.map((r) => r.title),
    regions: n.records.map((r) => r.regionText),
  };
}

describe("a list's title naming its scope", () => {
  it('is no entry over the table of its units', () => {
    const { codes } = read(
      [
        '近日，省民政厅公布第三批优秀社区工作法，我市两个工作法入选。',
        '绵阳市入选全省第三批优秀社区工作法名单',
        '序号\t县（市、区）\t社区\t工作法名称',
        '1\t涪城区\t城厢街道东街社区\t“三心”工作法',
        '2\t游仙区\t游仙街道芙蓉社区\t“四邻”工作法',
      ].join('\n'),
    );
    expect(codes).toEqual(['510703', '510704']);
  });

  it('keeps the place of a headline with no list below it', () => {
    const { codes } = read(
      ['绵阳市入选全国文明城市提名城市名单', '近日，中央文明委公布了提名城市名单。'].join('\n'),
    );
    expect(codes).toContain('510700');
  });

  it("leaves the document's headline to the headline readers", () => {
    const { regions } = read(
      [
        '绵阳入围全省养老服务示范名单',
        '序号\t县（市、区）\t单位',
        '1\t涪城区\t城厢街道东街社区',
        '2\t游仙区\t游仙街道芙蓉社区',
      ].join('\n'),
    );
    expect(regions.some((r) => r?.startsWith('绵阳'))).toBe(true);
  });
});

describe("a county's subheading over a story's paragraphs", () => {
  it('keeps the county when a list stands further down, not right below it', () => {
    const { codes } = read(
      [
        '我市两地入选全国实验区',
        '近日，民政部公布了全国农村社区治理实验区名单。',
        '涪城区入选全国农村社区治理实验区名单',
        '近年来，涪城区坚持党建引领，成效明显。',
        '附：全省示范社区',
        '序号\t县（市、区）\t社区',
        '1\t江油市\t太白社区',
        '2\t三台县\t北坝社区',
      ].join('\n'),
    );
    expect(codes).toContain('510703');
  });
});

describe("a unit's own subheading", () => {
  it('keeps a community written as the honoured unit though a list follows later', () => {
    const { regions } = read(
      [
        '我市多个社区获评示范',
        '近日，省民政厅公布了示范社区名单。',
        '涪城区城厢街道东街社区入选全国示范社区名单',
        '该社区坚持党建引领，打造邻里中心。',
        '近日，民政部公布全国示范名单，江油市太白社区、三台县北坝社区入选。',
      ].join('\n'),
    );
    expect(regions).toContain('涪城区城厢街道东街社区');
  });
});

describe("a community's method named with words of its own", () => {
  it('keeps the words before the quote in the title', () => {
    const { titles } = read(
      [
        '我区三个工作法入选',
        '近日，省民政厅公布了优秀社区工作法遴选结果，绵阳市涪城区城厢街道东街社区党群共治“三心”工作法、游仙街道芙蓉社区“四邻”工作法入选全省优秀社区工作法。',
      ].join('\n\n'),
    );
    expect(titles).toContain('党群共治“三心”工作法');
  });

  it('reads no name out of a clause between the place and the quote', () => {
    const { titles } = read(
      [
        '我区工作法入选',
        '近日，绵阳市涪城区城厢街道东街社区近年来持续探索形成的“三心”工作法入选全省优秀社区工作法。',
      ].join('\n\n'),
    );
    expect(titles.some((t) => /持续探索/.test(t))).toBe(false);
  });

  it('reads no name out of short words telling what the community did', () => {
    for (const words of ['探索形成', '总结提炼的', '創新推行', '依托']) {
      const { titles } = read(
        [
          '我区工作法入选',
          `近日，烟台市芝罘区毓璜顶街道大海阳社区${words}“六个一”工作法入选全省优秀社区工作法。`,
        ].join('\n\n'),
      );
      expect(titles.some((t) => t.includes(words))).toBe(false);
    }
  });
});
