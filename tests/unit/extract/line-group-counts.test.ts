/**
 * A prose list written one group a line, a group's line opening with its own count
 * ("某省（5个）：…"): a line that gives fewer names than its count lost entries and says so.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const extract = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't', regions: gazetteerRegionLookup() });

const counts = (text: string) => extract(text).warnings.filter((w) => w.code === 'count_mismatch');

describe('a group line’s own count', () => {
  it('warns when the line gives fewer names than it counts', () => {
    const w = counts(
      '历史文化名县名录\n江西省：婺源县、铅山县、南丰县\n浙江省（5个）：龙游县、松阳县、仙\n',
    );
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ stated: 5, found: 2 });
  });

  it('is quiet when every counted line gives its names', () => {
    expect(
      counts(
        '历史文化名县名录\n江西省（3个）：婺源县、铅山县、南丰县\n浙江省（2个）：龙游县、松阳县\n',
      ),
    ).toHaveLength(0);
  });
});
