/**
 * One piece of a list written in prose (the text between 、，；: and spaces): the place it
 * names, where its name ends (a village the division list does not know, the thing the place
 * made, an organisation named after it), and what the words after it say (place-rest.ts):
 * "…区圆满完成实验任务" states an outcome, "…区开展了…" makes the place the subject of an
 * activity (a passing mention, not a member of a list). The place may follow lead-in words
 * ("同意将", "其中我省", "已通过结项验收的").
 */
import { FACILITY_NAMES } from './facility-nouns';
import { branchOffice } from './branch-offices';
import { regionParts } from './region-heuristic';
import {
  isWholePlaceStart,
  looksLikePlace,
  namesCountyOrAbove,
  shortNamePair,
  startsAtCountyOrAbove,
} from './place-like';
import { dashedUnitAt, firstPlaceAt, joinedSitePlaceAt, shortPlaceAt } from './short-place';
import { gluedCountySpans } from './glued-counties';
import { afterHaving, afterNamingVerb, NAMING_LEAD, placeStarts } from './lead-ins';
import { toKey } from './text-key';
import type { RegionLookup } from './types';
import { classifyRest, COUNT_NUMBER, MEMBER_VERB } from './place-rest';
import { honouredGroup, ORGANISATION } from './honoured-groups';
import {
  COMMITTEE_NOUN,
  COMMITTEE_REST,
  COMMITTEE_TAIL,
  ESTATE_REST,
  HAMLET_REST,
  VILLAGE_AFTER_OF,
  VILLAGE_BEFORE_ETC,
  VILLAGE_BEFORE_JOIN,
  VILLAGE_PAIR_BEFORE_VERB,
  VILLAGE_BEFORE_VERB,
  VILLAGE_COMMITTEE_REST,
  VILLAGE_REST,
  HE_VILLAGE_REST,
  VILLAGE_OF_COUNTY_BEFORE_COUNT,
  ZONE_TOWN_REST,
} from './village-rests';
import { ORGAN_NAMES, ORGAN_REST, POST_REST } from './organ-rests';
import { piece, type PieceInput, type PlacePiece } from './place-piece';
import { townVillageEntry } from './town-village-entry';
import { newAreaBeforeSite, ownNamedSite, unitAfterPlace } from './named-sites';
import { ownedAfterOf } from './owned-places';

/** 城 after a county's name closing the name: the county seat (县城), not 城关镇 or 城区. */
const COUNTY_SEAT = /^城(?=$|为|被|等|及|和|入选|获|通过|[^\u4e00-\u9fff])/;
/** A name in quotation marks inside a title ("三级六步"). */
const QUOTED = '["“「『][^，。；,;等"“”「」『』]{1,12}["”」』]';
/**
 * "…社区工作法等100个优秀社区工作法": a noun between the place and 等 that the count repeats,
 * perhaps after the thing's own name ("…社区民主协商“三级六步”工作法等25个工作法").
 */
const MADE_BEFORE_COUNT = new RegExp(
  `^((?:(?!入选|为|的|被|和|及|与|获)[\\u4e00-\\u9fff]){0,8}?(?:村|社区|嘎查|居委会)?)((?:[\\u4e00-\\u9fff]{0,8}${QUOTED})?([\\u4e00-\\u9fff]{2,6}))(?=等\\s*${COUNT_NUMBER}\\s*(?:个|项|条|篇|所|家)[\\u4e00-\\u9fff]{0,10}?\\3)`,
);
/**
 * A case title in quotation marks right after the unit ("广州市“推行‘116’工作法共商社区事”"),
 * or after the unit's organ ("某区民政局“邻里守望”"): inner single quotes belong to the title;
 * what follows it is read as after a bare place.
 */
