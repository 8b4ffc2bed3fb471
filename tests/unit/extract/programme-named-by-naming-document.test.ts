/**
 * A naming document's title names the honour it confers: 《关于命名第二批国家某某县(市)的通知》
 * cited by a story, or the document's own title, gives the programme and its batch when no
 * name ends in a unit word the reader knows. A story's list under arrows, one unit a line and
 * no name of its own, then belongs to that programme, as the same units told in a sentence do.
 */
import { describe, expect, it } from 'vitest';
import { listedProgramme } from '../../../src/main/core/import/extract/listed-programme';
import { readResolved } from './helpers';

describe('a programme named by its naming document', () => {
  it('reads the honour from a cited naming document', () => {
    const p = listedProgramme(
      '某省5县跻身国家农机安全县',
      '农业部日前下发《关于命名第二批国家农机安全县(市)的通知》，我省5县入选。',
      null,
    );
    expect(p?.name).toBe('国家农机安全县(市)');
    expect(p?.batch).toBe('第二批');
  });

  it('reads it from the naming document’s own title', () => {
    const p = listedProgramme('农业部关于命名第三批国家农机安全县(市)的通知', '各省农业厅：', null);
    expect(p?.name).toBe('国家农机安全县(市)');
    expect(p?.batch).toBe('第三批');
  });

  it('gives a list under arrows the programme its sentence twin has', () => {
    const lines = readResolved(
      [
        '点赞!某省3县跻身国家农机安全市县!',
        '农业部日前下发',
        '《关于命名第二批国家农机安全县(市)的通知》,',
        '我省3县跻身国家农机安全市县。',
        '被命名为',
        '“国家农机安全县”的',
        '3个县有',
        '↓↓↓',
        '沛县',
        '丰县',
        '睢宁县',
      ].join('\n'),
    ).n;
    const sentence = readResolved(
      [
        '某省3县跻身国家农机安全市县',
        '本报讯 农业部日前下发《关于命名第二批国家农机安全县(市)的通知》，我省沛县、丰县、睢宁县等3个县被命名为“国家农机安全县”。',
      ].join('\n'),
    ).n;
    expect(lines.metadata.programme).toBe('国家农机安全县(市)');
    const counties = (n: typeof lines) =>
      n.records.filter((r) => /沛县|丰县|睢宁县/.test(r.regionText ?? ''));
    expect(counties(lines)).toHaveLength(3);
    for (const r of [...counties(lines), ...counties(sentence)]) {
      expect(r.programme).toBe('国家农机安全县(市)');
      expect(r.batch).toBe('第二批');
    }
  });
});
