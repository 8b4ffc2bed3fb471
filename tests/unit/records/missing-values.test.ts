/** The grid's missing-value colour on 名称／主题: a case's title, a placeless zone's theme. */
import { describe, expect, it } from 'vitest';
import { titleMissing } from '../../../src/renderer/src/features/records/missing-values';

const row = (kind: 'zone' | 'case' | 'observation' | 'other', over: object = {}) => ({
  kind,
  title: null,
  regionText: null,
  unit: null,
  ...over,
});

describe('名称／主题 marked missing', () => {
  it('a zone or observation point with a place: its theme is optional, no warning', () => {
    expect(titleMissing(row('zone', { regionText: '甲乙县' }))).toBe(false);
    expect(titleMissing(row('observation', { unit: '丙丁街道' }))).toBe(false);
  });
  it('a zone with neither theme nor place, and a case without a title, are missing it', () => {
    expect(titleMissing(row('zone'))).toBe(true);
    expect(titleMissing(row('case', { regionText: '甲乙县' }))).toBe(true);
  });
  it('a title present, or an other list, is never missing', () => {
    expect(titleMissing(row('case', { title: '议事厅' }))).toBe(false);
    expect(titleMissing(row('other'))).toBe(false);
  });
});
