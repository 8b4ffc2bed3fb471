/**
 * OpenCC is asked only for a text in which some entry of its t→cn dictionaries that changes
 * what it matches is found (normalize.ts): any other text comes out of the converter
 * unchanged, so skipping it changes nothing. Checked against the converter itself over every
 * character of the Basic Multilingual Plane, every phrase entry whole, cut and embedded, and
 * texts in both scripts.
 */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { changingDictionaryEntries, simplify } from '../../../src/main/core/gazetteer/normalize';

const converter = OpenCC.Converter({ from: 't', to: 'cn' });

describe('a text simplified only where OpenCC would change it', () => {
  it('reads the converter’s changing entries', () => {
    const entries = changingDictionaryEntries()!;
    expect(entries).not.toBeNull();
    const has = (key: string) => !!entries.get(key.charCodeAt(0))?.includes(key);
    for (const key of ['長', '寧', '縣', '鄉', '乾']) expect(has(key)).toBe(true);
    // simplified characters are no entry of their own; an entry mapping to itself changes nothing
    for (const key of ['长', '宁', '县', '市', '省', 'A', '，']) expect(has(key)).toBe(false);
  });

  it('every character gives what the converter gives', () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      if (simplify(ch) !== converter(ch)) differ.push(ch);
    }
    expect(differ).toEqual([]);
  });

  it('every phrase entry, whole, cut or inside other text, gives what the converter gives', () => {
    const phrases = [...changingDictionaryEntries()!.values()].flat().filter((k) => k.length > 1);
    expect(phrases.length).toBeGreaterThan(100);
    const differ = phrases
      .flatMap((k) => [k, k.slice(0, -1), k.slice(1), `市${k}区`, `${k}${k}`])
      .filter((t) => simplify(t) !== converter(t));
    expect(differ).toEqual([]);
  });

  it('gives what the converter gives, for texts that need it and texts that do not', () => {
    for (const text of [
      '河南省濟源示範區入選',
      '乾燥的天氣',
      '乾隆',
      '湖北省武汉市江汉区民族街道',
      '全国社区治理和服务创新实验区',
      ' 長(cháng)寧縣 ',
      '',
    ])
      expect(simplify(text)).toBe(converter(text));
    // a simplified text is the very string given
    const plain = '湖北省武汉市江汉区';
    expect(simplify(plain)).toBe(plain);
  });
});
