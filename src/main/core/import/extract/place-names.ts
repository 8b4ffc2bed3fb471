/**
 * Place names an enumeration writes that the division list cannot read alone: a community
 * after its township and 的 ("奎聚街道的东城社区"), two joined by 和, and a township's villages
 * written without 村 ("某镇的新岙、后塘").
 */
import { looksLikePlace } from './place-like';
import { type PieceInput } from './place-piece';
import { toKey } from './text-key';

/**
 * "奎聚街道的东城社区": a community written after its township and 的; also a village written
 * there without 村 ("某镇的新岙"), a short name with no verb or counting word in it.
 */
const TOWNSHIP_OF =
  /^([\u4e00-\u9fff]{1,8}(?:镇|乡|街道|苏木))的(?=[\u4e00-\u9fff]{2,10}(?:村|社区|嘎查|居委会)$|(?:(?![等的为和及与获被入评共个])[\u4e00-\u9fff]){2,3}$)/;

const LEVEL_WORDS = /^(城市|城区|市区|县区|街道|社区|乡镇|村镇|村居|村|镇|乡)$/;
const LEVEL_END = /(市|区|县|旗|街道|社区|镇|乡|村|村居)$/;

export interface PlaceName {
  /** The name as a region string (a 的 after the township left out). */
  regionText: string;
  start: number;
  end: number;
  /** A membership verb follows ("…榜上有名"): the enumeration is a list of members. */
  member?: true;
  /** Written after its township and 的 without 村 ("某镇的新岙"): that township. */
  bareIn?: string;
}

/** A village's short name written alone, without 村 ("新岙"): no verb or counting word in it. */
const BARE_VILLAGE = /^(?:(?![等的为和及与获被入评共个])[\u4e00-\u9fff]){2,3}$/;

/**
 * The next name of a township's group whose villages are written without 村 ("某镇的新岙、
 * 后塘"): the township and the name, when the entry before it was written so in that township.
 */
export function bareVillage(p: PieceInput, township: string | undefined): PlaceName | null {
  const text = p.text.trim();
  if (!township || !BARE_VILLAGE.test(toKey(text))) return null;
  const at = p.text.indexOf(text);
  return {
    regionText: township + text,
    start: p.start + at,
    end: p.start + at + text.length,
    bareIn: township,
  };
}

/**
 * The places a piece of an enumeration names when the division list cannot read them:
 * one ("莲塘镇昌南客运站社区", "奎聚街道的东城社区"), or two joined by 和/及/与
 * ("文山社区和都昌街道迎禧社区"); null when any part is no place.
 */
export function placeNames(p: PieceInput): PlaceName[] | null {
  const out: PlaceName[] = [];
  const key = toKey(p.text);
  let from = 0;
  // "…社区榜上有名", "…社区被评为…": the membership verb after the last place closes the list.
  const verb =
    /(?<=(?:村|社区|嘎查|居委会))(?:被|光荣|成功)?(?:评为|评选为|入选|上榜|榜上有名|获评|荣获)/.exec(
      key,
    );
  const names = verb ? key.slice(0, verb.index) : key;
  // Two names joined by 和, or run together where a separator was lost ("…淳和社区八月湖街道…"); two
  // towns too ("…龙王镇和双沟镇"), where what follows 和 is a town's whole name ("城关镇和平村" is a
  // town and its village 和平村).
  const joins =
    /(?<=(?:村|社区|嘎查|居委会))(?:和|及|与|(?=[\u4e00-\u9fff]{1,8}(?:镇|乡|街道)[\u4e00-\u9fff]{2,10}(?:村|社区)))|(?<=(?:镇|乡|街道))(?:和|及|与)(?=[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道)(?:$|和|及|与))/;
  for (const part of names.split(joins)) {
    const at = key.indexOf(part, from);
    from = at + part.length;
    const raw = p.text.slice(at, at + part.length);
    const of = TOWNSHIP_OF.exec(part.trim());
    const name = of
      ? raw.trim().slice(0, of[1]!.length) + raw.trim().slice(of[0].length)
      : raw.trim();
    // "城区、街道和社区入选": words for the levels of a list, not names. A 和 is such a join only
    // after a word that ends like a division; "…淳和社区" is one name that holds the character.
    const split = toKey(name).split(/[和及与]/);
    const joined = split.slice(0, -1).every((w) => LEVEL_END.test(w));
    const words = joined ? split : [toKey(name)];
    if (!looksLikePlace(name) || words.some((w) => LEVEL_WORDS.test(w)))
      return wholeEstate(p, names, verb !== null);
    const bare = of && !/(村|社区|嘎查|居委会)$/.test(toKey(name)) ? of[1]! : null;
    out.push({
      regionText: name,
      start: p.start + at,
      end: p.start + at + part.length,
      ...(bare ? { bareIn: raw.trim().slice(0, bare.length) } : {}),
    });
  }
  if (verb && out.length) out[out.length - 1]!.member = true;
  return out.length ? out : null;
}

/**
 * "某街道某社区和某园": an estate whose name opens with 和 after its community is one name,
 * not a community and a second place, when the part after 和 is no place of its own.
 */
function wholeEstate(p: PieceInput, names: string, member: boolean): PlaceName[] | null {
  const text = names.trim();
  if (!/(?:村|社区)和/.test(text) || !looksLikePlace(text)) return null;
  const at = toKey(p.text).indexOf(text);
  if (at < 0) return null;
  return [
    {
      regionText: p.text.slice(at, at + text.length),
      start: p.start + at,
      end: p.start + at + text.length,
      ...(member ? { member: true as const } : {}),
    },
  ];
}
