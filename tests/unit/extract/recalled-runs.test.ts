/**
 * Units of an earlier batch or year a story names in passing to sum up its place's tally
 * ("连同前两批的…", "此前，…已入选前两批…", "加上去年创建成功的…") are no entries of the
 * notice; a headline telling who entered a list names the list, not its entrants; a programme
 * whose verb comes before its scope word (建设国家…) is already scoped. Composed from our own
 * lines, not from a notice.
 */
import { describe, expect, it } from 'vitest';
import { listName } from '../../../src/main/core/import/extract/list-name';
import { scopedProgramme } from '../../../src/main/core/import/extract/notice-scope';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { readResolved } from './helpers';
import { buildNotice } from '../../support/unseen';
import type { NoticeSpec } from '../../support/unseen/spec';
import { prepareImport } from '../../../src/main/core/import/prepare-import';

const regions = (text: string) => readResolved(text).n.records.map((r) => r.regionText);

/** A news page as the importer reads it: its region codes. */
async function pageCodes(title: string, body: string): Promise<unknown[]> {
  const spec = { format: 'html', chrome: true, site: '青禾日报', info: '2030年03月14日', title };
  const f = await buildNotice('t', { ...spec, blocks: [{ p: body }] } as NoticeSpec);
  const p = await prepareImport({ name: f.name, bytes: f.bytes, sha256: 'x' });
  return p.records.map((r) => r.fields.region_code);
}

describe('units recalled from an earlier batch are no entries', () => {
  it('drops a run added to the tally with 连同前两批的', async () => {
    const got = await pageCodes(
      '湖南3市新入选第三批国家建设青苗友好城市名单',
      '近日，有关部门联合印发了第三批国家建设青苗友好城市名单，湖南省岳阳、常德、益阳3市入选，数量居全国前列。截至目前，连同前两批的长沙、株洲、湘潭市，我省累计6个城市入选国家建设名单。',
    );
    expect([...got].sort()).toEqual(['430600', '430700', '430900']);
  });

  it('drops a run the clause says already entered earlier batches', async () => {
    const got = await pageCodes(
      '浙江湖州、衢州入选第三批建设国家青苗友好城市名单',
      '日前，第三批建设国家青苗友好城市名单公布，浙江湖州、衢州入选。此前，杭州、宁波、温州、绍兴已入选前两批建设国家青苗友好城市名单。',
    );
    expect(got).toContain('330500');
    for (const code of ['330100', '330200', '330300', '330600']) expect(got).not.toContain(code);
  });

  it('drops the tail of one list that adds last year’s units', () => {
    const got = regions(
      [
        '某县获评国家示范区',
        '同时，湖南省衡阳市南岳区、郴州市资兴市等2家创建单位也喜获“国家青苗示范区”称号。加上去年创建成功的长沙市望城区、株洲市炎陵县，目前湖南省已有5家国家青苗示范区。',
      ].join('\n'),
    );
    expect(got).toEqual(expect.arrayContaining(['湖南省衡阳市南岳区', '郴州市资兴市']));
    expect(got).not.toContain('长沙市望城区');
    expect(got).not.toContain('株洲市炎陵县');
  });
});

describe('a sentence opening with an earlier time and the place’s holding', () => {
  const OWN = [
    '瀍河区华林街道君澜湾社区',
    '洛龙区龙门街道龙城社区',
    '宜阳县兴宜街道水磨头社区',
    '偃师区伊洛街道齐庄社区',
    '偃师区顾县镇李湾村',
  ];

  it('drops every run of the sentence: its units were chosen before', () => {
    const got = regions(
      [
        '2030年全国示范性青苗友好型社区拟命名名单公布 某市5个社区榜上有名',
        '日前,有关部门公布2030年全国示范性青苗友好型社区拟命名名单,我市5个社区榜上有名。',
        `这5个社区分别是${OWN.join('、')}。`,
        '今年2月,有关部门印发了《关于开展2030年全国示范性青苗友好型社区创建工作的通知》,明确今年将创建1000个全国示范性青苗友好型社区。',
        '此前,我市已有7个社区入选2028年和2029年全国示范性青苗友好型社区名单,它们分别是2028年入选的洛龙区开元路街道定鼎门社区、洛龙区古城街道英才社区、孟津区常袋镇马岭村,以及2029年入选的洛龙区学府街道国宝社区、瀍河区塔湾街道恒大绿洲社区、偃师区岳滩镇喂北村、孟津区西霞街道西霞社区。(某报见习记者 周某)',
      ].join('\n'),
    );
    expect(got).toEqual(OWN);
  });

  it('control: an earlier step told without a holding keeps the sentence’s units', () => {
    const got = regions(
      [
        '某市4个社区获评全国青苗友好型社区',
        '此前，省里已公示拟命名名单，经审核，洛龙区龙门街道龙城社区、宜阳县兴宜街道水磨头社区、偃师区伊洛街道齐庄社区、偃师区顾县镇李湾村被命名为全国青苗友好型社区。',
      ].join('\n'),
    );
    expect(got).toContain('洛龙区龙门街道龙城社区');
    expect(got).toContain('偃师区顾县镇李湾村');
  });

  it('control: the sentence turning to this year’s keeps the run after the turn', () => {
    const got = regions(
      '我市历下区甲社区、市中区乙社区入选第三批全国示范社区。此前，我市已有3个社区入选前两批，' +
        '今年又有槐荫区丙社区、天桥区丁社区入选省级示范社区。',
    );
    expect(got).toEqual(['历下区甲社区', '市中区乙社区', '槐荫区丙社区', '天桥区丁社区']);
  });
});

describe('a headline telling who entered a list names the list', () => {
  it('cuts the entrants and their verb before the list', () => {
    expect(listName('湖南3市新入选第三批国家建设青苗友好城市名单')?.name).toBe(
      '建设国家青苗友好城市',
    );
    expect(listName('浙江湖州、衢州入选第三批建设国家青苗友好城市名单')?.name).toBe(
      '建设国家青苗友好城市',
    );
  });

  it('cuts the entrants raised to a programme’s rank or rated as it', () => {
    expect(listName('青禾2社区升为全国邻里学堂示范区')?.name).toBe('全国邻里学堂示范区');
    expect(listName('柳岸县获评全国邻里学堂示范县')?.name).toBe('全国邻里学堂示范县');
    expect(listName('柳岸县被确定为全国邻里学堂实验区')?.name).toBe('全国邻里学堂实验区');
  });

  it('cuts the count told after the list word', () => {
    const got = listName('第三批建设国家青苗友好城市名单 26个城市入选');
    expect(got?.name).toBe('建设国家青苗友好城市');
    expect(got?.batch).toBe('第三批');
  });

  it('reads a scope word after the verb as the programme’s scope', () => {
    expect(scopedProgramme('建设国家青苗友好城市', '湖南省', gazetteerRegionLookup())).toBe(
      '建设国家青苗友好城市',
    );
    expect(scopedProgramme('青苗友好城市', '湖南省', gazetteerRegionLookup())).toBe(
      '湖南省青苗友好城市',
    );
  });
});
