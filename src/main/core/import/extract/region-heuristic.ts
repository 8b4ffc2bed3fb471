/**
 * A self-contained region splitter used until (or instead of) the gazetteer: it reads
 * the administrative-suffix grammar (省/自治区 > 市/州/盟/地区 > 区/县/旗/市 >
 * 街道/镇/乡 > 社区/村) off the front of a text. It knows the province names but no
 * other place names, so it guards against title words that happen to end in a suffix
 * character (打造社区, 推进乡镇) and keeps real names containing one (津市市, 许镇镇,
 * 阳泉市城区, 南县).
 */
import { PREFECTURES_BY_PROVINCE } from './prefectures';
import { provinceAt } from './provinces';
import { toKey } from './text-key';
import type { RegionContext, RegionLookup } from './types';

type Level = 0 | 1 | 2 | 3 | 4; // province, prefecture, county, township, village

interface SuffixRule {
  suffix: string;
  /** Level, or 'city' for 市 whose level depends on what came before. */
  level: Level | 'city';
  minStem: number;
  maxStem: number;
  /** Long ethnic-autonomous names (…族自治县) allow longer stems that must contain 族 or 蒙古. */
  ethnic?: boolean;
}

const RULES: readonly SuffixRule[] = [
  { suffix: '自治州', level: 1, minStem: 2, maxStem: 14, ethnic: true },
  { suffix: '自治县', level: 2, minStem: 2, maxStem: 14, ethnic: true },
  { suffix: '自治旗', level: 2, minStem: 2, maxStem: 14, ethnic: true },
  { suffix: '地区', level: 1, minStem: 2, maxStem: 4 },
  { suffix: '盟', level: 1, minStem: 2, maxStem: 4 },
  { suffix: '市', level: 'city', minStem: 2, maxStem: 4 },
  { suffix: '州', level: 1, minStem: 1, maxStem: 3 },
  { suffix: '经济技术开发区', level: 2, minStem: 1, maxStem: 4 },
  { suffix: '高新技术产业开发区', level: 2, minStem: 1, maxStem: 4 },
  { suffix: '开发区', level: 2, minStem: 1, maxStem: 4 },
  { suffix: '高新区', level: 2, minStem: 1, maxStem: 4 },
  { suffix: '新区', level: 2, minStem: 2, maxStem: 3 },
  { suffix: '区', level: 2, minStem: 1, maxStem: 4 },
  { suffix: '县', level: 2, minStem: 1, maxStem: 5 },
  { suffix: '旗', level: 2, minStem: 2, maxStem: 6 },
  { suffix: '街道', level: 3, minStem: 2, maxStem: 5 },
  { suffix: '镇', level: 3, minStem: 1, maxStem: 4 },
  { suffix: '乡', level: 3, minStem: 2, maxStem: 5 },
  { suffix: '苏木', level: 3, minStem: 2, maxStem: 5 },
  { suffix: '社区', level: 4, minStem: 2, maxStem: 6 },
  { suffix: '嘎查', level: 4, minStem: 2, maxStem: 5 },
  { suffix: '村', level: 4, minStem: 2, maxStem: 5 },
];

/** Characters that end a division name and so cannot sit inside a stem (市中区 and 津市市 excepted). */
const SUFFIX_CHARS = /[市区县]/;
/** One-character district stems that are real (城区, 矿区, 郊区) only right after a city. */
const SHORT_DISTRICTS = /^[城矿郊]$/;
/** Words that open titles, not place names: a stem starting with one is no division. */
const TITLE_OPENERS =
  /^(实施|推进|打造|建设|探索|构建|创新|强化|深化|完善|健全|建立|推动|提升|加强|优化|激活|激发|聚力|聚焦|党建|深入|全面|打通|共建|培育|发挥|推行|促进|实现|开展|坚持|着力|创建|发展|服务|治理|社会|基层|城乡|农村|城市|智慧|数字|网格|居民|村民|社区|街道|乡镇|全域|全国|实验|试验|示范|试点|观察|典型|全市|全区|全县|全省|本市|本区|我市|我区|我县|我省|各|该|以|从|在|把|用|做|抓|由|有效|积极|小区|园区|辖区|片区|景区|街区|市区)/;
