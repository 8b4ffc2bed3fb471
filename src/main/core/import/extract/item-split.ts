/**
 * Reads "region + title" out of one item's text, whatever joins them: a colon
 * (北京市朝阳区：实施…), a dash (南京市栖霞区马群街道——…) or nothing at all
 * (北京市朝阳区实施…). Offsets are kept so the title can be cut from the raw text.
 */
import { parkOfPlace } from './park-programmes';
import { toKey } from './text-key';
import type { RegionContext, RegionLookup } from './types';

const DELIMITER = /[:：]|——|－－|--|—|–|―/;
/** Organ words after a region that make the left side a unit, not a place (北京市朝阳区民政局). */
const UNIT_TAIL = /^(人民政府|民政局|民政厅|委员会|党委|党工委|办事处|管委会|政府|街道办|委)/;
const DEV_ZONE_REST =
  /(高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|工业园区|产业园区|园区|新区)$/;
/**
 * A grassroots unit written from its township down (南京东路街道新桥居委会, 城关镇东街社区): a
 * place whose county the notice gives elsewhere (its title, its addressee).
 */
const TOWN_UNIT =
  /^[\u4e00-\u9fff]{2,10}?(街道|镇|乡|苏木)[\u4e00-\u9fff]{1,10}?(社区|村|居委会|居民委员会|居民区|嘎查)$/;
/** Party organs are named "中共<place>委…": the place follows the prefix. */
const PARTY_PREFIX = /^(中共|中国共产党)/;

export interface ItemSplit {
  regionText: string | null;
  unit?: string;
  title: string;
  titleStart: number;
  regionUnresolved: boolean;
  /** The unit closed by its full stop, then a write-up about it: an entry with no title. */
  writeup?: true;
}

/** A single dash, which a unit's own name may carry (某生态城—中部片区). */
const SINGLE_DASH = /^[—–―-]$/;
/** A place or unit written after a single dash inside a unit's name, up to the double dash. */
const DASHED_UNIT_PART =
  /^[\u4e00-\u9fff]{2,12}(?:片区|街道|社区|村|镇|乡|区|县|市|旗|城|园区|中心)$/;

/**
 * Where the unit ends: at the first colon or dash, except that a single dash followed by a
 * place's own name and then a double dash ("某生态城—中部片区——主题") is inside the unit, and
 * the double dash, the stronger mark, is where its theme starts.
 */
function delimiterOf(head: string): { index: number; 0: string } | null {
  const d = DELIMITER.exec(head);
  if (!d || !SINGLE_DASH.test(d[0])) return d;
  const after = head.slice(d.index + 1);
  const dbl = /——|－－|--/.exec(after);
  if (!dbl || !DASHED_UNIT_PART.test(after.slice(0, dbl.index))) return d;
  return { index: d.index + 1 + dbl.index, 0: dbl[0] };
}

function trimLead(text: string, at: number): number {
  let i = at;
  while (i < text.length && /[\s:：,，、.。\-—–―]/.test(text[i] ?? '')) i++;
  return i;
}

/**
 * A vote's or a score's tally closing a line ("…平台，23.42%，15585票", "甲社区 98.5分"): what
 * the entry got, no part of its title.
 */
const TALLY =
  /[\s,，、;；]+(?:[0-9]+(?:\.[0-9]+)?\s*[%％]\s*[,，、]?\s*)?(?:得票|得分)?\s*[:：]?\s*[0-9]+(?:\.[0-9]+)?\s*(?:票|分)\s*$/;

