/**
 * A name column of townships and villages written bare beside a column of their counties
 * (区 | 名称 = 萧山区 | 长巷村) lists those places, no titles (name-places.ts). A name column of
 * bodies or projects beside the county keeps its names as titles. Composed tables; the places are
 * real.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const head = '关于公布第二批地名文化遗产保护名录的通知\n附件\n';

describe('bare villages beside their county', () => {
  it('reads each as the place below its county, untitled', () => {
    const { n, codes } = readResolved(
      head +
        '序号\t区\t名称\n1\t萧山区\t长巷村\n2\t萧山区\t大义村\n3\t萧山区\t涝湖村\n4\t余杭区\t安溪\n',
    );
    expect(n.records.map((r) => r.title)).toEqual(['', '', '', '']);
    expect(codes).toEqual(['330109', '330109', '330109', '330110']);
  });
});

describe('named bodies beside their county', () => {
  it('keeps the names as titles', () => {
    const { n } = readResolved(
      head +
        '序号\t区\t名称\n1\t萧山区\t湘湖国家旅游度假区\n2\t萧山区\t跨湖桥遗址博物馆\n3\t余杭区\t良渚博物院\n',
    );
    expect(n.records.map((r) => r.title)).toEqual([
      '湘湖国家旅游度假区',
      '跨湖桥遗址博物馆',
      '良渚博物院',
    ]);
  });

  it('keeps them as titles though one ends like a place (…社区学习中心 is no community)', () => {
    const { n } = readResolved(
      head +
        '序号\t县(市、区)\t名称\n1\t晋源区\t晋祠镇社区学习中心\n2\t五寨县\t砚城镇社区学习中心\n3\t矿区\t蔡洼街道社区学习中心\n',
    );
    expect(n.records.map((r) => r.title)).toEqual([
      '晋祠镇社区学习中心',
      '砚城镇社区学习中心',
      '蔡洼街道社区学习中心',
    ]);
  });
});