const CJK = /^[\u4e00-\u9fff]+$/;

interface Token {
  end: number;
  level: Level;
  /** Length of the suffix that ended it. */
  suffix: number;
}

function stemOk(stem: string, rule: SuffixRule, lastLevel: number): boolean {
  // A count ("两个乡镇") is never a name.
  if (!CJK.test(stem) || TITLE_OPENERS.test(stem) || /个/.test(stem)) return false;
  // "增城均有镇、村上榜": a summary's verb is no part of a name.
  if (/[均都皆](有|为|已|在)/.test(stem)) return false;
  if (rule.ethnic) return stem.length >= 2 && /族|蒙古/.test(stem);
  // "周家山镇留旗营社区": a township's or village's word inside the stem makes 旗 part of a
  // name below it, never a banner (a county or city may have one: 天镇县, 清镇市, 平乡县).
  if (rule.suffix === '旗' && /镇|乡|街道|社区|村/.test(stem.slice(1))) return false;
  // "科左后旗甘旗卡镇": no banner's name holds 旗 before its own, so a 旗 already in the stem
  // ended the banner, and what follows it is a township's name (甘旗卡镇), not a longer banner.
  if (rule.suffix === '旗' && stem.includes('旗')) return false;
  if (stem.length === 1 && rule.suffix === '区')
    return SHORT_DISTRICTS.test(stem) && lastLevel === 1;
  for (let i = 1; i < stem.length; i++) {
    const ch = stem[i] ?? '';
    const doubled = i === stem.length - 1 && ch === rule.suffix; // 津市市
    if (SUFFIX_CHARS.test(ch) && !doubled) return false;
  }
  return true;
}

function levelOf(rule: SuffixRule, lastLevel: number): Level | null {
  const level: Level = rule.level === 'city' ? (lastLevel < 1 ? 1 : 2) : rule.level;
  return level > lastLevel ? level : null;
}

/** The longest division token starting at `at`, respecting the level order. */
function tokenAt(key: string, at: number, lastLevel: number): Token | null {
  let best: Token | null = null;
  for (const rule of RULES) {
    for (let n = rule.minStem; n <= rule.maxStem; n++) {
      const sufAt = at + n;
      if (sufAt + rule.suffix.length > key.length) break;
      if (!key.startsWith(rule.suffix, sufAt)) continue;
      // 州 names the prefecture only when no 市 follows (杭州市 is one token, not 杭州+市).
      if (rule.suffix === '州' && /^[市区县]/.test(key.slice(sufAt + 1))) continue;
      // "豆腐市街社区", "马市街": a 市 straight before 街 (not 街道) is a street's name, not a city.
      if (rule.suffix === '市' && /^街(?!道)/.test(key.slice(sufAt + 1))) continue;
      if (!stemOk(key.slice(at, sufAt), rule, lastLevel)) continue;
      const level = levelOf(rule, lastLevel);
      if (level === null) continue;
      const end = sufAt + rule.suffix.length;
      // Equal ends: the longer suffix names it ("东谷社区" is a community, not a 区).
      if (!best || end > best.end || (end === best.end && rule.suffix.length > best.suffix))
        best = { end, level, suffix: rule.suffix.length };
    }
  }
  return best;
}

/** A province's short name counts only when it is not the stem of a city (吉林市, 海南藏族自治州). */
function provinceToken(key: string): number {
  const hit = provinceAt(key);
  if (!hit) return 0;
  const rest = key.slice(hit.length);
  if (hit.length === hit.info.short.length && hit.info.short !== hit.info.name) {
    if (/^[市州县区盟]/.test(rest) || /^[\u4e00-\u9fff]{0,8}?(自治州|地区)/.test(rest)) return 0;
  }
  return hit.length;
}

