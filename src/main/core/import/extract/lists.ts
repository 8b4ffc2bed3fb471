/**
 * Runs the layout detectors in order of how much structure they rely on (tables, then
 * numbered lists, then write-ups, then one-sentence lists), each leaving alone the
 * lines an earlier one took, then keeps one copy of a list printed twice (prose and
 * table) and drops "lists" that list no places (section numbering, attachments).
 */
import { withoutCaptionTitles } from './caption-titles';
import { withoutChannelNames } from './channel-names';
import { detectAwardGroups } from './award-groups';
import { detectCountedBrackets } from './counted-brackets';
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
import { detectOwnPilots } from './own-pilots';
import { detectOwnPlaceUnit } from './own-place-unit';
import { detectVisitedZone } from './visited-zone';
import { detectPlaceLines } from './place-lines';
import { withRecommendingOrgans } from './recommending-organs';
import { detectPlacedNames } from './placed-names';
import { detectPlacedQuotes } from './placed-quotes';
import { detectPlacedBookTitles } from './placed-book-titles';
import { detectOwnBodyTitles } from './own-body-titles';
import { detectQuotedProjects } from './quoted-projects';
import { detectTitledRuns } from './titled-run';
import { detectSentenceLists } from './sentence-list';
import { detectNamedListGroups } from './named-list-groups';
import { detectTabTables } from './tab-table';
import { withoutCutLastRow } from './table-rows';
import { detectThemeLines } from './theme-lines';
import { detectThemedZones } from './themed-zones';
import { detectCountedNames } from './counted-names';
import { detectCountedStreets } from './counted-streets';
import { detectListedBodies } from './listed-bodies';
import { detectFeaturedUnit } from './featured-unit';
import { detectHeldDesignation } from './held-designation';
import { detectHonouredTowns } from './honoured-towns';
import { detectHeadlineCountedUnits } from './headline-counted-units';
import { detectTitledCases } from './titled-cases';
import { detectTitledParagraphs } from './titled-paragraphs';
import { detectApplicantCases } from './applicant-cases';
import { isPlaceOutline } from './place-outline';
import { comparable, type KeyedText } from './text-key';
import type { RegionLookup } from './types';
import { detectWriteups } from './writeups';

const RANK: Record<ListDraft['layout'], number> = {
  tab_table: 4,
  cell_table: 4,
  numbered: 3,
  labelled: 3,
  writeup: 2,
  sentence: 1,
};

function regionShare(list: ListDraft): number {
  const ok = list.items.filter((it) => it.regionText && !it.regionUnresolved).length;
  return ok / Math.max(1, list.items.length);
}

function same(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const x = comparable(a);
  const y = comparable(b);
  return (
    x.length >= 2 &&
    y.length >= 2 &&
    (x === y ||
      x.endsWith(y) ||
      y.endsWith(x) ||
      shortened(x, y) ||
      bareName(x, y) ||
      unsuffixed(x) === unsuffixed(y))
  );
}

/**
 * "韶关" in a story's lead for "广东省韶关市" in the table below it: the name written without
 * its province and its level word.
 */
function bareName(x: string, y: string): boolean {
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (short.length < 2 || /[省市县区旗]$/.test(short)) return false;
  const stem = long.replace(/[市县旗]$/, '');
  if (stem === long || !stem.endsWith(short)) return false;
  const before = stem.slice(0, stem.length - short.length);
  return before === '' || /[省市州]$/.test(before);
}

/** "深圳福田区" in a headline is "深圳市福田区" with the city's 市 left out. */
function unsuffixed(name: string): string {
  return name.replace(/(?<=[\u4e00-\u9fff]{2})[省市](?=[\u4e00-\u9fff]{2})/g, '');
}

/**
 * "醴陵市东岗村" in a headline is "醴陵市茶山镇东岗村" with the township left out; "醴陵东岗村"
 * leaves out the city's 市 as well.
 */
function shortened(x: string, y: string): boolean {
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (short.length < 4 || short.length === long.length) return false;
  for (let k = 2; k <= short.length - 2; k++) {
    const head = short.slice(0, k);
    const tail = short.slice(k);
    if (!long.endsWith(tail)) continue;
    if (/[市县区旗]$/.test(head) && long.startsWith(head)) return true;
    // The level word dropped too: only a head of three characters or more, so that no
    // two-character stem ("东坡") stands for a city by chance.
    if (k >= 3 && /^[市县旗]$/.test(long[k] ?? '') && long.startsWith(head)) return true;
  }
  return false;
}

/**
 * Whether `it` is also an item of `list` (same title, or same place). A table row's place is
 * also its whole unit as written (县 | 镇 | 社区 cells), where the division list read only the
 * front of it.
 */
function named(list: ListDraft, it: ListDraft['items'][number]): boolean {
  return list.items.some(
    (o) =>
      same(o.title, it.title) ||
      // Two titled items at one place are two entries (a district's two projects in two lists);
      // a body named by its own name is not its place written bare ("某省" in a heading).
      (!(o.title !== '' && it.title !== '') &&
        !(it.unit && !o.unit) &&
        !!it.regionText &&
        (same(o.regionText, it.regionText) || same(o.unit ?? null, it.regionText))),
  );
}