const QUOTED_TITLE =
  /^\s*(?:民政局|民政厅|人民政府|政府|党委|党工委|街道办事处|办事处|管委会)?[“"「]([^“”"「」]{4,40})[”"」]/;
/** What a listed place made, written straight after its name, before a separator or a verb. */
const MADE_NOUN = /^(工作法|经验做法|经验|做法)(?=$|成功|光荣|被|入选|入列|获|荣获)/;
/**
 * A facility known by the place that houses it ("…街道社会工作站等", "…社区儿童之家"): it lies
 * there, also when the verb that lists it follows ("…街道社工站入选…") or the group's count in
 * words closes the run ("A镇社工站、B镇社工站两个试点社工站").
 */
const FACILITY_NOUN = new RegExp(
  `^(?:${FACILITY_NAMES})(?=$|等|[一二两三四五六七八九十]{1,3}个|(?:被|成功|光荣|顺利)?(?:入选|入围|评为|认定为|命名为|确定为|获评|荣获|上榜))`,
);
/** A school housing a facility, perhaps with the facility's own quoted name after it. */
const HOUSING_SCHOOL =
  /^(?:(?![等的和及与])[\u4e00-\u9fff]){1,10}?(?:小学|中学|学校|幼儿园|完小)(?:["“「][^"“”「」]{1,12}["”」])?/;
/** A bracketed note after the place ("上城区（原江干区）") belongs to the item. */
const NOTE_REST = /^\([^()]{1,20}\)$/;
/** A county-level name at the start of the rest (不认识的区县名), up to its suffix. */
const UNKNOWN_PART = /^[\u4e00-\u9fff]{1,8}?(县|区|旗|镇|乡|街道|村|社区|嘎查|居委会)/;
/** A residential estate's lettered section closing its name ("…办事处龙瑞A区等10个社区"). */
const LETTERED_SECTION =
  /^(?:(?![等的和及与被获])[\u4e00-\u9fff]){0,6}?[A-Z]区(?=等|[、，,；;]|$|被|入选|入围|荣获|获)/;
/**
 * A province or city that itself names what follows ("四川省确定了A等41个区…"): the place is
 * the subject of the naming verb, not an entry; 确定为 would make it one.
 */
const PLACE_NAMES = /^(?:决定|研究|正式)?(?:命名|确认|认定|确定|表彰|公布)了?(?![为成])/;

/**
 * The place pieces in one separator-delimited piece: usually one, two when two places run
 * together without a separator ("原平市文水县", "北市区定州市") or are joined by 和/及.
 */
export function readPlaces(
  p: PieceInput,
  lookup: RegionLookup,
  opts: { leadIn: boolean; quoted?: (offset: number) => boolean; object?: boolean },
): PlacePiece[] {
  const key = toKey(p.text);
  for (const at of opts.leadIn ? placeStarts(key, opts.object === true) : [0]) {
    // A cited document's title (《关于同意将A等单位确认为…的批复》) lists nothing itself.
    if (opts.quoted?.(p.start + at)) continue;
    // After lead-in words a place never starts with another function word ("全省已有…"),
    // and it is a division of county level or above by its suffixes (cheap to check first).
    if (at > 0 && /^[已有在了的是被把对该其各]/.test(key.slice(at))) continue;
    const found =
      at === 0 ||
      startsAtCountyOrAbove(key.slice(at)) ||
      pairAt(p, at, lookup) ||
      afterHaving(key.slice(0, at)) ||
      (afterNamingVerb(key.slice(0, at)) && fillsPiece(p, at, lookup))
        ? readFrom(p, key, at, lookup)
        : [];
    // "决定命名A街道B社区为…": after a naming verb a township and its community is the
    // entry, though no county is written above them.
    if (!found.length && at > 0 && NAMING_LEAD.test(key.slice(0, at))) {
      const entry = townVillageEntry({ text: p.text.slice(at), start: p.start + at });
      if (entry) return [entry];
    }
    const owned = found.length === 1 ? ownedAfterOf(p, key, found[0]!, lookup, readFrom) : null;
    if (owned) return owned;
    // "河南省老龄办决定命名A村等103个社区为…": the first place is the organ that names them,
    // the subject of the naming verb; the entries start after the verb.
    const organ = found.length === 1 && found[0]!.rest === 'activity' ? found[0]! : null;
    const afterOrgan = organ ? key.slice(organ.restAt - p.start) : '';
    if (organ && (ORGAN_NAMES.test(afterOrgan) || PLACE_NAMES.test(afterOrgan))) continue;
    // After lead-in words the place must be a division of county level or above written
    // out ("确认为全国社区治理…" names a programme, not a community called 全国社区).
    if (
      found.length &&
      (at === 0 ||
        !regionParts(found[0]!.regionText).belowCounty ||
        lookup.cityCountyPair?.(found[0]!.regionText) ||
        ((afterHaving(key.slice(0, at)) || afterNamingVerb(key.slice(0, at))) &&
          found.length === 1 &&
          found[0]!.rest === 'none'))
    )
      return found;
  }
  // "中国某某集团公司某市分公司": a branch lies in the place its name gives after the company;
  // after lead-in words ("确定…") the name starts there.
  const starts = opts.leadIn ? placeStarts(key, false) : [0];
  for (const at of [...starts.filter((s) => s > 0), 0]) {
    const branch = branchOffice(p.text.slice(at), lookup);
    if (!branch) continue;
    const kind = classifyRest(key.slice(at + branch.end));
    const read = piece(p, at + branch.at, at + branch.end, kind);
    return [{ ...read, regionText: branch.place, unit: branch.name }];
  }
  return [];
}

function readFrom(p: PieceInput, key: string, from: number, lookup: RegionLookup): PlacePiece[] {
  const out: PlacePiece[] = [];
  let at = from;
  let siteNext = false;
  for (let guard = 0; guard < 8 && at < key.length; guard++) {
    const dashed = dashedUnitAt(p.text.slice(at), lookup);
    if (dashed) return [...out, piece(p, at, at + dashed, { rest: 'none' })];
    const hit: { regionText: string; end: number } | null =
      at === from
        ? firstPlaceAt(p.text.slice(at), lookup)
        : (lookup.splitPrefix(p.text.slice(at), {}) ??
          shortPlaceAt(p.text.slice(at), lookup) ??
          joinedSitePlaceAt(p.text.slice(at), lookup, siteNext));
    // "江西省上饶市铅山婺源": the city's counties run together after it, one entry each.
    const glued = gluedCountySpans(key, at, hit?.end ?? 0, lookup);
    if (glued) return [...out, ...glued.map(([s, e, rest]) => piece(p, s, e, rest))];
    if (!hit || hit.end === 0) break;
    let end: number = at + hit.end;
    let restKey = key.slice(end);
    const inVillage =
      /(村|社区|嘎查)$/.test(key.slice(at, end)) &&
      (HAMLET_REST.test(restKey) || COMMITTEE_REST.test(restKey) || ESTATE_REST.test(restKey));
    const committee =
      /(镇|乡|街道|苏木)$/.test(key.slice(at, end)) && VILLAGE_COMMITTEE_REST.test(restKey);
    const tail = COMMITTEE_TAIL.exec(key.slice(at))?.[0] ?? '';
    if (tail && (restKey === tail || VILLAGE_REST.test(restKey.slice(0, -tail.length)))) {
      end = key.length - tail.length;
      restKey = '';
    } else if (
      VILLAGE_REST.test(restKey) ||
      (/(镇|乡|街道)$/.test(key.slice(at, end)) && HE_VILLAGE_REST.test(restKey)) ||
      NOTE_REST.test(restKey) ||
      inVillage ||
      committee ||
      (/市$/.test(key.slice(at, end)) && ZONE_TOWN_REST.test(restKey))
    ) {
      end = key.length;
      restKey = '';
    }
    // "…罗东镇的银河新城社区入选…": a community grouped after its township with 的.
    const ofTown = /(镇|乡|街道|苏木)$/.test(key.slice(at, end))
      ? VILLAGE_AFTER_OF.exec(restKey)
      : null;
    if (ofTown && MEMBER_VERB.test(restKey.slice(ofTown[0].length))) {
      end += ofTown[0].length;
      restKey = restKey.slice(ofTown[0].length);
    }
    const ofCounty = /[县市区旗]$/.test(key.slice(at, end))
      ? VILLAGE_OF_COUNTY_BEFORE_COUNT.exec(restKey)
      : null;
    if (ofCounty) {
      end += ofCounty[0].length;
      restKey = restKey.slice(ofCounty[0].length);
    }
    const unlisted = /(镇|乡|街道|苏木|办事处)$/.test(key.slice(at, end))
      ? VILLAGE_BEFORE_VERB.exec(restKey)
      : null;
    if (unlisted) {
      end += unlisted[0].length;
      restKey = restKey.slice(unlisted[0].length);
    }
    // "…开元路办事处龙瑞A区等10个社区": an estate's lettered section closes its name.
    const section = /[\u4e00-\u9fff]$/.test(key.slice(at, end))
      ? LETTERED_SECTION.exec(restKey)
      : null;
    if (section) {
      end += section[0].length;
      restKey = restKey.slice(section[0].length);
    }
    const village = VILLAGE_BEFORE_ETC.exec(restKey);
    if (village) {
      end += village[0].length;
      restKey = restKey.slice(village[0].length);
    }
    // "…东关街道琼花观社区和个园社区获评…": a township's village, 和, and a second village
    // closing the run with its verb are two entries, the second in the first's township.
    const villagePair = /(镇|乡|街道|苏木|办事处)$/.test(key.slice(at, end))
      ? VILLAGE_PAIR_BEFORE_VERB.exec(restKey)
      : null;
    if (villagePair) {
      const firstEnd = end + villagePair[1]!.length;
      const secondAt = firstEnd + villagePair[2]!.length;
      const secondEnd = secondAt + villagePair[3]!.length;
      const kind = classifyRest(key.slice(secondEnd));
      out.push(piece(p, at, firstEnd, { rest: 'none' }), piece(p, secondAt, secondEnd, kind));
      break;
    }
    // "…岚安乡脚泥堡村和康定市…": a village the list does not know, before a second place.
    const beforeJoin = VILLAGE_BEFORE_JOIN.exec(restKey);
    if (beforeJoin && namesCountyOrAbove(key.slice(end + beforeJoin[0].length + 1))) {
      end += beforeJoin[0].length;
      restKey = restKey.slice(beforeJoin[0].length);
    }
    // "…翠竹园社区工作法等100个优秀社区工作法": the word the count repeats is what the place
    // made, not part of its name; the place is the example.
    const made = MADE_BEFORE_COUNT.exec(restKey);
    let madeTitle: string | undefined;
    if (made) {
      end += (made[1] ?? '').length;
      // "…社区民主协商“三级六步”工作法等25个工作法": the thing's own name, quoted, is its title.
      if (/["“「『]/.test(made[2]!)) madeTitle = p.text.slice(end, end + made[2]!.length).trim();
      restKey = restKey.slice(made[1]!.length + made[2]!.length);
    }
    // "…新渥街道某某小学“某某”儿童之家": a facility a school of the place houses, the school
    // and the facility's own quoted name between: it lies in the place, as one named after it.
    const school = /(镇|乡|街道|村|社区)$/.test(key.slice(at, end))
      ? HOUSING_SCHOOL.exec(restKey)
      : null;
    if (school && FACILITY_NOUN.test(restKey.slice(school[0].length)))
      restKey = restKey.slice(school[0].length);
    // "暂缓确认…宝丰县城为“国家卫生县城”": a county's seat (县城) stands for the county.
    if (/县$/.test(key.slice(at, end)) && COUNTY_SEAT.test(restKey)) restKey = restKey.slice(1);
    // "…雅居社区工作法成功入选": the method the place is known by follows its name; so does
    // the park of a park programme named after it.
    const method =
      MADE_NOUN.exec(restKey) ?? FACILITY_NOUN.exec(restKey) ?? unitAfterPlace(restKey);
    if (method && !madeTitle && ownNamedSite(method[0])) {
      // "南京：江宁生命科技小镇、…": the town's own name after its place is the entry's title.
      const from = key.length - restKey.length + newAreaBeforeSite(method[0]);
      madeTitle = p.text.slice(from, key.length - restKey.length + method[0].length).trim();
    }
    if (method) restKey = restKey.slice(method[0].length);
    // "A、B两省和C等62个城市": a count of the places before by their level, then 和 and a
    // further place — the count sums up the places so far and the enumeration goes on.
    const counted = COUNTED_LEVEL_BEFORE_JOIN.exec(restKey);
    if (counted) {
      const after = key.length - restKey.length + counted[0].length + counted[1]!.length;
      const further =
        lookup.splitPrefix(p.text.slice(after), {}) ?? shortPlaceAt(p.text.slice(after), lookup);
      if (further && further.end > 0) restKey = restKey.slice(counted[0].length);
    }
    // Two places in a row: "原平市文水县", "龙沙区和牡丹江市西安区", "…通辽市以及辽宁建平县".
    const joined = /^(以及|和|及|与)/.exec(restKey);
    // Past what the words after the name took (a facility, a park): the rest is a suffix of key.
    const next = key.length - restKey.length + (joined ? joined[0].length : 0);
    const spelled = next < key.length ? lookup.splitPrefix(p.text.slice(next), {}) : null;
    const plainShort = joined && !spelled ? shortPlaceAt(p.text.slice(next), lookup) : null;
    // "…甲省简称某山风景名胜区和乙省简称某湖风景名胜区": a site joined to a site (short-place.ts).
    const siteJoined: { regionText: string; end: number } | null =
      joined && !spelled && !plainShort
        ? joinedSitePlaceAt(p.text.slice(next), lookup, madeTitle !== undefined && !!method)
        : null;
    const short = plainShort ?? siteJoined;
    const following = spelled ?? short;
    const pair = !!joined && !!spelled && spelled.end === key.length - next;
    if (
      following &&
      following.end > 0 &&
      (short !== null ||
        (pair && shortNamePair(key.slice(at, end), key.slice(next))) ||
        isWholePlaceStart(key.slice(next), following.end) ||
        (joined !== null && namesCountyOrAbove(key.slice(next, next + following.end))))
    ) {
      out.push(
        piece(p, at, end, siteJoined ? { rest: 'none', title: madeTitle } : { rest: 'none' }),
      );
      at = next;
      siteNext = siteJoined !== null;
      continue;
    }
    // "文山社区和都昌街道迎禧社区": a community, 和, and a township's community the division
    // list does not know are two entries.
    if (
      joined &&
      /(村|社区|嘎查|居委会)$/.test(key.slice(at, end)) &&
      looksLikePlace(key.slice(next))
    ) {
      out.push(piece(p, at, end, { rest: 'none' }), piece(p, next, key.length, { rest: 'none' }));
      break;
    }
    // The last organ closes the enumeration ("…居委会等单位推荐的100个案例").
    const organ = ORGAN_REST.exec(restKey.trim())?.[0];
    if (organ) {
      const kind = classifyRest(restKey.trim().slice(organ.length));
      out.push({ ...piece(p, at, end, kind), organ: true });
      break;
    }
    // "…东关街道琼花观社区和个园社区获评…": after 和 a village named alone closing the run with
    // its verb is a second entry, in the first's township (the division list knew the first).
    const bareClosing =
      joined && /(村|社区|嘎查|居委会)$/.test(key.slice(at, end))
        ? VILLAGE_BEFORE_VERB.exec(key.slice(next))
        : null;
    if (bareClosing && !/(镇|乡|街道|苏木|办事处)/.test(bareClosing[0])) {
      const closeEnd = next + bareClosing[0].length;
      const kind = classifyRest(key.slice(closeEnd));
      out.push(piece(p, at, end, { rest: 'none' }), piece(p, next, closeEnd, kind));
      break;
    }
    // "…琥珀街道奥林花园社区和西园街道美虹社区入选…": after 和 a township's community closing
    // the run with its verb is the last entry (its county the one before gives).
    const closing =
      joined && /(村|社区|嘎查|居委会)$/.test(key.slice(at, end))
        ? townVillageEntry({ text: p.text.slice(next), start: p.start + next })
        : null;
    if (closing) {
      out.push(piece(p, at, end, { rest: 'none' }), closing);
      break;
    }
    // "合肥市蜀山区民生社会工作服务社入选…示范单位": an organisation listed by its full name
    // lies in the place it starts with; the name is what it is listed as.
    const org = ORGANISATION.exec(restKey);
    const member = org ? classifyRest(restKey.slice(org[0].length)) : null;
    if (org && member?.rest === 'member') {
      const title = p.text.slice(at, end + org[0].length).trim();
      out.push(piece(p, at, end, { ...member, title }));
      break;
    }
    // A group, centre or project honoured by kind lies in the place it is named after.
    const group = honouredGroup(restKey, p.text.slice(end), classifyRest);
    if (group) {
      const kind = classifyRest(restKey.slice(group.length));
      out.push(piece(p, at, end, { ...kind, title: group.title }));
      break;
    }
    // A lower name the division list does not know ("齐齐哈尔市鐵峰區", a misspelling, or a
    // renamed district) still belongs to the place when what follows reads like a list.
    const unknown = unknownParts(restKey);
    let unresolved = false;
    if (unknown) {
      end += unknown.length;
      restKey = restKey.slice(unknown.length);
      // A community's 社区 ends in 区 too: only a county-level name unknown is unresolved, or
      // a count of communities ("某市三社区入选…") that names none.
      // An honour's kind before 社区 ("宁波品质社区入围…", 和谐社区, 文明社区) names a programme,
      // not a community, and stays unresolved too.
      unresolved = /(县|区|旗)/.test(
        unknown.replace(
          /(?<![0-9一二两三四五六七八九十几多]|品质|文明|和谐|示范|绿色|幸福|美丽|智慧|平安|优秀|先进|最美|星级|完整|友好|书香|健康|模范|生态|宜居|诚信|安全)社区/g,
          '',
        ),
      );
    }
    const ownCommittee = /(村|社区|嘎查)$/.test(key.slice(at, end))
      ? COMMITTEE_NOUN.exec(restKey)
      : null;
    if (ownCommittee && MEMBER_VERB.test(restKey.slice(ownCommittee[0].length))) {
      end += ownCommittee[0].length;
      restKey = restKey.slice(ownCommittee[0].length);
    }
    const quoted = QUOTED_TITLE.exec(restKey);
    const titled = quoted ? classifyRest(restKey.slice(quoted[0].length)) : null;
    // Only where the words after the title close it as an entry: "A区“…”作为…受到表彰" is a
    // place doing something, and its quote no title of a list.
    if (quoted && titled && titled.rest !== 'activity' && !titled.doing) {
      const close = end + quoted[0].length - 1;
      const title = p.text.slice(close - quoted[1]!.length, close);
      out.push(piece(p, at, end, { ...titled, title }, unresolved));
      break;
    }
    if (POST_REST.test(restKey.trim())) break;
    const rest = classifyRest(restKey);
    out.push(piece(p, at, end, madeTitle ? { ...rest, title: madeTitle } : rest, unresolved));
    break;
  }
  return out;
}

/** The rest of the piece from `at` is one place and nothing more. */
function fillsPiece(p: PieceInput, at: number, lookup: RegionLookup): boolean {
  const rest = p.text.slice(at).trim();
  return lookup.splitPrefix(rest, {})?.end === rest.length;
}

/** "我省南京建邺": a city and its own county written short, with no suffix to say so. */
function pairAt(p: PieceInput, at: number, lookup: RegionLookup): boolean {
  const hit = lookup.splitPrefix(p.text.slice(at), {});
  return !!hit && !!lookup.cityCountyPair?.(hit.regionText);
}

const COUNTED_DIVISIONS = new RegExp(`^${COUNT_NUMBER}[县区旗]$`);
/** A count of places by their level ("两省", "3个市") right before 和 and what it joins. */
const COUNTED_LEVEL_BEFORE_JOIN = new RegExp(
  `^${COUNT_NUMBER}个?(?:省|自治区|直辖市|市|州|盟|县|区|旗)(?=(以及|和|及|与))`,
);

/** Up to two unknown lower names ("黑庄户乡小鲁店村") followed by list-like words. */
function unknownParts(restKey: string): string | null {
  // What follows already closes a counted group (the unit's own name, then 等N个): the words
  // of that name ("…村农村产业融合…示范园") are no lower place.
  if (classifyRest(restKey).rest === 'count') return null;
  let taken = '';
  for (let i = 0; i < 2; i++) {
    const m = UNKNOWN_PART.exec(restKey.slice(taken.length));
    // Counting words are no part of a name ("两个乡镇和二十个村入选").
    // Nor is a summary's verb ("增城均有镇、村上榜"), nor a thing of the place ("的示范区"),
    // nor a count of the places before by their level ("A县、B县两县入选").
    if (
      !m ||
      COUNTED_DIVISIONS.test(m[0]) ||
      /个|和|及|与|等|的|[0-9]|入选|入列|被|为|获|评|确认|确定|命名|认定|公布|[均都皆各]有/.test(
        m[0],
      )
    )
      return null;
    taken += m[0];
    const committee = /(村|社区|嘎查)$/.test(taken)
      ? COMMITTEE_NOUN.exec(restKey.slice(taken.length))
      : null;
    if (committee && MEMBER_VERB.test(restKey.slice(taken.length + committee[0].length)))
      return taken + committee[0];
    if (classifyRest(restKey.slice(taken.length)).rest !== 'activity') return taken;
  }
  return null;
}
