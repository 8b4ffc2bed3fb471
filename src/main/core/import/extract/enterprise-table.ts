/**
 * Enterprises a table lists a row each under a programme's heading ("瓯海区示范性家庭农场（21家）"
 * over 序号 | 家庭农场名称): the enterprise is the programme's unit itself, as in a list of lines
 * (enterprise-lines.ts), so its registered name is the entry's title, kept whole, at the place
 * the name opens with, else at the place the headings give.
 *
 * Only a table whose one name column is headed by an enterprise's kind (企业名称, 家庭农场名称,
 * 合作社名称) with no column of places (a 所在地 column places the rows itself), right under a
 * heading that names a programme's designation (示范, 龙头, 认定…): companies tabled for anything
 * else (参会企业, 中标单位, a site's 企业名录) are no entries here, even under a 示范园's heading.
 * Only a row whose name ends with an enterprise's word is so read; a column of its address (地址)
 * places it before its name does.
 */
import type { ItemDraft } from './drafts';
import { ENTERPRISE, enterprisePlace } from './enterprise-lines';
import type { ColumnRole } from './table-columns';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** A name column headed by an enterprise's kind. */
const ENTERPRISE_HEADER =
  /^(?:[\u4e00-\u9fff]{0,8}?)(?:企业|公司|家庭农场|农场|合作社|联合社|示范社)(?:名称|全称)$/;
/** A programme's designation, as a list of enterprises' heading says it. */
const DESIGNATED = /示范|龙头|认定|评定|命名|入选|监测合格/;
/**
 * Companies a heading tables for another part than the designation's: bidders of a 示范园's
 * works (中标候选人, 投标企业), attendees of a 示范 training (参会, 参加…培训会), contacts.
 */
const OTHER_PART = /中标|投标|招标|供应商|采购|参会|参加|报名|培训|联系/;
/** How many lines above the table its headings may sit. */
const REACH = 3;
/** A division written whole inside a heading ("…的瓯海区示范性家庭农场"). */
const LEVEL_END = /[省市区县旗州盟]$/;

/** The table's headings: the lines right above it, up to a line of another table. */
function headingsAbove(doc: KeyedText, firstLine: number): string[] {
  const out: string[] = [];
  for (let i = firstLine - 1; i >= 0 && out.length < REACH; i--) {
    const line = doc.lines[i]!;
    if (line.trimmed === '') continue;
    if (line.raw.includes('\t')) break;
    out.push(line.trimmed);
  }
  return out;
}

/** The first division a heading writes whole, anywhere in it. */
function placeIn(heading: string, lookup: RegionLookup): string | null {
  for (let i = 0; i < heading.length - 1; i++) {
    const hit = lookup.splitPrefix(heading.slice(i), {});
    if (!hit || hit.regionText.length < 3 || !LEVEL_END.test(hit.regionText)) continue;
    if (lookup.codeOf?.(hit.regionText, {})) return hit.regionText;
  }
  return null;
}

/**
 * The place of an enterprise table's list (null when its headings name none), or undefined
 * when the table is no programme's list of enterprises.
 */
export function enterpriseTablePlace(
  doc: KeyedText,
  firstLine: number,
  header: readonly string[] | undefined,
  roles: readonly ColumnRole[],
  lookup: RegionLookup,
): string | null | undefined {
  const at = roles.indexOf('name');
  if (at < 0 || roles.some((r) => r === 'region' || r === 'unit' || r === 'title'))
    return undefined;
  const nameHeader = (header?.[at] ?? '').replace(/\s/g, '');
  if (!ENTERPRISE_HEADER.test(nameHeader) || OTHER_PART.test(nameHeader)) return undefined;
  const headings = headingsAbove(doc, firstLine);
  if (!headings.some((h) => DESIGNATED.test(h)) || headings.some((h) => OTHER_PART.test(h)))
    return undefined;
  for (const h of headings) {
    const place = placeIn(h, lookup);
    if (place) return place;
  }
  return null;
}

/** A column of the enterprise's address (地址, 注册地址, 经营地址): no region column, but a place. */
export function addressColumn(header: readonly string[] | undefined): number {
  return (header ?? []).findIndex((h) => /^[\u4e00-\u9fff]{0,4}地址$/.test(h.replace(/\s/g, '')));
}

/** The division an address opens with ("温州市瓯海区茶山街道…" → 温州市瓯海区), or null. */
function addressPlace(address: string | undefined, lookup: RegionLookup): string | null {
  const hit = lookup.splitPrefix((address ?? '').trim(), {});
  return hit && hit.end >= 2 && lookup.codeOf?.(hit.regionText, {}) ? hit.regionText : null;
}

/**
 * A row's item read as the enterprise its name cell names, at the place its address opens with
 * where the table gives one (the name may write its province only); the item as it was otherwise.
 */
export function asEnterprise(
  item: ItemDraft,
  nameCell: string | undefined,
  listPlace: string | null,
  lookup: RegionLookup,
  addressCell?: string,
): ItemDraft {
  const name = (nameCell ?? '').trim();
  if (name.length < 5 || !ENTERPRISE.test(name)) return item;
  const { unit: _unit, regionContext: _ctx, regionUnresolved: _u, ...rest } = item;
  return {
    ...rest,
    regionText: addressPlace(addressCell, lookup) ?? enterprisePlace(name, listPlace, lookup),
    title: name,
    enterprise: true,
  };
}