/** Share of `b`'s items that also appear in `a`. */
function overlap(a: ListDraft, b: ListDraft): number {
  const hit = b.items.filter((it) => named(a, it)).length;
  return hit / Math.max(1, b.items.length);
}

/** The same unit named twice: an outcome stated at one mention holds for the unit. */
function carryOutcomes(from: ListDraft, to: ListDraft): void {
  for (const it of from.items) {
    if (!it.outcome) continue;
    const twin = to.items.find(
      (o) => !o.outcome && (same(o.title, it.title) || same(o.regionText, it.regionText)),
    );
    if (twin) twin.outcome = it.outcome;
  }
}

/**
 * A place named again further down the same list, with nothing of its own (a photo caption
 * under a list, "郫都区唐昌街道战旗村" after "成都市郫都区唐昌街道战旗村"), is the same entry
 * mentioned twice, not one more.
 */
function dropRepeats(doc: KeyedText, list: ListDraft): ListDraft {
  // Only a shorter form of an earlier entry: the same name written in full twice may be two
  // units under two group headings ("友谊社区" in two districts).
  // Two bodies named apart ("某市某公园驿站", "某某火车站驿站") are two entries at one place, and
  // a unit listed by its own name (a branch, an association at its city) is no shorter form.
  const repeats = (o: ItemDraft, it: ItemDraft): boolean =>
    o.title === '' &&
    it.unit === o.unit &&
    (!it.regionContext?.county || it.regionContext.county === o.regionContext?.county) &&
    (o.regionText?.length ?? 0) > (it.regionText?.length ?? 0) &&
    same(o.regionText, it.regionText);
  const items = list.items.filter(
    (it, i) =>
      it.title !== '' ||
      (!list.items.slice(0, i).some((o) => repeats(o, it)) &&
        !list.items.slice(i + 1).some((o) => namedInFull(doc, it, o))),
  );
  return items.length === list.items.length ? list : { ...list, items };
}

/**
 * "禹城市老城社区" in a headline or a lead, "禹城市某某办事处老城社区" in a line below: the
 * later line names the unit in full, its street or township between the county and the unit,
 * and the short form is that unit, no second one. Two full names in the body that differ in
 * the township ("某县甲镇新村", "某县乙镇新村") are no short form of each other.
 */
function namedInFull(doc: KeyedText, short: ItemDraft, full: ItemDraft): boolean {
  const x = comparable(short.regionText ?? '');
  const y = comparable(full.regionText ?? '');
  return (
    full.title === '' &&
    short.unit === full.unit &&
    x.length < y.length &&
    shortened(x, y) &&
    (!short.regionContext?.county || short.regionContext.county === full.regionContext?.county) &&
    doc.text.slice(short.start, full.start).includes('\n')
  );
}

function titledCount(list: ListDraft): number {
  return list.items.filter((i) => i.title !== '').length;
}

/**
 * Lists one sentence names apart, each under its own programme ("A入选…示范地区，A的某社工机构入选
 * …示范单位"): a place in two of them is two honours, not one list read twice.
 */
const siblings = (a: ListDraft, b: ListDraft): boolean =>
  a.sibling !== undefined && a.sibling === b.sibling;

/**
 * "…A市、B市位列其中，截至目前，我省共有C、D、A、B五市…": a sentence summing up its place's
 * tally to date names the units just listed again beside earlier ones. The units the notice
 * lists stand where it lists them (their batch is there); the tally keeps only the others.
 */
const TALLY_LEAD = /(?:截至|截止|至今|迄今|累计|目前)[^。；;\n]{0,16}$/;

function tallies(doc: KeyedText, list: ListDraft): boolean {
  return (
    list.layout === 'sentence' &&
    TALLY_LEAD.test(doc.key.slice(Math.max(0, list.start - 24), list.start))
  );
}

