/**
 * What the documents print: Chinese punctuation, unit names in full official form, titles
 * derived from what is exported and broken between words, masked text refused.
 */
import { describe, expect, it } from 'vitest';
import type { LedgerRecord } from '../../../src/shared/domain';
import { toChinesePunctuation } from '../../../src/main/core/export/chinese-punctuation';
import { deriveTitle, editionOf, withSuffix } from '../../../src/main/core/export/document-title';
import { planExport } from '../../../src/main/core/export/export-plan';
import { findMasked, refuseMasked } from '../../../src/main/core/export/masked-text';
import { officialUnit } from '../../../src/main/core/export/official-unit';
import { breakTitle } from '../../../src/main/core/export/title-lines';
import { makeRecord } from '../../fixtures/export/sample-records';

describe('full-width punctuation in Chinese text', () => {
  it.each([
    ['“掌上社区”全覆盖,“积分制”全民参与', '“掌上社区”全覆盖，“积分制”全民参与'],
    ['一是:加强;二是?', '一是：加强；二是？'],
    [
      '中国生命文化协会(合法登记的为中国生命关怀协会)',
      '中国生命文化协会（合法登记的为中国生命关怀协会）',
    ],
    ['他说"你好"。', '他说“你好”。'],
    ['等等...', '等等……'],
    ['3.5亿元.', '3.5亿元。'],
  ])('%s', (input, expected) => expect(toChinesePunctuation(input)).toBe(expected));

  it('leaves numbers, times, URLs and Latin text alone', () => {
    expect(toChinesePunctuation('1,000人，10:30开会')).toBe('1,000人，10:30开会');
    expect(toChinesePunctuation('see http://a.b/c, ok')).toBe('see http://a.b/c, ok');
    expect(toChinesePunctuation("Don't 'x'")).toBe("Don't 'x'");
  });
});

