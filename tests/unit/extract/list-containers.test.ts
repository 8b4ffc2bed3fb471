/**
 * The same composed lists re-rendered in the containers other offices put them in (a
 * rowspan table, <br> lines, <li> items, nested <div>s; a repeated header row, a merged
 * title row, a numbering or spacer column in Word; a cover sheet, a date line above the
 * header, a totals row in a workbook; other CSV delimiters, wrapped cells, GB18030): every
 * variant gives the entries the notice lists, nothing more. The corpus-wide measure is
 * `npm run corpus:variants`; this keeps the shapes that once lost entries from breaking again.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { readNotice } from '../../../src/main/core/import/readers';
import { resolveRecords } from '../../../src/main/core/import/resolve-records';
import type { NoticeSpec } from '../../support/unseen/spec';
import { VARIANTS } from '../../support/variants';

const PROSE = [
  { p: '各省、自治区民政厅：' },
  { p: '经地方申报、专家评审，现将第二批社区协商示范点名单公布如下。' },
];

/** A province merged down its rows, as Word and web tables write a group. */
const GROUPED: NoticeSpec = {
  format: 'docx',
  title: '关于公布第二批社区协商示范点名单的通知',
  blocks: [
    ...PROSE,
    {
      table: [
        ['序号', '省份', '地区'],
        ['1', { t: '江苏省', rs: 2 }, '南京市溧水区'],
        ['2', '徐州市鼓楼区'],
        ['3', { t: '浙江省', rs: 3 }, '杭州市西湖区'],
        ['4', '湖州市吴兴区'],
        ['5', '衢州市柯城区'],
        ['6', '安徽省', '芜湖市镜湖区'],
      ],
    },
  ],
};

/** A category column before the place, and a place written in two cells (county, village). */
const CATEGORISED: NoticeSpec = {
  format: 'docx',
  title: '关于公布第二批乡村协商示范村镇名单的通知',
  blocks: [
    ...PROSE,
    {
      table: [
        ['序号', '类别', '区县', '乡镇（街道）、村'],
        ['1', '示范乡镇', '江宁区', '汤山街道'],
        ['2', '示范村', '溧水区', '晶桥镇芮家村'],
        ['3', '示范村', '高淳区', '桠溪镇蓝溪村'],
        ['4', '示范村', '六合区', '竹镇镇大泉村'],
        ['5', '示范村', '浦口区', '永宁街道青山村'],
        ['6', '示范村', '江宁区', '横溪街道石塘村'],
      ],
    },
  ],
};

const NOTICES: [string, NoticeSpec, string[]][] = [
  ['grouped', GROUPED, ['320117', '320302', '330106', '330502', '330802', '340202']],
  ['categorised', CATEGORISED, ['320115', '320117', '320118', '320116', '320111', '320115']],
];

const SHAPES = [
  'html-br',
  'html-li',
  'html-div',
  'html-rowspan',
  'docx-repeat-header',
  'docx-title-row',
  'docx-number',
  'docx-spacer',
  'xlsx-cover',
  'xlsx-header3',
  'xlsx-totals',
  'csv-semicolon',
  'csv-tab',
  'csv-newline',
];

async function codesOf(spec: NoticeSpec, shape: string): Promise<(string | null)[] | null> {
  const variant = VARIANTS.find((v) => v.name === shape);
  if (!variant) throw new Error(`no variant ${shape}`);
  const file = await variant.build('notice', spec);
  if (!file) return null;
  const doc = await readNotice(file.name, file.bytes);
  const n = extractNotice(doc, { fileName: file.name, regions: gazetteerRegionLookup() });
  return resolveRecords(n).resolved.map((r) => r.resolution?.regionCode ?? null);
}

describe('the same list in other containers', () => {
  for (const [name, spec, codes] of NOTICES)
    it.each(SHAPES)(`${name}: %s gives every entry`, async (shape) => {
      const got = await codesOf(spec, shape);
      if (got === null) return;
      expect(got).toEqual(codes);
    });
});
