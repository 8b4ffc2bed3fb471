/**
 * Lists → records: each list's kind and programme from its own words (the membership
 * phrase of a prose list, its heading, the line introducing it), then the notice's; the
 * region context the notice gives (province, the place it is about) for items that do not
 * write it; the list-level warnings. A programme named at one level (示范城区) inside the
 * notice's programme (示范单位) belongs to the notice's programme, as its category.
 */
import { withoutSeatCounties } from './seat-siblings';
import { headedGroupCounts } from './headed-group-counts';
import { lineGroupCounts } from './line-group-counts';
import { oneRecordPerUnit } from './one-record-per-unit';
import type { NoticeWarning } from '../../../../shared/domain';
import type { ListDraft } from './drafts';
import { listTotal } from './counts';
import { totalBeforeShare } from './share-counts';
import { itemWarnings } from './item-warnings';
import { contextOf, kindOf, type ListContext } from './list-context';
import { namesInstitution } from './labelled-bodies';
import { listName } from './list-name';
import { countMismatches, interleavedWarnings, numberingGaps } from './list-warnings';
import { sameFamily, unlessSpeakerOnly } from './notice-programme';
import { groupOfPilot } from './pilot-group';
import { isBareLevel, isPilotUnitWord } from './bare-level-heading';
import {
  cleanProgramme,
  LOCAL_LEVEL,
  namesOtherList,
  programmeIn,
  type Programme,
} from './programme';
import { provinceAt } from './provinces';
import { toKey, type KeyedText } from './text-key';
import type { ExtractedRecord, RegionContext, RegionLookup } from './types';
import { sameProgrammeBase } from '../../records/programme-name';
import { echoOf, sharedEntryName, unplacedNamesake, unplacedPark } from './park-programmes';
import { isHonourNaming } from './naming-clause';
import { headingOutcome } from './heading-outcome';
import { introOutcome, midListIntroOutcome } from './intro-outcome';
import { checkLead, countedTailOutcome, tellsCheckHeld } from './counted-tail-outcome';
import { afterPassingUnits, heldCheck } from './held-check';
import { recognitionOutcome } from './recognition-outcome';
import { evaluatedNamingOutcome } from './evaluated-naming';
import { tierOutcome } from './acceptance-tiers';
import { batchLine } from './batch-lines';
import type { Outcome } from './outcomes';
import { isCityCode } from './city-code';
import { unitCutFromPlace } from './cut-street-names';
import { gradesAYearlyCheck, sentenceLead } from './yearly-check';
import { siteUnderKindColumn } from './named-sites';

export interface NoticeFrame {
  title: string | null;
  province: string | null;
  /** The place the notice is about (its title's or issuer's city or county), as context. */
  place: RegionContext | null;
  programme: Programme | null;
  year: number | null;
  /** The division list, to tell one place written two ways ("湖北黄梅县", "黄冈黄梅"). */
  lookup?: RegionLookup;
}

export interface ListRecords {
  records: ExtractedRecord[];
  warnings: NoticeWarning[];
  writeupRecords: number;
}

function programmeOf(
  list: ListDraft,
  ctx: ListContext,
  kind: ExtractedRecord['kind'],
  frame: NoticeFrame,
): { programme: Programme | null; category: string | null } {
  const province = frame.province;
  const own = list.phrase
    ? cleanProgramme(list.phrase, province)
    : kind === 'other'
      ? (programmeIn(ctx.heading, province) ??
        (namesOtherList(ctx.heading) ? listName(ctx.heading) : null))
      : unlessSpeakerOnly(programmeIn(ctx.heading, province) ?? programmeIn(ctx.intro, province));
  const notice = frame.programme;
  if (own && notice && isPilotUnitWord(own.name, notice.name))
    return {
      programme: { ...notice, batch: own.batch ?? notice.batch, year: own.year ?? notice.year },
      category: null,
    };
  // The list's phrase writing the notice's programme with fewer levels, or cut open at a 、
  // inside its bracket (实验县（市): the notice's own name.
  if (
    own &&
    notice &&
    own.name !== notice.name &&
    (sameProgrammeBase(own.name, notice.name) || writtenShort(notice.name, own.name))
  )
    return {
      programme: { ...notice, batch: own.batch ?? notice.batch, year: own.year ?? notice.year },
      category: null,
    };
  // A county glued before the name ("同意舟曲县城乡社区治理创新实验区延期"): that unit, in
  // the notice's programme written without its scope.
  const led = own ? /^([\u4e00-\u9fff]{1,6}?(?:县|区|旗|街道|镇|乡))(.{6,})$/.exec(own.name) : null;
  // Only a place: "省级社区…" and "城乡社区…" end a word with 区 too.
  const unitLed = led && !/社|级|全|城乡/.test(led[1]!) ? led[2]! : null;
  if (own && notice && unitLed && own.name !== notice.name && notice.name.endsWith(unitLed))
    return {
      programme: { ...notice, batch: own.batch ?? notice.batch, year: own.year ?? notice.year },
      category: null,
    };
  // A list headed by a bare level word of the notice's programme ("示范区（14个）" under
  // "…示范区示范单位"): a part of that programme, not a programme of its own.
  const bareLevel = own && notice && isBareLevel(own.name, notice.name, frame.title);
  if (
    own &&
    notice &&
    own.name !== notice.name &&
    (bareLevel ||
      sameFamily(own.name, notice.name) ||
      kindOfJoinedList(own.name, notice.name) ||
      gradedProject(own.name, notice.name) ||
      groupOfPilot(own.name, notice.name))
  )
    return {
      programme: { ...notice, batch: own.batch ?? notice.batch, year: own.year ?? notice.year },
      category: own.name,
    };
  if (own) return { programme: own, category: null };
  // A list of other things (organisations, themes) does not inherit the notice's programme.
  return { programme: kind === 'other' && !notice ? null : notice, category: null };
}

