/**
 * The pieces of a line in prose and the labels among them: a piece is the text between
 * 、，；: and spaces (or up to an exclamation that ends its sentence); a label is a province, city or county that the places after it lie
 * in ("上海市：", "山東。", "象山县：", "北京市 东城区"); an addressee line lists
 * provinces and is no list; a cited document's title (《…》) lists nothing.
 */
import { provinceByName } from './provinces';
import { regionParts } from './region-heuristic';
import { withoutRepeatedPlaceCells } from './repeated-place-cell';
import { toKey, type Line } from './text-key';
import type { RegionContext, RegionLookup } from './types';

const SEPARATORS = /[、，,；;。:：\s]/;
/**
 * An exclamation after the verb that names the places ends their sentence as a full stop does
 * ("…和淮南市寿县成功获评!“千年古县”是…"); a headline's cry ("全省示范!淮北这些村上榜") ends none.
 */
const EXCLAMATION = /[！!]/;
const NAMED_BEFORE = /(?:获评|入选|入围|上榜|榜上有名|获批|荣获|命名|认定|授牌)$/;
/** A bracketed note of a few words that may itself use 、 ("（市、区、旗）"). */
const BRACKET_NOTE = /^\([\u4e00-\u9fff、]{1,12}\)/;
const COUNT_LABEL = /\s*[(（]\s*共?\s*[0-9一二三四五六七八九十]+\s*个\s*[)）]\s*$/;

/** Text between separators, with the separator after it (a label ends in ：or 。). */
export interface Piece {
  text: string;
  start: number;
  sep: string;
}

export function piecesOf(line: Line): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  let noteEnd = -1;
  // A space inside quotes ("“深化乡村地名服务 点亮美好家园”") is inside one name, no break.
  let quoted = false;
  for (let i = 0; i <= line.key.length; i++) {
    const ch = line.key[i] ?? '';
    if (ch === '“') quoted = /^“[^“”\n]{1,30}”/.test(line.key.slice(i));
    if (ch === '”') quoted = false;
    if (quoted && /[ \u3000]/.test(ch)) continue;
    // "等23个县（市、区、旗）": a short bracketed note is one word, its 、 no separator.
    if (ch === '(' && i >= noteEnd)
      noteEnd = i + (BRACKET_NOTE.exec(line.key.slice(i))?.[0].length ?? 0);
    if (i < noteEnd) continue;
    // Inside a short quoted name ("“加油！社区”") the mark belongs to the name.
    const cry = !quoted && EXCLAMATION.test(ch) && NAMED_BEFORE.test(line.key.slice(from, i));
    if (i === line.key.length || SEPARATORS.test(ch) || cry) {
      // "呼和浩特市 :清水河县": a space before a label's colon; the colon ends the piece.
      const sep = /\s/.test(ch) ? (/^\s+([:：])/.exec(line.key.slice(i))?.[1] ?? ch) : ch;
      if (i > from) out.push({ text: line.raw.slice(from, i), start: line.start + from, sep });
      from = i + 1;
    }
  }
  return joinStraySpaces(out);
}

/** The pieces of a line after its first `lead` characters (past its indent). */
export function piecesAfter(line: Line, lead: number): Piece[] {
  const off = line.trimmedStart - line.start + lead;
  return piecesOf({
    ...line,
    raw: line.raw.slice(off),
    key: line.key.slice(off),
    start: line.start + off,
  });
}

/**
 * The pieces of a line whose section number ("（一）", "二、") stands before a labelled group
 * ("（一）北京市：海淀区、密云县", "五、湖北。秭归县"): the number numbers the group, so the
 * pieces start after it and the label reads as the line's first piece. Any other line keeps
 * its pieces (the number may be an entry's, or a category's).
 */
