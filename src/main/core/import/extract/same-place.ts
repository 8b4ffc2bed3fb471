/**
 * Whether two names written in two places of a notice name one place: the same name, one the
 * tail of the other, or one a shortened form (the province, the level word or the township
 * left out). The list merging (list-dedupe.ts) and the repeated entries of one list
 * (repeated-entries.ts) both ask it.
 */
import { comparable } from './text-key';

export function same(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const x = comparable(a);
  const y = comparable(b);
  return (
    x.length >= 2 &&
    y.length >= 2 &&
    (x === y ||
      x.endsWith(y) ||
      y.endsWith(x) ||
      shortened(x, y) ||
      bareName(x, y) ||
      unsuffixed(x) === unsuffixed(y))
  );
}

/**
 * "韶关" in a story's lead for "广东省韶关市" in the table below it: the name written without
 * its province and its level word.
 */
function bareName(x: string, y: string): boolean {
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (short.length < 2 || /[省市县区旗]$/.test(short)) return false;
  const stem = long.replace(/[市县旗]$/, '');
  if (stem === long || !stem.endsWith(short)) return false;
  const before = stem.slice(0, stem.length - short.length);
  return before === '' || /[省市州]$/.test(before);
}

/** "深圳福田区" in a headline is "深圳市福田区" with the city's 市 left out. */
export function unsuffixed(name: string): string {
  return name.replace(/(?<=[\u4e00-\u9fff]{2})[省市](?=[\u4e00-\u9fff]{2})/g, '');
}

/**
 * "醴陵市东岗村" in a headline is "醴陵市茶山镇东岗村" with the township left out; "醴陵东岗村"
 * leaves out the city's 市 as well.
 */
export function shortened(x: string, y: string): boolean {
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (short.length < 4 || short.length === long.length) return false;
  for (let k = 2; k <= short.length - 2; k++) {
    const head = short.slice(0, k);
    const tail = short.slice(k);
    if (!long.endsWith(tail)) continue;
    if (/[市县区旗]$/.test(head) && long.startsWith(head)) return true;
    // The level word dropped too: only a head of three characters or more, so that no
    // two-character stem ("东坡") stands for a city by chance.
    if (k >= 3 && /^[市县旗]$/.test(long[k] ?? '') && long.startsWith(head)) return true;
  }
  return false;
}
