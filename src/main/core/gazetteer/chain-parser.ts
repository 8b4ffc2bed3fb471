/**
 * Longest consistent chain of province / prefecture / county names at the start of a
 * key: 江苏省|南京市|栖霞区, 山东省|平邑县 (prefecture skipped), 阳泉市|城区 (城区 only
 * inside 阳泉市), 津市市 (full name beats 津市+市). Each part keeps every unit the name
 * can mean that fits inside the previous part; later parts narrow earlier ones.
 */
import { type DevZone, type Gazetteer, type Unit, isWithin } from './gazetteer-data';
import { hitsAt } from './name-index';
import { isBoundary } from './normalize';
import { UNLISTED_ZONE } from './zone-towns';
import { opensTownName } from './short-name-town';

export interface ChainPart {
  start: number;
  end: number;
  units: Unit[];
  zone: DevZone | null;
  short: boolean;
}

export interface Chain {
  parts: ChainPart[];
  end: number;
  score: number;
}

const MAX_PARTS = 4;
/** Between a label or a level and the next one: "湖南。南县", "上海市／徐汇区", "江苏省·南京市". */
const LABEL_SEPARATORS = '。:：,，/·・';

function zonePrefix(u: Unit): string {
  return u.level === 'province' ? u.code.slice(0, 2) : u.code.slice(0, 4);
}

function fitsUnder(prev: ChainPart | null, u: Unit): boolean {
  if (!prev) return true;
  // nothing county-level follows a development zone; its townships are matched later
  if (prev.zone) return false;
  for (const p of prev.units) if (p !== u && p.code !== u.code && isWithin(u, p)) return true;
  return false;
}

function zoneFitsUnder(prev: ChainPart | null, z: DevZone): boolean {
  if (!prev) return true;
  if (prev.zone) return false;
  return prev.units.some((p) => p.level !== 'county' && z.city.startsWith(zonePrefix(p)));
}

/** What may follow such a pair: a verb or a list's word, not an establishment's name (…第一中学). */
const PAIR_ENDS = /^(?:被|为|获|入选|荣获|等|和|及|与)/;

/** A county-level part written short right after the short name of the city it lies in. */
function countyOfShortCity(prev: ChainPart | null, part: ChainPart): boolean {
  return (
    !!prev?.short &&
    prev.units.length > 0 &&
    prev.units.every((u) => u.level === 'city') &&
    part.units.length > 0 &&
    part.units.every((u) => u.level === 'county')
  );
}

/** 嘉峪关市 is both a prefecture and its only county: keep the larger one. */
function dropNestedSameName(units: Unit[]): Unit[] {
  if (units.length < 2) return units;
  return units.filter((u) => !units.some((o) => o !== u && o.code !== u.code && isWithin(u, o)));
}

function extend(
  g: Gazetteer,
  key: string,
  pos: number,
  prev: ChainPart | null,
  depth: number,
): Chain {
  let best: Chain = { parts: [], end: pos, score: 0 };
  if (depth >= MAX_PARTS) return best;
  for (const { len, hits } of hitsAt(g.index, key, pos)) {
    let units: Unit[] = [];
    let zone: DevZone | null = null;
    let short = true;
    for (const h of hits) {
      if (h.unit && fitsUnder(prev, h.unit)) {
        units.push(h.unit);
        short &&= h.short;
      } else if (h.zone && zoneFitsUnder(prev, h.zone)) {
        zone = h.zone;
        short = false;
      }
    }
    if (units.length === 0 && !zone) continue;
    units = dropNestedSameName(units);
    const part: ChainPart = { start: pos, end: pos + len, units: zone ? [] : units, zone, short };
    let rest = extend(g, key, pos + len, part, depth + 1);
    // "湖南。南县", "上海市：松江区", "上海市／徐汇区": a label or level, then what lies in it
    if (rest.parts.length === 0 && LABEL_SEPARATORS.includes(key[pos + len] ?? 'x')) {
      const labelled = extend(g, key, pos + len + 1, part, depth + 1);
      if (labelled.parts.length) rest = labelled;
    }
    // "河源市 河源市东源县…": a division written again right after itself (a grid's city cell,
    // then the full name in the next cell) is one mention; the chain goes on after the copy.
    if (rest.parts.length === 0 && !short && len >= 3 && repeatsAt(key, pos, len)) {
      const again = extend(g, key, pos + 2 * len, part, depth + 1);
      if (again.parts.length) rest = again;
    }
    // A short form (鄞州, 南京) must end at punctuation/end or lead into another part,
    // or it would eat the start of ordinary words; a county's short name right after its own
    // city's short name, before a verb ("盐城东台被…"), is a pair no ordinary word makes.
    if (
      short &&
      rest.parts.length === 0 &&
      !isBoundary(key[pos + len]) &&
      (!looksLikeSubCounty(key, pos + len) || opensTownName(key, pos, pos + len, units)) &&
      !(countyOfShortCity(prev, part) && PAIR_ENDS.test(key.slice(pos + len)))
    )
      continue;
    const score = len * (short ? 0.9 : 1) + rest.score;
    if (score > best.score)
      best = { parts: [part, ...rest.parts], end: rest.parts.length ? rest.end : pos + len, score };
  }
  return best;
}