export function piecesAfterSection(line: Line, lead: number, lookup: RegionLookup): Piece[] {
  const pieces = piecesOf(line);
  if (lead <= 0) return pieces;
  const body = piecesAfter(line, lead);
  const first = body[0];
  if (!first) return pieces;
  // A place alone after the number heads the lines below it ("一、宁化县" over its villages).
  const name = first.text.trim();
  const alone = body.length === 1 && lookup.splitPrefix(name, {})?.end === name.length;
  return alone || labelOf(first, lookup) ? body : pieces;
}

/** A township, and a village or community named alone. */
const TOWNSHIP_END = /(镇|乡|街道|苏木)$/;
const BARE_VILLAGE = /^(?:(?!镇|乡|街道|苏木)[\u4e00-\u9fff]){1,10}(村|社区|嘎查|居委会)$/;
/** A name that starts with what ends one ("镇太平村" after "澧溪"). */
const SUFFIX_START = /^(镇|乡|街道|苏木|村|社区|嘎查)/;

/**
 * A stray space inside a name, as copied pages have them ("三江镇 三江村", "澧溪 镇太平村"):
 * a township and the village after it, or a name cut before its own suffix, is one name.
 * Spaces between whole places ("太原市尖草坪区 大同市南郊区") still separate them.
 */
function joinStraySpaces(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    const a = prev ? toKey(prev.text).trim() : '';
    const b = toKey(p.text).trim();
    const stray =
      prev !== undefined &&
      /^\s$/.test(prev.sep) &&
      ((TOWNSHIP_END.test(a) && BARE_VILLAGE.test(b)) ||
        (SUFFIX_START.test(b) && /^[\u4e00-\u9fff]{1,6}$/.test(a) && !/(县|区|市|旗)$/.test(a)));
    if (prev && stray)
      out[out.length - 1] = { text: prev.text + p.text, start: prev.start, sep: p.sep };
    else out.push(p);
  }
  return out;
}

/** A township at the start of a piece, with the village or community after it if any. */
const LEADING_TOWNSHIP = /^[\u4e00-\u9fff]{1,6}?(街道|镇|乡|苏木)/;

/**
 * "某某市 某某街道某某社区": a place alone, a space, then a township the place holds is one
 * entry written with a gap, not a place and a second entry. The township must be read inside
 * the place when the two are joined, so a township whose name starts like another county's
 * (新市区街道 is no 新市区) stays with the place before it, and two whole places separated by
 * a space ("某某市某某区 某某县") remain two.
 */
export function joinSpacedTownships(pieces: Piece[], lookup: RegionLookup): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    const a = prev ? toKey(prev.text).trim() : '';
    const b = toKey(p.text).trim();
    const township = LEADING_TOWNSHIP.exec(b)?.[0];
    let joined = false;
    if (prev && township && /^\s$/.test(prev.sep) && /(县|市|区|旗)$/.test(a)) {
      const alone = lookup.splitPrefix(a, {});
      const both = lookup.splitPrefix(a + b, {});
      joined =
        alone?.end === a.length &&
        !provinceByName(a) &&
        (both?.end ?? 0) >= a.length + township.length;
    }
    if (prev && joined)
      out[out.length - 1] = { text: prev.text + p.text, start: prev.start, sep: p.sep };
    else out.push(p);
  }
  return withoutRepeatedPlaceCells(out, lookup);
}

/**
 * A group label run onto the end of the line before ("…郭村镇河东村北湖区（5个）：", as PDF
 * text extraction joins lines): the last entry and the label become two pieces.
 */
const GLUED_LABEL =
  /^(.+?(?:村|社区|嘎查|居委会))([\u4e00-\u9fff]{1,8}(?:县|区|市|旗)\s*[(（]\s*共?\s*[0-9一二三四五六七八九十]+\s*个\s*[)）])\s*$/;

