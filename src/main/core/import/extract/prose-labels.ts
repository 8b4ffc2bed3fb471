/**
 * The pieces of a line in prose and the labels among them: a piece is the text between
 * 、，；: and spaces; a label is a province, city or county that the places after it lie
 * in ("上海市：", "山東。", "象山县：", "北京市 东城区"); an addressee line lists
 * provinces and is no list; a cited document's title (《…》) lists nothing.
 */
import { provinceByName } from './provinces';
import { regionParts } from './region-heuristic';
import { toKey, type Line } from './text-key';
import type { RegionContext, RegionLookup } from './types';

const SEPARATORS = /[、，,；;。:：\s]/;
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
  for (let i = 0; i <= line.key.length; i++) {
    const ch = line.key[i] ?? '';
    // "等23个县（市、区、旗）": a short bracketed note is one word, its 、 no separator.
    if (ch === '(' && i >= noteEnd)
      noteEnd = i + (BRACKET_NOTE.exec(line.key.slice(i))?.[0].length ?? 0);
    if (i < noteEnd) continue;
    if (i === line.key.length || SEPARATORS.test(ch)) {
      if (i > from) out.push({ text: line.raw.slice(from, i), start: line.start + from, sep: ch });
      from = i + 1;
    }
  }
  return out;
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
 * the first keeping the county of the entries before it. (When the first names its own county
 * the piece reads as two places already.)
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
    if (!m || !looksLikeEntry(first) || regionParts(first).county) return [p];
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
export const isCountedLabel = (p: Piece): boolean => COUNT_LABEL.test(p.text);

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
  const body = p.text.replace(COUNT_LABEL, '').trim();
  const key = toKey(body);
  if (provinceByName(key)) return body;
  const hit = lookup.splitPrefix(body, {});
  if (!hit || hit.end !== body.length) return null;
  return /[市州盟]$/.test(key) || (p.sep !== '。' && /[县区旗]$/.test(key)) ? body : null;
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
