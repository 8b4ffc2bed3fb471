/**
 * extractNotice: one SourceDocument → metadata, records and rules, every value with
 * the span it came from, plus warnings for what looks wrong. Pure and synchronous; it
 * never throws on odd text (malformed dates become null, unknown layouts yield no records).
 */
import { inCorpsNotice, namesCorps, placedInCorps } from './corps-notice';
import type { SourceDocument } from '../source-document';
import { launchesCall } from './launched-call';
import { namesCommunities } from './community-naming';
import { withoutBackgroundHonours } from './background-honours';
import { withoutBackgroundPilots } from './background-pilots';
import { withoutCitedHeads } from './cited-heads';
import { withoutGradedHeads } from './graded-heads';
import { gradedOrganisations } from './graded-organisations';
import type { ListDraft } from './drafts';
import { inOwnCity, ownCountylessCity, placeInOwnCity } from './countyless-towns';
import { ownOrdinaryCity, placeTownsInOwnCity, withOwnCityTowns } from './own-city-towns';
import { homeCounty, placeInHomeCounty, withHomeCountyUnits } from './home-county';
import { contextOf } from './list-context';
import { recordsFromLists } from './list-records';
import { detectLists } from './lists';
import { passedOnToldDay } from './passed-check-subject';
import { retoldBatchRecords } from './retold-batches';
import { acceptedEarlierRuns, withoutRunsOf } from './earlier-batch-verdicts';
import { withoutRetoldProposals } from './retold-proposals';
import { withoutInspectionFails } from './inspection-grades';
import { withoutMidtermVerdicts } from './midterm-grades';
import { withoutEarlierYears } from './earlier-years';
import { withoutKeptTitles } from './kept-titles';
import { laterNoticeYears } from './later-notice-year';
import { mergeWarnings } from './merge-warnings';
import { kindOfReport, noticeKind } from './notice-kind';
import { noticeFacts } from './notice-metadata';
import {
  addresseeCounty,
  countyOfOwnVillage,
  countyOfTitleUnit,
  noticePlace,
  placeOfOwnList,
} from './notice-place';
import { noticeRole } from './notice-role';
import { readsAsStory, reportsNews } from './story-voice';
import { groupLinesInProvince } from './province-group-lines';
import { issuerWrittenInFull, organPlace, placedIssuer, scopedProgrammes } from './notice-scope';
import { organSiteSource } from './site-source';
import { withoutOrganHeads } from './organ-heads';
import { noticeProgramme as programmeOfNotice } from './notice-programme';
import { provinceAt, provinceByName } from './provinces';
import { retellsCall } from './retold-call';
import { markStatedProvinces } from './stated-provinces';
import { toRawSpans } from './raw-spans';
import { readingText } from './reading-text';
import { ownPlanOfNationalPilot } from './own-plan-of-national-pilot';
import { relayedPilot } from './relayed-pilot-name';
import { outcomesOnDay, toldDocumentDay } from './told-document-day';
import { outcomesInToldYears } from './told-outcome-year';
import { heuristicRegionLookup } from './region-heuristic';
import { rulesInListedBatch } from './rule-batch';
import { extractRules } from './rules';
import { withoutServiceSites } from './service-sites';
import { withoutPageIndexes } from './page-index';
import { silentLosses } from './silent-losses';
import { keyText, toKey, type KeyedText } from './text-key';
import { impossibleDates } from './impossible-dates';
import { duplicatePassages } from './text-warnings';
import { withoutCitedExamples } from './example-groups';
import { withoutOtherProgrammes } from './other-programmes';
import { listedProgramme } from './listed-programme';
import { caseCollection } from './case-collection';
import { namedByNationalOrgan } from './national-act';
import { withWalkedExamples } from './walked-examples';
import type { ExtractedNotice, ExtractedRecord, RegionLookup } from './types';