export function splitGluedLabels(pieces: Piece[]): Piece[] {
  return pieces.flatMap((p) => {
    const m = p.sep === ':' || p.sep === '：' ? GLUED_LABEL.exec(p.text) : null;
    if (!m) return [p];
    const item = m[1] ?? '';
    return [
      { text: item, start: p.start, sep: '、' },
      { text: m[2] ?? '', start: p.start + item.length, sep: p.sep },
    ];
  });
}

/**
 * An entry written from its township, then 及/和/与 and an entry written from its county, in
 * one piece of a 、 list ("…新湖街道办事处南龙社区及平原县龙门街道办事处光明社区"): two entries,
 * the first keeping the county of the entries before it. The first may name its own county
 * too ("某某县某某社区以及某某市某某区某某社区"): the second is still an entry of its own.
 */
const JOINED_ENTRIES =
  /^([\u4e00-\u9fff]{1,20}?(?:村|社区|嘎查|居委会))(以及|及|和|与)([\u4e00-\u9fff]{2,}.*)$/;

export function splitJoinedEntries(
  pieces: Piece[],
  looksLikeEntry: (text: string) => boolean,
): Piece[] {
  return pieces.flatMap((p) => {
    const m = JOINED_ENTRIES.exec(toKey(p.text));
    const first = m?.[1] ?? '';
    const second = m?.[3] ?? '';
    if (!m || !looksLikeEntry(first)) return [p];
    const parts = regionParts(second);
    if (!parts.county && !parts.city && !parts.province) return [p];
    const at = first.length + (m[2] ?? '').length;
    return [
      { text: p.text.slice(0, first.length), start: p.start, sep: '、' },
      { text: p.text.slice(at), start: p.start + at, sep: p.sep },
    ];
  });
}

/** A label that counts its group ("宁海县（4个）："): its groups are siblings. */
// Matched on the key, so a count written in traditional characters (（5個）) is one too.
export const isCountedLabel = (p: Piece): boolean => COUNT_LABEL.test(toKey(p.text));

/** Addressee lines ("北京市、天津市…民政厅（局）：") list provinces, not records. */
export function isAddressee(line: Line): boolean {
  return /(厅|局|委|政府|办公室|办)[)）]?[:：]\s*$/.test(line.trimmed);
}

/**
 * "上海市：", "山東。", "象山县：": a province, city or county labelling the items after it
 * (a colon labels any of them; 。 only a province, as "山東。諸城市" writes it).
 */
export function labelOf(p: Piece, lookup: RegionLookup): string | null {
  if (p.sep !== ':' && p.sep !== '：' && p.sep !== '。') return null;
  const count = COUNT_LABEL.exec(toKey(p.text));
  const body = (count ? p.text.slice(0, count.index) : p.text).trim();
  const key = toKey(body);
  if (provinceByName(key)) return body;
  const hit = lookup.splitPrefix(body, {});
  const name = hit && hit.end === body.length ? body : undoubled(body, lookup);
  if (!name) return null;
  return /[市州盟]$/.test(key) || (p.sep !== '。' && /[县区旗]$/.test(key)) ? name : null;
}

/**
 * "南京：江宁…小镇、溧水…小镇", "连云港：…、…": a prefecture-level city written without 市 before
 * its colon labels the places after it, as "南京市：" does, when an enumeration follows (the
 * next piece ends in 、). A headline's "阜阳：移风易俗…" is no label; nor is a county-level city
 * written short (江阴：), left as it was.
 */
export function shortCityLabel(
  p: Piece,
  next: Piece | undefined,
  lookup: RegionLookup,
): string | null {
  if ((p.sep !== ':' && p.sep !== '：') || next?.sep !== '、') return null;
  const key = toKey(p.text).trim();
  if (!/^[\u4e00-\u9fff]{2,3}$/.test(key)) return null;
  const city = `${key}市`;
  const hit = lookup.splitPrefix(city, {});
  if (hit?.end !== city.length) return null;
  // A city holding no county (中山:小榄镇、古镇镇) is left as it was read: its towns written bare
  // under the short label would be lost, where the base reads them as the city's.
  if (lookup.countylessCities?.().some((c) => c.city === city)) return null;
  const code = lookup.codeOf?.(city, {}) ?? null;
  return code && /^\d{4}00$/.test(code) && !/0000$/.test(code) ? city : null;
}

