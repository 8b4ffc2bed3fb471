/**
 * Residential estates and property projects named bare beside a count of them (红色物业 lists of
 * a district's or a county's own news): each name an entry at the one county the text places
 * them in, its name the title; a count that disagrees, a bare 项目 count that is no property's,
 * or names that are places leave them unread.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const titled = (text: string) => {
  const r = readResolved(text);
  return r.n.records.map((rec, i) => [r.codes[i], rec.title]);
};

describe('estates named bare beside their count', () => {
  it('reads a roll after the count, at the county written short where the sentence opens', () => {
    expect(
      titled(
        '近日,嘉兴2023年度“红色物业”项目名单公布。海盐获得该荣誉的3个物业小区分别为枫叶新村、海逸豪园、恒隆广场。',
      ),
    ).toEqual([
      ['330424', '枫叶新村'],
      ['330424', '海逸豪园'],
      ['330424', '恒隆广场'],
    ]);
  });

  it('reads a run before its count at the county glued to its first name, the count word left off', () => {
    expect(
      titled(
        '近日,浙江省公布2023年度省级“红色物业”项目,上城区悦麒美寓、中盛府、运新花苑共3个物业项目入选,数量在全市并列第一。',
      ),
    ).toEqual([
      ['330102', '悦麒美寓'],
      ['330102', '中盛府'],
      ['330102', '运新花苑'],
    ]);
  });

  it('answers a roll in the next sentence from the count before it, at the one county the text writes', () => {
    expect(
      titled(
        '近日,浙江省住房和城乡建设厅公布名单,我市4个物业项目光荣上榜。他们分别是景乐雅苑、华家新村、梅兰苑、御珑湾。\n下一步,平湖将继续以“红色物业”项目创建为契机。',
      ),
    ).toEqual([
      ['330482', '景乐雅苑'],
      ['330482', '华家新村'],
      ['330482', '梅兰苑'],
      ['330482', '御珑湾'],
    ]);
  });

  it('leaves a roll whose count disagrees, and a bare 项目 count that is no property’s', () => {
    const wrongCount = readResolved(
      '海盐获得该荣誉的5个物业小区分别为枫叶新村、海逸豪园、恒隆广场。',
    );
    expect(wrongCount.n.records.map((r) => r.title)).not.toContain('枫叶新村');
    const examples = readResolved('上城区悦麒美寓、中盛府等2个物业项目入选。');
    expect(examples.n.records.map((r) => r.title)).not.toContain('中盛府等');
    const projects = readResolved('海盐今年实施的3个项目分别为助老食堂、儿童之家、邻里驿站。');
    expect(projects.n.records.map((r) => r.title)).not.toContain('助老食堂');
  });

  it('takes no county named mid-word, nor names that are counties themselves', () => {
    const counties = readResolved('我市3个小区分别为海盐、平湖、桐乡。');
    expect(counties.n.records.map((r) => r.title)).not.toContain('海盐');
  });

  it('places a city’s estates in the city it writes before them, not in a county written elsewhere', () => {
    const r = readResolved(
      '嘉兴市3个物业小区入选,分别为枫叶新村、海逸豪园、恒隆广场。\n会上,海盐县住建局作了交流发言。',
    );
    expect(r.n.records.map((x, i) => [r.codes[i], x.title])).toEqual([
      ['330400', '枫叶新村'],
      ['330400', '海逸豪园'],
      ['330400', '恒隆广场'],
    ]);
  });

  it('takes no roads or townships for estates, and reads a community among them as a unit', () => {
    const roads = readResolved('海盐县3个物业小区分别为海滨东路、新桥北路、城北西路。');
    expect(roads.n.records.map((x) => x.title)).not.toContain('海滨东路');
    const r = readResolved('海盐县枫叶新村、海逸豪园、金都社区共3个物业项目入选。');
    expect(r.n.records.map((x) => [x.regionText, x.title])).toEqual([
      ['海盐县', '枫叶新村'],
      ['海盐县', '海逸豪园'],
      ['海盐县金都社区', ''],
    ]);
  });
});
