/**
 * Counts a notice states for its list: "确认…等27个案例为…", "共8家", "本网采集了13个典型案例",
 * "（12个）" after a category. The found number of entries is compared with it.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
const PATTERNS: RegExp[] = [
  new RegExp(`等\\s*${N}\\s*个`),
  new RegExp(`共(?:有|计)?\\s*${N}\\s*(?:个|家|项|处|名|批)`),
  new RegExp(
    `(?:确认|公布|命名|认定|遴选出?|采集了?|评选出?|推荐|确定|入选)[^。；，,]{0,30}?${N}\\s*个`,
  ),
  new RegExp(
    `${N}\\s*个[^。；，,]{0,16}?(?:实验区|实验县|实验单位|典型案例|案例|观察点|单位|试点)`,
  ),
];

/** The first count stated in `key` (a text key), or null. */
export function statedCount(key: string): number | null {
  let best: { at: number; n: number } | null = null;
  for (const re of PATTERNS) {
    const m = re.exec(key);
    if (!m) continue;
    const n = parseNumber(m[1] ?? '');
    if (n === null || n < 2 || n > 2000) continue;
    if (!best || (m.index ?? 0) < best.at) best = { at: m.index ?? 0, n };
  }
  return best?.n ?? null;
}
