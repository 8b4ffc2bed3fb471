/**
 * Corps regiments and farms in the statistical township table. A division that runs no city
 * (第十二师) has no GB/T 2260 place of its own, but the statistical codes list many of its
 * regiments and farms as township-level units under the local county (新疆兵团十二师某某农场
 * under a district of 乌鲁木齐, 兵团八十三团 under a county): such a unit is placed there. The
 * table writes regiment numbers in words (八十三团, 一零四团) where notices often use digits
 * (83团, 一〇四团), so both sides are compared as numbers.
 */
import { loadTowns, type Town } from './towns';

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 八十三 → 83, 一百二十九 → 129, 一二九 / 一〇四 (digit by digit) → 129 / 104; null if not a number. */
export function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[〇零一二三四五六七八九十百]+$/.test(text)) return null;
  if (!/[十百]/.test(text)) return Number([...text].map((c) => DIGITS[c]).join(''));
  let total = 0;
  let digit = 0;
  for (const c of text) {
    if (c === '百' || c === '十') {
      total += (digit || 1) * (c === '百' ? 100 : 10);
      digit = 0;
    } else digit = DIGITS[c] ?? 0;
  }
  return total + digit;
}

/** A regiment written with any numerals → 83团; a farm stays as written. */
function unitKey(name: string): string {
  const m = /^([〇零一二三四五六七八九十百\d]+)团(?:场)?$/.exec(name);
  const n = m ? chineseNumber(m[1]!) : null;
  return n === null ? name : `${n}团`;
}

/** 兵团, 新疆兵团, 兵团农六师, 兵团第九师, 兵团十二师 at the front of a table name. */
const TABLE_PREFIX = /^(?:新疆)?兵团(?:(?:第|农)?([一二三四五六七八九十]{1,3})师)?/;

interface CorpsTownship {
  town: Town;
  division: string | null;
  key: string;
}

let cached: CorpsTownship[] | null = null;

function corpsTownships(): CorpsTownship[] {
  if (cached) return cached;
  cached = [];
  for (const town of loadTowns().all) {
    if (!town.code.startsWith('65') || !town.pseudo) continue;
    const m = TABLE_PREFIX.exec(town.key);
    if (!m) continue;
    const rest = town.key.slice(m[0].length);
    if (rest) cached.push({ town, division: m[1] ? `第${m[1]}师` : null, key: unitKey(rest) });
  }
  return cached;
}

/**
 * The one township-level unit the table lists for a regiment or farm (and its division,
 * where the table names one too); null when none or several.
 */
export function corpsTownship(regiment: string, division: string | null): Town | null {
  const key = unitKey(regiment);
  const hits = corpsTownships().filter(
    (t) => t.key === key && (t.division === null || division === null || t.division === division),
  );
  return hits.length === 1 ? hits[0]!.town : null;
}
