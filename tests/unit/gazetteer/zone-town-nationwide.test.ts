/**
 * A zone written with no city in front and a township after it ("郑东新区祭城路街道办事处…", a new
 * area's own page): a township the nation has once is placed in its county, with a note; a
 * township named in several places, or no zone name before the suffix, is left unread.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer/resolve-region';

const resolve = (text: string) => resolveRegion(text, { asOf: '2020-01-13' });

describe('a zone with no city and a township unique in the nation', () => {
  it('is placed in the township’s county, its office word read as its street', () => {
    const r = resolve('郑东新区祭城路街道办事处中兴路社区');
    expect(r.code).toBe('410105015');
    expect(r.names.county).toBe('金水区');
    expect(r.note).toContain('功能区');
  });

  it('guesses nothing for a township named in several places or a zone without a name', () => {
    expect(resolve('郑东新区城关镇某村').code).toBeNull();
    expect(resolve('高新区祭城路街道某社区').code).toBeNull();
  });
});
