/**
 * Enterprises listed a line each under the list's heading ("入选第九次监测合格…龙头企业的四川名单：",
 * "2023年省级示范家庭农场名单" over "忻州市（17家）"): a company, a family farm, a cooperative
 * named by its registered name ("四川省青川县川珍实业有限公司", "岢岚县金田家庭农场"). The enterprise
 * is the programme's unit itself (a leading enterprise, a demonstration farm), so its name is
 * the entry's title, kept whole, at the place its name opens with; a name no place opens
 * ("新希望集团有限公司") sits at the place of its group's heading or of the list's ("…的四川名单").
 *
 * Only a run of two lines or more, each a name ending with an enterprise's word, right under a
 * heading that names a programme's list (…示范家庭农场名单, …龙头企业…名单) or a group of one
 * (某市（17家）) under it; prose (a clause mark, a date) ends the run. A name with no place where
 * the headings give none is left to the notice's warning of an unread list: no place is
 * invented for it.
 */
import type { CategoryDraft, ItemDraft, ListDraft } from './drafts';
import { provinceAt } from './provinces';
import { shortCityStem } from './short-city-stem';
import type { KeyedText, Line } from './text-key';
import type { RegionLookup } from './types';

/** A heading naming the list below it: "…名单", "…名录", its colon. */
const LIST_HEADING = /^[^，。；;！？]{2,60}(?:名单|名录)\s*[:：]?$/;
/**
 * A programme's designation in the heading (示范家庭农场, 重点龙头企业, 监测合格, 认定, 入选): the
 * enterprises are its units. Companies listed for anything else (参会企业, 中标供应商, a site's
 * 企业名录, an honour's 先进单位, read untitled by the honoured bodies' readers) are no entries here.
 */
const DESIGNATED = /示范|龙头|认定|评定|命名|入选|监测合格/;
/** A group's heading inside the list: a place and its count ("忻州市（17家）"). */
const GROUP_HEADING =
  /^([^，。；;、\s]{2,12}?)\s*[(（]\s*(?:共\s*)?([0-9]+)\s*[家个]\s*[)）]\s*[:：]?$/;
/** A registered enterprise's closing word: a company, a farm, a cooperative, a works. */
export const ENTERPRISE =
  /(?:有限公司|有限责任公司|股份公司|集团公司|分公司|家庭农场|农场|林场|牧场|渔场|茶场|养殖场|种植场|专业合作社|合作社|联合社)$/;

