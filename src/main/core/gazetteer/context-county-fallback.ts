/**
 * A township or community the town lists do not hold ("长东街道工农兵社区", "湖滨社区"),
 * written under a county the notice names (a group label "清河区：", the item's inherited
 * county). The town and village lists are current statistical codes, so a township of an
 * abolished or renamed county, or a community too small or too new to be listed, finds no
 * candidate at all; staff still know it lies in that county. When the string starts with a
 * sub-county name and the context is one county, the answer is that county, and the note
 * says the township itself was not found. A same-named township in another county is no
 * answer either: the group label says where it lies.
 *
 * The same holds for a far place read out of the front of a community's own name (长春路社区
 * read as 长春市, 东方苑社区 as 东方市, 西城办事处 as 北京的西城区): a place name glued to more
 * name and a community, road or street word, with no division suffix of its own, is not that
 * place when the notice's context puts the item elsewhere. Under a county context the county
 * answers; under a city context the far place is dropped and the item is left to be checked.
 */
import { hasNoCounties } from './countyless-city';
import { type Unit, isValidOn, loadGazetteer, todayIso } from './gazetteer-data';
import { normalizeRegionText } from './normalize';
import { shortForms } from './name-index';
import { unitNames } from './place';
import type { RegionResolution, ResolveOptions } from './resolve-region';
import type { Resolution } from '../../../shared/domain';
import { contextScope, isMunicipality, previousScope } from './scope';

/**
 * A township, community or village name at the start, and nothing of county level or above.
 * A park, farm, economic or development zone the county runs stands where a township would
 * (现代农业产业园区夹堆村, 上十岭垦殖场秋林分场, 经济开发区某社区), and so does the office of a forest park or
 * scenic area (某某国家森林公园管理处某某社区, 某某管理区), or the committee running a reservoir or
 * park area (某某库区管委会某某社区): it is no division of its own either.
 */
const SUB_COUNTY =
  /^[\u4e00-\u9fff]{1,10}?(街道|办事处|镇|乡|苏木|社区|村|嘎查|居委会|园区|经济区|开发区|垦殖场|农场|林场|管理处|管理区|管委会|管理委员会)([\u4e00-\u9fff]{1,10}?(社区|村|嘎查|居委会|分场))?$/;
/**
 * A village grouped after its township and 的, or written without 村 ("某镇的新岙",
 * "某镇新岙"): a short name with no verb or counting word in it.
 */
const TOWNSHIP_VILLAGE =
  /^[\u4e00-\u9fff]{1,8}?(街道|镇|乡)的?(?:(?:(?![等的为和及与获被入评共个])[\u4e00-\u9fff]){1,10}?(社区|村|嘎查|居委会)|(?:(?![等的为和及与获被入评共个])[\u4e00-\u9fff]){2,3})$/;

/**
 * A street office written short: 办事处 for 街道 (西城办事处 = 西城街道办事处), or 街 for 街道
 * (南市街福厚西里社区). Tried only where the context says the item lies.
 */
const SHORT_STREET: readonly [RegExp, string][] = [
  [/(?<!街道)办事处/, '街道'],
  [/^([\u4e00-\u9fff]{2,4}?)街(?!道)/, '$1街道'],
  // A town made a street office since (某镇 → 某街道): the notice keeps the name it had.
  [/^([\u4e00-\u9fff]{2,4}?)镇/, '$1街道'],
];

function prefixOf(u: Unit): string {
  if (u.level === 'province') return u.code.slice(0, 2);
  return u.level === 'city' ? u.code.slice(0, 4) : u.code;
}

/** A context narrow enough to answer for: a county, a city, or a city that is a province. */
function answers(u: Unit): boolean {
  return u.level === 'county' || u.level === 'city' || isMunicipality(u.code);
}

function liesIn(code: string | null, unit: Unit): boolean {
  if (code === null) return false;
  return [prefixOf(unit), ...unit.successors].some((c) => code.startsWith(c));
}

/**
 * The one unit the context names. A name the gazetteer holds in two versions (曾都区 under
 * its old and its new code, a county-level city turned district) is one place: the version
 * valid on the day speaks for it.
 */
