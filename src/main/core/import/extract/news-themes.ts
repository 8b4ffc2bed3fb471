/**
 * Themes a news story tells one unit per clause, after it has named the units:
 * "武汉市江岸区将肩负探索“盘活…”使命；宜都市主要围绕“促进…”主题，…，咸宁市则探索“建立…”",
 * "其实验主题分别是：金牛区“主攻”探索建立…；新都区主要瞄准创新…；邛崃市则主要探索建立…".
 * A clause that begins with a place the text named before and carries a quoted phrase (or
 * follows "主题分别是：") gives that place its theme. Two such clauses in one line make a
 * list; the places' earlier, untitled mention is the same list and gives way to this one.
 */
import { labelledList, type ItemDraft, type ListDraft } from './drafts';
import { toKey, type KeyedText, type Line } from './text-key';
import type { RegionLookup } from './types';

/** "其实验主题分别是：", "实验主题分别为": the clauses after it are themes without quotes. */
const THEMES_INTRO = /主题分别(?:是|为)[:：]?/;
/** A quoted phrase long enough to be a theme (not a nickname such as “主攻”). */
const QUOTED = /[“"「]([^”"」]{6,60})[”"」]/g;
/**
 * "A等11个“最佳…组织”": a quote right after a count names what the counted units were made,
 * the honour of the group, never one unit's theme.
 */
const COUNTED_BEFORE = /等?\s*(?:[0-9]+|[一二两三四五六七八九十百]+)\s*(?:个|家|项|名)\s*$/;
/** Words between the place and its unquoted theme ("则主要瞄准…", "“主攻”探索…"). */
const FILLER = /^(?:则|将|还|也)?(?:主要)?(?:[“"「][^”"」]{1,4}[”"」]|瞄准|围绕|聚焦|致力于)?/;
/** The unit a theme clause begins with: a county, district or city. */
const UNIT_END = /[区县市旗州]$/;

interface Clause {
  start: number;
  end: number;
}

/** Clauses of a line (split at ，；。 outside quotes), as offsets into the line. */
function clausesOf(key: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= key.length; i++) {
    const ch = key[i] ?? '';
    if (/[“「]/.test(ch)) quoted = true;
    else if (/[”」]/.test(ch)) quoted = false;
    if (i < key.length && (quoted || !/[,;。，；]/.test(ch))) continue;
    if (i > start) out.push({ start, end: i });
    start = i + 1;
  }
  return out;
}

/** The fuller form of a unit the text wrote before ("成都市金牛区" for a later "金牛区"). */
function earlierForm(
  doc: KeyedText,
  lookup: RegionLookup,
  at: number,
  unit: string,
): string | null {
  const seen = doc.key.lastIndexOf(unit, at - 1);
  if (seen < 0) return null;
  for (let k = 8; k >= 2; k--) {
    const from = seen - k;
    if (from < 0) continue;
    const hit = lookup.splitPrefix(doc.text.slice(from, seen + unit.length), {});
    if (hit && hit.end === k + unit.length) return hit.regionText;
  }
  return unit;
}

function themeOf(rest: string, unquoted: boolean): string | null {
  const key = toKey(rest);
  const quoted = [...rest.matchAll(QUOTED)].find(
    (m) => !COUNTED_BEFORE.test(key.slice(0, m.index)),
  );
  if (quoted) return (quoted[1] ?? '').trim();
  if (!unquoted) return null;
  const theme = rest.replace(FILLER, '').trim();
  return theme.length >= 6 ? theme : null;
}

function lineItems(doc: KeyedText, lookup: RegionLookup, line: Line): ItemDraft[] {
  const items: ItemDraft[] = [];
  const intro = THEMES_INTRO.exec(line.key);
  for (const c of clausesOf(line.key)) {
    let from = c.start;
    if (intro && intro.index >= c.start && intro.index < c.end)
      from = intro.index + intro[0].length;
    const raw = line.raw.slice(from, c.end);
    const lead = raw.length - raw.trimStart().length;
    const hit = lookup.splitPrefix(raw.trimStart(), {});
    if (!hit || hit.end < 2 || !UNIT_END.test(hit.regionText)) continue;
    const at = line.start + from + lead;
    // Only a place the story named before: the clause tells its theme, not a new unit.
    const named = earlierForm(doc, lookup, at, doc.key.slice(at, at + hit.end));
    if (!named) continue;
    const unquoted = intro !== null && intro.index < from;
    const title = themeOf(raw.trimStart().slice(hit.end), unquoted);
    if (!title) continue;
    items.push({
      seq: null,
      start: at,
      end: line.start + c.end,
      regionText: named.length > hit.regionText.length ? named : hit.regionText,
      title,
      warnings: [],
    });
  }
  return items;
}

/**
 * "某区将围绕培育…，搭建…的实验主题推进实验任务": a theme the clause itself closes with
 * 的(实验)主题. The words say it is the unit's theme, so its commas stay in it and the unit
 * need not have been named before.
 */
const BOUNDED_THEME = /(?:将|则|还|也)?(?:主要)?围绕([^。；;]{6,80}?)的(?:实验)?主题/g;

function boundedThemes(lookup: RegionLookup, line: Line): ItemDraft[] {
  const items: ItemDraft[] = [];
  let from = 0;
  for (const m of line.key.matchAll(BOUNDED_THEME)) {
    const at = m.index;
    const themeAt = at + m[0].indexOf('围绕') + 2;
    const before = line.key.slice(from, at);
    const cut = Math.max(...[...'，,；;。'].map((ch) => before.lastIndexOf(ch)));
    const start = from + cut + 1;
    from = at + m[0].length;
    const place = line.raw.slice(start, at).trim();
    const hit = place.length <= 20 ? lookup.splitPrefix(place, {}) : null;
    if (!hit || hit.end !== place.length || !UNIT_END.test(hit.regionText)) continue;
    items.push({
      seq: null,
      start:
        line.start +
        start +
        (line.raw.slice(start).length - line.raw.slice(start).trimStart().length),
      end: line.start + from,
      regionText: hit.regionText,
      title: line.raw.slice(themeAt, themeAt + (m[1] ?? '').length).trim(),
      warnings: [],
    });
  }
  return items;
}

/** "分别为，", "如下：": the words that open an inline labelled list. */
const INLINE_INTRO = /^.*?(?:分别(?:为|是)|如下)[,，:：]?/;

/**
 * "…分别为，和平区：探索…，全力打造…；红桥区：实施…；…": units and their titles as one
 * run of "place：title" separated by semicolons (the titles keep their commas).
 */
function inlineLabelled(lookup: RegionLookup, line: Line): ItemDraft[] {
  const items: ItemDraft[] = [];
  let start = 0;
  for (let i = 0; i <= line.key.length; i++) {
    if (i < line.key.length && !/[;；。]/.test(line.key[i] ?? '')) continue;
    const seg = line.key.slice(start, i);
    // The first entry follows the run's intro; a colon before it ("…日讯：") is not its own.
    const intro = INLINE_INTRO.exec(seg);
    const lead = intro ? intro[0].length : 0;
    const colon = seg.slice(lead).search(/[:：]/);
    const from = start + lead;
    const left = colon > 0 ? line.raw.slice(from, from + colon).trim() : '';
    const title = colon > 0 ? line.raw.slice(from + colon + 1, i).trim() : '';
    const hit = left.length <= 20 ? lookup.splitPrefix(left, {}) : null;
    if (hit && hit.end >= 2 && title.length >= 4) {
      const at =
        line.start + from + (line.raw.slice(from).length - line.raw.slice(from).trimStart().length);
      items.push({
        seq: null,
        start: at,
        end: line.start + i,
        regionText: left,
        title,
        warnings: [],
      });
    }
    start = i + 1;
  }
  return items.length >= 3 ? items : [];
}

export function detectNewsThemes(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (line.trimmed === '' || consumed.has(line.index)) continue;
    const inline = inlineLabelled(lookup, line);
    const bounded = inline.length ? [] : boundedThemes(lookup, line);
    const items = inline.length
      ? inline
      : bounded.length >= 2
        ? bounded
        : lineItems(doc, lookup, line);
    const list = labelledList(items, [line.index]);
    if (list) lists.push(list);
  }
  return lists;
}
