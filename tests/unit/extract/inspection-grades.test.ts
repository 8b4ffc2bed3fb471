/**
 * A grade an inspection gives with a term to put things right ("…为不达标等级，予以通报批评，并责令
 * 限期整改"): the unit stays in its programme while it mends, so failing the check is no failed
 * acceptance. Controls: a failed acceptance or evaluation ordered to rectify is still a fail, and
 * so is a bare 不达标. Composed sentences.
 */
import { describe, expect, it } from 'vitest';
import { outcomeIn } from '../../../src/main/core/import/extract/outcomes';
import { readResolved } from './helpers';

describe('an inspection’s grade with a term to rectify', () => {
  it.each([
    ['等9处风景名胜区为不达标等级，予以通报批评，并责令限期整改'],
    ['检查不合格，责令整改'],
  ])('%s is no outcome', (text) => {
    expect(outcomeIn(text)).toBeNull();
  });

  it.each([
    ['验收不合格，限期整改', { status: '未通过' }],
    ['评估不达标，予以通报批评', { status: '未通过' }],
    ['不达标', { status: '未通过' }],
  ])('%s stays a fail', (text, outcome) => {
    expect(outcomeIn(text)).toEqual(outcome);
  });

  it('leaves a scenic area criticised in a yearly check without a status', () => {
    const { n } = readResolved(
      '近日，住房和城乡建设部对外公布2014年国家级风景名胜区执法检查结果，河北秦皇岛-北戴河等9处风景名胜区为不达标等级，予以通报批评，并责令限期整改。\n',
    );
    expect(n.records.length).toBeGreaterThan(0);
    expect(n.records.every((r) => !r.outcome)).toBe(true);
  });
});