/** Whether the name at pos (len characters) is written again right after itself. */
function repeatsAt(key: string, pos: number, len: number): boolean {
  return key.startsWith(key.slice(pos, pos + len), pos + len);
}

/** A characteristic town's own name, up to 小镇 and nothing after it but punctuation. */
const CHARACTERISTIC_TOWN = /^[\u4e00-\u9fff]{2,12}?小镇(?![\u4e00-\u9fff])/;

/**
 * After a short county name, a township or community name may follow (鄞州百丈街道). A
 * township suffix right after the short name means the name is the township's own
 * (琅琊镇 is a town, not 琅琊区 + 镇…), and so does an island word (长兴岛 is an island and
 * its township, not 长兴县 + 岛…).
 */
function looksLikeSubCounty(key: string, pos: number): boolean {
  const window = key.slice(pos, pos + 20);
  // A zone word inside what would be the township's name means the short name has eaten the
  // start of a zone's name ("太白湖新区石桥镇" is no 太白县 + "湖新区石桥镇").
  const township = /^(?![镇乡村岛]|街道|社区)([\u4e00-\u9fff]{1,6}?)(街道|镇|乡|社区|村)/.exec(
    window,
  );
  if (township && !UNLISTED_ZONE.test(township[1] ?? '')) return true;
  // A characteristic town written after its county's short name ("上城玉皇山南基金小镇"): a
  // named project, not a township, but the short name in front is still its county.
  if (CHARACTERISTIC_TOWN.test(window)) return true;
  // A zone of the place, then a township ("武汉东湖高新区关东街道"): the township is read after it.
  // A zone's own name is never one character: "太白|湖新区" is 太白湖新区, not a zone of 太白.
  const zone = UNLISTED_ZONE.exec(window);
  if (!zone || zone[0].length - (zone[1] ?? '').length === 1) return false;
  return /^[\u4e00-\u9fff]{1,6}?(街道|镇|乡)/.test(window.slice(zone[0].length));
}

/**
 * Chains already parsed, per gazetteer: an import asks for the same text at the same place
 * about twice each (the item, its context, the scope of the next one). A chain is never
 * changed once returned.
 */
interface ParsedChains {
  /** By key, then by start: the key is the string normalising kept, so it is hashed once. */
  byKey: Map<string, Map<number, Chain>>;
  size: number;
}
const parsed = new WeakMap<Gazetteer, ParsedChains>();
const MAX_PARSED = 20_000;

export function parseChain(g: Gazetteer, key: string, start: number): Chain {
  let chains = parsed.get(g);
  if (!chains) parsed.set(g, (chains = { byKey: new Map(), size: 0 }));
  let atKey = chains.byKey.get(key);
  let chain = atKey?.get(start);
  if (!chain) {
    chain = parseFresh(g, key, start);
    if (chains.size >= MAX_PARSED) {
      chains.byKey.clear();
      chains.size = 0;
      atKey = undefined;
    }
    if (!atKey) chains.byKey.set(key, (atKey = new Map()));
    atKey.set(start, chain);
    chains.size++;
  }
  return chain;
}

function parseFresh(g: Gazetteer, key: string, start: number): Chain {
  const chain = extend(g, key, start, null, 0);
  // Narrow earlier parts to the units that contain what follows (和平区 after 天津市).
  for (let i = chain.parts.length - 2; i >= 0; i--) {
    const part = chain.parts[i]!;
    const next = chain.parts[i + 1]!;
    if (part.zone) continue;
    const inner = next.zone
      ? part.units.filter((p) => next.zone!.city.startsWith(zonePrefix(p)))
      : part.units.filter((p) => next.units.some((n) => isWithin(n, p)));
    if (inner.length) part.units = inner;
  }
  return chain;
}
