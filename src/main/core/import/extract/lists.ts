/**
 * Runs the layout detectors in order of how much structure they rely on (tables, then
 * numbered lists, then write-ups, then one-sentence lists), each leaving alone the
 * lines an earlier one took, then keeps one copy of a list printed twice (prose and
 * table) and drops "lists" that list no places (section numbering, attachments).
 */
import { detectHonouredUnitLines } from './honoured-unit-lines';
import { detectEnterpriseLines } from './enterprise-lines';
import { detectEnterpriseRuns } from './enterprise-runs';
import { withoutCaptionTitles } from './caption-titles';
import { withoutChannelNames } from './channel-names';
import { detectAwardGroups } from './award-groups';
import { detectCountedBrackets } from './counted-brackets';
import { detectCountedKindBrackets } from './counted-kind-brackets';
import { detectCountedPlaceBrackets } from './counted-place-brackets';
import { detectCountedTownBrackets } from './counted-town-brackets';
import { detectCountedHeadBodies } from './counted-head-bodies';
import { detectCellTables } from './cell-table';
import { detectCityDashGroups } from './city-dash-groups';
import { withoutCitedBatches, withoutEarlierBatches, withoutEarlierLedRuns } from './cited-batches';
import { withoutRecalledRuns } from './recalled-runs';
import { liftCountyHeads } from './county-heads';
import type { ItemDraft, ListDraft } from './drafts';
import { detectHeadedBodies } from './headed-bodies';
import { detectTrackAwards } from './track-awards';
import { detectGradedTownLines } from './graded-town-lines';
import { withoutHeadlineParents } from './headline-parents';
import { detectHonourLines } from './honour-lines';
import { detectLabelledLines } from './labelled-lines';
import { detectMaskedLines } from './masked-lines';
import { detectNumberedLists } from './numbered-list';
import { detectNamedColumnLines } from './named-column-lines';
import { detectOrganUnitLines } from './organ-unit-lines';
import { detectNotedVillageLines } from './noted-village-lines';
import { detectOwnPilots } from './own-pilots';
import { detectOwnPlaceUnit } from './own-place-unit';
import { detectVisitedZone } from './visited-zone';
import { detectPlaceLines } from './place-lines';
import { detectResortLines } from './resort-lines';
import { withRecommendingOrgans } from './recommending-organs';
import { withoutSpeakingOrgans } from './meeting-speakers';
import { detectPlacedNames } from './placed-names';
import { detectPlacedQuotes } from './placed-quotes';
import { detectPlacedBookTitles } from './placed-book-titles';
import { detectPlacedTitleRuns } from './placed-title-runs';
import { detectSeriesCasePage } from './series-case-page';
import { detectShowcaseWriteups } from './showcase-writeups';
import { withoutScopeTitles } from './scope-titles';
import { withCountyWrittenOnce } from './county-written-once';
import { detectOwnBodyTitles } from './own-body-titles';
import { detectQuotedProjects } from './quoted-projects';
import { detectTitledRuns } from './titled-run';
import { detectSentenceLists } from './sentence-list';
import { detectContactPointHosts } from './contact-point-hosts';
import { detectNamedListGroups } from './named-list-groups';
import { detectTabTables } from './tab-table';
import { withoutCutLastCity, withoutCutLastRow } from './table-rows';
import { statedCount } from './counts';
import { detectThemeLines } from './theme-lines';
import { detectThemedZones } from './themed-zones';
import { detectCountedNames } from './counted-names';
import { detectCountedEstates } from './counted-estates';
import { detectRunTogetherUnits } from './run-together-units';
import { detectRunTogetherProvinces } from './run-together-provinces';
import { detectCountedStreets } from './counted-streets';
import { detectListedBodies } from './listed-bodies';
import { honouredBodyRuns } from './honoured-body-runs';
import { detectCitedFirstBody } from './cited-first-body';
import { detectPrizedBodies } from './prized-bodies';
import { withOwnCountyTowns } from './own-county-towns';
import { detectFeaturedUnit } from './featured-unit';
import { detectHeldDesignation } from './held-designation';
import { detectPassedCheckSubjects, withPassedSubjects } from './passed-check-subject';
import { withDualPilots } from './dual-pilot-phrase';
import { detectPlanNamedPilot } from './plan-named-pilot';
import { detectOwnPlanOfNationalPilot } from './own-plan-of-national-pilot';
import { withHeldCommunitiesPlaced } from './held-community';
import { detectPlaqueBody } from './plaque-body';
import { detectHonouredTowns } from './honoured-towns';
import { detectHeadlineCountedUnits } from './headline-counted-units';
import { detectTitledCases } from './titled-cases';
import { detectTitledParagraphs } from './titled-paragraphs';
import { detectApplicantCases } from './applicant-cases';
import { isPlaceOutline } from './place-outline';
import { comparable, type KeyedText } from './text-key';
import { dedupe } from './list-dedupe';
import { dropRepeats } from './repeated-entries';
import { announcesGroup } from './announcing-headline';
import type { RegionLookup } from './types';
import { detectWriteups } from './writeups';

