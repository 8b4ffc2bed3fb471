/**
 * Enterprises a table lists a row each under a programme's heading: each titled by its
 * registered name, at the county its name writes short after its city, else at the place its
 * headings give where the name writes only a place holding it. A table of companies under no
 * designation, or with a column of places, is read as before.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const farms = (heading: string, header = '序号\t家庭农场名称'): string =>
  [
    '温州市瓯海区农业农村局关于公布示范性家庭农场名单的通知',
    '各街道办事处：',
    '现将名单予以公布。',
    heading,
    header,
    '1\t温州市瓯海茶山立东家庭农场',
    '2\t温州市生态园茶山盘盘红家庭农场',
    '3\t温州七寄树家庭农场',
    '4\t温州市东海渔业家庭农场',
  ].join('\n');

describe('enterprises a row each in a programme’s table', () => {
  it('titles each farm whole, at the county written short after its city or at the list’s', () => {
    const { n, codes } = readResolved(farms('一、2021年新申报通过的瓯海区示范性家庭农场（4家）'));
    expect(n.records.map((r) => r.title)).toEqual([
      '温州市瓯海茶山立东家庭农场',
      '温州市生态园茶山盘盘红家庭农场',
      '温州七寄树家庭农场',
      '温州市东海渔业家庭农场',
    ]);
    // 东海 is no county of 温州 (东海县 lies in 连云港): the name writes its city, which holds
    // the list's district, so the district's list files it there.
    expect(codes).toEqual(['330304', '330304', '330304', '330304']);
    expect(n.records.every((r) => r.namedUnit)).toBe(true);
  });

  it('keeps the city a name writes where the heading names no place inside it', () => {
    const { n, codes } = readResolved(farms('2021年示范性家庭农场名单'));
    expect(n.records.map((r) => r.title)[3]).toBe('温州市东海渔业家庭农场');
    expect(codes).toEqual(['330304', '330300', '330300', '330300']);
  });

  it('reads no enterprises where the heading names no designation', () => {
    const { n } = readResolved(farms('2021年参会家庭农场（4家）'));
    expect(n.records.some((r) => r.title === '温州市瓯海茶山立东家庭农场')).toBe(false);
    expect(n.records.some((r) => r.namedUnit)).toBe(false);
  });

  it('leaves a table with a column of places to that column', () => {
    const text = [
      '关于公布示范性家庭农场名单的通知',
      '一、示范性家庭农场（2家）',
      '序号\t家庭农场名称\t所在县区',
      '1\t立东家庭农场\t温州市瓯海区',
      '2\t宗清家庭农场\t温州市鹿城区',
    ].join('\n');
    const { n } = readResolved(text);
    expect(n.records.some((r) => r.namedUnit)).toBe(false);
  });

  it('reads no header of persons or products as an enterprise column', () => {
    const text = [
      '关于公布示范性家庭农场名单的通知',
      '一、示范性家庭农场负责人（2名）',
      '序号\t负责人姓名',
      '1\t温州市瓯海茶山立东家庭农场',
      '2\t温州市瓯海茶山宗清家庭农场',
    ].join('\n');
    const { n } = readResolved(text);
    expect(n.records.some((r) => r.namedUnit)).toBe(false);
  });
});

describe('a station counted with 等N家 and none read', () => {
  const warned = (sentence: string) =>
    readResolved(
      [
        '福建省科学技术厅关于第二批省野外科学观测研究站的公示',
        sentence,
        '福建省科学技术厅',
        '2024年1月16日',
      ].join('\n'),
    ).n.warnings.filter((w) => w.code === 'count_mismatch');

  it('says the count of stations named after a division written in their names', () => {
    const [w] = warned(
      '现将拟认定建设的平潭台湾海峡海洋气象福建省野外科学观测研究站等3家省野外科学观测研究站予以公示(名单见附件)。',
    );
    expect(w).toMatchObject({ code: 'count_mismatch', stated: 3 });
  });

  it('says nothing of stations whose names write no division', () => {
    expect(warned('会上，海洋气象观测研究站等3家单位作了交流发言。')).toEqual([]);
  });
});

describe('companies a table lists for another part, or places by their address', () => {
  const table = (heading: string, header: string, rows: string[]) =>
    [
      '关于瓯海区现代农业示范园有关事项的通知',
      '各有关单位：',
      '现将有关情况公布如下。',
      heading,
      header,
      ...rows,
    ].join('\n');
  const rows = ['1\t温州市瓯海茶山立东家庭农场', '2\t浙江宏达建设有限公司'];

  it('reads no entries from bidders or attendees under a heading naming a 示范 programme', () => {
    for (const [heading, header] of [
      ['瓯海区现代农业示范园建设项目中标候选人', '序号\t企业名称'],
      ['示范园建设项目', '序号\t投标企业名称'],
      ['参加示范性家庭农场培训会企业名单', '序号\t企业名称'],
    ] as const) {
      const { n } = readResolved(table(heading, header, rows));
      expect(n.records.some((r) => r.namedUnit)).toBe(false);
    }
  });

  it('places an enterprise at the division its address column opens with', () => {
    const { n, codes } = readResolved(
      table(
        '一、示范性家庭农场（2家）',
        '序号\t家庭农场名称\t地址',
        rows.map((r) => `${r}\t温州市瓯海区茶山街道`),
      ),
    );
    expect(n.records.map((r) => r.title)).toEqual([
      '温州市瓯海茶山立东家庭农场',
      '浙江宏达建设有限公司',
    ]);
    expect(codes).toEqual(['330304', '330304']);
  });
});
