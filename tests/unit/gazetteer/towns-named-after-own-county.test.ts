/**
 * Townships the statistical table writes with their county's name in front (济源市思礼镇, 召陵区万金镇,
 * 濮阳县庆祖镇) are found by their own name, bare under their county or written after it, as
 * notices write them, or as the table writes them after their county. A table name that is only a county's name and a level word keeps its key.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';
import { loadTowns } from '../../../src/main/core/gazetteer/towns';

describe('a township named after its own county in the table', () => {
  it('is found after its county', () => {
    expect(resolveRegion('漯河市召陵区万金镇').code).toBe('411104102');
    expect(resolveRegion('河南省济源市思礼镇').code).toBe('419001108');
  });

  it('is found bare under its county', () => {
    expect(resolveRegion('思礼镇', { context: '河南省济源市' }).code).toBe('419001108');
    expect(resolveRegion('庆祖镇', { context: '河南省濮阳市濮阳县' }).code).toBe('410928103');
  });

  // A list that copies the table's township column after a county column writes the county
  // twice (济源市 | 济源市天坛街道); the table's own name is still that township.
  it('is found as the table writes it, after its county', () => {
    expect(resolveRegion('河南省济源市济源市天坛街道').code).toBe('419001004');
    expect(resolveRegion('漯河市召陵区召陵区万金镇').code).toBe('411104102');
  });

  it('keeps the key of a name with no township name left after the county', () => {
    const street = loadTowns().all.find((t) => t.name === '七星区街道');
    expect(street?.key).toBe('七星区街道');
  });
});
