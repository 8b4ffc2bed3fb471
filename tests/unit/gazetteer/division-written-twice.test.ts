/**
 * A division written again right after itself ("茂名市 茂名市电白区", a grid's city cell beside
 * the full name; "河源市河源市东源县" glued) is one mention: the chain goes on past the copy.
 * Controls: a city and a county of the same stem (吉林省吉林市) are two levels, not a copy, and
 * a copy with nothing after it stays the division alone.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

const at = (text: string) => resolveRegion(text, { asOf: '2019-02-01' }).regionCode;

describe('a division written twice in a row', () => {
  it('reads on past the copy', () => {
    expect(at('茂名市\t茂名市电白区沙')).toBe('440904');
    expect(at('河源市河源市东源县新回龙镇')).toBe('441625');
    expect(at('惠州市 惠州市博罗县石坝镇')).toBe('441322');
  });

  it('leaves other places alone', () => {
    expect(at('吉林省吉林市船营区')).toBe('220204');
    expect(at('河源市 河源市')).toBe('441600');
    expect(at('河源市东源县')).toBe('441625');
  });
});
