/**
 * One copy of a list printed twice (prose and table, a lead and the list below it): of two
 * lists that share most of their units the one read with more structure stands, the outcome
 * stated at either mention carries over, and a sentence keeps only the units no list names.
 */
import type { ItemDraft, ListDraft } from './drafts';
import { programmeWords } from './passed-check-subject';
import { same, unsuffixed } from './same-place';
import { comparable, type KeyedText } from './text-key';

const RANK: Record<ListDraft['layout'], number> = {
  tab_table: 4,
  cell_table: 4,
  numbered: 3,
  labelled: 3,
  writeup: 2,
  sentence: 1,
};

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

function titledCount(list: ListDraft): number {
  return list.items.filter((i) => i.title !== '').length;
}

/**
 * Lists one sentence names apart, each under its own programme ("A入选…示范地区，A的某社工机构入选
 * …示范单位"): a place in two of them is two honours, not one list read twice.
 */
/** An item's place and name written together, a city's 市 before its county left out. */
const written = (it: ItemDraft): string =>
  unsuffixed(comparable(`${it.regionText ?? ''}${it.title}`));

/**
 * "成都市崇州市粮油现代农业园区等35个现代农业园区" over a table's "成都崇州市粮油现代农业园区": the
 * lead's example, its name cut where the count's noun was taken off, is the first characters
 * of a list's entry, running past that entry's place into its name. One that stops at or
 * before the entry's place (a town over a list of its villages) may be a unit of its own.
 */
function startsEntry(list: ListDraft, it: ItemDraft): boolean {
  const own = written(it);
  return (
    own.length >= 4 &&
    list.items.some(
      (o) =>
        written(o).startsWith(own) &&
        own.length > unsuffixed(comparable(o.regionText ?? '')).length,
    )
  );
}

const siblings = (a: ListDraft, b: ListDraft): boolean =>
  (a.sibling !== undefined && a.sibling === b.sibling) || passedApart(a, b);

/**
 * A place told as passing one programme's acceptance and named in another programme's list
 * ("某区…通过国家…现场验收。某区、某区获批省级…"): two entries, not one list read twice.
 */
const passedApart = (a: ListDraft, b: ListDraft): boolean =>
  (a.passed === true || b.passed === true) &&
  !!a.phrase &&
  !!b.phrase &&
  programmeWords(a.phrase) !== programmeWords(b.phrase);

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

export function dedupe(lists: ListDraft[], doc: KeyedText): ListDraft[] {
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
    const rest = a.items.filter((it) => !others.some((b) => named(b, it) || startsEntry(b, it)));
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
