/**
 * A name cell opening with its own place under a province column (河北 | 张家口桑干河水利风景区)
 * or under a group cell that is no place (黄河委员会 | 兰考黄河水利风景区): the unit lies in the
 * cell's place and the rest is its name; a cell with no place of its own keeps the province.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const table = (rows: string[][]): string =>
  ['第十九批国家水利风景区名单', ...rows.map((r) => r.join('\t'))].join('\n');

describe('name cells under a province column', () => {
  it('reads the place a name cell opens with, inside the row province', () => {
    const { n, codes } = readResolved(
      table([
        ['序号', '流域机构/省份', '景区名称'],
        ['1', '河北', '张家口桑干河水利风景区'],
        ['2', '湖北', '兴山南阳河水利风景区'],
        ['3', '黄河委员会', '兰考黄河水利风景区'],
      ]),
    );
    expect(codes).toEqual(['130700', '420526', '410225']);
    expect(n.records.map((r) => r.title)).toEqual([
      '桑干河水利风景区',
      '南阳河水利风景区',
      '黄河水利风景区',
    ]);
  });

  it('keeps the province when the name cell has no place of its own', () => {
    const { n, codes } = readResolved(
      table([
        ['序号', '省份', '风景名胜区'],
        ['1', '安徽', '花山谜窟—渐江'],
        ['2', '甘肃', '崆峒山'],
      ]),
    );
    expect(codes).toEqual(['340000', '620000']);
    expect(n.records.map((r) => r.title)).toEqual(['花山谜窟—渐江', '崆峒山']);
  });

  it('leaves a name cell whole beside a county column', () => {
    const { n, codes } = readResolved(
      table([
        ['序号', '省份', '所属区县', '景区名称'],
        ['1', '江苏', '梁溪区', '江南古运河水利风景区'],
      ]),
    );
    expect(codes).toEqual(['320213']);
    expect(n.records[0]?.title).toBe('江南古运河水利风景区');
  });
});
