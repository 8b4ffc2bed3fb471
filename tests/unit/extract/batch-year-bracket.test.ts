/**
 * A batch written with its year in brackets after it ("第二批（2021年）全国…"): the title gives
 * both the batch and its year, as "2021年第二批全国…" does, and a later notice naming the batch so
 * gives its units that year. A bracket of several years is the batch's term, no year of its own.
 */
import { describe, expect, it } from 'vitest';
import { withBatchYearFirst } from '../../../src/main/core/import/extract/batch-year-bracket';
import { programmeIn } from '../../../src/main/core/import/extract/programme';
import { readResolved } from './helpers';

const ZONES = '全国社区治理和服务创新实验区';

describe('a batch with its year in brackets', () => {
  it('gives the batch and the year, full-width or not, 年度 too', () => {
    for (const title of [
      `关于确认第二批（2021年）${ZONES}的通知`,
      `关于公布第二批(2021年度)${ZONES}名单的通知`,
    ])
      expect(programmeIn(title, null)).toEqual({ name: ZONES, year: 2021, batch: '第二批' });
    expect(programmeIn(`首批（2019年）${ZONES}`, null)).toEqual({
      name: ZONES,
      year: 2019,
      batch: '首批',
    });
  });

  it('gives a later notice’s units the batch’s year, not the report’s own', () => {
    const { n } = readResolved(
      [
        `民政部办公厅关于第二批（2021年）${ZONES}实验工作情况的通报`,
        '各省、自治区、直辖市民政厅（局）：',
        `北京市石景山区、天津市河北区等2个${ZONES}有序推进实验工作。`,
        '民政部办公厅',
        '2023年3月1日',
      ].join('\n'),
    );
    expect(n.metadata.batch).toBe('第二批');
    expect(n.metadata.year).toBe(2021);
    expect(n.records.map((r) => r.year)).toEqual([2021, 2021]);
  });

  it('reads no year from a bracket of several years or one after no batch', () => {
    expect(withBatchYearFirst(`第二批（2021—2023年）${ZONES}`)).toBe(
      `第二批（2021—2023年）${ZONES}`,
    );
    expect(withBatchYearFirst(`${ZONES}（2021年）`)).toBe(`${ZONES}（2021年）`);
    expect(programmeIn(`关于第二批（2021—2023年）${ZONES}的通知`, null)?.year ?? null).toBeNull();
  });
});