describe('unit names in full official form', () => {
  const unit = (over: Parameters<typeof makeRecord>[0]) => officialUnit(makeRecord(over)).text;

  it('puts the province first and a district with its city (上海市长宁区, 江苏省南京市溧水区)', () => {
    expect(
      unit({ regionText: '长宁区', province: '上海市', county: '长宁区', regionCode: '310105' }),
    ).toBe('上海市长宁区');
    expect(
      unit({
        regionText: '溧水区',
        province: '江苏省',
        city: '南京市',
        county: '溧水区',
        regionCode: '320117',
      }),
    ).toBe('江苏省南京市溧水区');
  });

  it('writes a county or county-level city without its prefecture, as the Ministry does', () => {
    expect(
      unit({ regionText: '宜都市', province: '湖北省', city: '宜昌市', county: '宜都市' }),
    ).toBe('湖北省宜都市');
    expect(unit({ province: '山东省', city: '临沂市', county: '平邑县' })).toBe('山东省平邑县');
  });

  it('below county level: the whole chain, the ledger’s town, then the community as written', () => {
    expect(
      unit({
        regionText: '南通市海安市雅周镇兴雅社区',
        province: '江苏省',
        city: '南通市',
        county: '海安市',
        town: '雅周镇',
      }),
    ).toBe('江苏省南通市海安市雅周镇兴雅社区');
    // The notice wrote another town name than the ledger resolved: the ledger wins, no repeat.
    expect(
      unit({
        regionText: '扬州市邗江区邗江街道',
        province: '江苏省',
        city: '扬州市',
        county: '邗江区',
        town: '邗上街道',
      }),
    ).toBe('江苏省扬州市邗江区邗上街道');
  });

  it('keeps a community the notice wrote without its county (淮海街道黄河南社区)', () => {
    // 淮政发〔2011〕233号 lists communities under a heading that names the county: the
    // ledger resolves 清河区, the notice's own words are only what lies below it.
    const huaian = { province: '江苏省', city: '淮安市', county: '清河区', regionCode: '320802' };
    expect(unit({ ...huaian, regionText: '淮海街道黄河南社区' })).toBe(
      '江苏省淮安市清河区淮海街道黄河南社区',
    );
    expect(unit({ ...huaian, regionText: '新村社区' })).toBe('江苏省淮安市清河区新村社区');
    // A written county the ledger renamed (江干区 → 上城区) is a place, never appended.
    expect(
      unit({ province: '浙江省', city: '杭州市', county: '上城区', regionText: '杭州市江干区' }),
    ).toBe('浙江省杭州市上城区');
  });

  it('never prints the place twice when the unit repeats it in front', () => {
    const place = {
      province: '江西省',
      city: '青山市',
      county: '湖畔区',
      regionText: '青山市湖畔区',
    };
    expect(unit({ ...place, unit: '青山市湖畔区青山市民政局' })).toBe(
      '江西省青山市湖畔区青山市民政局',
    );
    expect(unit({ ...place, unit: '青山市湖畔区' })).toBe('江西省青山市湖畔区');
    // A unit of its own, not starting with the place, is still printed after it.
    expect(unit({ ...place, unit: '柳岸街道社工站' })).toBe('江西省青山市湖畔区柳岸街道社工站');
  });

  it('keeps levels apart for line breaking, and prefixes the province to unresolved text', () => {
    const u = officialUnit(
      makeRecord({ province: '黑龙江省', city: '双鸭山市', county: '岭东区' }),
    );
    expect(u.segments).toEqual(['黑龙江省', '双鸭山市', '岭东区']);
    expect(unit({ province: '江苏省', regionText: '苏州工业园区' })).toBe('江苏省苏州工业园区');
    expect(unit({ regionText: null })).toBe('');
  });

  it('prints what a traditional-character notice wrote in simplified characters', () => {
    // Nothing resolved below the province: the notice's words, simplified.
    expect(unit({ province: '新疆生产建设兵团', regionText: '農十師一八一團' })).toBe(
      '新疆生产建设兵团农十师一八一团',
    );
    // Below the resolved town: the community as written, simplified.
    expect(
      unit({
        regionText: '江蘇省南通市海安市雅周鎮興雅社區',
        province: '江苏省',
        city: '南通市',
        county: '海安市',
        town: '雅周镇',
        regionCode: '320685',
      }),
    ).toBe('江苏省南通市海安市雅周镇兴雅社区');
    // A regiment placed in the city its division runs (师市合一) prints as the corps' unit.
    expect(
      unit({
        regionText: '農八師一二一團',
        province: '新疆维吾尔自治区',
        county: '石河子市',
        regionCode: '659001',
      }),
    ).toBe('新疆生产建设兵团农八师一二一团');
    // The city itself, written as the city, stays the city.
    expect(
      unit({
        regionText: '石河子市',
        province: '新疆维吾尔自治区',
        county: '石河子市',
        regionCode: '659001',
      }),
    ).toBe('新疆维吾尔自治区石河子市');
    // A character simplified text uses too stays as written.
    expect(unit({ province: '吉林省', regionText: '乾安縣某某社區' })).toBe('吉林省乾安县某某社区');
  });
});

