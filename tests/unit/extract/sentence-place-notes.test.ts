/**
 * A run of places in prose or one a line, each with a bracketed note after it (a 一村一品
 * village's product): the note is the entry's title and the place is read without it, so a
 * village the division list lacks is still read after its township. A bracketed status, count
 * or place after a place is no title.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const rows = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't', regions }).records.map((r) => [
    r.regionText,
    r.title,
  ]);

describe('places with a bracketed note in a run', () => {
  it('a run separated by spaces: each note is its place’s title', () => {
    const text =
      '第十批全国“一村一品”示范村镇，山东22个是: 济南市莱芜区大王庄镇(生姜) 淄博市沂源县东里镇福禄坪村(金黄金桃) 枣庄市峄城区阴平镇(红枣)';
    expect(rows(text)).toEqual([
      ['济南市莱芜区大王庄镇', '生姜'],
      ['淄博市沂源县东里镇福禄坪村', '金黄金桃'],
      ['枣庄市峄城区阴平镇', '红枣'],
    ]);
  });

  it('lines under a list heading: the note is the title, the place keeps its village', () => {
    const text = [
      '第十二批全国“一村一品”示范村镇公示名单(福建部分):',
      '福建省福州市闽清县塔庄镇茶口村(粉干)',
      '福建省厦门市海沧区东孚街道过坂社区(花卉)',
      '福建省泉州市安溪县祥华乡(乌龙茶)',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['福建省福州市闽清县塔庄镇茶口村', '粉干'],
      ['福建省厦门市海沧区东孚街道过坂社区', '花卉'],
      ['福建省泉州市安溪县祥华乡', '乌龙茶'],
    ]);
  });

  it('control: a run without notes keeps empty titles', () => {
    const text =
      '第十批全国“一村一品”示范村镇，山东22个是: 济南市莱芜区大王庄镇 淄博市沂源县东里镇福禄坪村 枣庄市峄城区阴平镇';
    expect(rows(text)).toEqual([
      ['济南市莱芜区大王庄镇', ''],
      ['淄博市沂源县东里镇福禄坪村', ''],
      ['枣庄市峄城区阴平镇', ''],
    ]);
  });

  it('control: a prose enumeration between 、 marks names places only', () => {
    const text =
      '近日，有关部门公布了首批国家青苗产业强镇名单。我市3个乡镇入选,分别为:献县南河头乡(肉鸭)、孟村回族自治县高寨镇(肉鸡)、肃宁县梁家村镇(肉鸭)。';
    expect(rows(text).every(([, title]) => title === '')).toBe(true);
  });

  it('control: a pointer to the list or a province in brackets is no title', () => {
    const listed =
      '有关部门决定命名郑州市管城区南曹乡苏庄村等103个社区为2030年某省青苗友好型社区（具体名单见二维码）。';
    expect(rows(listed).every(([, title]) => title === '')).toBe(true);
    const cities = '第一批试点城市为：萍乡(江西)\n常德(湖南)\n遂宁(四川)';
    expect(rows(cities).every(([, title]) => title === '')).toBe(true);
  });

  it('control: the level itself in brackets (本级, 居) is no title', () => {
    const own = [
      '经研究，确定以下单位为全省社区治理示范单位：',
      '济南市莱芜区（本级）',
      '淄博市沂源县（本级）',
      '枣庄市峄城区（本级）',
    ];
    expect(rows(own.join('\n')).every(([, title]) => title === '')).toBe(true);
    const text =
      '第十批全国“一村一品”示范村镇，山东3个是: 济南市莱芜区大王庄镇大王村（居） 淄博市沂源县东里镇福禄坪村（居） 枣庄市峄城区阴平镇西村（居）';
    expect(rows(text).every(([, title]) => title !== '居')).toBe(true);
  });

  it('control: a bracketed status after a place is no title', () => {
    const text =
      '第十批全国“一村一品”示范村镇，山东3个是: 济南市莱芜区大王庄镇(拟) 济南市商河县玉皇庙镇(拟) 枣庄市峄城区阴平镇(拟)';
    expect(rows(text).every(([, title]) => title === '')).toBe(true);
  });
});
