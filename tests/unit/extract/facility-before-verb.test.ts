/**
 * A street's social-work station listed by the verb that follows it ("某县某街道社工站入选…"):
 * the station is known by the place that houses it, so it is an entry at that place, as it is
 * before 等 or at the end of its piece.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a facility named after its place, then its verb', () => {
  it('is an entry at the place', () => {
    const { codes, n } = readResolved(
      [
        '我县社工站获省级认可',
        '近日，省民政厅公布示范社工站名单，其中，遂溪县遂城镇社工站入选为省级示范社工站。',
      ].join('\n'),
    );
    expect(codes).toEqual(['440823']);
    expect(n.records[0]?.title).toBe('');
  });
});