function dedupe(lists: ListDraft[], doc: KeyedText): ListDraft[] {
  const dropped = new Set<ListDraft>();
  for (const a of lists) {
    for (const b of lists) {
      if (a === b || dropped.has(a) || dropped.has(b) || siblings(a, b)) continue;
      const small = a.items.length <= b.items.length ? a : b;
      const big = small === a ? b : a;
      if (overlap(big, small) < 0.6) continue;
      // Of two equal readings of the same units, the one that also read their titles stands.
      const titled = a.items.length === b.items.length ? titledCount(a) - titledCount(b) : 0;
      const loser =
        RANK[a.layout] !== RANK[b.layout]
          ? RANK[a.layout] < RANK[b.layout]
            ? a
            : b
          : titled !== 0
            ? titled < 0
              ? a
              : b
            : small;
      const winner = loser === a ? b : a;
      carryOutcomes(loser, winner);
      if (loser === small && small.layout === 'sentence' && tallies(doc, big)) {
        const rest = big.items.filter((it) => !named(small, it));
        if (rest.length > 0) {
          big.items = rest;
          big.start = rest[0]!.start;
          continue;
        }
      }
      // The body names every unit, the attachment's table only its first rows (the rest cut
      // off): the table's rows stand, and the units only the body names are kept from it —
      // whichever of the two is longer (a lead naming three provinces the table cut shows two of).
      const outranked = RANK[loser.layout] < RANK[winner.layout];
      if (outranked && (loser === big || loser.layout === 'sentence')) {
        const rest = loser.items.filter((it) => !named(winner, it));
        if (rest.length > 0) {
          loser.items = rest;
          loser.start = rest[0]!.start;
          continue;
        }
      }
      dropped.add(loser);
    }
  }
  // A sentence citing the examples of two batches ("拟认定A镇等11个乡镇、B村等68个村"), or a
  // lead naming some units a longer list below names again: those are the list's entries,
  // mentioned twice; the sentence keeps only the units no list names.
  for (const a of lists) {
    if (dropped.has(a) || a.layout !== 'sentence' || a.items.length === 0) continue;
    const others = lists.filter(
      (b) => b !== a && !dropped.has(b) && !siblings(a, b) && b.items.length >= a.items.length,
    );
    const rest = a.items.filter((it) => !others.some((b) => named(b, it)));
    if (rest.length === a.items.length) continue;
    for (const b of others) carryOutcomes(a, b);
    if (rest.length === 0) dropped.add(a);
    else {
      a.items = rest;
      a.start = rest[0]!.start;
    }
  }
  return lists.filter((l) => !dropped.has(l));
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
  return prose.length >= 2 || (prose.length === 1 && namesBelow(prose[0]!, heading))
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

/** A write-up of one item whose heading is the notice's first line. */
function isHeadline(doc: KeyedText, list: ListDraft): boolean {
  const top = doc.lines.find((l) => l.trimmed !== '');
  return list.layout === 'writeup' && list.items.length === 1 && list.start === top?.trimmedStart;
}

/**
 * A list of lines that runs to the very end of the text, its last line a township where every
 * line above names a community or village ("…区（1个）" over "…区某某街道" as the copy's last
 * words): the copy broke off inside that entry, as a table's cut last row does.
 */
function withoutCutLastLine(doc: KeyedText, list: ListDraft): ListDraft {
  if (list.layout === 'tab_table' || doc.key.slice(list.end).trim() !== '') return list;
  const items = withoutCutLastRow(list.items);
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
  run(detectPlacedQuotes, () => true);
  run(detectPlacedBookTitles, () => true);
  run(detectPlacedNames, () => true);
  run(detectAwardGroups, (l) => regionShare(l) >= 0.5);
  run(detectOwnPilots, () => true);
  run(detectCountedHeadBodies, () => true);
  run(detectHeadedBodies, () => true);
  run(detectCountedStreets, () => true);
  run(detectNamedListGroups, () => true);
  run(
    (d, l, c) => detectSentenceLists(d, l, c).map((list) => withRecommendingOrgans(d, list)),
    (l) => l.items.length > 0 && regionShare(l) >= 0.5 && !awardInPassing(doc, l),
  );
  run(detectPlaceLines, (l) => regionShare(l) >= 0.5);
  run(detectThemedZones, () => true);
  run(detectCityDashGroups, () => true);
  run(detectCountedNames, () => true);
  run(detectCountedBrackets, () => true);
  run(detectCountedPlaceBrackets, () => true);
  run(detectCountedTownBrackets, () => true);
  run(detectListedBodies, () => true);
  run(detectTrackAwards, () => true);
  run(detectGradedTownLines, () => true);
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
  // A story's own body (我市某中心《…》被评为…), placed where the text names it in full: only
  // when nothing else was read.
  if (!all.some((l) => l.items.length > 0)) run(detectOwnBodyTitles, () => true);
  // A story about the place it speaks as (我区…) has its one unit only when nothing else listed.
  if (all.length === 0) run(detectOwnPlaceUnit, () => true);
  // A visit to one place's zone is the story's one unit, likewise only where nothing else listed.
  if (all.length === 0) run(detectVisitedZone, () => true);
  // A story's one county telling the designation it holds (自…被批准为…实验区以来，某县…).
  if (all.length === 0) run(detectHeldDesignation, () => true);
  const led = withoutEarlierLedRuns(
    doc,
    all.map((l) =>
      withoutCutLastLine(
        doc,
        dropRepeats(doc, withoutCaptionTitles(liftCountyHeads(withoutCitedBatches(doc, l)))),
      ),
    ),
  );
  const lists = dedupe(led.lists, doc).sort((x, y) => x.start - y.start);
  const { lists: own, retold } = withoutEarlierBatches(doc, lists);
  return {
    lists: withoutHeadlineParents(doc, withoutRecalledRuns(doc, own), lookup),
    listLines: consumed,
    retold: [...dedupe(led.retold, doc), ...retold],
  };
}
