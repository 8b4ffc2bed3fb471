/**
 * A list counted by its own group's count, not by a total said before it. Two shapes:
 *
 * - the clause opening the list counts it: "…初步确定甲型社区4个：…；乙型社区2个：丙、丁" — the
 *   list after 乙型社区2个 holds two, whatever the first count of the paragraph was;
 * - one sentence counts several groups ("授予某市等25个市…，授予某县等37个县…", "两个乡镇和
 *   二十个村入选"): a list holding as many as one of the groups, or all of them together, is
 *   that group or the groups merged, not a list short of the first count.
 *
 * Only an equal count is taken: a list short of every count the sentence tells still warns.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import { NOT_UNITS } from './counts';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
/** A count of units and its measure word, not a count of months or aspects. */
const COUNT = new RegExp(`${N}\\s*(?:个|家|处|项|所|篇)${NOT_UNITS}`, 'g');
const CLAUSE_END = /[，,。；;！!？?\n：:]/;
const SENTENCE_END = /[。！!？?\n]/;

/** A count of the places a list's units are spread over ("涉及12个县", "覆盖5个设区市"): no group. */
const COVERAGE = /(?:涉及|覆盖|分布(?:在|于)|来自|遍及|遍布)[^，,；;]{0,6}$/;
/** A division level a count may name after its measure word: "12个县（市、区）", "25个市". */
const LEVEL = /^\s*(?:设区的?)?(社区|乡镇|街道|县|市|区|镇|乡|村|州|盟|旗)/;

interface Count {
  n: number;
  /** The division level named right after the measure word, if any. */
  level: string | null;
  /** Counting the places units are spread over ("涉及12个县"), not units. */
  coverage: boolean;
}

/** The counts of units a clause or sentence tells, but not a share's after 其中. */
function countsOf(text: string): Count[] {
  const out: Count[] = [];
  for (const m of text.matchAll(COUNT)) {
    const before = text.slice(0, m.index ?? 0);
    const clause = before.slice(Math.max(...[...'，,；;'].map((c) => before.lastIndexOf(c))) + 1);
    if (/其中/.test(clause)) continue;
    const n = parseNumber(m[1] ?? '');
    const after = text.slice((m.index ?? 0) + m[0].length);
    if (n !== null)
      out.push({ n, level: LEVEL.exec(after)?.[1] ?? null, coverage: COVERAGE.test(before) });
  }
  return out;
}

/** The clause right before a list's first entry: "…乙型社区2个：", "…的4个村分别为：". */
function openingClause(docKey: string, start: number): string {
  const before = docKey
    .slice(Math.max(0, start - 80), start)
    .replace(/(?:分别[是为]|如下|包括|是|为)?\s*[：:]?\s*$/, '');
  let from = before.length;
  while (from > 0 && !CLAUSE_END.test(before[from - 1]!)) from--;
  return before.slice(from);
}

/** A clause opening on its count, 其中 maybe before it: a kind within a total told above. */
const OPENS_ON_COUNT = new RegExp(`^\\s*(?:其中)?\\s*${N}\\s*(?:个|家|处|项|所|篇)`);

/**
 * Whether the clause opening the list right before `start` counts exactly its `found` entries.
 * Not a kind within a total told above, opening on its count ("其中，5个入围的示范镇分别是："
 * under 某市5镇20村入选): the other kinds may be unread, so the total stays to check.
 */
export function countedByOpeningClause(docKey: string, start: number, found: number): boolean {
  const clause = openingClause(docKey, start);
  return !OPENS_ON_COUNT.test(clause) && countsOf(clause).some((c) => !c.coverage && c.n === found);
}

/**
 * Whether the list of `found` entries starting at `start` is counted by its own group rather
 * than by `stated`: its opening clause counts it exactly, or a sentence telling `stated` with
 * other groups' counts tells `found` too (or their sum).
 */
export function countedByOwnGroup(
  docKey: string,
  start: number,
  stated: number,
  found: number,
  names: readonly string[] = [],
): boolean {
  if (countedByOpeningClause(docKey, start, found)) return true;
  // A group's count counts the list's own entries: not the places they are spread over
  // ("共命名示范社区30个，涉及12个县"), nor a level none of the entries is ("12个县" over communities).
  const ownGroup = (c: Count): boolean =>
    !c.coverage &&
    (c.level === null || names.length === 0 || names.some((t) => t.includes(c.level!)));
  for (const sentence of docKey.split(SENTENCE_END)) {
    const all = countsOf(sentence);
    const counts = all.map((c) => c.n);
    if (counts.length < 2 || !counts.includes(stated)) continue;
    const others = all.filter((c, i) => i !== counts.indexOf(stated) && ownGroup(c));
    if (others.some((c) => c.n === found)) return true;
    if (all.every(ownGroup) && counts.reduce((a, n) => a + n, 0) === found) return true;
  }
  return false;
}
