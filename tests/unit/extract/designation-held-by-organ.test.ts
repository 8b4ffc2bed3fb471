/**
 * A story opening on the designation its place holds, the place's own organ acting later in the
 * sentence ("作为某省第三批…实验区,近年来,为…,某市民政局结合…"): the place whose organ it is holds the
 * designation, one entry of that programme and batch. A bare kind (作为试点地区) names no
 * programme, and a province's organ is no unit.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const story = (lead: string) =>
  [
    '成都彭州:推进婚俗改革 为群众幸福“加码”',
    '2024年09月09日16:34 | 来源:人民网-四川频道',
    lead,
  ].join('\n');

describe('a designation held by the place whose organ acts', () => {
  it('is an entry of the designation told', () => {
    const { n, codes } = readResolved(
      story(
        '作为四川省第三批婚俗改革实验区,近年来,为满足群众对婚姻服务的多样化需求,推进婚姻领域移风易俗,成都彭州市民政局结合全市发展特点,不断增强婚姻登记点综合服务能力。',
      ),
    );
    expect(codes).toEqual(['510182']);
    expect(n.metadata.programme).toBe('四川省婚俗改革实验区');
    expect(n.metadata.batch).toBe('第三批');
  });

  it('a bare kind names no programme (control)', () => {
    const { n } = readResolved(
      story(
        '作为试点地区,近年来,为满足群众对婚姻服务的多样化需求,成都彭州市民政局结合全市发展特点,不断增强婚姻登记点综合服务能力。',
      ),
    );
    expect(n.records).toHaveLength(0);
  });

  it('a city’s organ directing the place is no unit of its own (control)', () => {
    const { n } = readResolved(
      story(
        '作为四川省第三批婚俗改革实验区,近年来,为满足群众对婚姻服务的多样化需求,成都市民政局指导彭州不断增强婚姻登记点综合服务能力。',
      ),
    );
    expect(n.records.map((r) => r.regionText)).not.toContain('成都市');
  });

  it('a province’s organ acting is no unit (control)', () => {
    const { n } = readResolved(
      story(
        '作为四川省第三批婚俗改革实验区,近年来,为满足群众对婚姻服务的多样化需求,四川省民政厅结合全省发展特点,不断增强婚姻登记点综合服务能力。',
      ),
    );
    expect(n.records).toHaveLength(0);
  });
});
