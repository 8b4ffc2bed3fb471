/**
 * Word lists per kind: the Ministry's columns for zones, case and observation layouts, an
 * other-list's own header; widths from the content; long rows may split; the font table
 * tells Word and WPS what to use when a 公文 font is missing.
 */
import { describe, expect, it } from 'vitest';
import { sizeColumns } from '../../../src/main/core/export/attachment-table';
import { buildListDocument } from '../../../src/main/core/export/list-document';
import { listColumns, listRows } from '../../../src/main/core/export/list-layout';
import { ems } from '../../../src/main/core/export/text-measure';
import type { LedgerRecord } from '../../../src/shared/domain';
import { makeRecord } from '../../fixtures/export/sample-records';
import { tableRows, zipPart } from './docx-parts';

const CODES: Record<string, string> = { 岭东区: '230503', 雨花台区: '320114', 长宁区: '310105' };
const zone = (county: string, city: string, province: string, title: string, content = '') =>
  makeRecord({
    province,
    city,
    county,
    regionText: county,
    regionCode: CODES[county] ?? null,
    title,
    content,
  });

const zones: LedgerRecord[] = [
  zone(
    '岭东区',
    '双鸭山市',
    '黑龙江省',
    '邻里家园·活力社区',
    '探索沉陷区、棚户区改造后社区治理体系建设。',
  ),
  zone('雨花台区', '南京市', '江苏省', '探索四聚式“三社联动”路径', '聚焦平台、聚焦需求。'),
  zone('长宁区', '', '上海市', '优化社区分类治理', '合理划分社区类型。'),
];

const headersOf = async (docx: Buffer) => tableRows(await zipPart(docx, 'word/document.xml'))[0];