function contextUnit(context: string, day: string): Unit | null {
  const units = contextScope(loadGazetteer(), context).units;
  if (new Set(units.map((u) => u.code)).size === 1) return units[0] ?? null;
  const valid = units.filter((u) => isValidOn(u, day));
  // A county renamed (某市 → 某区, the new code the old one's successor) is one place too:
  // the version valid on the day, or the later one where the dates overlap.
  const later = units.find((u) => units.every((o) => o === u || o.successors.includes(u.code)));
  if (later) return valid.length === 1 ? valid[0]! : later;
  if (new Set(units.map((u) => `${u.level}|${u.name}`)).size !== 1) return null;
  return valid.length === 1 ? valid[0]! : null;
}

/**
 * A division read from a short form at the front of a longer name (东方 of 东方苑社区 as
 * 东方市): such an answer speaks neither for itself against a context nor, as the previous
 * item, for the next one.
 */
function readShort(r: Resolution & { start?: number; end?: number }): boolean {
  if (r.start === undefined || r.end === undefined) return false;
  if (r.code === null || r.level === null || !['province', 'city', 'county'].includes(r.level))
    return false;
  if (r.end >= r.text.length) return false;
  const read = normalizeRegionText(r.text.slice(r.start, r.end)).key;
  return !writesDivision(read, r.names);
}

/**
 * The same read left ambiguous: a short form two far divisions share, glued to more name
 * ("新兴街永丰里社区": 新兴区 or 新兴县, when 新兴街 is a street written short). Neither
 * candidate is written in full, so the previous item's county may speak for it as well.
 */
function readShortAmbiguous(r: RegionResolution): boolean {
  if (r.code !== null || r.candidates.length < 2 || r.end >= r.text.length) return false;
  const read = normalizeRegionText(r.text.slice(r.start, r.end)).key;
  return r.candidates.every(
    (c) => c.names.town === null && c.names.village === null && !writesDivision(read, c.names),
  );
}

/**
 * A county written short at the head of an item, in the same city as the item before
 * (北仑慈岙村、宁海下畈村、江北鞍山村: a city's villages each glued to its own county): a
 * neighbour the list moves to, not a far place read out of a name. The list's own county
 * does not speak for it.
 */
function siblingCounty(first: RegionResolution, previous: Resolution): boolean {
  if (first.level !== 'county' || !first.code || !previous.code) return false;
  return first.code.slice(0, 4) === previous.code.slice(0, 4) && !first.code.endsWith('00');
}

/**
 * A far city read out of the front of an item's name (杭州 of 杭州湾某村, a new area written
 * short) in a list of another city's villages: the village named after the unknown words, found
 * in the city of the item before, is the item's place; else nothing is taken from it here.
 */
function inPreviousCity(
  key: string,
  text: string,
  first: RegionResolution,
  previous: Resolution,
  day: string,
  resolve: (text: string) => RegionResolution,
): RegionResolution | null {
  if (first.level !== 'city' || !previous.code || previous.code.startsWith(first.code ?? '-'))
    return null;
  const city = (loadGazetteer().byCode.get(`${previous.code.slice(0, 4)}00`) ?? []).find(
    (u) => u.level === 'city' && isValidOn(u, day),
  );
  if (!city || first.code?.slice(0, 4) === previous.code.slice(0, 4)) return null;
  for (let k = 1; k + 3 <= key.length; k++) {
    if (!/(村|社区|居委会|嘎查)$/.test(key)) break;
    const found = underContextCity(key.slice(k), text, city, resolve);
    if (found?.level === 'village') return found;
  }
  return null;
}

/**
 * Whether what the resolver read names one of its divisions in full: "潞城市翟店" (the
 * township read as a near 翟店街道) writes 潞城市 itself, "东方" of 东方苑社区 does not.
 */
function writesDivision(read: string, names: Resolution['names']): boolean {
  return [names.province, names.city, names.county].some(
    (name) => name !== null && read.includes(name),
  );
}