describe('titles from what is exported', () => {
  it('one programme → its name + 名单/汇编, never doubled', () => {
    expect(deriveTitle(['zone'], ['全国社区治理和服务创新实验区'], '名单')).toBe(
      '全国社区治理和服务创新实验区名单',
    );
    expect(deriveTitle(['case'], ['2021年度全国基层治理创新典型案例'], '汇编')).toBe(
      '2021年度全国基层治理创新典型案例汇编',
    );
    expect(withSuffix('2022年第一批涉嫌非法社会组织名单', '名单')).toBe(
      '2022年第一批涉嫌非法社会组织名单',
    );
  });

  it('several programmes → a neutral title, not the first record’s', () => {
    expect(deriveTitle(['case'], ['天津市典型案例', '湖南省典型案例'], '汇编')).toBe(
      '典型案例汇编',
    );
    expect(deriveTitle(['zone', 'case'], ['全省城乡社区治理实验区'], '汇总表')).toBe(
      '实验区和典型案例汇总表',
    );
    expect(deriveTitle(['zone', 'case', 'observation'], ['a', 'b'], '汇总表')).toBe(
      '实验区、典型案例和观察点汇总表',
    );
  });

  it('names every kind it holds, other lists too, without doubling 名单', () => {
    expect(deriveTitle(['zone', 'case', 'other'], ['a', 'b', 'c'], '汇总表')).toBe(
      '实验区、典型案例和其他名单汇总表',
    );
    expect(deriveTitle(['other'], ['c', 'd'], '名单')).toBe('其他名单');
    expect(deriveTitle(['other'], ['c', 'd'], '汇编')).toBe('其他名单汇编');
  });

  it('a list of one batch or one year names it before the programme (a grid filtered by year)', () => {
    const zone = (year: number | null, batch: string | null) =>
      makeRecord({ kind: 'zone', programme: '全国社区治理和服务创新实验区', year, batch });
    const title = (records: LedgerRecord[]) =>
      planExport(records, { format: 'docx', kind: 'zone' }).title;
    expect(title([zone(2019, null), zone(2019, null)])).toBe(
      '2019年度全国社区治理和服务创新实验区名单',
    );
    expect(title([zone(2019, '第四批'), zone(2019, '第四批')])).toBe(
      '第四批全国社区治理和服务创新实验区名单',
    );
    // Controls: several years name none; a name holding its year or batch is not doubled.
    expect(title([zone(2019, null), zone(2015, null)])).toBe('全国社区治理和服务创新实验区名单');
    expect(deriveTitle(['case'], ['2021年度全国基层治理创新典型案例'], '汇编', '2021年度')).toBe(
      '2021年度全国基层治理创新典型案例汇编',
    );
    expect(deriveTitle(['zone'], ['第四批全国农村社区治理实验区'], '名单', '第四批')).toBe(
      '第四批全国农村社区治理实验区名单',
    );
    expect(
      editionOf([
        { year: 2019, batch: '第四批' },
        { year: 2019, batch: null },
      ]),
    ).toBe('2019年度'); // Two programmes' first batches are two lists: the batch names neither, their year does.
    const provincial = (year: number) =>
      makeRecord({ kind: 'zone', programme: '全省城乡社区治理实验区', year, batch: '第一批' });
    expect(title([zone(2019, '第一批'), provincial(2019)])).toBe('2019年度实验区名单');
    expect(title([zone(2015, '第一批'), provincial(2019)])).not.toContain('第一批');
  });

  it('breaks a long title between words, the upper line the longer', () => {
    expect(breakTitle('2021年度全国基层治理创新典型案例汇编')).toHaveLength(1);
    const lines = breakTitle('吉林省民政厅关于开展省级社区治理和服务创新实验区创建工作的通知');
    expect(lines.join('')).toBe('吉林省民政厅关于开展省级社区治理和服务创新实验区创建工作的通知');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(20);
  });
});

describe('masked text', () => {
  const masked = makeRecord({ regionText: '海安市', content: '是海安市****的农民安置区', seq: 6 });
  const clean = makeRecord({ regionText: '北京市石景山区', content: '正常内容' });

  it('finds records whose printed fields hold ****', () => {
    expect(findMasked([clean, masked], (r) => r.regionText ?? '').map((m) => m.id)).toEqual([
      masked.id,
    ]);
    // A list that does not print the write-up has nothing to hide.
    expect(findMasked([masked], () => '', ['regionText', 'title'])).toEqual([]);
  });

  it('refuses with a Chinese message naming each record', () => {
    expect(() => refuseMasked(findMasked([masked], () => '海安市'))).toThrow(
      /1 条记录含被遮挡的文字（\*\*\*\*）[\s\S]*原序号6 海安市（记录 #\d+）[\s\S]*照印遮挡文字/,
    );
    expect(() => refuseMasked([])).not.toThrow();
  });
});
