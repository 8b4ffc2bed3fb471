/**
 * Counts a notice states for its list: "确认…等27个案例为…", "共8家", "本网采集了13个典型案例",
 * "（12个）" after a category, "名单（四川59个）" on a list's heading. The found number of entries is compared with it.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import { FACILITY_NAMES } from './facility-nouns';
import { rangeCount } from './numbered-range';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
/**
 * What a count of 个 may count besides units: months (历时9个月), aspects (等5个方面), conditions,
 * stages, hours. Such a count is no list's (departments and kinds can be a list's units).
 */
export const NOT_UNITS = '(?!月|方面|条件|环节|阶段|小时|工作日|百分点|维度|层面|步骤)';
const PATTERNS: RegExp[] = [
  new RegExp(`等\\s*${N}\\s*个${NOT_UNITS}`),
  new RegExp(`共(?:有|计)?\\s*${N}\\s*(?:个|家|项|处|名|批)${NOT_UNITS}`),
  new RegExp(
    // Not across a colon or into brackets: "公布如下：桥东区（15个）" counts one group only.
    `(?:确认|公布|命名|认定|遴选出?|采集了?|评选出?|推荐|确定|入选)[^。；，,：:（(]{0,30}?${N}\\s*个${NOT_UNITS}`,
  ),
  // A list heading with its count in brackets: "名单（21个）", "名单（四川59个）".
  new RegExp(`(?:名单|名录|名册)\\s*[(（][^()（）]{0,8}?${N}\\s*(?:个|家|项|处)\\s*[)）]`),
  // A headline's count without 个: "东城、文山…西城五社区被评为…".
  new RegExp(`${N}\\s*(?:社区|村|乡镇|镇|街道|城区)\\s*(?:被|入选|入围|荣获|获评|成为|上榜)`),
  // "12个特色产业小镇名单" over a list: the list's heading counts its entries — unless it counts
  // a second kind too ("4个示范县、20个示范乡镇名单"), when its first number counts only part.
  new RegExp(`^\\s*${N}\\s*个(?:(?!${N}\\s*个)[^。；，,：:（(]){0,16}?(?:名单|名录)\\s*$`, 'm'),
  // "全省37个地名入选…名录": a list of place names counts its names.
  new RegExp(
    `${N}\\s*个[^。；，,]{0,16}?(?:实验区|实验县|实验单位|典型案例|案例|观察点|单位|试点|地名)`,
  ),
];

/** Two levels counted together, "7镇49村", "3个乡镇12个村": one list of both. */
const COMPOUND = new RegExp(
  `${N}\\s*个?\\s*(?:乡镇|镇|乡|街道)\\s*[、和及与]?\\s*${N}\\s*个?\\s*(?:村|社区)(?![民委])`,
);

/** The first count stated in `key` (a text key), or null. */
export function statedCount(key: string): number | null {
  return statedCountAt(key)?.n ?? null;
}

/** The first count stated in `key` and where its words start. */
export function statedCountAt(key: string): { at: number; n: number } | null {
  let best: { at: number; n: number } | null = null;
  const both = COMPOUND.exec(key);
  if (both) {
    const a = parseNumber(both[1] ?? '');
    const b = parseNumber(both[2] ?? '');
    if (a !== null && b !== null && a + b >= 2 && a + b <= 2000)
      best = { at: both.index, n: a + b };
  }
  for (const re of PATTERNS) {
    const m = re.exec(key);
    if (!m) continue;
    const n = parseNumber(m[1] ?? '');
    if (n === null || n < 2 || n > 2000) continue;
    if (!best || (m.index ?? 0) < best.at) best = { at: m.index ?? 0, n };
  }
  // "初选入围案例（第001-030号）": a run of entry numbers counts its list too.
  const range = rangeCount(key);
  if (range && (!best || range.at < best.at)) best = range;
  return best;
}

/** A community's or village's committee written after its name (居民委员会, 村委会). */
const COMMITTEE = '(?:居民|村民)委员会|[居村]委会';

/**
 * The count stated with a list's first entry as its example, anywhere in the notice:
 * "推荐…靖港镇福塘村等50个村申报…" counts the table whose first row is 福塘村, even when the
 * sentence sits in the body and the table in an attachment under a heading of its own.
 */
export function exampleCount(docKey: string, firstEntryKey: string): number | null {
  const name = firstEntryKey.replace(/\s+/g, '');
  // The example may be the entry's own name without the place written before it ("大明湖等
  // 18个" for the row 济南市历下区 | 大明湖): its last three characters then.
  return exampleCountOf(docKey, name.slice(-4)) ?? exampleCountOf(docKey, name.slice(-3));
}

function exampleCountOf(docKey: string, tail: string): number | null {
  if (tail.length < 3) return null;
  const escaped = tail.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The example may name the community by its committee ("…北堤社区居民委员会等10个社区"),
  // or a facility by the place that houses it ("…某村儿童之家等8个儿童之家"): a suffix the
  // entry's place leaves off.
  const m = new RegExp(
    `${escaped}(?:${COMMITTEE}|${FACILITY_NAMES})?\\s*等(?:在内的)?\\s*${N}\\s*(?:个|家|项|处)`,
  ).exec(docKey);
  const n = m ? parseNumber(m[1] ?? '') : null;
  return n !== null && n >= 2 && n <= 2000 ? n : null;
}

/** A total the notice gives its whole list in so many words: "名单1976个", "现将1976个…名单". */
const LIST_TOTAL = [
  new RegExp(`(?:名单|名录)\\s*(?:共|计)?\\s*${N}\\s*(?:个|家|项|处)`),
  new RegExp(`(?:现将|将|对)\\s*${N}\\s*(?:个|家|项|处)[^。；;]{0,30}?(?:名单|名录)`),
];

/** The whole list's stated total in `key` (text before the lists) and where it is, or null. */
export function listTotal(key: string): { n: number; at: number } | null {
  for (const re of LIST_TOTAL) {
    const m = re.exec(key);
    const n = m ? parseNumber(m[1] ?? '') : null;
    if (m && n !== null && n >= 2 && n <= 100000) return { n, at: m.index };
  }
  return null;
}