/** The county the previous item of the list resolved to, in its version valid on the day. */
function previousCounty(previous: Resolution | undefined, day: string): Unit | null {
  const units = previousScope(loadGazetteer(), previous).units.filter(
    (u) => u.level === 'county' && isValidOn(u, day),
  );
  return units.length === 1 ? units[0]! : null;
}

/**
 * Whether the string writes a division of its own in front: a division suffix before the
 * township or community word, unless what the resolver read there is only a short form
 * glued to more name (南市 of 南市区 in 南市街福厚西里社区).
 */
function namesDivision(key: string, first: RegionResolution): boolean {
  // A reservoir's or scenic area's committee (某库区管委会) names no division by its 区.
  const front = key.replace(
    /(街道|办事处|社区|村|镇|乡|园区|经济区|开发区|垦殖场|农场|林场|管理处|管理区|(?:库区|景区)?(?:管委会|管理委员会)).*$/,
    '',
  );
  if (!/[省市州盟区县旗]/.test(front)) return false;
  if (first.code === null || first.level === 'town' || first.level === 'village') return true;
  // A county-level name the row writes itself beats any inherited context or previous row.
  return writesDivision(
    normalizeRegionText(first.text.slice(first.start, first.end)).key,
    first.names,
  );
}

/**
 * A community or township the context's city holds, whose name starts like a far division
 * (东宁街社区 of a city's zone read as 东宁市): written under the city, the name is found
 * among the city's own communities. Taken only when it lies in the city, down to a township
 * or community; otherwise the far read is dropped as before.
 */
function underContextCity(
  key: string,
  text: string,
  unit: Unit,
  resolve: (text: string) => RegionResolution,
): RegionResolution | null {
  if (unit.level !== 'city') return null;
  const r = resolve(`${unit.name}${key}`);
  if (r.level !== 'town' && r.level !== 'village') return null;
  if (!liesIn(r.code, unit) || r.end < unit.name.length + key.length) return null;
  return {
    ...r,
    text,
    start: 0,
    end: text.length,
    note: `${r.note ? `${r.note}；` : ''}「${key}」名称开头与别处区划同名，按上下文所在的${unit.name}内的同名乡镇、村（社区）计`,
  };
}

/**
 * The context city's own township or community read further into the text than the far
 * division read from its front (西区 of another city, where the city's 西区街道 goes on to its
 * 烟洲社区): the city's reading explains more of what is written, so it stands. The far read
 * stays when the city holds no such name, or when it reads as far as the city's does — unless
 * the city has no counties: a district's name there can only be its own street's (东区 of
 * 中山市, its community missing from the lists, is no district of another province).
 */
function cityOwnOverFar(
  key: string,
  text: string,
  first: RegionResolution,
  unit: Unit,
  resolve: (text: string) => RegionResolution,
  day: string,
): RegionResolution | null {
  const r = resolve(`${unit.name}${key}`);
  if (r.level !== 'town' && r.level !== 'village') return null;
  const further = r.end - unit.name.length - first.end;
  if (!liesIn(r.code, unit) || further < 0 || (further === 0 && !hasNoCounties(unit, day)))
    return null;
  return {
    ...r,
    text,
    start: 0,
    end: r.end - unit.name.length,
    note: `${r.note ? `${r.note}；` : ''}「${key}」名称开头与别处区划同名，按上下文所在的${unit.name}内的同名乡镇、村（社区）计`,
  };
}

/**
 * A community written bare, with no level word at all (南关, a community named after a person
 * or a street): under a notice of one county it is one of that county's, and a far division
 * whose short form it happens to be (南关 of another city's 南关区) is no answer. Taken only
 * where the resolver found nothing or read a division from a short form outside the
 * context's city, and only under a stated context (never from the previous item).
 */
const BARE_NAME = /^[\u4e00-\u9fff]{2,6}$/;
const LEVEL_END = /(省|市|州|盟|地区|区|县|旗|街道|镇|乡|苏木|社区|村|嘎查|居委会)$/;

function bareName(key: string, first: RegionResolution): boolean {
  if (!BARE_NAME.test(key) || LEVEL_END.test(key)) return false;
  if (first.code === null) return true;
  if (writesOwnProvince(key, first)) return false;
  if (first.level !== 'province' && first.level !== 'city' && first.level !== 'county')
    return false;
  return !writesDivision(key.slice(first.start, first.end), first.names);
}

