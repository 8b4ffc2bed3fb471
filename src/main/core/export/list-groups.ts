/**
 * The lists a Word list's records were published on: one group per programme and batch, so
 * a leader reading the attachment can tell on which list each row stands. Records of two
 * programmes (or two batches of one) in one table would read as one list. Official
 * attachments that span several lists head each with 一、二、… and the list's name.
 */
import type { LedgerRecord } from '../../../shared/domain';
import { chineseNumeral } from './chinese-numerals';
import { toChinesePunctuation } from './chinese-punctuation';
import { programmeLabel, yearLabel } from './summary-counts';
import { ems } from './text-measure';

/** 3号 characters on a 156 mm line (paragraphs.ts: 27 without negative spacing). */
const HEADING_LINE_EMS = 27;
/** The heading's first line is indented two characters. */
const HEADING_FIRST_LINE_EMS = HEADING_LINE_EMS - 2;

/** The line each character of `text` lands on when it fills lines greedily. */
function lineOfEach(text: string): number[] {
  const lines: number[] = [];
  let line = 0;
  let used = 0;
  for (const c of text) {
    const w = ems(c);
    const room = line === 0 ? HEADING_FIRST_LINE_EMS : HEADING_LINE_EMS;
    if (used + w > room + 1e-9) {
      line++;
      used = 0;
    }
    used += w;
    lines.push(line);
  }
  return lines;
}

/**
 * A heading too long for one line wraps where the line is full, which can leave 个） alone
 * on the next line or cut （第二批，12个） in two. The count in brackets is read as one piece,
 * so when wrapping would cut it the line breaks before its bracket instead ("\n").
 */
export function keepCountWhole(heading: string): string {
  const open = heading.lastIndexOf('（');
  if (open <= 0 || !heading.endsWith('）')) return heading;
  const lines = lineOfEach(heading);
  const openAt = [...heading.slice(0, open)].length;
  return lines[openAt] === lines.at(-1)
    ? heading
    : `${heading.slice(0, open)}\n${heading.slice(open)}`;
}

export interface ListGroup {
  /** The heading over the group's table; '' when the records are all on one list. */
  heading: string;
  records: LedgerRecord[];
}

interface Group {
  programme: string;
  batch: string;
  year: number | null;
  /** Order of its first record. */
  seen: number;
  records: LedgerRecord[];
}

/** A batch as written (第三批), else the year it was published in, else nothing. */
function batchOf(r: LedgerRecord): string {
  const batch = r.batch?.trim();
  if (batch) return batch;
  return r.year === null ? '' : yearLabel(r.year);
}

/** Years ascending, an unknown year last. */
const byYear = (a: number | null, b: number | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b;

/**
 * Records grouped by programme and batch, each group in the order given (official order
 * stays within a list). A programme's batches stand together, by year; programmes by their
 * first year, then in the order their first record comes. The batch is named in a heading
 * only when the programme has several in the selection: one batch is the programme's whole
 * presence here.
 */
export function listGroups(records: readonly LedgerRecord[]): ListGroup[] {
  const groups = new Map<string, Group>();
  for (const r of records) {
    const programme = programmeLabel(r);
    const batch = batchOf(r);
    const key = `${programme}\u0000${batch}`;
    const group = groups.get(key);
    if (group) group.records.push(r);
    else groups.set(key, { programme, batch, year: r.year, seen: groups.size, records: [r] });
  }
  const list = [...groups.values()];
  if (list.length <= 1) return list.map((g) => ({ heading: '', records: g.records }));
  const first = new Map<string, Group>();
  for (const g of [...list].sort((a, b) => byYear(a.year, b.year) || a.seen - b.seen))
    if (!first.has(g.programme)) first.set(g.programme, g);
  const rank = (g: Group) => first.get(g.programme)!;
  const batches = (g: Group) => list.filter((o) => o.programme === g.programme).length;
  return list
    .sort(
      (a, b) =>
        byYear(rank(a).year, rank(b).year) ||
        rank(a).seen - rank(b).seen ||
        byYear(a.year, b.year) ||
        a.seen - b.seen,
    )
    .map((g, i) => {
      const batch = batches(g) > 1 && g.batch ? `${g.batch}，` : '';
      const name = toChinesePunctuation(g.programme);
      return {
        heading: keepCountWhole(
          `${chineseNumeral(i + 1)}、${name}（${batch}${g.records.length}个）`,
        ),
        records: g.records,
      };
    });
}