/**
 * "…实验区：甲区、乙市。": a unit after 、 or ， closed by 。 is the enumeration's last entry,
 * not a label of what follows; a 。 label stands alone at its line's or sentence's start
 * ("山東。諸城市"). What precedes the piece in the text decides, so an enumeration wrapped
 * onto the next line (a line ending in 、) still counts; a section number's 、 does not.
 */
export function closesEnumeration(p: Piece, text: string): boolean {
  if (p.sep !== '。') return false;
  const before = text.slice(Math.max(0, p.start - 40), p.start).trimEnd();
  // A section number's 、 ("二、湖南。浏阳市") opens a group; it joins no enumeration.
  if (SECTION_NUMBER_END.test(before)) return false;
  return /[、，,]$/.test(before);
}

/** "二、", "（三）、", "4、" at a line's start: a section number, not an enumeration's comma. */
const SECTION_NUMBER_END = /(?:^|\n)\s*[（(]?(?:[一二三四五六七八九十]+|\d{1,2})[)）]?、$/;

/**
 * "镇巴巴县": a county label typed with one character twice is the county without the
 * repeat, when that and only that is a division name.
 */
function undoubled(body: string, lookup: RegionLookup): string | null {
  const m = /^([\u4e00-\u9fff]*?)([\u4e00-\u9fff])\2([\u4e00-\u9fff]*[县区旗市])$/.exec(body);
  if (!m) return null;
  const name = `${m[1]}${m[2]}${m[3]}`;
  const hit = lookup.splitPrefix(name, {});
  return hit && hit.end === name.length ? name : null;
}

/** "北京市 东城区、西城区": a province alone before a space, with places after it, labels them. */
export function spacedProvinceLabel(
  p: Piece,
  next: Piece | undefined,
  lookup: RegionLookup,
): string | null {
  if (!/\s/.test(p.sep) || !next) return null;
  const body = p.text.trim();
  if (!provinceByName(toKey(body))) return null;
  const after = lookup.splitPrefix(next.text, {});
  return after && after.end > 0 && !provinceByName(toKey(after.regionText)) ? body : null;
}

/** "从江县入榜的村分别是丙妹镇大歹村": a place, words about it, then the enumeration's intro. */
const INTRODUCED = /^([^，。；,;]{2,24}?)(分别是|分别为|分别有)\s*(?=[\u4e00-\u9fff])/;

export interface IntroducedLabel {
  /** The county or city the entries lie in. */
  label: string;
  /** The words before the entries ("从江县入榜的村分别是"). */
  intro: string;
  /** The piece from the first entry on. */
  rest: Piece;
}

/**
 * "<县>入榜的村分别是A镇B村、C村…": the place before the intro labels the entries after it
 * (it is where they lie, not an entry doing something), and the first entry starts after it.
 */
export function introducedLabel(p: Piece, lookup: RegionLookup): IntroducedLabel | null {
  const m = INTRODUCED.exec(toKey(p.text));
  if (!m) return null;
  const head = p.text.slice(0, m[1]!.length);
  const hit = lookup.splitPrefix(head, {});
  if (!hit || hit.end === 0 || hit.end === head.length) return null;
  const key = toKey(hit.regionText);
  if (!/(县|区|市|旗|州|盟)$/.test(key) || provinceByName(key)) return null;
  const cut = m[0].length;
  return {
    label: hit.regionText,
    intro: toKey(p.text.slice(0, cut)).trim(),
    rest: { text: p.text.slice(cut), start: p.start + cut, sep: p.sep },
  };
}

