/**
 * A visit's stops closed by their sentence ("…实地考察了A、B和C等地。") and, in the next sentence,
 * a counted list of zones with an introduction of its own: the visit is no list, the zones are.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '社区治理工作推进情况\n\n';

describe('a visit before a list on the next line', () => {
  it('reads the list whose sentence follows a visit’s closed stops', () => {
    const { n, codes } = readResolved(
      HEAD +
        '1.制定工作方案，明确工作目标。\n' +
        '2.做好省厅来苏专题调研接待工作，实地考察了姑苏区、吴中区和相城区等地。\n' +
        '3.认真做好省专家组对我市吴江区、吴中区长桥街道、相城区元和街道等3个第二批省级社区治理和服务创新实验区验收工作。\n' +
        '4.做好市级试点项目验收工作。\n',
      'su.txt',
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '吴江区',
      '吴中区长桥街道',
      '相城区元和街道',
    ]);
    expect(codes).toEqual(['320509', '320506', '320507']);
  });

  it('reads it when both sentences share one paragraph (a table cell)', () => {
    const { n } = readResolved(
      HEAD +
        '推进情况\t1.制定工作方案。 2.做好省厅来苏专题调研接待工作，实地考察了姑苏区、吴中区和相城区等地。' +
        ' 3.认真做好省专家组对我市吴江区、吴中区长桥街道、相城区元和街道等3个第二批省级社区治理和服务创新实验区验收工作。\n',
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '吴江区',
      '吴中区长桥街道',
      '相城区元和街道',
    ]);
  });

  it('keeps a visit’s stops out of the list when they stand alone', () => {
    const { n } = readResolved(
      HEAD + '做好省厅来苏专题调研接待工作，实地考察了姑苏区、吴中区和相城区等地。\n',
    );
    expect(n.records).toEqual([]);
  });
});
