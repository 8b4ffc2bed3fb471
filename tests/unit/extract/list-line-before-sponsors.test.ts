/**
 * A province-labelled list whose last line is followed by the page's sponsors ("甲、乙联合主办"):
 * the verb acts for the names on its own line, never for the list lines above it, which end on
 * their last entry with no mark carrying them on. A credit whose role word stands alone on the
 * line below ("甲、乙" over "主办") names who ran the page, not entries.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const LIST = [
  '两省多地多单位入选养老服务改革试点',
  '本报讯 记者日前从民政部门获悉，一批养老服务改革试点地区和单位已经确定，其中：',
  '河北省：石家庄市长安区、河北省康复医院、河北省第一荣军休养院',
  '山西省：太原市小店区、山西省社会福利院、山西省救助管理站',
];
const ENTRIES = ['长安区', '康复医院', '荣军休养院', '小店区', '社会福利院', '救助管理站'];

function read(...after: string[]) {
  const { n } = readResolved([...LIST, ...after].join('\n'));
  return n.records.map((r) => `${r.regionText ?? ''}${r.unit ?? ''}`);
}

describe('a list followed by its page’s sponsors', () => {
  it('keeps every entry when two organisations joined by 、 sponsor the page', () => {
    const got = read('山西省慈善总会、山西省老年学学会联合主办');
    for (const e of ENTRIES) expect(got.some((g) => g.includes(e))).toBe(true);
    expect(got).toHaveLength(ENTRIES.length);
  });

  it('keeps every entry when the sponsors are written with 主办 alone', () => {
    const got = read('山西省慈善总会、山西省老年学学会主办');
    expect(got).toHaveLength(ENTRIES.length);
  });

  it('still drops places that are the subject of a verb run on from the line above', () => {
    const { n } = readResolved(
      ['两市经验交流', '会上，石家庄市长安区、', '太原市小店区等地积极探索养老服务新模式。'].join(
        '\n',
      ),
    );
    expect(n.records).toHaveLength(0);
  });

  it('makes no entries of a credit whose role word stands alone below it', () => {
    const got = read('山西省慈善总会、山西省老年学学会', '主办');
    expect(got).toHaveLength(ENTRIES.length);
    expect(got.some((g) => g.includes('慈善总会') || g.includes('学会'))).toBe(false);
  });
});
