/**
 * In a notice whose heading names the corps, an entry written by its division's bare number
 * (五师八十七团) is placed in the corps whichever reader found it: the records carry the corps as
 * their province, so resolving them reads the division as the corps' and not as no place.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('entries of a corps notice written with a bare division number', () => {
  it('are placed in the corps when a short sentence names them', () => {
    const { codes } = readResolved(
      [
        '兵团3个团场获评2021年全国村庄清洁行动先进县',
        '日前印发通知,五师八十七团、七师一二九团名列其中。',
      ].join('\n'),
    );
    expect(codes).toEqual(['659007', '659010']);
  });

  it('are placed in the corps under a shorter headline', () => {
    const { codes } = readResolved(
      [
        '兵团3个团场获评2021年先进县',
        '农业农村部日前印发通知,对全国98个村庄清洁行动先进县予以通报表扬,五师八十七团、七师一二九团、十三师红星四场名列其中。',
      ].join('\n'),
    );
    expect(codes).toEqual(['659007', '659010', '659011']);
  });

  it('leave an entry written with its own place where it is', () => {
    const { codes } = readResolved(
      [
        '兵团和自治区3地获评2021年全国村庄清洁行动先进县',
        '日前印发通知,五师八十七团、伊犁哈萨克自治州霍城县名列其中。',
      ].join('\n'),
    );
    expect(codes).toEqual(['659007', '654023']);
  });
});
