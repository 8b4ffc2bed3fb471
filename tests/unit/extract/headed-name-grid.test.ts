/**
 * A header-less grid of names under place headings merged across the row (estates three a row
 * under their county, short rows padded with empty cells): each filled cell is an entry at the
 * heading's place, named by its cell; a row of a place beside its theme under a province
 * heading stays one entry a row.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const notice = (...rows: string[]) => ['2017年清远市绿色社区名单', ...rows].join('\n');

describe('names a row under merged place headings', () => {
  it('each estate is an entry at its heading’s county, the padded last row’s one name too', () => {
    const { n, codes } = readResolved(
      notice(
        '清城区\t清城区\t清城区',
        '万豪水晶湾\t金海湾豪庭\t天湖郦都',
        '云山诗意\t朝南维港半岛花园\t海伦春天',
        '清新区\t清新区\t清新区',
        '清新区保利花园\t\t',
      ),
    );
    expect(n.records.map((r) => r.title)).toEqual([
      '万豪水晶湾',
      '金海湾豪庭',
      '天湖郦都',
      '云山诗意',
      '朝南维港半岛花园',
      '海伦春天',
      '清新区保利花园',
    ]);
    expect(codes).toEqual([...Array(6).fill('441802'), '441803']);
  });

  it('a line between two grids closes the heading above it', () => {
    const { n } = readResolved(
      notice(
        '清城区\t清城区\t清城区',
        '万豪水晶湾\t金海湾豪庭\t天湖郦都',
        '附件2',
        '英德市\t英德市\t英德市',
        '广东德高信种植茶文化环境教育基地\t\t',
      ),
    );
    expect(n.records.map((r) => [r.regionText, r.title])).toEqual([
      ['清城区', '万豪水晶湾'],
      ['清城区', '金海湾豪庭'],
      ['清城区', '天湖郦都'],
      ['英德市', '广东德高信种植茶文化环境教育基地'],
    ]);
  });

  it('a place beside its theme under a province heading stays one entry a row', () => {
    const { n } = readResolved(
      notice('北京市\t北京市', '东城区\t社区议事厅建设', '西城区\t街巷长制', '朝阳区\t小区治理'),
    );
    expect(n.records.map((r) => [r.regionText, r.title])).toEqual([
      ['东城区', '社区议事厅建设'],
      ['西城区', '街巷长制'],
      ['朝阳区', '小区治理'],
    ]);
  });

  it('a sentence about a name is no name of its own', () => {
    const { n } = readResolved(
      notice(
        '清城区\t清城区',
        '万豪水晶湾\t该小区垃圾分类工作扎实，居民参与率高。',
        '金海湾豪庭\t物业管理规范，节能设施齐全。',
      ),
    );
    expect(n.records.some((r) => r.title.includes('，'))).toBe(false);
  });

  it('a grid of persons’ names under district headings lists no entries by those names', () => {
    const { n } = readResolved(
      notice(
        '清城区\t清城区\t清城区',
        '张伟\t李娜\t王芳',
        '刘洋\t陈静\t杨勇',
        '清新区\t清新区\t清新区',
        '赵磊\t\t',
      ),
    );
    expect(n.records.map((r) => r.title)).not.toContain('张伟');
  });
});
