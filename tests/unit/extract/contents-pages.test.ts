/**
 * A compilation's table of contents: each entry closes with the page it starts on, which is
 * layout, not part of the unit or the theme. Only a run of lines whose pages rise is read so;
 * a count, a year or a lone bracketed number stays.
 */
import { describe, expect, it } from 'vitest';
import { contentsPageRefs } from '../../../src/main/core/import/extract/contents-pages';
import { readResolved } from './helpers';

const HEAD = '2023年全国优秀社区工作法汇编\n\n目录\n';

const dropped = (text: string): string[] =>
  contentsPageRefs(text).map((r) => text.slice(r.at, r.at + r.length));

describe('page references of a table of contents', () => {
  it('finds bracketed pages and pages after dot leaders in a run of rising numbers', () => {
    expect(dropped('1.甲县——主题一（3）\n2.乙县——主题二（11）\n\n3.丙县——主题三（25）\n')).toEqual([
      '（3）',
      '（11）',
      '（25）',
    ]);
    expect(
      dropped('甲县：主题一…………3\n一、服务类\n乙县：主题二…… 11\n丙县：主题三......25\n'),
    ).toEqual(['…………3', '…… 11', '......25']);
  });

  it('leaves counts, years, falling numbers and short runs alone', () => {
    // A count written with its measure word, and one without whose numbers do not rise.
    expect(dropped('甲市实验区（12个）\n乙市实验区（8个）\n丙市实验区（15个）\n')).toEqual([]);
    expect(dropped('一、治理类案例（12）\n二、服务类案例（8）\n三、其他类案例（5）\n')).toEqual([]);
    expect(dropped('甲县——主题一（2019）\n乙县——主题二（2020）\n丙县——主题三（2021）\n')).toEqual(
      [],
    );
    expect(dropped('甲县——主题一（3）\n乙县——主题二（11）\n')).toEqual([]);
    // A paragraph between entries ends the run.
    expect(
      dropped(
        '甲县——主题一（3）\n本次汇编共收录各地报送的优秀案例，按地区排列如下。\n乙县——主题二（11）\n',
      ),
    ).toEqual([]);
  });
});

describe('a table of contents read as a list of cases', () => {
  it('splits the unit from a short theme and keeps the page out of the title', () => {
    const { n, codes } = readResolved(
      HEAD +
        '1.内蒙古自治区达尔罕茂明安联合旗——以“党建引领、多元共治”为主线构建城乡社区治理共同体（11）\n' +
        '2.北京市东城区——完善社区议事协商制度（23）\n' +
        '3.浙江省杭州市上城区——打造“邻里中心”服务体系（35）\n',
    );
    expect(n.records.map((r) => r.title)).toEqual([
      '以“党建引领、多元共治”为主线构建城乡社区治理共同体',
      '完善社区议事协商制度',
      '打造“邻里中心”服务体系',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '内蒙古自治区达尔罕茂明安联合旗',
      '北京市东城区',
      '浙江省杭州市上城区',
    ]);
    expect(codes).toEqual(['150223', '110101', '330102']);
  });

  it('drops a page after dot leaders', () => {
    const { n } = readResolved(
      HEAD +
        '1.北京市东城区：完善社区议事协商制度…………23\n' +
        '2.浙江省杭州市上城区：打造邻里中心……35\n' +
        '3.江苏省南京市栖霞区：网格化治理 ……47\n',
    );
    expect(n.records.map((r) => r.title)).toEqual([
      '完善社区议事协商制度',
      '打造邻里中心',
      '网格化治理',
    ]);
  });

  it('keeps a year closing each theme', () => {
    const { n } = readResolved(
      HEAD +
        '1.北京市东城区——完善社区议事协商制度（2019）\n' +
        '2.浙江省杭州市上城区——打造“邻里中心”服务体系（2020）\n' +
        '3.江苏省南京市栖霞区——推进网格化治理（2021）\n',
    );
    expect(n.records.find((r) => r.regionText === '浙江省杭州市上城区')?.title).toBe(
      '打造“邻里中心”服务体系（2020）',
    );
  });
});
