/**
 * Units listed a line each under a heading that announces them as units ("第十二届省文明单位
 * (灵璧)", "广州入选全国文明单位名单:"): a court, a bureau, a company, a street office, each
 * named after its place ("灵璧县人民法院", "广州市第二公共汽车公司") or after a parent body
 * ("国家税务总局灵璧县税务局", "国网安徽省电力公司灵璧县供电公司"). Each line is an entry in the
 * place its name gives; a community or village among them is its own place. The prose reading
 * takes "灵璧县" + "人民法院" for an organ and drops the line, and with it the rest of the list.
 *
 * Only a run of two lines or more whose names each hold a place, right under such a heading;
 * a line of prose (a clause mark, or too long for a name) ends the run, and so does a name
 * with no place in it: a sub-heading ("全国休闲农业与乡村旅游示范点") over points that are named,
 * not placed, by their lines, which other readers keep with their own titles.
 */
import type { ItemDraft, ListDraft } from './drafts';
import { readNumbering } from './numbering';
import { regionParts } from './region-heuristic';
import type { KeyedText, Line } from './text-key';
import { toKey } from './text-key';
import { shortCityStem } from './short-city-stem';
import type { RegionLookup } from './types';

/** A heading ending with the units it announces, a bracketed place or count, and a colon. */
const HEADING = /^[^，。；;]{0,30}单位(?:名单|名录)?\s*(?:[(（][^()（）]{1,12}[)）])?\s*[:：]?$/;
/** Marks that open a listed line: bullets and dashes. */
const BULLET = /^[●•·◆◇■□▪▶►\-*—]+\s*/;
/**
 * Prose, a date, a run of places after a label ("北京市：东城区、海淀区") or a group's heading
 * with its count ("桂林市（2个）"): no unit's name.
 */
const PROSE =
  /[，。；;！？、：:]|[(（]\s*(?:共\s*)?[0-9一二三四五六七八九十百]+\s*[个家项]\s*[)）]$|[0-9０-９]{4}\s*年|[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日/;
/** An addressee line ("各有关单位：") speaks to units; it lists none. */
const ADDRESSEE = /^各/;
/**
 * Units named by their part in a work, not an honour ("主办单位：", "参加单位：", "牵头单位："):
 * an event's organisers or a task's owners, a line each, are no entries.
 */
const DUTY =
  /(?:主办|承办|协办|支持|指导|参加|参与|参会|责任|牵头|配合|协助|报送|抄送|联系|申报|推荐|实施|组织|发起|成员|会员|主管|监管|发文|印发)单位/;
/** A person's name before the unit, apart from it ("张三 灵璧县人民法院"): a person, no unit. */
const PERSON_BEFORE = /^[\u4e00-\u9fff]{2,4}[\s\u3000]+\S/;
const LONGEST_NAME = 40;

/** A line's name, without its bullet or number, or null when the line cannot be one. */
function nameOf(line: Line): { name: string; at: number } | null {
  let text = line.raw.slice(line.trimmedStart - line.start).trimEnd();
  let at = line.trimmedStart;
  const bullet = BULLET.exec(text)?.[0].length ?? readNumbering(toKey(text))?.length ?? 0;
  text = text.slice(bullet);
  at += bullet;
  const name = text.replace(/[\s|｜]+$/, '');
  if (name.length < 4 || name.length > LONGEST_NAME || PROSE.test(name)) return null;
  return { name, at };
}

/**
 * The place a unit's name gives: at its start, or else the first county or city written whole
 * inside it, after its parent body's name (a place written short is never read there).
 */
function unitPlace(
  name: string,
  lookup: RegionLookup,
): { regionText: string; whole: boolean } | null {
  const key = toKey(name);
  const lead = lookup.splitPrefix(name, {});
  if (lead && lead.end >= 2) return { regionText: lead.regionText, whole: lead.end === key.length };
  for (let i = 2; i < key.length - 2; i++) {
    const hit = lookup.splitPrefix(name.slice(i), {});
    if (!hit || hit.end < 2) continue;
    const parts = regionParts(toKey(hit.regionText));
    if (parts.county || parts.countyOnly || parts.city)
      return { regionText: hit.regionText, whole: false };
  }
  // "广州海关", "广州出入境检验检疫局": the city written short as the body's own name opens.
  const stem = shortCityStem(key, lookup);
  return stem ? { regionText: name.slice(0, stem), whole: false } : null;
}

function itemOf(name: string, at: number, lookup: RegionLookup): ItemDraft | null {
  if (PERSON_BEFORE.test(name) && lookup.splitPrefix(name, {}) === null) return null;
  const place = unitPlace(name, lookup);
  if (!place) return null;
  const base = { seq: null, start: at, end: at + name.length, title: '', warnings: [] };
  return place.whole
    ? { ...base, regionText: place.regionText }
    : { ...base, regionText: place.regionText, unit: name };
}

export function detectHonouredUnitLines(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  const lines = doc.lines;
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    const announces =
      HEADING.test(head.trimmed) && !ADDRESSEE.test(head.trimmed) && !DUTY.test(head.trimmed);
    if (consumed.has(head.index) || !announces) continue;
    const items: ItemDraft[] = [];
    const taken: number[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.trimmed === '' || consumed.has(line.index) || HEADING.test(line.trimmed)) break;
      const read = nameOf(line);
      const item = read ? itemOf(read.name, read.at, lookup) : null;
      if (!item) break;
      items.push(item);
      taken.push(line.index);
    }
    if (items.length < 2) continue;
    lists.push({
      layout: 'labelled',
      items,
      start: items[0]!.start,
      end: items[items.length - 1]!.end,
      lineIndexes: taken,
    });
    i = j - 1;
  }
  return lists;
}
