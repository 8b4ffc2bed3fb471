/**
 * Heading numbers of official documents: 一、二、… 十、十一、… 二十、… 九十九、一百、….
 * (Our own small writer: the import side parses numerals, this side only writes them.)
 */
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) return String(n);
  const parts: string[] = [];
  const units: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ];
  let rest = n;
  let zeroPending = false;
  for (const [value, name] of units) {
    const d = Math.floor(rest / value);
    rest %= value;
    if (d === 0) {
      if (parts.length > 0) zeroPending = true;
      continue;
    }
    if (zeroPending) parts.push('零');
    zeroPending = false;
    // 十一 not 一十一 when ten is the leading unit.
    parts.push(value === 10 && d === 1 && parts.length === 0 ? name : DIGITS[d] + name);
  }
  if (rest > 0) {
    if (zeroPending) parts.push('零');
    parts.push(DIGITS[rest] ?? '');
  }
  return parts.join('');
}
