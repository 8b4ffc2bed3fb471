/**
 * 新疆生产建设兵团 and its divisions (师) and regiments (团) appear in lists beside
 * provinces but are not GB/T 2260 regions. A division that runs a city (师市合一: 第八师
 * and 石河子市) is read as that city, and so are its regiments, from the year the city
 * was set up; a unit without such a city has no code (flagged), never an invented one.
 * 660000, the corps' statistical province code, is only an ordering key for exports.
 */
export const BINGTUAN_NAME = '新疆生产建设兵团';

export interface BingtuanMatch {
  end: number;
  division: string | null;
  regiment: string | null;
}

/**
 * 师市合一: the county-level cities (GB/T 2260, 6590xx) a division administers, with the
 * year the State Council set each city up (published approvals; 白杨市 2023-02).
 */
const DIVISION_CITIES: Readonly<Record<string, { code: string; since: string; name: string }>> = {
  第一师: { code: '659002', since: '2002-09-17', name: '阿拉尔市' },
  第二师: { code: '659006', since: '2012-12-01', name: '铁门关市' },
  第三师: { code: '659003', since: '2002-09-17', name: '图木舒克市' },
  第四师: { code: '659008', since: '2015-03-01', name: '可克达拉市' },
  第五师: { code: '659007', since: '2014-01-01', name: '双河市' },
  第六师: { code: '659004', since: '2002-09-17', name: '五家渠市' },
  第七师: { code: '659010', since: '2019-12-01', name: '胡杨河市' },
  第八师: { code: '659001', since: '1976-01-01', name: '石河子市' },
  第九师: { code: '659012', since: '2023-02-01', name: '白杨市' },
  第十师: { code: '659005', since: '2011-12-01', name: '北屯市' },
  第十三师: { code: '659011', since: '2021-02-01', name: '新星市' },
  第十四师: { code: '659009', since: '2016-01-01', name: '昆玉市' },
};

/** The division that runs a 师市合一 city (659004 → 第六师), or null. */
export function divisionOfCity(code: string): string | null {
  return DIVISION_OF_CITY.get(code.slice(0, 6)) ?? null;
}

/** The table turned round once: every resolution near a previous item asks it. */
const DIVISION_OF_CITY = new Map(
  Object.entries(DIVISION_CITIES).map(([division, c]) => [c.code, division] as const),
);

/** The city a division administers on `day` (YYYY-MM-DD), or null. */
export function divisionCity(division: string | null, day: string): string | null {
  const hit = division ? DIVISION_CITIES[division] : undefined;
  return hit && hit.since <= day ? hit.code : null;
}

const CORPS = /^(?:新疆)?(?:生产建设)?兵团/;
const DIVISION = /^(?:第|农)([一二三四五六七八九十]{1,3})师|^(兵直|兵团直属)|^建工师/;
/**
 * 一师, 十三师: the corps' own papers drop 第 before a division's number. Read so only where
 * the corps is named, in the text or around it: elsewhere 一师 is no place.
 */
const BARE_DIVISION = /^([一二三四五六七八九十]{1,3})师/;
const REGIMENT = /^(?:[一二三四五六七八九十〇零百]{1,5}|\d{1,3})团(?:场)?/;
/** A farm or ranch a division runs in place of a regiment (军户农场, 红星一场, 北塔山牧场). */
const FARM = /^[\u4e00-\u9fff]{1,4}?(?:农场|牧场|[一二三四五六七八九十]场)/;

/** 一师阿拉尔市: a bare division number right before the city it runs says it is the corps'. */
function followedByItsCity(bare: RegExpExecArray, text: string): boolean {
  const city = DIVISION_CITIES[`第${bare[1]}师`]?.name;
  return city !== undefined && text.startsWith(city.replace(/市$/, ''), bare[0].length);
}

/** `inCorps`: the surrounding notice or list heading is about the corps. */
export function matchBingtuan(key: string, start: number, inCorps: boolean): BingtuanMatch | null {
  let pos = start;
  let corps = false;
  const c = CORPS.exec(key.slice(pos));
  if (c) {
    corps = true;
    pos += c[0].length;
  }
  let division: string | null = null;
  const bare = BARE_DIVISION.exec(key.slice(pos));
  const d =
    DIVISION.exec(key.slice(pos)) ??
    (bare && (corps || inCorps || followedByItsCity(bare, key.slice(pos))) ? bare : null);
  if (d) {
    division = d[1] ? `第${d[1]}师` : d[2] ? '兵团直属' : '建工师';
    pos += d[0].length;
    // 兵直二二二团: the regiment follows 兵直 directly
  }
  let regiment: string | null = null;
  if (corps || division || inCorps) {
    const r = REGIMENT.exec(key.slice(pos)) ?? FARM.exec(key.slice(pos));
    if (r) {
      regiment = r[0];
      pos += r[0].length;
    }
  }
  if (!corps && !division && !(inCorps && regiment)) return null;
  return { end: pos, division, regiment };
}

/**
 * A regiment or farm written alone under a heading or context that names its division
 * (兵团四师 … 六十六团八连) belongs to that division; the corps name alone stays the corps.
 */
export function withContextDivision(
  bt: BingtuanMatch | null,
  division: string | null | undefined,
): BingtuanMatch | null {
  return bt && bt.regiment && !bt.division && division ? { ...bt, division } : bt;
}
