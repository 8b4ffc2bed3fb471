/**
 * Numbered lines that are each one full address ("1、陕西省延安市延川县梁家河村",
 * "3、河北省邯郸市峰峰矿区响堂水镇（东和村）", "6、福建省南平市水南村"): the whole line is
 * the place, so the region is read from all of it and what the region splitter could not
 * place (a village the statistical lists lack, a project name with its village in
 * brackets) is the unit, never a title. In such a list a line that is only a province or a
 * prefecture names no unit: it is the context of the lines below it, or, as the last
 * line, the stub of an entry the copy lost — said, never a record of its own.
 */
import type { ItemDraft } from './drafts';
import { splitItem, type ItemSplit } from './item-split';
import { outcomeIn } from './outcomes';
import { labelContext } from './prose-labels';
import { isPrefectureStem } from './prefectures';
import { provinceAt } from './provinces';
import { splitRegionKey } from './region-heuristic';
import { toKey } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/**
 * A township, village or community name, or a name with its village in brackets after it
 * (a project name, or a township the splitter already read: "七都镇（开弦弓村）").
 */
const PLACE_NAME =
  /^([\u4e00-\u9fff\d]{1,12}?(社区|村|居委会|嘎查|街道|镇|乡|苏木))?([(（][\u4e00-\u9fff\d]{1,12}?(社区|村|居委会|嘎查)[)）])?$/;
/** The township a region ends with, after its county. */
const TOWN_AT_END = /[区县市旗]((?:(?![区县市旗])[\u4e00-\u9fff]){1,8}?(?:街道|镇|乡|苏木))$/;
/** Words that end a theme, not a name: "打造美丽乡村", "建设和美乡村". */
const THEME_END = /(乡村|新农村)$/;
/** What an address line ends with once it names a unit below the county. */
const UNIT_END = /(社区|村|居委会|嘎查|街道|镇|乡|苏木)[)）]?$/;

