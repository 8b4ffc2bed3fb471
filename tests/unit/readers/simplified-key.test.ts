import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { simplifiedKey } from '../../../src/main/core/import/readers/simplified-key';

const converter = OpenCC.Converter({ from: 't', to: 'cn' });

/** Characters of every sort a key meets: simplified, traditional, phrase starts, compatibility forms. */
const CHARS = [
  ...'实验区社区治理创新一老以打文大和的村镇街道县市省',
  ...'實驗區社會治理創新鄉鎮縣區臺灣後裏麵髮乾',
  ...'一伙一了上台下面万里三只不准干出',
  ...'豈更車賈滑串句龜契金', // compatibility ideographs the converter normalises first
  ...'𠀀𪚥㙟ＡＢ１２　，。“”',
  'a',
  ' ',
];

describe('simplifiedKey', () => {
  it('maps traditional characters and phrases as the converter does', () => {
    expect(simplifiedKey('實驗區')).toBe('实验区');
    expect(simplifiedKey('臺灣鄉鎮')).toBe(converter('臺灣鄉鎮'));
    expect(simplifiedKey('一伙人')).toBe(converter('一伙人'));
  });

  it('returns a text the converter leaves alone as it is (the same string)', () => {
    const s = '某某县社区治理创新实验区';
    expect(converter(s)).toBe(s);
    expect(simplifiedKey(s)).toBe(s);
  });

  it('gives exactly the converter’s answer for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 30 }), (cs) => {
        const s = cs.join('');
        expect(simplifiedKey(s)).toBe(converter(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives exactly the converter’s answer around every key of its dictionaries', () => {
    const config = (OpenCC.Locale.configs as Record<string, Record<string, unknown>>)['t2s']!;
    const groups = [config['normalizationChain'], config['conversionChain']].flat(2);
    const keys = groups.flatMap((d) =>
      typeof d === 'string' ? d.split('|').map((e) => e.split(' ')[0]!) : [],
    );
    expect(keys.length).toBeGreaterThan(1000);
    for (const k of keys)
      for (const s of [k, `村${k}`, `${k}镇`]) expect(simplifiedKey(s)).toBe(converter(s));
  });

  it('gives exactly the converter’s answer for arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        expect(simplifiedKey(s)).toBe(converter(s));
      }),
      { numRuns: 2000 },
    );
  });
});
