/**
 * A county's own story naming its townships' villages with no county written: placed in the
 * one county every township lies in, only when the story speaks as that county and the towns
 * agree on it.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const RUN =
  '晓关侗族乡桥塘村、覃家坪村等6个行政村、万寨乡马鞍山村、网台村、罗针田村及珠山镇茅坝塘村共计10个行政村被命名为省级生态村。';

describe('bare townships of a county speaking as itself', () => {
  it('places the townships and their villages in the one county they meet in', () => {
    const { n, codes } = readResolved(
      `我县新增1个省级生态乡镇和10个省级生态村\n记者日前从县环保局获悉，沙道沟镇被命名为省级生态乡镇；${RUN}\n`,
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '沙道沟镇',
      '晓关侗族乡桥塘村',
      '晓关侗族乡覃家坪村',
      '万寨乡马鞍山村',
      '万寨乡网台村',
      '万寨乡罗针田村',
      '珠山镇茅坝塘村',
    ]);
    expect(new Set(codes)).toEqual(new Set(['422825']));
  });

  it('leaves the run when the story does not speak as its county', () => {
    const { n } = readResolved(`新增10个省级生态村\n记者日前从省环保厅获悉，${RUN}\n`);
    // (A village whose name is unique in the country is still read by the ordinary readers.)
    expect(n.records.map((r) => r.regionText)).not.toContain('晓关侗族乡桥塘村');
  });

  it('leaves townships that meet in no one county', () => {
    const { n } = readResolved(
      '我县新增3个省级生态村\n记者获悉，城关镇东风村、新城镇红星村、河口镇先锋村被命名为省级生态村。\n',
    );
    expect(n.records).toEqual([]);
  });
});