function regionShare(list: ListDraft): number {
  const ok = list.items.filter((it) => it.regionText && !it.regionUnresolved).length;
  return ok / Math.max(1, list.items.length);
}

export interface DetectedLists {
  lists: ListDraft[];
  /** Lines taken by any list (context search skips them). */
  listLines: Set<number>;
  /** Groups retelling an earlier batch of the programme, one list each (cited-batches.ts). */
  retold?: ListDraft[];
}

export function detectLists(
  doc: KeyedText,
  lookup: RegionLookup,
  keepNameList: (list: ListDraft) => boolean,
): DetectedLists {
  const first = detectAll(doc, lookup, keepNameList, false);
  if (!first.lists.some((l) => isHeadline(doc, l))) return first;
  // A news story's headline names a place and what happened to it ("胶州市里岔镇入选…",
  // "…区圆满完成实验任务"); read as a write-up heading it swallows the story, whose prose
  // names the places. When the story lists places, those are the list.
  const second = detectAll(doc, lookup, keepNameList, true);
  const prose = second.lists.filter((l) => l.layout === 'sentence').flatMap((l) => l.items);
  const heading = first.lists.find((l) => isHeadline(doc, l))?.items[0];
  // An organ's announcement over its story ("江苏省确定15个…先行区"): the prose names the group.
  return prose.length >= 2 ||
    (prose.length === 1 && (namesBelow(prose[0]!, heading) || announcesGroup(heading?.title)))
    ? second
    : first;
}

/**
 * The story's one entry names a unit below the place the headline was split at ("某镇的某
 * 社区入选" read as 某镇 and a title): the heading stopped short, and the prose has the entry.
 */
function namesBelow(entry: ItemDraft, heading: ItemDraft | undefined): boolean {
  const head = comparable(heading?.regionText ?? '');
  const own = comparable(entry.regionText ?? '');
  return head !== '' && own.length > head.length && own.startsWith(head);
}

/**
 * "…，秭归“幸福村落”获评“中国社区治理十大创新成果”": one unit with its quoted title in a
 * story's sentence is an award told in passing; only a run of such pairs lists cases.
 */