/** The split read as an address: the whole body as region, the unplaced rest as unit. */
export function asAddress(body: string, split: ItemSplit): ItemSplit | null {
  if (!split.regionText || split.regionUnresolved || split.title === '') return null;
  const rest = toKey(split.title).replace(/\s+/g, '');
  if (rest === '' || !PLACE_NAME.test(rest) || THEME_END.test(rest)) return null;
  // "七都镇（开弦弓村）": a bracketed village alone keeps the township it is written under.
  const town = /^[(（]/.test(rest) ? TOWN_AT_END.exec(toKey(split.regionText))?.[1] : undefined;
  return {
    regionText: body.trim(),
    unit: town ? split.regionText.slice(-town.length) + split.title : split.title,
    title: '',
    titleStart: 0,
    regionUnresolved: false,
  };
}

/** A short note in brackets at the end of a line: "（双井西瓜）", "（香菇）". */
const NOTE = /[(（]\s*([^（）()\s]{1,20})\s*[)）]\s*$/;
/** Bracketed words about the entry, not its name: a count, a former name, a batch, a status. */
const NOT_A_TITLE =
  /^([0-9一二三四五六七八九十两]+\s*[个项家处]|原|含|第|共|新增|拟|暂|待|已|试点|示范|不|据|来源|转自|上接|下转)/;
/** A bracketed name that is itself a place is a unit ("（东和村）"), never a note. */
const UNIT_NOTE = /(社区|村|居委会|嘎查|街道|镇|乡|苏木|县|区|市|旗)$/;

export interface NotedText {
  /** The text before the note. */
  head: string;
  /** The note's words (a product, a theme) without the brackets. */
  note: string;
  /** Where the note's words start in the text. */
  noteStart: number;
}

/**
 * "荆门市东宝区栗溪镇栗树湾村 （香菇）": an address with a bracketed note after it (the
 * product of a 一村一品 village, a theme). The note is the entry's title; a bracketed place
 * ("（东和村）") is a unit instead and is left to `asAddress`.
 */
export function trailingNote(text: string): NotedText | null {
  const m = NOTE.exec(text);
  if (!m || m.index === 0) return null;
  const note = m[1] ?? '';
  const key = toKey(note);
  if (UNIT_NOTE.test(key) || /[、，,；;。:：]/.test(note) || NOT_A_TITLE.test(key)) return null;
  if (outcomeIn(key)) return null;
  const head = text.slice(0, m.index).trim();
  if (head === '' || /[(（）)]/.test(head)) return null;
  return { head, note, noteStart: m.index + m[0].indexOf(note) };
}

/** Whether a whole line is only a bracketed note ("（双井西瓜）" below its address). */
export function isNoteLine(text: string): boolean {
  const t = text.trim();
  return /^[(（]/.test(t) && trailingNote('_' + t)?.head === '_';
}

/** An address with its note after it, read as the place (the address) and the title (the note). */
export function notedAddress(
  body: string,
  lookup: RegionLookup,
  ctx: RegionContext,
): ItemSplit | null {
  const noted = trailingNote(body);
  if (!noted) return null;
  const read = splitItem(noted.head, lookup, ctx);
  const bare = read.regionText && !read.regionUnresolved && read.title === '' ? read : null;
  // With the title in the note, a short name left after the county is the unit whatever it
  // ends with ("东山办事处群力大队").
  const unit =
    read.regionText && !read.regionUnresolved && /^[\u4e00-\u9fff\d]{2,12}$/.test(toKey(read.title))
      ? { ...read, regionText: noted.head, unit: read.title, title: '' }
      : null;
  const place = asAddress(noted.head, read) ?? bare ?? unit;
  return place ? { ...place, title: noted.note, titleStart: noted.noteStart } : null;
}

/** A body that is a province or a prefecture and nothing else ("山东省", "福建省南平市"). */
function onlyProvinceOrCity(it: ItemDraft): boolean {
  if (!it.regionText || it.title !== '' || it.unit) return false;
  const key = toKey(it.regionText).trim();
  const hit = splitRegionKey(key);
  return hit !== null && hit.end === key.length && hit.level <= 1;
}

function cutAtCityStem(it: ItemDraft): boolean {
  return (
    !!it.regionText && it.title === '' && !it.unit && isPrefectureStem(toKey(it.regionText).trim())
  );
}

function namesUnit(it: ItemDraft): boolean {
  return it.title === '' && UNIT_END.test(toKey(it.unit ?? it.regionText ?? '').trim());
}

/**
 * In a list of addresses (most lines name a village or community), a line naming only a
 * province or prefecture becomes the context of the lines after it; as the last line it
 * is a cut entry, reported on the line before it.
 */
export function withoutPlaceHeadings(items: ItemDraft[]): ItemDraft[] {
  // The last line may be cut right after its city's short name ("8。德阳"): a cut entry too,
  // though a whole name's level word is missing; only last, where nothing follows to label.
  const last = items[items.length - 1];
  const heads = items.filter((it) => onlyProvinceOrCity(it) || (it === last && cutAtCityStem(it)));
  const units = items.filter(namesUnit).length;
  if (heads.length === 0 || units < 2 || units < (items.length - heads.length) * 0.8) return items;
  const out: ItemDraft[] = [];
  let context: ItemDraft['regionContext'] | undefined;
  items.forEach((it, i) => {
    if (!heads.includes(it)) {
      const own = it.regionContext || provinceAt(toKey(it.regionText ?? ''));
      out.push(context && !own ? { ...it, regionContext: context } : it);
      return;
    }
    if (i < items.length - 1) {
      context = labelContext(it.regionText ?? '', {});
      return;
    }
    out[out.length - 1]?.warnings.push({
      code: 'truncated_item',
      message: `第${it.seq ?? '?'}项“${it.regionText ?? ''}”只写到省（市），缺少村（社区）名称，疑似被截断，未作为条目`,
      seq: it.seq,
    });
  });
  return out;
}