describe('Word list layouts', () => {
  it('zones: 序号/实验单位/实验主题/实验内容; observation points: 序号/观察点/主题; cases: 序号/地区/案例名称', async () => {
    expect(await headersOf(await buildListDocument(zones, { kind: 'zone', title: 't' }))).toBe(
      '序号|实验单位|实验主题|实验内容',
    );
    const obs = zones.map((z) => ({ ...z, kind: 'observation' as const }));
    expect(await headersOf(await buildListDocument(obs, { kind: 'observation', title: 't' }))).toBe(
      '序号|观察点|主题',
    );
    const cases = zones.map((z) => ({ ...z, kind: 'case' as const }));
    expect(await headersOf(await buildListDocument(cases, { kind: 'case', title: 't' }))).toBe(
      '序号|地区|案例名称',
    );
    const recommended = cases.map((c) => ({ ...c, unit: '某市民政局' }));
    expect(
      await headersOf(await buildListDocument(recommended, { kind: 'case', title: 't' })),
    ).toBe('序号|地区|案例名称|推荐单位');
  });

  it('zones without any 实验内容 leave that column out by default, not print it empty', async () => {
    const bare = zones.map((z) => ({ ...z, content: null }));
    expect(await headersOf(await buildListDocument(bare, { kind: 'zone', title: 't' }))).toBe(
      '序号|实验单位|实验主题',
    );
    // Ticked (a choice remembered from a list that had write-ups), it is still no empty
    // column: an attachment carries none. One zone with a write-up brings it back.
    const chosen = {
      kind: 'zone' as const,
      title: 't',
      columns: ['unit', 'title', 'content'] as const,
    };
    expect(await headersOf(await buildListDocument(bare, chosen))).toBe('序号|实验单位|实验主题');
    const one = [{ ...bare[0]!, content: '聚焦平台。' }, ...bare.slice(1)];
    expect(await headersOf(await buildListDocument(one, chosen))).toBe(
      '序号|实验单位|实验主题|实验内容',
    );
  });

  it('zones without any 实验主题 or 实验内容 print neither, ticked or not; a blank naming column stays', async () => {
    const unitsOnly = zones.map((z) => ({ ...z, title: '  ', content: null }));
    expect(await headersOf(await buildListDocument(unitsOnly, { kind: 'zone', title: 't' }))).toBe(
      '序号|实验单位',
    );
    const chosen = {
      kind: 'zone' as const,
      title: 't',
      columns: ['unit', 'title', 'content'] as const,
    };
    expect(await headersOf(await buildListDocument(unitsOnly, chosen))).toBe('序号|实验单位');
    // An other-list is known by its 名称: blank in every row, the column is still the list's.
    const others = unitsOnly.map((z) => ({ ...z, kind: 'other' as const, title: null }));
    const otherChosen = { kind: 'other' as const, title: 't', columns: ['title'] as const };
    expect(await headersOf(await buildListDocument(others, otherChosen))).toMatch(/^序号\|名称/);
  });

  it('an other-list takes the header of its source table, and only the columns it has', async () => {
    const others = ['中国翻译认知研究会', '军事爱好者协会'].map((title) =>
      makeRecord({ kind: 'other', title }),
    );
    const docx = await buildListDocument(others, {
      kind: 'other',
      title: '名单',
      headers: { title: '涉嫌违法社会组织' },
    });
    expect(await headersOf(docx)).toBe('序号|涉嫌违法社会组织');
  });

  it('prints unit names in full official form, in official order', async () => {
    const rows = tableRows(
      await zipPart(
        await buildListDocument(zones, { kind: 'zone', title: 't' }),
        'word/document.xml',
      ),
    ).slice(1);
    expect(rows.map((r) => r.split('|')[1])).toEqual([
      '黑龙江省双鸭山市岭东区',
      '上海市长宁区',
      '江苏省南京市雨花台区',
    ]);
  });

  it('sizes columns from the content: a name column holds its longest level; widths fill 156 mm', () => {
    const cols = listColumns('zone', zones);
    const size = sizeColumns(cols, listRows(zones, cols));
    expect(size.twips.reduce((s, w) => s + w, 0)).toBe(8845);
    expect(size.ems[1]).toBeGreaterThanOrEqual(ems('雨花台区'));
    // Short content: no column is starved below three characters.
    for (const w of size.ems.slice(1)) expect(w).toBeGreaterThanOrEqual(3);
  });

  it('breaks a name only between its levels, with explicit line breaks', async () => {
    const long = zone('岭东区', '双鸭山市', '黑龙江省', '主题', '很长的内容'.repeat(40));
    const xml = await zipPart(
      await buildListDocument([long], { kind: 'zone', title: 't' }),
      'word/document.xml',
    );
    const unitCell = [...xml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)][5]?.[0] ?? '';
    const pieces = [...unitCell.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(pieces.join('')).toBe('黑龙江省双鸭山市岭东区');
    for (const p of pieces)
      expect(['黑龙江省', '双鸭山市', '岭东区', '黑龙江省双鸭山市', '双鸭山市岭东区']).toContain(p);
  });

  it('lets a tall row split across pages (the header repeats), keeps short ones whole', async () => {
    const tall = zone('长宁区', '', '上海市', '主题', '很长的内容。'.repeat(200));
    const xml = await zipPart(
      await buildListDocument([...zones, tall], { kind: 'zone', title: 't' }),
      'word/document.xml',
    );
    const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows[0]).toContain('<w:tblHeader/>');
    const split = rows.filter((r) => !r.includes('<w:cantSplit/>'));
    expect(split).toHaveLength(1);
    expect(split[0]).toContain('很长的内容');
  });

  it('sections per programme: one heading and table each', async () => {
    const two = [...zones, { ...zones[0]!, id: 999, programme: '省级社区治理和服务创新实验区' }];
    const xml = await zipPart(
      await buildListDocument(two, { kind: 'zone', title: '实验区名单', grouping: 'byProgramme' }),
      'word/document.xml',
    );
    expect(xml.match(/<w:tbl>/g)).toHaveLength(2);
    expect(xml).toContain('一、全国社区治理和服务创新实验区（3个）');
    expect(xml).toContain('二、省级社区治理和服务创新实验区（1个）');
  });

  it('by default, one section per programme and batch: a row says which list it is on', async () => {
    const provincial = {
      ...zones[1]!,
      id: 998,
      programme: '省级社区治理和服务创新实验区',
      year: 2017,
    };
    const earlier = { ...zones[2]!, id: 997, year: 2015 };
    const xml = await zipPart(
      await buildListDocument([...zones, provincial, earlier], { kind: 'zone', title: '名单' }),
      'word/document.xml',
    );
    expect(xml.match(/<w:tbl>/g)).toHaveLength(3);
    // a programme's batches together, by year; the batch named only where there are several
    const headings = [...xml.matchAll(/[一二三]、[^<]*个）/g)].map((m) => m[0]);
    expect(headings).toEqual([
      '一、全国社区治理和服务创新实验区（2015年，1个）',
      '二、全国社区治理和服务创新实验区（2019年，3个）',
      '三、省级社区治理和服务创新实验区（1个）',
    ]);
    const together = await zipPart(
      await buildListDocument([...zones, provincial], {
        kind: 'zone',
        title: '名单',
        grouping: 'together',
      }),
      'word/document.xml',
    );
    expect(together.match(/<w:tbl>/g)).toHaveLength(1);
    const one = await zipPart(
      await buildListDocument(zones, { kind: 'zone', title: '名单' }),
      'word/document.xml',
    );
    expect(one.match(/<w:tbl>/g)).toHaveLength(1);
    expect(one).not.toContain('一、');
  });

  it('a section leaves out a column other sections fill and none of its rows do', async () => {
    const place = (i: number, programme: string, title: string | null) =>
      makeRecord({
        id: 500 + i,
        province: '江苏省',
        regionText: `某市第${i}区`,
        programme,
        title,
        content: title ? `${title}的内容` : null,
      });
    const records = [
      place(1, '全国社区治理和服务创新实验区', '甲主题'),
      place(2, '全国社区治理和服务创新实验区', '乙主题'),
      place(3, '某省社区治理和服务创新实验区', null),
      place(4, '某省社区治理和服务创新实验区', null),
    ];
    for (const streamRows of [true, false]) {
      const xml = await zipPart(
        await buildListDocument(records, {
          kind: 'zone',
          title: '名单',
          columns: ['unit', 'title', 'content'],
          streamRows,
        }),
        'word/document.xml',
      );
      const headers = tableRows(xml).filter((r) => r.startsWith('序号'));
      expect(headers).toEqual(['序号|实验单位|实验主题|实验内容', '序号|实验单位']);
    }
    // Nothing in the document fills them: asked for, they are still in no section (an
    // attachment carries no empty column).
    const blank = records.map((r) => ({ ...r, title: null, content: null }));
    const xml = await zipPart(
      await buildListDocument(blank, { kind: 'zone', title: '名单', columns: ['unit', 'title'] }),
      'word/document.xml',
    );
    expect(tableRows(xml).filter((r) => r.startsWith('序号'))).toEqual([
      '序号|实验单位',
      '序号|实验单位',
    ]);
  });

  it('a long section heading breaks before its count, left-aligned so no line is spread', async () => {
    const long = '全国农村社区治理和服务创新综合改革实验区';
    const two = [zones[0]!, { ...zones[1]!, id: 999, programme: long }];
    const xml = await zipPart(
      await buildListDocument(two, { kind: 'zone', title: '名单' }),
      'word/document.xml',
    );
    const heading = xml.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*综合改革实验区[\s\S]*?<\/w:p>/)![0];
    expect(heading).toMatch(/综合改革实验区<\/w:t>[\s\S]*<w:br\/>[\s\S]*<w:t[^>]*>（1个）</);
    expect(heading).toContain('<w:jc w:val="left"/>');
  });

  it('labels: 附件, 附件N, or none (the title stays on line 3)', async () => {
    const texts = async (label?: string) => {
      const xml = await zipPart(
        await buildListDocument(zones, { kind: 'zone', title: '名单', label }),
        'word/document.xml',
      );
      return [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)]
        .slice(0, 3)
        .map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)</g)].map((m) => m[1]).join(''));
    };
    expect(await texts()).toEqual(['附件', '', '名单']);
    expect(await texts('附件3')).toEqual(['附件3', '', '名单']);
    expect(await texts('')).toEqual(['', '', '名单']);
  });
});