/**
 * A place written by its province's short form and its own ("新疆哈密", "广东深圳", read whole
 * as that city or county) names where it lies: another province's notice naming it is no
 * reason to look for it there.
 */
function writesOwnProvince(key: string, first: RegionResolution): boolean {
  const province = first.names.province;
  if (!province || (first.level !== 'city' && first.level !== 'county')) return false;
  if (first.start !== 0 || first.end < key.length) return false;
  return shortForms(province).some((short) => key.startsWith(short) && key.length > short.length);
}

/** A far division read from the front of a name the context puts elsewhere: left to check. */
function farShortDropped(first: RegionResolution, key: string, unit: Unit): RegionResolution {
  return {
    ...first,
    code: null,
    level: null,
    names: unitNames(unit),
    current: null,
    note: `「${key}」不在上下文所在的${unit.name}内，不按名称开头的同名区划解析；请补充所在区县后核对`,
    regionCode: null,
  };
}

const sameCity = (code: string | null, unit: Unit): boolean =>
  code !== null && unit.level === 'county' && code.slice(0, 4) === unit.code.slice(0, 4);

export function resolveInContextCounty(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
  resolve: (text: string) => RegionResolution,
): RegionResolution {
  if (!opts.context && !opts.previous) return first;
  const key = normalizeRegionText(text).key.trim();
  const day = opts.asOf ?? todayIso();
  const stated = opts.context ? contextUnit(opts.context, day) : null;
  // A city's street or town named like a far district ("西区…社区" under a city without
  // counties, read as another city's 西区): found among the city's own, it is the city's.
  if (stated?.level === 'city' && first.code && !liesIn(first.code, stated)) {
    const inCity = cityOwnOverFar(key, text, first, stated, resolve, day);
    if (inCity) return inCity;
  }
  const bare = bareName(key, first);
  if (!bare && (!(SUB_COUNTY.test(key) || TOWNSHIP_VILLAGE.test(key)) || namesDivision(key, first)))
    return first;
  // With no narrow context, the previous item's county speaks for a far place read out of
  // the front of a name (the next item of one group), never for a name found nowhere.
  const fromPrevious = !(stated && answers(stated));
  if (bare && stated?.level === 'province' && first.code && !liesIn(first.code, stated))
    return farShortDropped(first, key, stated);
  if (bare && (fromPrevious || sameCity(first.code, stated!))) return first;
  if (fromPrevious && opts.previous && readShort(first)) {
    const near = inPreviousCity(key, text, first, opts.previous, day, resolve);
    if (near) return near;
  }
  const unit = fromPrevious
    ? (readShort(first) || readShortAmbiguous(first)) &&
      opts.previous &&
      !readShort(opts.previous) &&
      !siblingCounty(first, opts.previous)
      ? previousCounty(opts.previous, day)
      : null
    : stated;
  if (!unit) return first;
  // A township found elsewhere in the country ("九龙湖镇" read as 九龙县) is not the one
  // under this county; one found inside it stands.
  if (liesIn(first.code, unit)) return first;
  for (const [short, full] of SHORT_STREET) {
    if (!short.test(key)) continue;
    const asStreet = resolve(key.replace(short, full));
    if (liesIn(asStreet.code, unit)) return { ...asStreet, text, start: 0, end: text.length };
  }
  if (unit.level !== 'county') {
    const inCity = underContextCity(key, text, unit, resolve);
    if (inCity) return inCity;
    if (first.code === null) return first;
    return farShortDropped(first, key, unit);
  }
  return {
    ...first,
    code: unit.code,
    level: 'county',
    names: unitNames(unit),
    current: null,
    note: `「${key}」未在统计用区划${unit.name}的乡镇、村（社区）中找到，按${fromPrevious ? '上一项' : '上下文'}所在区县 ${unit.name}（${unit.code}）计，请核对`,
    regionCode: unit.code,
    start: 0,
    end: text.length,
  };
}
