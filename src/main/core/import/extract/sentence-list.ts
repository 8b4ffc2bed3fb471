/**
 * Lists written as one sentence or as labelled lines: "同意将北京市石景山区，天津市河北区，
 * 辽宁省沈阳市和平区…等单位确认为…", "湖北省武汉市江汉区、武昌区、汉阳区",
 * "内蒙古：通辽市科尔沁区、赤峰市红山区、元宝山区", "山東。諸城市". A province or city
 * written once is inherited by the items after it (recorded as regionContext).
 */
import { parseNumber } from './chinese-numerals';
import type { CategoryDraft, ItemDraft, ListDraft } from './drafts';
import { provinceByName } from './provinces';
import { regionParts } from './region-heuristic';
import { toKey, type KeyedText, type Line } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/** A group label with its count on a line of its own: "南陵县（2个）". */
const GROUP_LABEL = /^(.+?)\s*[(（]\s*共?\s*([0-9]+|[一二三四五六七八九十]+)\s*个\s*[)）]\s*$/;
const SEPARATORS = /[、，,；;。:：\s]/;
const VILLAGE_REST = /^[\u4e00-\u9fff]{1,10}(村|社区|嘎查|居委会)$/;
const LEADING_WORDS =
  /^(同意将|同意|确认将|确认|将|包括|具体为|其中|以及|及|和|与|分别是|分别为|为)/;
const TRAILING_ETC =
  /(等(单位|地区|地方|实验区|县\(市、区\)|[0-9一二三四五六七八九十]+个.*)?|等.*)$/;

interface Piece {
  text: string;
  start: number;
  sep: string;
}

function piecesOf(line: Line): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (let i = 0; i <= line.key.length; i++) {
    const ch = line.key[i] ?? '';
    if (i === line.key.length || SEPARATORS.test(ch)) {
      if (i > from) out.push({ text: line.raw.slice(from, i), start: line.start + from, sep: ch });
      from = i + 1;
    }
  }
  return out;
}

interface RegionPiece {
  regionText: string;
  start: number;
  end: number;
  label: boolean;
}

function readPiece(p: Piece, lookup: RegionLookup): RegionPiece | null {
  // Lead-in words stack ("同意确认", "同意将…确认为"): strip them all, not just the first.
  let skip = 0;
  for (
    let lead = LEADING_WORDS.exec(p.text);
    lead && lead[0].length > 0;
    lead = LEADING_WORDS.exec(p.text.slice(skip))
  ) {
    skip += lead[0].length;
  }
  let body = p.text.slice(skip);
  const etc = TRAILING_ETC.exec(body);
  const cutEtc = etc && etc.index > 0 ? etc.index : body.length;
  // A label may carry its count: "河北省（2个）：…".
  body = body
    .slice(0, cutEtc)
    .replace(/\s*[(（]\s*共?\s*[0-9一二三四五六七八九十]+\s*个\s*[)）]\s*$/, '');
  if (body === '') return null;
  const hit = lookup.splitPrefix(body, {});
  if (!hit) return null;
  // A village or community the division list does not name still ends the place: "…镇东长寿村".
  const rest = toKey(body.slice(hit.end));
  if (rest !== '' && !VILLAGE_REST.test(rest)) return null;
  const bodyKey = toKey(body);
  const isLabel =
    (p.sep === ':' || p.sep === '：' || p.sep === '。') &&
    (provinceByName(bodyKey) !== null || /[市州盟]$/.test(bodyKey));
  const regionText = rest === '' ? hit.regionText : body;
  return {
    regionText,
    start: p.start + skip,
    end: p.start + skip + body.length,
    label: isLabel && !etc && rest === '',
  };
}

/** Addressee lines ("北京市、天津市…民政厅（局）：") list provinces, not records. */
function isAddressee(line: Line): boolean {
  return /(厅|局|委|政府|办公室)[)）]?[:：]\s*$/.test(line.trimmed);
}

export function detectSentenceLists(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  let current: { items: ItemDraft[]; lines: number[]; categories: CategoryDraft[] } | null = null;
  let ctx: RegionContext = {};
  let category: CategoryDraft | null = null;
  const flush = (): void => {
    if (
      current &&
      current.items.filter((it) => provinceByName(toKey(it.regionText ?? '')) === null).length >= 3
    ) {
      const first = current.items[0];
      const last = current.items[current.items.length - 1];
      if (first && last) {
        lists.push({
          layout: 'sentence',
          items: current.items,
          start: first.start,
          end: last.end,
          categories: current.categories,
          lineIndexes: current.lines,
        });
      }
    }
    current = null;
    category = null;
  };
  for (const line of doc.lines) {
    if (line.trimmed === '') continue;
    if (consumed.has(line.index) || isAddressee(line)) {
      flush();
      ctx = {};
      continue;
    }
    const group = GROUP_LABEL.exec(line.key.trim());
    const groupRegion = group
      ? lookup.splitPrefix(line.raw.trim().slice(0, (group[1] ?? '').length), {})
      : null;
    if (group && groupRegion && groupRegion.end === (group[1] ?? '').length) {
      const parts = regionParts(groupRegion.regionText);
      if (parts.province && !parts.city) ctx = { province: groupRegion.regionText };
      else if (/[市州盟]$/.test(toKey(groupRegion.regionText)))
        ctx = { ...ctx, city: groupRegion.regionText };
      category = {
        name: groupRegion.regionText,
        stated: parseNumber(group[2] ?? ''),
        found: 0,
        start: line.trimmedStart,
      };
      current ??= { items: [], lines: [], categories: [] };
      current.categories.push(category);
      current.lines.push(line.index);
      continue;
    }
    let hadItems = false;
    for (const piece of piecesOf(line)) {
      const rp = readPiece(piece, lookup);
      if (!rp) {
        if (piece.text.trim() !== '' && !LEADING_WORDS.test(piece.text)) {
          flush();
          ctx = {};
        }
        continue;
      }
      const parts = regionParts(rp.regionText);
      if (rp.label) {
        ctx = parts.province ? { province: rp.regionText } : { ...ctx, city: rp.regionText };
        if (!parts.province && provinceByName(toKey(rp.regionText)))
          ctx = { province: rp.regionText };
        continue;
      }
      const inherited: RegionContext = {};
      if (!parts.province && ctx.province) inherited.province = ctx.province;
      if (!parts.province && !parts.city && parts.countyOnly && ctx.city) inherited.city = ctx.city;
      if (parts.province)
        ctx = { province: parts.province, ...(parts.city ? { city: parts.city } : {}) };
      else if (parts.city) ctx = { ...ctx, city: parts.city };
      current ??= { items: [], lines: [], categories: [] };
      if (category) category.found++;
      current.items.push({
        ...(category ? { category: category.name } : {}),
        seq: null,
        start: rp.start,
        end: rp.end,
        regionText: rp.regionText,
        ...(Object.keys(inherited).length ? { regionContext: inherited } : {}),
        // A one-sentence list names places only; there is no theme to record.
        title: '',
        warnings: [],
      });
      hadItems = true;
    }
    if (hadItems && current && !current.lines.includes(line.index)) current.lines.push(line.index);
  }
  flush();
  return lists;
}