export function splitItem(text: string, lookup: RegionLookup, ctx: RegionContext): ItemSplit {
  const tally = TALLY.exec(text);
  const raw = tally && tally.index > 0 ? text.slice(0, tally.index) : text;
  const key = toKey(raw);
  const d = delimiterOf(key.slice(0, 48));
  if (d && d.index > 0) {
    const left = raw.slice(0, d.index).trim();
    const titleStart = trimLead(raw, d.index + d[0].length);
    const title = raw.slice(titleStart).trim();
    const party = PARTY_PREFIX.exec(left);
    const place = party ? left.slice(party[0].length) : left;
    const hit = lookup.splitPrefix(place, ctx);
    if (hit && title !== '') {
      const rest = toKey(place.slice(hit.end)).trim();
      if (rest === '' && !party)
        return { regionText: hit.regionText, title, titleStart, regionUnresolved: false };
      // "四川省成都高新区": a development zone is the place (the resolver reads its city).
      if (!party && DEV_ZONE_REST.test(rest) && rest.length <= 12)
        return { regionText: left, title, titleStart, regionUnresolved: false };
      if (UNIT_TAIL.test(rest) || rest.length <= 12) {
        return {
          // A unit cut at its own inner dash ("某生态城—中部片区") leaves the dash on the place.
          regionText: hit.regionText.replace(/[—–―-]+$/, ''),
          unit: left,
          title,
          titleStart,
          regionUnresolved: false,
        };
      }
    }
    if (title !== '' && left.length <= 16 && /^[\u4e00-\u9fff]+$/.test(toKey(left))) {
      return { regionText: left, title, titleStart, regionUnresolved: true };
    }
  }
  // A park named after its place: the place is read in front of the programme's name.
  const park = parkOfPlace(raw.trim(), lookup, ctx);
  if (park?.place) {
    const titleStart = trimLead(raw, raw.indexOf(park.place) + park.place.length);
    return {
      regionText: park.place,
      title: raw.slice(titleStart).trim(),
      titleStart,
      regionUnresolved: false,
    };
  }
  const hit = lookup.splitPrefix(raw, ctx);
  if (hit) {
    const told = unitThenWriteup(raw, hit.end);
    if (told) return told;
    const titleStart = trimLead(raw, hit.end);
    return {
      regionText: hit.regionText,
      title: raw.slice(titleStart).trim(),
      titleStart,
      regionUnresolved: false,
    };
  }
  if (TOWN_UNIT.test(toKey(raw).trim()))
    return { regionText: raw.trim(), title: '', titleStart: raw.length, regionUnresolved: false };
  return (
    trailingRegion(raw, lookup, ctx) ?? {
      regionText: null,
      title: raw.trim(),
      titleStart: trimLead(raw, 0),
      regionUnresolved: false,
    }
  );
}

const UNIT_END = /(?:社区|村|居委会|嘎查)$/;
/** The unit's own name after its township (某镇某社区 → 某社区). */
const AFTER_TOWNSHIP = /^.*?(?:街道|镇|乡|苏木)(?=[\u4e00-\u9fff]{2,10}$)/;

/**
 * "某县某镇某社区。某社区始终…": a unit closed by its full stop, then sentences about it that open
 * with the unit's own name. The unit is the entry written whole; what follows is a write-up of
 * what it did, no title.
 */
function unitThenWriteup(raw: string, placeEnd: number): ItemSplit | null {
  const stop = raw.search(/[。.]/);
  if (stop < placeEnd) return null;
  const head = raw.slice(0, stop).trim();
  const own = toKey(head.slice(placeEnd)).trim();
  if (!UNIT_END.test(head) || own.length > 10 || /[^\u4e00-\u9fff]/.test(own)) return null;
  const unit = head.replace(AFTER_TOWNSHIP, '');
  const after = raw.slice(stop + 1).trim();
  if (unit.length < 3 || !after.startsWith(unit) || after.length < unit.length + 10) return null;
  return {
    regionText: head,
    title: '',
    titleStart: raw.length,
    regionUnresolved: false,
    writeup: true,
  };
}

/** "title（浙江省杭州市上城区）", "title（推荐单位：杭州市上城区民政局）": the place written after the title. */
const TRAILING_PLACE =
  /[（(]\s*(?:推荐单位|申报单位|报送单位|所在地区?|地区|单位)?\s*[:：]?\s*([^（）()]{2,40}?)\s*[）)]\s*[。.；;]?\s*$/;

function trailingRegion(raw: string, lookup: RegionLookup, ctx: RegionContext): ItemSplit | null {
  const m = TRAILING_PLACE.exec(raw);
  if (!m || m.index === 0) return null;
  const inner = m[1]!;
  const hit = lookup.splitPrefix(inner, ctx);
  if (!hit) return null;
  const rest = toKey(inner.slice(hit.end)).trim();
  if (rest !== '' && !UNIT_TAIL.test(rest)) return null;
  const titleStart = trimLead(raw, 0);
  const title = raw.slice(titleStart, m.index).trim();
  if (title.length < 2) return null;
  return {
    regionText: hit.regionText,
    ...(rest ? { unit: inner } : {}),
    title,
    titleStart,
    regionUnresolved: false,
  };
}