export function splitRegionKey(key: string): { end: number; level: number; tokens: number } | null {
  let pos = provinceToken(key);
  let lastLevel = pos > 0 ? 0 : -1;
  let tokens = pos > 0 ? 1 : 0;
  let end = pos;
  for (;;) {
    while (key[pos] === ' ') pos++;
    const tok = tokenAt(key, pos, lastLevel);
    if (!tok) break;
    pos = tok.end;
    end = tok.end;
    lastLevel = tok.level;
    tokens++;
    if (key.startsWith('街道', end - 2) && key.startsWith('办事处', end)) {
      end += 3;
      pos = end;
    }
  }
  return tokens > 0 ? { end, level: lastLevel, tokens } : null;
}

const PREFECTURE_PROVINCE = new Map<string, string>();
for (const [province, names] of Object.entries(PREFECTURES_BY_PROVINCE)) {
  for (const name of names.split(' ')) PREFECTURE_PROVINCE.set(name, province);
}

export const heuristicRegionLookup: RegionLookup = {
  splitPrefix(text: string, _ctx: RegionContext) {
    const hit = splitRegionKey(toKey(text));
    if (!hit) return null;
    return { regionText: text.slice(0, hit.end), end: hit.end };
  },
  provinceOf(regionText: string) {
    const key = toKey(regionText);
    const own = provinceAt(key);
    if (own && provinceToken(key) > 0) return own.info.name;
    for (const [name, province] of PREFECTURE_PROVINCE) {
      if (key.startsWith(name)) return province;
    }
    return null;
  },
};

/**
 * The province and prefecture written at the front of a region ("湖北省武汉市江汉区" →
 * 湖北省, 武汉市), and whether anything lower follows: what a one-sentence list passes
 * on to the items after it ("武昌区" inherits both).
 */
export function regionParts(text: string): {
  province?: string;
  city?: string;
  county?: string;
  countyOnly: boolean;
  /** Nothing of county level or above is written: a township or community alone. */
  belowCounty: boolean;
} {
  const key = toKey(text);
  const provLen = provinceToken(key);
  const out: {
    province?: string;
    city?: string;
    county?: string;
    countyOnly: boolean;
    belowCounty: boolean;
  } = { countyOnly: false, belowCounty: false };
  if (provLen > 0) out.province = text.slice(0, provLen);
  let first = tokenAt(key, provLen, provLen > 0 ? 0 : -1);
  // "沙河市桥西街道…", "潜山市黄铺镇黄铺村": a 市 followed straight by a township (read whole
  // as a village when the village's name is short) is a county-level city, not the
  // prefecture the items after it lie in.
  if (first && first.level === 1 && key[first.end - 1] === '市') {
    const next = tokenAt(key, first.end, 1);
    if (next && next.level >= 3) first = { ...first, level: 2 };
  }
  if (first && first.level === 1 && first.end < key.length)
    out.city = text.slice(provLen, first.end);
  if (
    provLen === 0 &&
    first &&
    first.level >= 1 &&
    (first.level === 2 || !/[市州盟]$/.test(key.slice(0, first.end)))
  )
    out.countyOnly = true;
  if (provLen === 0 && first && first.level === 1 && first.end === key.length)
    out.countyOnly = false;
  // The county token: the first one, or the one after the city.
  const countyTok =
    first && first.level === 2
      ? { at: provLen, tok: first }
      : first && first.level === 1
        ? { at: first.end, tok: tokenAt(key, first.end, 1) }
        : null;
  if (countyTok?.tok && countyTok.tok.level === 2 && countyTok.tok.end < key.length)
    out.county = text.slice(countyTok.at, countyTok.tok.end);
  out.belowCounty = provLen === 0 && (!first || first.level >= 3);
  return out;
}

/** Whether the region names a province first, or at least two levels (safe to read run-together). */
export function isConfidentRegion(text: string): boolean {
  const hit = splitRegionKey(toKey(text));
  return !!hit && (provinceToken(toKey(text)) > 0 || hit.tokens >= 2);
}
