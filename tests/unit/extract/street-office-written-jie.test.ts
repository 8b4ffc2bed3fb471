/**
 * Some cities write a street office 街 rather than 街道 (天津: 南市街, 友谊路街). In a
 * decision naming one example per honour ("命名某区等9个区为…、某区某某街等25个街(镇)为…"),
 * the street's example is an entry as the district's and the community's are. Composed from
 * our own sentence; the district and the street are real.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a street office written 街 in a naming decision', () => {
  it('is the example of its honour, in its district', () => {
    const { n, codes } = readResolved(
      [
        '天津市人民政府关于命名示范区、街(镇)的决定',
        '各区、县人民政府：',
        '市人民政府决定，命名河西区等9个区为示范区、河西区友谊路街等25个街(镇)为示范街(镇)。',
      ].join('\n'),
    );
    expect(codes).toEqual(['120103', '120103']);
    expect(n.records.map((r) => r.regionText)).toContain('河西区友谊路街');
  });
});