/** Words that name the notice's own place ("我县", "本市") right before a township. */
const OWN_PLACE =
  /^([^，。；,;]{0,30}?(?:我|本)(?:市|县|区|旗))(?=[\u4e00-\u9fff]{1,8}(?:镇|乡|街道|苏木))/;

/** A piece opening with the words for the notice's own place (我市…, 本省…). */
export function speaksOfOwnPlace(p: Piece): boolean {
  return /^[\s“”"']*(?:我|本)(?:省|市|州|盟|县|区|旗)/.test(toKey(p.text));
}

/**
 * "我县莲塘镇昌南客运站社区、…": after the words naming the notice's own place, the first
 * entry starts at the township (the county is the notice's, never written again).
 */
export function ownPlaceLead(p: Piece): { intro: string; rest: Piece } | null {
  return leadBefore(p, OWN_PLACE);
}

/**
 * Words ending a list's introduction right before a township ("拟命名…卫生村的有某镇的甲村"):
 * the township opens the list; the county is the notice's, never written again.
 */
const TOWNSHIP_LEAD =
  /^([^，。；,;、]{2,30}?(?:的有|分别有|分别是|分别为|依次为|包括))(?=[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|苏木))/;

export function townshipLead(p: Piece): { intro: string; rest: Piece } | null {
  return leadBefore(p, TOWNSHIP_LEAD);
}

/** An introduction that counts the units it names, before a colon ("14个社区是："). */
const COUNTED_LEAD =
  /(?:[0-9]+|[一二两三四五六七八九十]+)\s*个(社区|村|行政村|村居|乡镇|镇|街道)(?:是|为|分别是|分别为|包括|如下)$/;

/**
 * The piece right after "N个社区是：" opens the list when it names a unit of the counted
 * level: written from the township down, its county is the notice's own.
 */
export function countedLead(before: Piece | undefined, p: Piece): string | null {
  if (!before || !/^[:：]$/.test(before.sep)) return null;
  const intro = toKey(before.text).trim();
  const m = COUNTED_LEAD.exec(intro);
  if (!m) return null;
  return LEVEL_ENDS[m[1]!]?.test(toKey(p.text).trim()) ? intro : null;
}

/** How a unit of each counted level ends. */
const LEVEL_ENDS: Record<string, RegExp> = {
  社区: /(社区|居委会|居民区)$/,
  村: /村$/,
  行政村: /村$/,
  村居: /(村|社区)$/,
  乡镇: /(镇|乡)$/,
  镇: /镇$/,
  街道: /街道$/,
};

function leadBefore(p: Piece, lead: RegExp): { intro: string; rest: Piece } | null {
  const m = lead.exec(toKey(p.text));
  if (!m) return null;
  const cut = m[1]!.length;
  return {
    intro: toKey(p.text.slice(0, cut)).trim(),
    rest: { text: p.text.slice(cut), start: p.start + cut, sep: p.sep },
  };
}

/** The context a label sets: a province, a city, or a county (with what was known above it). */
export function labelContext(label: string, ctx: RegionContext): RegionContext {
  const parts = regionParts(label);
  if (parts.province || provinceByName(toKey(label))) return { province: label };
  if (/[县区旗]$/.test(toKey(label)) && !parts.city) return { ...ctx, county: label };
  return { ...withoutCounty(ctx), city: label };
}

/** Offsets inside 《…》 on a line: a cited document's title. */
export function titleRanges(line: Line): (offset: number) => boolean {
  const ranges: [number, number][] = [];
  for (const m of line.key.matchAll(/《[^《》]*》/g))
    ranges.push([line.start + (m.index ?? 0), line.start + (m.index ?? 0) + m[0].length]);
  return (offset) => ranges.some(([a, b]) => offset > a && offset < b);
}

/** The context without its county: a new city starts a new county scope. */
export function withoutCounty(ctx: RegionContext): RegionContext {
  const { county: _county, ...rest } = ctx;
  return rest;
}
