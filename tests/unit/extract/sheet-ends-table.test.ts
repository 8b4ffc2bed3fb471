/**
 * A workbook read as text puts an empty line and the next sheet's name and title between its
 * sheets (table-wrap.ts): the lines after the empty line open the next sheet, never the rest of
 * the last row's cell. A PDF wraps a cell onto the very next line, which still continues it.
 * Composed sheets; the villages and their districts are real.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const list =
  '杭州千年古村地名文化遗产再增4个\n\n千年古村\n' +
  '序号\t区\t名称\n1\t萧山区\t长巷村\n2\t萧山区\t大义村\n3\t萧山区\t涝湖村\n4\t余杭区\t安溪\n';

describe('a sheet after the list', () => {
  it("keeps the last row whole: the next sheet's name, title and table are no part of it", () => {
    const { n, codes } = readResolved(
      list +
        '\n类别\n杭州市第二批地名文化遗产保护名录分类\n' +
        '类别\t数量(个)\n千年古村地名文化遗产\t4\n百年古(老)镇地名文化遗产\t6\n合计\t10\n',
    );
    expect(codes).toEqual(['330109', '330109', '330109', '330110']);
    expect(n.records.map((r) => r.title)).toEqual(['', '', '', '']);
    expect(JSON.stringify(n.records)).not.toContain('类别');
  });
});

describe('a cell wrapped onto the next line', () => {
  it('is still joined to its row where no empty line stands between', () => {
    const { n, codes } = readResolved(
      '附件\n序号\t县(市、区)\t单位名称\n' +
        '1\t惠安县\t螺城镇海门村\n' +
        '2\t仙游县\t榜头镇\n坝下村\n' +
        '3\t邵武市\t通泰街道三里亭社区\n',
    );
    expect(codes).toEqual(['350521', '350322', '350781']);
    expect(JSON.stringify(n.records[1])).toContain('坝下村');
  });
});
