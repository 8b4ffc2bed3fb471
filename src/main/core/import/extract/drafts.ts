/**
 * The intermediate shape every layout detector produces: items with spans and whatever
 * fields the layout carries. The orchestrator turns drafts into records once it knows
 * what the list is about (kind, programme).
 */
import type { NoticeWarning } from '../../../../shared/domain';
import type { Outcome } from './outcomes';
import type { RegionContext } from './types';

export type Layout = 'numbered' | 'labelled' | 'cell_table' | 'tab_table' | 'sentence' | 'writeup';

export interface ItemDraft {
  seq: number | null;
  start: number;
  end: number;
  regionText: string | null;
  regionContext?: RegionContext;
  unit?: string;
  title: string;
  content?: string;
  category?: string;
  /** The item's region was written before a delimiter but could not be read as a division. */
  regionUnresolved?: boolean;
  /** What the notice says happened to the unit (passed acceptance, revoked, extended). */
  outcome?: Outcome;
  /** A sanction's object (对A、B给予严重警告): a warning is no status, whatever the list states. */
  sanctioned?: true;
  /** Named by the organ that recommended it ("西城区民政局"), not by the unit itself. */
  organ?: true;
  /**
   * An enterprise or farm a list gives one a line by its registered name (enterprise-lines.ts):
   * the enterprise is the unit, filed at the province its list gives where its name opens with
   * no place below it.
   */
  enterprise?: true;
  warnings: NoticeWarning[];
}

export interface CategoryDraft {
  name: string;
  stated: number | null;
  found: number;
  start: number;
  /** "A、B等320个村寨": the group names a few examples of a larger stated count. */
  examples?: boolean;
}

export interface ListDraft {
  layout: Layout;
  items: ItemDraft[];
  start: number;
  end: number;
  /** Table header cells, when the layout has one. */
  header?: string[];
  categories?: CategoryDraft[];
  /** The programme the list's own words name ("…入选全国…示范村", "…等12个…实验区"). */
  phrase?: string;
  /**
   * One of several lists one sentence names by their first units ("A等4个…为…，B等40个…为…"),
   * the start of the sentence's first: its group's own count is all it states (a count before
   * it is a sibling's), and the sentence's lists are one enumeration for what it cites.
   */
  sibling?: number;
  /** Prose spliced between items: [start, end) ranges with the seqs around them. */
  interleaved?: { start: number; end: number; afterSeq: number | null; beforeSeq: number | null }[];
  /** Lines the detector consumed (so other detectors leave them alone). */
  lineIndexes: number[];
  /** The one unit a feature story is about: the page still tells, it lists nothing. */
  feature?: true;
  /**
   * An earlier batch of the programme the notice retells ("此前，A、B入选第一批…"), as written
   * (第一批, 首批): its units are mentions of that batch's records, never entries of the notice.
   */
  retold?: string;
  /**
   * The retold batch's units this notice accepts now ("另，第一批…中，A、B经专家评审，准予结项",
   * earlier-batch-verdicts.ts): their acceptance is an event of that batch's records.
   */
  acceptedNow?: true;
  /**
   * A place told as passing its programme's acceptance (passed-check-subject.ts): a list of its
   * own, never folded into a list of another programme naming the same place.
   */
  passed?: true;
}

/**
 * Items read line by line, closed into labelled lists as a detector goes: a run of two or
 * more becomes a list, a shorter one is dropped (see labelledList).
 */
export class LabelledRuns {
  readonly lists: ListDraft[] = [];
  items: ItemDraft[] = [];
  lines: number[] = [];
  /** The groups the run's lines were read under, with their counts, if any. */
  categories: CategoryDraft[] = [];

  close(): void {
    const list = labelledList(this.items, this.lines, this.categories);
    if (list) this.lists.push(list);
    this.items = [];
    this.lines = [];
    this.categories = [];
  }
}

/** A run of two or more items read line by line, as one labelled list; null for fewer. */
export function labelledList(
  items: ItemDraft[],
  lineIndexes: number[],
  categories: CategoryDraft[] = [],
): ListDraft | null {
  const first = items[0];
  const last = items[items.length - 1];
  if (items.length < 2 || !first || !last) return null;
  return {
    layout: 'labelled',
    items,
    start: first.start,
    end: last.end,
    ...(categories.length ? { categories } : {}),
    lineIndexes,
  };
}

/** The entries one sentence names as its list, spanning them; none when it names none. */
export function sentenceList(items: ItemDraft[]): ListDraft | null {
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return null;
  return { layout: 'sentence', items, start: first.start, end: last.end, lineIndexes: [] };
}