/** A year opening a yearly collection's name ("2022年度…典型案例"). */
const YEAR_LEAD = /^(?:19|20)\d{2}年度?/;

/** The scope or place a programme's name opens with (全国, 省级, 天津市), after its year. */
const SCOPE_LEAD =
  /^(?:全国|国家级|全省|省级|全市|市级|全县|县级|[\u4e00-\u9fff]{1,7}?(?:省|市|县|区|州|自治区))/;

/**
 * The notice's programme written short, without its year or its scope and place
 * ("天津发布11个基层治理创新典型案例" over "2022年度天津市基层治理创新典型案例名单", a list
 * headed "“六无”平安村（社区）名单" under "省级“六无”平安村（社区）"): a headline or a list's
 * heading shortens the name the notice gives in full, the same programme.
 */
function writtenShort(notice: string, own: string): boolean {
  const bare = (s: string): string => s.replace(/[“”"]/g, '');
  const target = bare(own);
  if (target.length < 4) return false;
  const full = bare(notice);
  const rest = full.replace(YEAR_LEAD, '');
  if (rest !== full && rest === target) return true;
  const scope = SCOPE_LEAD.exec(rest)?.[0] ?? '';
  if (scope === '') return false;
  if (rest.slice(scope.length) === target) return true;
  // "市级科普示范社区" under "常德市科普示范社区": the level word stands for the place it names.
  const level = LOCAL_LEVEL.exec(target)?.[0] ?? '';
  return (
    level !== '' &&
    /[市县区州盟旗]$/.test(scope) &&
    rest.slice(scope.length) === target.slice(level.length)
  );
}

/**
 * A grade of the notice's projects written inside their name ("…实验重点项目", "…示范实验项目"
 * under "…实验项目"): a grade of that programme's projects, not a programme of its own. The
 * grade is a word of one or two characters set in before the name's last words.
 */
function gradedProject(own: string, notice: string): boolean {
  const extra = own.length - notice.length;
  if (!notice.endsWith('项目') || !own.endsWith('项目') || extra < 1 || extra > 2) return false;
  for (let at = Math.max(0, notice.length - 6); at <= notice.length - 2; at++)
    if (own.slice(0, at) + own.slice(at + extra) === notice) return true;
  return false;
}

/**
 * One of the kinds a programme names together ("某省古镇" of "某省古镇、古村落遗产"), or a kind
 * a register files its names under ("古村落" in "某市遗产保护名录"): a part of that programme.
 */
function kindOfJoinedList(own: string, notice: string): boolean {
  const at = notice.indexOf(own);
  if (at >= 0 && (notice[at + own.length] === '、' || notice[at - 1] === '、')) return true;
  return /名录$/.test(notice) && own.length <= 8 && !/名录$/.test(own);
}

export function recordsFromLists(
  doc: KeyedText,
  lists: ListDraft[],
  listLines: ReadonlySet<number>,
  frame: NoticeFrame,
): ListRecords {
  const records: ExtractedRecord[] = [];
  const warnings: NoticeWarning[] = [];
  let writeupRecords = 0;
  for (const list of lists) {
    const ctx = contextOf(doc, list, listLines);
    const kind = kindOf(ctx, list, frame.title, doc.key.slice(0, list.start));
    const { programme: named, category } = programmeOf(list, ctx, kind, frame);
    // The recognition may close the list's own sentence (…等100个单位为第二批…): read to its end.
    const close = doc.key.indexOf('。', list.end);
    const sentenceEnd = close < 0 ? list.end + 120 : Math.min(close, list.end + 120);
    const leadFrom = Math.max(0, list.start - 1500);
    const around = doc.key.slice(leadFrom, sentenceEnd);
    // An evaluation that confers the units' title closes their building: no year's check.
    const evaluatedNaming = evaluatedNamingOutcome(around, doc.key, list.start - leadFrom);
    const annual =
      !evaluatedNaming &&
      gradesAYearlyCheck(`${frame.title ?? ''} ${ctx.heading}`, sentenceLead(doc.key, list.start));
    const afterAcceptance = evaluatesAccepted(
      doc.key.slice(Math.max(0, list.start - 3000), list.start),
    );
    // Units told as passing a check this notice held: that check's programme, and the pass.
    const held = heldCheck(
      doc.key.slice(Math.max(0, list.start - 300), list.start),
      afterPassingUnits(doc.key, list.items, list.end),
      frame.province,
    );
    const programme = held?.programme ?? named;
    const echoesThisProgramme = echoOf(programme?.name ?? null);
    // A lead-in in the list's middle speaks for the units after it (a list read past its sentence).
    let mid: Outcome | null = null;
    const midOutcome = (at: number): Outcome | null =>
      (mid = midListIntroOutcome(doc.key, at) ?? mid);
    const stated =
      held?.outcome ??
      headingOutcome(ctx.heading) ??
      introOutcome(doc.key.slice(Math.max(0, list.start - 300), list.start)) ??
      countedTailOutcome(
        afterPassingUnits(doc.key, list.items, list.end),
        tellsCheckHeld(checkLead(doc.key, list.start)),
      ) ??
      tierOutcome(ctx.heading, doc.key.slice(0, list.start)) ??
      recognitionOutcome(around, doc.key, list.start - leadFrom) ??
      evaluatedNaming;
    warnings.push(
      ...numberingGaps(list),
      ...countMismatches(list, ctx, frame.title, doc.key),
      ...lineGroupCounts(list, doc.key),
      ...headedGroupCounts(list, doc.key),
      ...interleavedWarnings(list, doc.text),
    );
    const shared = sharedEntryName(list.items);
    for (const item of withoutSeatCounties(doc, list.items)) {
      if (unplacedPark(item) || unplacedNamesake(item, shared)) {
        warnings.push({
          code: 'unread_list',
          message: `名单中“${item.title}”的所在地区未能识别，未录入，请核对后补录`,
          start: item.start,
          end: item.end,
        });
        continue;
      }
      const itemWarn = itemWarnings(item);
      warnings.push(...itemWarn);
      const regionContext = contextFor(item.regionText, item.regionContext, frame);
      if (list.layout === 'writeup') writeupRecords++;
      // A group headed by a bare year or batch line (2017年, 第二批) is the round the unit was
      // listed in: its batch and year, no category.
      const round = item.category ? batchLine(item.category) : null;
      const itemCategory = round ? category : (item.category ?? category);
      const roundYear = round ? /^((?:19|20)[0-9]{2})年/.exec(round)?.[1] : undefined;
      records.push({
        // An institution in a list of areas is another kind of unit; a government organ listed
        // among the areas as one of them (item.organ: 某省民政厅) carries the pilot for its area.
        kind: kind === 'zone' && !item.organ && namesInstitution(item.unit) ? 'other' : kind,
        seq: item.seq,
        regionText: item.regionText,
        ...(Object.keys(regionContext).length ? { regionContext } : {}),
        ...(item.unit && !unitCutFromPlace(item.regionText, item.unit, regionContext, frame.lookup)
          ? { unit: item.unit }
          : {}),
        title: echoesThisProgramme(item.title) || isHonourNaming(item.title) ? '' : item.title,
        ...(item.content ? { content: item.content } : {}),
        ...(itemCategory ? { category: itemCategory } : {}),
        programme: programme?.name ?? null,
        year: roundYear ? Number(roundYear) : (programme?.year ?? frame.year),
        ...(!roundYear &&
        programme?.year == null &&
        frame.programme?.year == null &&
        frame.year !== null
          ? { yearOfNotice: true as const }
          : {}),
        ...(round ? { batch: round } : programme?.batch ? { batch: programme.batch } : {}),
        ...(item.sanctioned
          ? {}
          : outcomeOf(
              item.outcome ?? stated ?? (item.start > list.start ? midOutcome(item.start) : null),
              annual,
              afterAcceptance,
            )),
        span: { start: item.start, end: item.end },
        ...(item.enterprise || siteUnderKindColumn(list.header, item.title, frame.lookup)
          ? { namedUnit: true as const }
          : {}),
        ...(itemWarn.length ? { warnings: itemWarn } : {}),
      });
    }
  }
  warnings.push(...totalShortfall(doc, lists, warnings));
  return { records: oneRecordPerUnit(records, frame), warnings, writeupRecords };
}

/**
 * An outcome stated for the unit, but no acceptance from a yearly check of its progress, and
 * neither pass nor failure from an evaluation of units accepted already.
 */
function outcomeOf(
  outcome: Outcome | null | undefined,
  annual: boolean,
  afterAcceptance: boolean,
): { outcome?: Outcome } {
  if (!outcome) return {};
  if (annual && outcome.status === '已验收') return {};
  if (afterAcceptance && (outcome.status === '已验收' || outcome.status === '未通过')) return {};
  return { outcome };
}

/**
 * "对已经验收挂牌的第6批共47个园区进行了综合评估": an evaluation of units that passed their
 * acceptance before. Its grades (优秀, 达标, 不达标) rate how they are run now; the acceptance
 * they passed stands and no acceptance is held again. A revocation it states still holds.
 */
const EVALUATES_ACCEPTED =
  /已(?:经)?(?:通过)?验收(?:挂牌|命名|认定)?的[^。；;]{0,24}?(?:进行|开展)了?[^。；;]{0,6}?(?:评估|评价|考核)/;

function evaluatesAccepted(textBefore: string): boolean {
  return EVALUATES_ACCEPTED.test(textBefore);
}

/**
 * "提出了…候选名单1976个" in the body over a list of 17 (one province's sheet): the whole
 * list's total, stated before any list begins, that the lists together do not reach —
 * reported once, unless a list already reported its own count.
 */
function totalShortfall(
  doc: KeyedText,
  lists: ListDraft[],
  warnings: NoticeWarning[],
): NoticeWarning[] {
  const first = lists[0];
  if (!first || warnings.some((w) => w.code === 'count_mismatch')) return [];
  const total = listTotal(doc.key.slice(0, first.start));
  const found = lists.reduce((a, l) => a + l.items.length, 0);
  if (total === null || total.n <= found) return [];
  // "名单共31家，其中，四川有两家在列，分别是…": the lists read are the page's share.
  if (totalBeforeShare(doc.key, total.at, total.n, lists)) return [];
  const stated = total.n;
  return [
    {
      code: 'count_mismatch',
      message: `通知称名单共${stated}个，实际读到${found}个，其余可能在未随附的附件或其他表中`,
      stated,
      found,
    },
  ];
}

/** What an item inherits: its list's context, else the notice's province and place. */
/**
 * Whether an item starts with its own province. A street named after one (北京街道, 上海路社区)
 * is a township of wherever the notice is, not the province.
 */
function writesProvince(key: string): boolean {
  const hit = provinceAt(key);
  return !!hit && !/^(街道|街|路|东路|西路|南路|北路|中路|大街|大道)/.test(key.slice(hit.length));
}

function contextFor(
  regionText: string | null,
  own: RegionContext | undefined,
  frame: NoticeFrame,
): RegionContext {
  const out: RegionContext = { ...(own ?? {}) };
  if (!regionText || writesProvince(toKey(regionText))) return out;
  if (frame.province && !out.province) out.province = frame.province;
  const place = frame.place;
  // A city written bare in a list of cities ("深圳、佛山、湛江" under "深圳入选…") is a city of
  // its own, not a place inside the one the headline names.
  const ownCity = isCityCode(
    frame.lookup?.codeOf?.(regionText, out.province ? { province: out.province } : {}),
  );
  if (place && !out.city && !out.county && !ownCity) {
    if (place.city) out.city = place.city;
    if (place.county) out.county = place.county;
  } else if (place?.city && out.county && !out.city) {
    // A county label in a city bureau's notice ("鼓楼区" in 福州市's list) lies in that city.
    out.city = place.city;
  }
  return out;
}
