/**
 * A title cell naming its project whole in quotation marks, perhaps as the first of a prize's
 * projects before 等N个项目 (等10個項目 in traditional characters): the title is the name inside
 * the quotes. A cell with words outside its quotes, or a theme counting its own tasks, is kept.
 */
import { describe, expect, it } from 'vitest';
import { exampleOfCell, titleOfCell } from '../../../src/main/core/import/extract/cell-examples';
import { readResolved } from './helpers';

describe('a title cell written whole in quotes', () => {
  it("reads the name inside the quotes, before a prize's count too", () => {
    expect(titleOfCell('“能工巧匠 益修义行”')).toBe('能工巧匠 益修义行');
    expect(titleOfCell('“社区移动厨房,家庭近邻助老”等20个项目')).toBe('社区移动厨房,家庭近邻助老');
    expect(titleOfCell('“社區移動廚房,家庭近鄰助老”等20個項目')).toBe('社區移動廚房,家庭近鄰助老');
  });

  it('keeps words outside the quotes and a theme counting its tasks', () => {
    expect(titleOfCell('“创建慈善一条街”项目')).toBe('“创建慈善一条街”项目');
    expect(titleOfCell('推进“放管服”等3项改革')).toBe('推进“放管服”等3项改革');
  });

  it("reads a traditional name cell's example before 等N個", () => {
    expect(exampleOfCell('某某示范区等8個海洋牧场')).toBe('某某示范区');
  });

  it("reads a prize table's quoted projects as their names", () => {
    const { n } = readResolved(
      [
        '第三届公益慈善项目大赛颁奖',
        '奖项\t参赛单位\t项目',
        '特等奖\t宁德市蕉城区慈善总会\t“创建慈善一条街”项目',
        '一等奖\t福州市台江区鲲鹏青少年事务服务中心\t“阳光下的‘彩虹’一一边缘青少年教育帮扶项目”',
        '三等奖\t厦门市思明区启福社会工作服务中心\t“社区移动厨房,家庭近邻助老”等20个项目',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.title)).toEqual([
      '“创建慈善一条街”项目',
      '阳光下的‘彩虹’一一边缘青少年教育帮扶项目',
      '社区移动厨房,家庭近邻助老',
    ]);
  });
});