/** Prose or a date: no enterprise's name. */
const PROSE = /[，。；;！？、：:“”"]|[0-9０-９]{4}\s*年|[0-9０-９]{1,2}\s*月/;
const BULLET = /^(?:[0-9０-９]{1,3}\s*[.．、]|[●•·◆■▪\-—*])\s*/;
/** A person's name or a column's word set before the name by a space ("张三 某某有限公司"). */
const WORD_BEFORE = /^[\u4e00-\u9fff]{2,4}\s+\S/;

/**
 * The place a name opens with: a division whole or short, its province or city short. A
 * registered name writes its county short right after its city ("温州市瓯海茶山某家庭农场": the
 * 行政区划 温州市瓯海, then the trade name), so a city the name opens with is read on into the
 * short name of one of its own counties.
 */
export function placeOpening(name: string, lookup: RegionLookup): string | null {
  const lead = lookup.splitPrefix(name, {});
  if (lead && lead.end >= 2 && lead.end < name.length - 2)
    return countyAfterCity(name, lead.end, lookup) ?? lead.regionText;
  const stem = shortCityStem(name, lookup);
  if (stem) return `${name.slice(0, stem)}市`;
  const province = provinceAt(name);
  return province ? province.info.name : null;
}

/** The city at the start of `name` (ending at `end`) read on into its county's short name. */
function countyAfterCity(name: string, end: number, lookup: RegionLookup): string | null {
  if (!lookup.cityCountyPair) return null;
  for (const short of [2, 3]) {
    const pair = name.slice(0, end + short);
    if (pair.length > name.length - 2) break;
    if (lookup.splitPrefix(pair, {})?.end === pair.length && lookup.cityCountyPair(pair))
      return pair;
  }
  return null;
}

/**
 * Where an enterprise of a list is filed: at the place its name opens with, else at its group's
 * or its list's. A name opening with a place that holds the list's ("温州市生态园某家庭农场",
 * "温州某家庭农场" in 瓯海区's list) writes its city only: the list's place is the nearer.
 */
export function enterprisePlace(
  name: string,
  listPlace: string | null,
  lookup: RegionLookup,
): string | null {
  const own = placeOpening(name, lookup);
  if (!own || !listPlace) return own ?? listPlace;
  return holds(lookup.codeOf?.(own, {}), lookup.codeOf?.(listPlace, {})) ? listPlace : own;
}

/** Whether the division coded `outer` holds (strictly) the one coded `inner`. */
function holds(outer: string | null | undefined, inner: string | null | undefined): boolean {
  if (!outer || !inner || outer === inner) return false;
  if (outer.endsWith('0000')) return inner.startsWith(outer.slice(0, 2));
  return outer.endsWith('00') && inner.startsWith(outer.slice(0, 4));
}

/**
 * The place a heading names its list or group by: a province right before 名单 ("…的四川名单"),
 * or a division opening it ("忻州市（17家）", "江苏省…名单").
 */
function headingPlace(heading: string, lookup: RegionLookup): string | null {
  const close = heading.search(/名单|名录/);
  for (let i = Math.max(0, close - 5); close > 0 && i < close - 1; i++) {
    const province = provinceAt(heading, i);
    if (province && i + province.length === close) return province.info.name;
  }
  const lead = lookup.splitPrefix(heading, {});
  return lead && lead.end >= 2 ? lead.regionText : null;
}

function nameOf(line: Line): { name: string; at: number } | null {
  const text = line.trimmed;
  const bullet = BULLET.exec(text)?.[0].length ?? 0;
  const name = text.slice(bullet).trim();
  if (name.length < 5 || name.length > 40 || PROSE.test(name) || !ENTERPRISE.test(name))
    return null;
  if (WORD_BEFORE.test(name)) return null;
  return { name, at: line.trimmedStart + bullet };
}

export function detectEnterpriseLines(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  const lines = doc.lines.filter((l) => l.trimmed !== '');
  let listPlace: string | null | undefined;
  let groupPlace: string | null = null;
  let groups: CategoryDraft[] = [];
  let items: ItemDraft[] = [];
  let taken: number[] = [];
  const close = (): void => {
    if (items.length >= 2)
      lists.push({
        layout: 'labelled',
        items,
        start: items[0]!.start,
        end: items[items.length - 1]!.end,
        lineIndexes: taken,
        ...(groups.length ? { categories: groups } : {}),
      });
    items = [];
    taken = [];
    groups = [];
  };
  for (const line of lines) {
    const read = consumed.has(line.index) ? null : nameOf(line);
    if (read && listPlace !== undefined) {
      items.push({
        seq: null,
        start: read.at,
        end: read.at + read.name.length,
        regionText: enterprisePlace(read.name, groupPlace ?? listPlace, lookup),
        title: read.name,
        enterprise: true,
        warnings: [],
      });
      const group = groups[groups.length - 1];
      if (group) group.found++;
      taken.push(line.index);
      continue;
    }
    const heads = GROUP_HEADING.exec(line.trimmed);
    if (heads && listPlace !== undefined) {
      // The list's groups are one list: each group's own count ("忻州市（17家）") says a group
      // cut short, their sum (or the round's total above) a list cut after its first groups.
      groupPlace = headingPlace(heads[1] ?? '', lookup);
      const stated = Number(heads[2]);
      groups.push({ name: heads[1] ?? '', stated, found: 0, start: line.trimmedStart });
      continue;
    }
    close();
    if (
      LIST_HEADING.test(line.trimmed) &&
      DESIGNATED.test(line.trimmed) &&
      !consumed.has(line.index)
    ) {
      listPlace = headingPlace(line.trimmed, lookup);
      groupPlace = null;
      continue;
    }
    listPlace = undefined;
    groupPlace = null;
  }
  close();
  return lists;
}
