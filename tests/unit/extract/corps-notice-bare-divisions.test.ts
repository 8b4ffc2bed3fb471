/**
 * A notice whose heading names the corps (兵团3个团场获评…) lists its units the way the corps'
 * papers write them, a division by its bare number (五师八十七团, 十三师红星四场): each is the
 * corps' unit at the city its division runs. Where no heading names the corps, a bare number
 * before 师 is no place.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('bare division numbers in a notice about the corps', () => {
  it('are read as corps units at their divisions’ cities', () => {
    const { codes } = readResolved(
      [
        '兵团3个团场获评2021年全国村庄清洁行动先进县',
        '农业农村部日前印发通知,对全国98个村庄清洁行动先进县予以通报表扬,五师八十七团、七师一二九团、十三师红星四场名列其中。',
      ].join('\n'),
    );
    expect(codes).toEqual(['659007', '659010', '659011']);
  });

  it('are no places where nothing names the corps', () => {
    const { codes } = readResolved(
      ['优秀学校名单', '经评审,一师附小、二师附小、三师附中名列其中。'].join('\n'),
    );
    expect(codes.filter((c) => c?.startsWith('6590'))).toEqual([]);
  });
});