describe('font table: substitution for missing 公文 fonts', () => {
  it('names a serif fallback, GB2312 charset and PANOSE for each face the document uses', async () => {
    const table = await zipPart(
      await buildListDocument(zones, { kind: 'zone', title: 't' }),
      'word/fontTable.xml',
    );
    const entry = (name: string) =>
      new RegExp(`<w:font w:name="${name}">([\\s\\S]*?)</w:font>`).exec(table)?.[1] ?? '';
    expect(entry('仿宋_GB2312')).toContain('<w:altName w:val="仿宋"/>');
    expect(entry('方正小标宋简体')).toContain('<w:altName w:val="宋体"/>');
    expect(entry('楷体_GB2312')).toContain('<w:altName w:val="楷体"/>');
    for (const name of ['仿宋_GB2312', '方正小标宋简体', '楷体_GB2312', '宋体']) {
      expect(entry(name)).toContain('<w:charset w:val="86"/>');
      expect(entry(name)).toContain('<w:family w:val="roman"/>');
      expect(entry(name)).toMatch(/<w:panose1 w:val="[0-9A-F]{20}"\/>/);
    }
    expect(entry('黑体')).toContain('<w:family w:val="swiss"/>');
    expect(entry('Times New Roman')).toContain('<w:family w:val="roman"/>');
  });
});