function awardInPassing(doc: KeyedText, list: ListDraft): boolean {
  const only = list.items.length === 1 ? list.items[0] : undefined;
  return !!only && only.title !== '' && /^\s*[“"「]/.test(doc.key.slice(only.end, only.end + 2));
}

/**
 * A write-up of one item whose heading is the notice's first line, or that line repeated right
 * under it (a page's title, then the same words as its heading).
 */
function isHeadline(doc: KeyedText, list: ListDraft): boolean {
  if (list.layout !== 'writeup' || list.items.length !== 1) return false;
  const [top, next] = doc.lines.filter((l) => l.trimmed !== '');
  if (list.start === top?.trimmedStart) return true;
  return !!next && next.trimmed === top?.trimmed && list.start === next.trimmedStart;
}

/**
 * A list of lines that runs to the very end of the text, its last line a township where every
 * line above names a community or village ("…区（1个）" over "…区某某街道" as the copy's last
 * words): the copy broke off inside that entry, as a table's cut last row does.
 */
/** The count the three lines right above a list state for it ("（共93个）" under its heading). */
function countAbove(doc: KeyedText, list: ListDraft): number | null {
  const above = doc.lines.filter((l) => l.trimmed !== '' && l.end <= list.start).slice(-3);
  return statedCount(above.map((l) => l.trimmed).join('\n'));
}

function withoutCutLastLine(doc: KeyedText, list: ListDraft, lookup: RegionLookup): ListDraft {
  if (list.layout === 'tab_table' || doc.key.slice(list.end).trim() !== '') return list;
  // …or a city where every entry above is a county (…，保定市安国市，衡水市): cut as well,
  // where the copy shows the cut (the city short, or a count above the list not reached).
  const items = withoutCutLastCity(withoutCutLastRow(list.items), lookup, countAbove(doc, list));
  const last = items[items.length - 1];
  return items.length === list.items.length || !last ? list : { ...list, items, end: last.end };
}

function detectAll(
  doc: KeyedText,
  lookup: RegionLookup,
  keepNameList: (list: ListDraft) => boolean,
  skipHeadline: boolean,
): DetectedLists {
  const consumed = new Set<number>();
  const all: ListDraft[] = [];
  const run = (
    detector: (d: KeyedText, l: RegionLookup, c: ReadonlySet<number>) => ListDraft[],
    keep: (l: ListDraft) => boolean,
  ): void => {
    for (const list of detector(doc, lookup, consumed)) {
      if (!keep(list)) continue;
      all.push(withoutChannelNames(doc, list));
      for (const i of list.lineIndexes) consumed.add(i);
    }
  };
  const placesOrNames = (l: ListDraft): boolean => regionShare(l) >= 0.5 || keepNameList(l);
  run(detectTabTables, () => true);
  run(detectCellTables, () => true);
  run(detectNumberedLists, (l) => placesOrNames(l) && !isPlaceOutline(doc, l));
  run(detectNamedColumnLines, () => true);
  run(detectResortLines, () => true);
  run(detectHonourLines, () => true);
  run(detectWriteups, (l) => regionShare(l) >= 0.5 && !(skipHeadline && isHeadline(doc, l)));
  run(detectLabelledLines, () => true);
  run(detectMaskedLines, () => true);
  run(detectThemeLines, () => true);
  run(detectTitledCases, () => true);
  run(detectTitledParagraphs, () => true);
  run(detectApplicantCases, () => true);
  run(detectQuotedProjects, () => true);
  run(detectTitledRuns, () => true);
  run(
    (d, l, c) => detectPlacedQuotes(d, l, c).map((list) => withCountyWrittenOnce(list, l)),
    () => true,
  );
  run(detectPlacedBookTitles, () => true);
  run(detectPlacedTitleRuns, () => true);
  run(detectPlacedNames, () => true);
  run(detectAwardGroups, (l) => regionShare(l) >= 0.5);
  run(detectOwnPilots, () => true);
  run(detectCountedHeadBodies, () => true);
  run(detectHeadedBodies, () => true);
  run(detectCountedStreets, () => true);
  run(detectNamedListGroups, () => true);
  run(detectOrganUnitLines, () => true);
  run(detectNotedVillageLines, () => true);
  run(detectHonouredUnitLines, () => true);
  // Enterprises a line each under their list's heading, titled by their names (enterprise-lines.ts).
  run(detectEnterpriseLines, () => true);
  // Enterprises a paragraph names in one run after 分别是/名单如下 (enterprise-runs.ts).
  run(detectEnterpriseRuns, () => true);
  // A programme's contact or observation points named by their host bodies (contact-point-hosts.ts).
  run(detectContactPointHosts, () => true);
  run(detectCountedKindBrackets, () => true);
  run(
    (d, l, c) =>
      detectSentenceLists(d, l, c).map((list) =>
        withHeldCommunitiesPlaced(d, l, withRecommendingOrgans(d, withoutSpeakingOrgans(d, list))),
      ),
    (l) => l.items.length > 0 && regionShare(l) >= 0.5 && !awardInPassing(doc, l),
  );
  run(detectPlaceLines, (l) => regionShare(l) >= 0.5);
  run(detectThemedZones, () => true);
  run(detectCityDashGroups, () => true);
  run(detectCountedNames, () => true);
  run(detectCountedEstates, () => true);
  run(detectRunTogetherUnits, () => true);
  run(detectRunTogetherProvinces, () => true);
  run(detectCountedBrackets, () => true);
  run(detectCountedPlaceBrackets, () => true);
  run(detectCountedTownBrackets, () => true);
  run(detectListedBodies, () => true);
  run(detectTrackAwards, () => true);
  run(detectGradedTownLines, () => true);
  // A place told as passing its programme's acceptance (某区作为…试点已通过…现场验收): its own
  // list, the mention taken from any run read on across its sentence.
  const passed = detectPassedCheckSubjects(doc, lookup);
  all.splice(0, all.length, ...withPassedSubjects(all, passed));
  // Organs and bodies an honour names in a run of their own, on any line (honoured-body-runs.ts).
  all.push(...honouredBodyRuns(doc, lookup, all));
  // A naming that cites its list by one body alone (cited-first-body.ts), where nothing lies.
  all.push(...detectCitedFirstBody(doc, lookup, all));
  // A body an award names clause by clause (…基金会获优秀慈善组织奖, prized-bodies.ts).
  all.push(...detectPrizedBodies(doc, lookup, all));
  // A county's own story naming its bare townships' villages (own-county-towns.ts).
  const withTowns = withOwnCountyTowns(doc, lookup, all);
  all.splice(0, all.length, ...withTowns);
  // A feature about one honoured unit, only where nothing else was read as a list.
  const featured = all.some((l) => l.items.length > 0)
    ? null
    : (detectFeaturedUnit(doc, lookup) ?? detectHonouredTowns(doc, lookup));
  if (featured) all.push(featured);
  // A headline counting a place's honoured units, the body naming them bare: only where
  // nothing at all was read (never instead of a headline read as a write-up).
  const counted =
    skipHeadline || all.some((l) => l.items.length > 0)
      ? null
      : detectHeadlineCountedUnits(doc, lookup);
  if (counted) all.push(counted);
  // Shortlisted cases shown for a vote, each a write-up opening with its unit's place: only
  // where nothing else was read.
  if (!all.some((l) => l.items.length > 0)) run(detectShowcaseWriteups, () => true);
  // A case series' page, its title over a dash subtitle naming the county (series-case-page.ts).
  if (!all.some((l) => l.items.length > 0)) run(detectSeriesCasePage, () => true);
  // A story's own body (我市某中心《…》被评为…), placed where the text names it in full: only
  // when nothing else was read.
  if (!all.some((l) => l.items.length > 0)) run(detectOwnBodyTitles, () => true);
  // A story about the place it speaks as (我区…) has its one unit only when nothing else listed.
  if (all.length === 0) run(detectOwnPlaceUnit, () => true);
  // A visit to one place's zone is the story's one unit, likewise only where nothing else listed.
  if (all.length === 0) run(detectVisitedZone, () => true);
  // A story's one county telling the designation it holds (自…被批准为…实验区以来，某县…).
  if (all.length === 0)
    run(
      (d, l) => detectHeldDesignation(d, l).map((list) => withHeldCommunitiesPlaced(d, l, list)),
      (l) => l.items.length > 0,
    );
  // A story's place drawing up the plan of its national pilot (制定某区国家…试点纲要), likewise.
  if (all.length === 0) run(detectPlanNamedPilot, () => true);
  // A place's own plan for the national pilot it holds (深圳市…试点工作实施方案), likewise.
  if (all.length === 0) run(detectOwnPlanOfNationalPilot, () => true);
  // An institution unveiling the plaque of its title (某福利院举行…示范单位揭牌), likewise.
  if (all.length === 0) run(detectPlaqueBody, () => true);
  const led = withoutEarlierLedRuns(
    doc,
    all.map((l) =>
      withoutCutLastLine(
        doc,
        dropRepeats(doc, withoutCaptionTitles(liftCountyHeads(withoutCitedBatches(doc, l)))),
        lookup,
      ),
    ),
  );
  // A unit of two programmes at once (“A”创建和“B”双试点单位): a list for each (dual-pilot-phrase.ts).
  const lists = dedupe(withDualPilots(led.lists), doc).sort((x, y) => x.start - y.start);
  const { lists: own, retold } = withoutEarlierBatches(doc, lists);
  return {
    lists: withoutScopeTitles(
      doc,
      withoutHeadlineParents(doc, withoutRecalledRuns(doc, own), lookup),
    ),
    listLines: consumed,
    retold: [...dedupe(led.retold, doc), ...retold],
  };
}
