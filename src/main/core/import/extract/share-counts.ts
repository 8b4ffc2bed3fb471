/**
 * The count the words before a list state for it, when a story tells a round's total and then
 * its own place's share: "民政部命名1456个社区，湖南省75个社区榜上有名。邵阳市6个社区在列，分别为："
 * lists 邵阳's six, not the nation's 1,456. A total followed by a share is the wider round's;
 * the share nearest the list, counted (its place first, then its count and the words of being
 * among), is the list's count.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import { statedCountAt } from './counts';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;

/** Being among the chosen: the words a share is told with. */
const AMONG =
  '(?:入选|上榜|榜上有名|在列|入榜|入围|位列其中|名列其中|获认定|获命名|被认定|被命名|获评)';

/** A count right before the words of being among ("75个社区榜上有名", "有19个古县入选"). */
const COUNT_BEFORE = new RegExp(`${N}\\s*(?:个|家|处|项)[^，,。；;：:]{0,14}?${AMONG}`);
/** The words of being among before the count ("入选的4个…实验区", "入选单位16家"). */
const COUNT_AFTER = new RegExp(`${AMONG}(?:的|单位|名单)?\\s*${N}\\s*(?:个|家|处|项)`);
/** Every count in a share's clause: "1个组织、1个项目、1个村上榜" tells three. */
const EACH_COUNT = new RegExp(`${N}\\s*(?:个|家|处|项)`, 'g');

const CLAUSE_END = /[，,。；;！？!?\n：:]/;

/**
 * The count a share's clause tells, or null: its place (or 其他, 我省) comes first, so a clause
 * opening on its count ("其中，7个入围的示范镇分别是") is a kind within the total, no share.
 */
function shareOf(clause: string): number | null {
  if (/^[0-9一二三四五六七八九十两百千]/.test(clause)) return null;
  if (!COUNT_BEFORE.test(clause) && !COUNT_AFTER.test(clause)) return null;
  const counts = [...clause.matchAll(EACH_COUNT)].map((m) => parseNumber(m[1] ?? '') ?? 0);
  return counts.reduce((a, n) => a + n, 0);
}

/**
 * Whether `stated`, told at `at`, is a round's total whose share the words after it, down to a
 * list that was read, go on to tell: that list is the share, and the total no list's count.
 */
export function totalBeforeShare(
  docKey: string,
  at: number,
  stated: number,
  lists: readonly { start: number; items: readonly unknown[] }[],
): boolean {
  return lists.some(
    (l) =>
      l.items.length > 0 &&
      l.start > at &&
      l.start - at <= 1500 &&
      shareAfter(docKey.slice(at, l.start), stated) !== undefined,
  );
}

/**
 * The share told after the first clause of `text` (a total of `total`): the nearest smaller
 * counted share, or undefined. A share told without a count (我省嵩县、汝州市入选) says
 * nothing of how many it has, so the total stays the only count to check.
 */
function shareAfter(text: string, total: number): number | undefined {
  const end = CLAUSE_END.exec(text);
  if (!end) return undefined;
  let counted: number | undefined;
  for (const clause of text.slice(end.index + 1).split(CLAUSE_END)) {
    const n = shareOf(clause.trim());
    if (n !== null && n < total) counted = n;
  }
  return counted;
}

/**
 * The count `scope` (the words from the list's heading down to it) states for the list: the
 * first count told, unless a smaller counted share is told after it. Null when it counts nothing.
 */
export function scopeCount(scope: string): number | null {
  const total = statedCountAt(scope);
  if (!total) return null;
  return shareAfter(scope.slice(total.at), total.n) ?? total.n;
}
