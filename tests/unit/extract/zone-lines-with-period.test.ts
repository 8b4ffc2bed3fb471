/**
 * A city's summary, one line per county: "某区自…至…，为全国首批…实验区，…通过某部终期评估
 * 验收". The dated aside between the unit and 为 does not hide what the unit is, and the
 * acceptance by a named organ is the unit's outcome; a line of what a county did, or of what
 * it applied for, is no entry. Composed from our own lines, not from a notice.
 */
import { describe, expect, it } from 'vitest';
import { outcomeIn } from '../../../src/main/core/import/extract/outcomes';
import { readResolved } from './helpers';

const summary = (lines: string[]) =>
  readResolved(
    [
      '咸阳市某项改革工作情况公告',
      '为深化改革，我市自2032年起全域推进某项改革，取得了积极成效。',
      ...lines,
      '特此公告',
      '2035年12月30日',
    ].join('\n'),
  );

describe('a county line with its period before what it is', () => {
  it('gives each county as an entry with its acceptance', () => {
    const { n, codes } = summary([
      '渭城区自2030年4月至2033年4月，为全国首批某项改革实验区，2033年9月通过民政部终期评估验收。',
      '秦都区自2030年11月至2033年11月，为全省首批某项改革实验区，2034年3月通过省民政厅终期评估验收。',
      '兴平市已申报省级第二批某项改革实验区。',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual(['渭城区', '秦都区']);
    expect(codes).toEqual(['610404', '610402']);
    expect(n.records.map((r) => r.outcome?.status)).toEqual(['已验收', '已验收']);
  });

  it('gives no entry for a county line that tells what it did in its period', () => {
    const { n } = summary(['渭城区自2030年4月至2033年4月，开展了某项改革，成效明显。']);
    expect(n.records).toHaveLength(0);
  });
});

describe('an acceptance held by a named organ', () => {
  it('is passed or failed as the words say', () => {
    expect(outcomeIn('2033年9月通过民政部终期评估验收')?.status).toBe('已验收');
    expect(outcomeIn('通过省民政厅结项验收')?.status).toBe('已验收');
    expect(outcomeIn('未通过省民政厅终期评估验收')?.status).toBe('未通过');
  });
});
