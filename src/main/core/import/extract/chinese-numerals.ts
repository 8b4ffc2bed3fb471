/**
 * Chinese numerals as notices write them: counts and months (两, 十二, 二十五, 一百零八)
 * and years written digit by digit (二〇一九, 二零二三). Returns null, never throws.
 */
const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  '○': 0,
  Ｏ: 0,
  O: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const UNITS: Readonly<Record<string, number>> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};

export const CHINESE_NUMERAL_CHARS = '零〇○一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟';

/** 三 → 3, 十二 → 12, 二十五 → 25, 一百零八 → 108, "27" → 27. */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (t === '') return null;
  if (/^\d+$/.test(t)) return Number(t);
  // A circled numeral (① … ⑳) numbers a row as its digits do.
  if (/^[①-⑳]$/.test(t)) return t.charCodeAt(0) - 0x2460 + 1;
  let total = 0;
  let current = 0;
  let sawAny = false;
  for (const ch of t) {
    const digit = DIGITS[ch];
    const unit = UNITS[ch];
    if (digit !== undefined) {
      current = digit;
      sawAny = true;
    } else if (unit !== undefined) {
      // A bare unit (十二) counts as one of it.
      total += (current === 0 ? 1 : current) * unit;
      current = 0;
      sawAny = true;
    } else {
      return null;
    }
  }
  return sawAny ? total + current : null;
}

/** Years are read digit by digit (二〇一九 → 2019); other forms fall back to parseNumber. */
export function parseYear(text: string): number | null {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return Number(t);
  // A year typed with an Arabic 0 for 〇 among its Chinese digits (二0二二) is the same year.
  const chars = [...t].map((c) => (c === '0' ? '〇' : c));
  if (chars.length === 4 && chars.every((c) => DIGITS[c] !== undefined)) {
    return chars.reduce((acc, c) => acc * 10 + (DIGITS[c] ?? 0), 0);
  }
  return null;
}