export type { ExtractedNotice, RegionLookup } from './types';
export { gazetteerRegionLookup } from './gazetteer-adapter';

export interface ExtractOptions {
  fileName: string;
  regions?: RegionLookup;
}

/** "省民政厅" in a notice about one province is that province's bureau. */
function withProvince(issuer: string | null, province: string | null): string | null {
  if (!issuer || !province || !/^省[\u4e00-\u9fff]{2,}/.test(issuer)) return issuer;
  return province + issuer.slice(1);
}

function inferProvince(lists: ListDraft[], lookup: RegionLookup): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const list of lists) {
    for (const it of list.items) {
      if (!it.regionText) continue;
      total++;
      const p = lookup.provinceOf?.(it.regionText) ?? null;
      if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return top && total >= 2 && top[1] / total >= 0.8 ? top[0] : null;
}

/** The line ends a PDF's layout runs on, when the reader measured the layout. */
function layoutRunOns(source: SourceDocument): Set<number> | undefined {
  const paragraphs = (source.blocks ?? []).filter((b) => b.type === 'paragraph');
  if (!paragraphs.some((b) => b.runsOn !== undefined)) return undefined;
  return new Set(paragraphs.filter((b) => b.runsOn).map((b) => b.end));
}

/**
 * A list of names (no places) is kept only under words that announce a list. An item that
 * names a list itself ("1.婚俗改革实验区名单" over the sentence that gives it) makes the
 * numbered lines an outline of the page's sections, no entries.
 */
function keepNameList(doc: KeyedText, list: ListDraft): boolean {
  const ctx = contextOf(doc, list, new Set());
  const names = list.items.every(
    (it) => it.title.length <= 40 && !/[。；]/.test(it.title) && !/(名单|名录)$/.test(it.title),
  );
  return (
    names &&
    (/名单|如下|具体为|分别是|分别为/.test(ctx.intro) || /名单|名录/.test(ctx.heading ?? ''))
  );
}

export function extractNotice(source: SourceDocument, opts: ExtractOptions): ExtractedNotice {
  const reading = readingText(source.text ?? '', source.format, layoutRunOns(source));
  const doc = keyText(reading.text);
  // A notice about the corps: a division written by its bare number is the corps'.
  const given = opts.regions ?? heuristicRegionLookup;
  const aboutCorps = namesCorps(doc);
  const lookup = aboutCorps ? inCorpsNotice(given) : given;
  // Lists first: a page closing on a list's lines has no signature there.
  // A city with no counties the notice is about: its towns written bare are read inside it.
  const ownCity = ownCountylessCity(doc, lookup);
  // An ordinary city the notice is about: its towns written bare are read there as a last resort.
  const cityOfTowns = ownCity ? null : ownOrdinaryCity(doc, lookup);
  const cityReader = ownCity
    ? inOwnCity(lookup, ownCity)
    : cityOfTowns
      ? withOwnCityTowns(lookup, cityOfTowns)
      : lookup;
  const detect = (r: RegionLookup) => detectLists(doc, r, (list) => keepNameList(doc, list));
  const ordinary = detect(cityReader);
  // The one county the notice names, when the ordinary reading finds no unit at all: its units
  // written bare are read there (the readers that carry a county label keep their reading).
  const home = ownCity ? null : homeCounty(doc, lookup);
  const homeReader =
    home && ordinary.lists.every((l) => l.items.length === 0)
      ? withHomeCountyUnits(cityReader, home)
      : null;
  const reader = homeReader ?? cityReader;
  const first = homeReader ? detect(homeReader) : ordinary;
  const firstFacts = noticeFacts(doc, source, first.listLines, lookup);
  // Group lines naming their places bare, read again inside the province the notice writes.
  const ownProvince =
    provinceAt(toKey(firstFacts.issuer ?? '')) ??
    (firstFacts.pick?.title ? provinceAt(toKey(firstFacts.pick.title)) : null);
  const detected = groupLinesInProvince(doc, first, reader, ownProvince?.info.name ?? null, detect);
  const { lists, listLines } = detected;
  if (ownCity) placeInOwnCity(lists, lookup, ownCity);
  if (cityOfTowns) placeTownsInOwnCity(lists, lookup, cityOfTowns);
  const facts = detected === first ? firstFacts : noticeFacts(doc, source, listLines, lookup);
  const warnings = [...facts.warnings];
  const title = facts.pick?.title ?? null;
  const { issuedOn } = facts;
  const dn = facts.docNumber;

  // A headline's bare unit the body places under its county: that county, not the unit itself.
  const stated =
    countyOfTitleUnit(title, doc.text, lookup) ?? noticePlace(title, facts.issuer, lookup);
  const addressed = stated?.county ? null : addresseeCounty(doc.lines, lookup);
  const place = addressed
    ? { ...stated, county: addressed }
    : (stated ?? placeOfOwnList(doc.text.slice(0, lists[0]?.start ?? 0), lookup));
  const writtenProvince =
    provinceAt(toKey(facts.issuer ?? '')) ??
    (title ? provinceAt(toKey(title)) : null) ??
    (place?.province ? provinceAt(toKey(place.province)) : null);
  const inferred = writtenProvince ? null : inferProvince(lists, lookup);
  const province = writtenProvince?.info.name ?? inferred;
  // A story writes "省民政厅" for the bureau of the province it is about.
  const voice = reportsNews(doc, facts.outlet, title);
  // A bare 县民政局 with no place in title or list is the county whose village the text names as its own.
  const issuerPlace =
    place ?? (/^(县|区)/.test(facts.issuer ?? '') ? countyOfOwnVillage(doc.text, lookup) : null);
  const issuer = placedIssuer(
    voice
      ? withProvince(facts.issuer, province)
      : issuerWrittenInFull(facts.issuer, doc.text, lookup),
    issuerPlace,
  );
  // A bare programme name belongs to the place of the organ that issues it, or of the
  // province a story's headline names; to none when its lead tells a ministry publishing it.
  const byNationalOrgan = namedByNationalOrgan(doc.text, lookup);
  // (An item's credited writer is no organ issuing it: its place owns no programme.)
  const organScope = byNationalOrgan || facts.credited ? null : organPlace(issuer, lookup);
  const scope = byNationalOrgan
    ? null
    : (organScope ?? (title ? (provinceAt(toKey(title))?.info.name ?? null) : null));
  // Placed by its headline only, or published by a ministry, a story may write the national
  // name in full elsewhere.
  const headlineStory = !organScope && (scope || byNationalOrgan) ? doc.key : undefined;
  const opening = doc.key.slice(0, 2000);
  // A place's own plan for a national pilot is filed under the pilot, not the place's name for it.
  const ownPlan = ownPlanOfNationalPilot(doc, lookup)?.pilot;
  const written =
    (ownPlan ? { name: ownPlan, year: null, batch: null } : null) ??
    programmeOfNotice(title, opening, province) ??
    listedProgramme(title, opening, province);
  // A pilot named only by what its places carry out is theirs, no headline province's.
  const relayed = written ? null : relayedPilot(title ? toKey(title) : null, opening, province);
  const read = written ?? relayed;
  const named = caseCollection(title, opening, province, read) ?? read;
  const scopeOfName = relayed ? organScope : scope;
  const scoped = scopedProgrammes(scopeOfName, lookup, headlineStory);
  const noticeProgramme = named
    ? {
        ...named,
        name: scoped(named.name) ?? named.name,
      }
    : null;
  // A story's lead citing the whole batch by examples, over its own share listed elsewhere.
  const story = readsAsStory({ doc, title, outlet: facts.outlet, docNo: dn?.raw ?? null });
  // A story is dated when it is told, not when its batch was named: without the batch's own
  // year (or the 文号 it cites) the records' year stays unknown.
  const toldOn = issuedOn && !story ? Number(issuedOn.slice(0, 4)) : null;
  const noticeYear = noticeProgramme?.year ?? toldOn ?? dn?.year ?? null;
  // A call or a plan confirms nobody: the honours its background tells are no entries; nor
  // are the sites a pilot place delivers its service from.
  // …nor is a page's index of its items, the story's own headline among them.
  // An earlier batch's units this notice accepts now are that batch's, none of its own list.
  const acceptedEarlier = acceptedEarlierRuns(doc, lookup, noticeProgramme?.batch ?? null);
  const told = withoutPageIndexes(
    doc,
    withoutServiceSites(
      doc,
      withoutBackgroundPilots(
        doc,
        withoutBackgroundHonours(withoutRunsOf(lists, acceptedEarlier), title),
      ),
    ),
    title,
  );
  const ownLists = story
    ? withoutCitedExamples(doc, withoutOtherProgrammes(told, title))
    : withoutCitedExamples(doc, told, false);
  const fromLists = recordsFromLists(doc, ownLists, listLines, {
    title,
    province,
    place,
    programme: noticeProgramme,
    year: noticeYear,
    lookup,
  });
  // A news item's retelling of the confirming document names the batch, not a unit.
  const ownRecords = withoutOrganHeads(doc, lookup, fromLists.records);
  const provinceOfRecord = (r: ExtractedRecord): string | null =>
    r.regionContext?.province ??
    (r.regionText ? (lookup.provinceOf?.(r.regionText) ?? null) : null);
  const kept = withoutGradedHeads(
    doc,
    withoutCitedHeads(doc, ownRecords, voice !== null, provinceOfRecord),
  ).map((r) => (r.programme ? { ...r, programme: scoped(r.programme) } : r));
  // A story naming its counted units by one example, then telling them one by one.
  // A call just launched lists nothing yet: the places it names are its organiser and the
  // honours won before, never entries of the round. Nor does a page naming new communities.
  // …nor does a round just launched passed on with its terms of applying (retold-call.ts) whose
  // only place is a province: the organ launching it (某省组织开展…创建工作), not an entry.
  // One province only: provinces named one after another (确定北京市、天津市、浙江省为试点地区) are
  // a national round's entries, never its organiser.
  const organiserOnly =
    kept.length > 0 &&
    kept.every((r) => !!r.regionText && provinceByName(toKey(r.regionText)) !== null) &&
    new Set(kept.map((r) => provinceByName(toKey(r.regionText ?? ''))?.name)).size === 1;
  const listsNothing =
    launchesCall(doc, title) ||
    namesCommunities(doc, title) ||
    (organiserOnly && retellsCall(doc, title));
  const walked = listsNothing ? [] : withWalkedExamples(doc, lookup, kept);
  const placed = home ? placeInHomeCounty(doc, walked, lookup, home) : walked;
  // National social organisations a grade decision names have no place for a list to read.
  const graded = placed.length === 0 && !listsNothing ? gradedOrganisations(doc) : null;
  // The units an earlier span of years governs (a monitoring list of 2010—2017) are retold.
  const { records: current, retold: yearsRetold } = withoutEarlierYears(
    doc,
    graded?.records.length ? graded.records : placed,
  );
  // …and so are the units a new round's page says only kept their title (蝉联, 继续保留).
  const { records: unkept, retold: keptRetold } = withoutKeptTitles(doc, current);
  // …and so are the candidates of the 公示 a page deciding the list retells.
  const { records: decided, retold: proposalRetold } = withoutRetoldProposals(doc, unkept);
  // An inspection's grade with a term to rectify fails no acceptance, and a mid-term check's
  // grade neither passes nor fails one.
  const inspected = withoutMidtermVerdicts(doc, title, withoutInspectionFails(doc, decided));
  const records = aboutCorps ? placedInCorps(inspected) : inspected;
  const frame = { title, province, place, programme: noticeProgramme, year: noticeYear, lookup };
  const retold = listsNothing
    ? []
    : retoldBatchRecords(
        doc,
        [
          ...(detected.retold ?? []),
          // "另，第一批…中，A、B经专家评审，准予结项": that batch's units accepted now.
          ...acceptedEarlier,
        ],
        listLines,
        frame,
      );
  warnings.push(
    ...(listsNothing ? [] : fromLists.warnings),
    ...(graded?.warnings ?? []),
    ...duplicatePassages(doc),
    ...impossibleDates(doc),
  );
  const rules = rulesInListedBatch(
    extractRules(doc, {
      year: issuedOn ? Number(issuedOn.slice(0, 4)) : noticeYear,
      programme: noticeProgramme?.name ?? null,
      batch: noticeProgramme?.batch ?? null,
      province,
      issuedOn,
    }),
    records,
  );
  const regionRecords = records.filter((r) => r.kind !== 'other').length;
  const listedKind = noticeKind(
    records,
    regionRecords ? fromLists.writeupRecords / regionRecords : 0,
    rules,
    title,
  );
  // A feature about one honoured unit mentions it; the page is still the story it was.
  const featureOnly = lists.length > 0 && lists.every((l) => l.feature === true);
  const role = noticeRole({
    doc,
    title,
    records: featureOnly ? [] : records,
    rules,
    outlet: facts.outlet,
    docNo: dn?.raw ?? null,
    signedDocument: facts.signedDocument,
  });
  const kind = kindOfReport(listedKind, role, records.length, title, noticeProgramme?.name ?? null);
  // Never silent: a notice that yields nothing, or fewer than it states, says so.
  const titleLine = facts.pick && facts.pick.line >= 0 ? facts.pick.line : null;
  warnings.push(
    ...silentLosses(doc, {
      titleLine,
      records,
      retold,
      role,
      rules: rules.length,
      warnings,
      lists,
      listLines,
      lookup,
    }),
  );

  return toRawSpans(reading, {
    fileName: opts.fileName,
    metadata: {
      title,
      titleSpan: facts.pick ? { start: facts.pick.start, end: facts.pick.end } : null,
      // A news story is not issued by the organ its lead tells acting (that organ still places it).
      // …and a news item sourced from an organ's website is issued by that site as written.
      issuer:
        role === 'news'
          ? facts.acted
            ? null
            : (organSiteSource(doc, facts.issuer) ?? issuer)
          : issuer,
      docNo: dn ? toKey(dn.normalised) : null,
      docNoRaw: dn?.raw ?? null,
      issuedOn,
      fileDate: facts.fileDate,
      kind,
      role,
      province,
      provinceInferred: inferred !== null,
      programme: noticeProgramme?.name ?? null,
      year: noticeYear,
      batch: noticeProgramme?.batch ?? null,
    },
    // Retold units last: the notice's own items keep their places (and the preview's indexes).
    records: markStatedProvinces(
      doc.key,
      laterNoticeYears(
        doc,
        role,
        [
          // A day the clause tells first; a past year a story tells for what is left undated.
          ...outcomesInToldYears(
            doc,
            passedOnToldDay(doc.key, issuedOn, documentDated(doc, !issuedOn, records)),
            story ? issuedOn : null,
          ),
          ...retold,
          ...yearsRetold,
          ...keptRetold,
          ...proposalRetold,
        ],
        issuedOn ? Number(issuedOn.slice(0, 4)) : null,
      ),
    ),
    rules,
    warnings: mergeWarnings(warnings),
  });
}

/** An undated page's outcomes dated by the document its lead says was published that day. */
function documentDated<R extends ExtractedRecord>(
  doc: KeyedText,
  undated: boolean,
  records: R[],
): R[] {
  const day = undated ? toldDocumentDay(doc) : null;
  return day ? outcomesOnDay(records, day) : records;
}
