/**
 * Item numbering at the start of a line: 1. 1、 1． (1) （1） ① 一、 （一）.
 * Arabic and circled numbers number items; 一、/（一） usually number sections or
 * categories ("一、城乡社区治理服务类（12个）"), unless the line itself is an item.
 */
import { parseNumber } from './chinese-numerals';

export type NumberStyle = 'arabic' | 'arabic_paren' | 'circled' | 'cn' | 'cn_paren';

export interface Numbering {
  style: NumberStyle;
  seq: number;
  /** Length of the numbering prefix including following spaces. */
  length: number;
}

// Up to four digits: lists run past 999 items. A four-digit number before a comma is a
// year in prose ("2023，全省…"), not an item. A page that set its numbers with the
// ideographic full stop ("1。成都市青羊区府南街道", a dot typed in a Chinese input mode) numbers
// the same way; a year closed by one ("2023。") is no item either.
const PATTERNS: { style: NumberStyle; re: RegExp }[] = [
  {
    style: 'arabic',
    re: /^(\d{1,4})\s*[.、．](?!\d)\s*|^(\d{1,3})\s*[,，。](?!\d)\s*/,
  },
  { style: 'arabic_paren', re: /^[(（](\d{1,4})[)）]\s*/ },
  { style: 'circled', re: /^([①-⑳])\s*/ },
  { style: 'cn', re: /^([一二三四五六七八九十]{1,3})\s*[、.．]\s*/ },
  { style: 'cn_paren', re: /^[(（]([一二三四五六七八九十]{1,3})[)）]\s*/ },
];

/** `key` is a trimmed line key (half-width punctuation already). */
export function readNumbering(key: string): Numbering | null {
  for (const { style, re } of PATTERNS) {
    const m = re.exec(key);
    if (!m) continue;
    const token = m[1] ?? m[2] ?? '';
    const seq = style === 'circled' ? token.charCodeAt(0) - 0x2460 + 1 : parseNumber(token);
    if (seq === null || seq < 1) continue;
    // "2022.3.18" and "3.5万" are not items: a digit right after the dot was excluded above;
    // an item needs some text after its number.
    if (key.length <= m[0].length) return null;
    return { style, seq, length: m[0].length };
  }
  return null;
}

/** A bare number on its own line (a table's 序号 cell laid out one cell per line). */
export function bareNumber(key: string): number | null {
  return /^\d{1,4}$/.test(key) ? Number(key) : null;
}
