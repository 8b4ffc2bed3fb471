/**
 * Place columns named by headers the level-word reading did not know: a township column that
 * also holds farms (乡（镇、场）), a district column headed 城区, and a unit column headed by
 * the honour it holds (示范单位, 入选单位), a residential compound column (小区名) beside its district
 * (所在区域) and a prize column (所获奖项). Each is a place, never the entry's title.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

function read(lines: string[]) {
  const { n, codes } = readResolved(lines.join('\n'));
  return { n, codes, titles: n.records.map((r) => r.title) };
}

describe('a 县 | 乡（镇、场） | 村 table with no 序号', () => {
  it('reads the township column as a place, farms included, and gives no titles', () => {
    const { n, codes, titles } = read([
      '关于授予青竹村等3个村“示范村”的决定',
      '示范村名单',
      '县（市、区）\t乡（镇、场）\t村',
      '安化县\t梅山园艺场\t青竹村',
      '桃源县\t漳江镇\t白鹤村',
      '慈利县\t零溪镇\t红岩村',
    ]);
    expect(n.records).toHaveLength(3);
    expect(titles).toEqual(['', '', '']);
    expect(codes).toEqual(['430923', '430725', '430821']);
    expect(n.records[0]?.unit ?? '').toContain('梅山园艺场青竹村');
  });
});

describe('a 序号 | 城区 | 示范单位 table', () => {
  it('reads 城区 as the district and the honoured unit as the place, the district alone too', () => {
    const { n, codes, titles } = read([
      '关于公布和谐社区建设示范单位的通报',
      '序号\t城区\t示范单位',
      '1\t江汉区\t',
      '2\t江汉区\t花楼街道',
      '3\t硚口区\t古田社区',
    ]);
    expect(titles).toEqual(['', '', '']);
    expect(codes).toEqual(['420103', '420103', '420104']);
    expect(n.records.map((r) => r.unit ?? r.regionText)).toEqual([
      '江汉区',
      '江汉区花楼街道',
      '硚口区古田社区',
    ]);
  });
});

describe('a 小区名 | 所在区域 | 所获奖项 table', () => {
  it('reads the compound as the row’s title in its district and the prize as no title', () => {
    const { n, codes, titles } = read([
      '某报讯 十个小区荣获“十佳和美小区”荣誉称号。',
      '芜湖市十佳和美小区获奖名单',
      '小区名\t所在区域\t所获奖项',
      '青松苑\t镜湖区\t最整洁小区',
      '江岸花园\t鸠江区\t最和睦小区',
    ]);
    // The compound is what the row lists, titled by its name at its district (estate-column.ts).
    expect(titles).toEqual(['青松苑', '江岸花园']);
    expect(codes).toEqual(['340202', '340207']);
    expect(n.records.map((r) => r.title).join()).not.toContain('最整洁小区');
  });
});
