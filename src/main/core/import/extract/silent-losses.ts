/**
 * Never silent: a notice that yields no records says so (unless it only states rules or
 * calls for applications), and a passage that announces a list ("…名单", "名单如下：")
 * with no entries read after it is reported with where it is — the list may sit in an
 * attachment that did not come with the file, or in a layout nobody has taught us yet; so is
 * a counted enumeration none of whose names was read (unread-counts.ts), and a place's stated
 * share of a batch that the notice does not list (unread-shares.ts).
 */
import type { NoticeWarning } from '../../../../shared/domain';
import type { NoticeRole } from '../../../../shared/notice-roles';
import type { ListDraft } from './drafts';
import { namedBodyOf, placeOf } from './place-lines';
import { looksLikePlace } from './place-like';
import { comparable, toKey, type KeyedText, type Line } from './text-key';
import { unreadCounts } from './unread-counts';
import { unreadAwardLines } from './unread-award-lines';
import { unreadPrizedClauses } from './prized-bodies';
import { unreadGroupLines } from './unread-group-lines';
import { unreadMembers } from './unread-members';
import { unreadRanges } from './numbered-range';
import { unreadProvinceLines } from './unread-province-lines';
import { unreadShares } from './unread-shares';
import { shortHeadedEntries } from './short-headed-entries';
import { unreadRuns } from './unread-runs';
import { unreadTotals } from './unread-totals';
import { unreadBatchVerdicts } from './earlier-batch-verdicts';
import type { ExtractedRecord, RegionLookup } from './types';

const ANNOUNCES =
  /(名单|名录)\s*([(（][^()（）]{0,12}[)）])?\s*[:：]?$|(如下|名单为|分别是|包括)\s*[:：]$|(名单|名录)如下$/;
/** How far below the announcing line the list must start (non-empty lines). */
const REACH = 6;

export interface LossInput {
  /** The title's line: a title that names a list ("…名单") has it anywhere below. */
  titleLine: number | null;
  records: ExtractedRecord[];
  /** The units retold from earlier batches (a batch's acceptance told with them is read). */
  retold?: ExtractedRecord[];
  role: NoticeRole;
  /** How many rules the notice states. */
  rules: number;
  warnings: NoticeWarning[];
  lists: ListDraft[];
  /** Lines any layout read (its entries, labels, headings): read, whatever became of them. */
  listLines: ReadonlySet<number>;
  lookup: RegionLookup;
}

export function silentLosses(doc: KeyedText, input: LossInput): NoticeWarning[] {
  const out: NoticeWarning[] = [];
  // Only a notice that states rules, or calls for applications, is expected to list nothing.
  const listsNothing =
    input.role === 'application_call' || (input.role === 'rules_only' && input.rules > 0);
  if (input.records.length === 0 && !listsNothing)
    out.push({
      code: 'no_records',
      message:
        '未在这份通知中找到名单条目（实验区、案例、观察点或其他名单）。如果通知里有名单，请检查文件是否完整，或在导入后手工补录',
    });
  const starts = input.lists.map((l) => l.start);
  const announcing = doc.lines.filter(
    (line) =>
      line.index !== input.titleLine &&
      !line.raw.includes('\t') &&
      ANNOUNCES.test(line.trimmed) &&
      line.trimmed.length <= 60,
  );
  announcing.forEach((line, i) => {
    // Two announcements with nothing read between them (a headline, then "名单如下：") name one list.
    const next = announcing[i + 1];
    if (next && !starts.some((s) => s >= line.start && s < next.start)) return;
    const below = doc.lines
      .slice(line.index + 1)
      .filter((l) => l.trimmed !== '')
      .slice(0, REACH);
    const until = below[below.length - 1]?.end ?? line.end;
    if (starts.some((s) => s >= line.start && s <= until)) return;
    out.push({
      code: 'unread_list',
      message: `“${line.raw.trim().slice(0, 30)}”之后没有读到名单条目（名单可能在未随附的附件中，或格式未能识别），请核对`,
      start: line.trimmedStart,
      end: line.end,
    });
  });
  // A counted run of members is said from the start of its clause; the same count is not
  // said again by the wider "…等N个" check.
  const members = unreadMembers(doc, input.lists, input.records.length, input.warnings);
  const counted = [...input.warnings, ...members];
  const counts = unreadCounts(doc, input.lookup, input.lists, input.records.length, counted);
  // "（第001-030号）" with fewer entries read: said once, when no other count was.
  const ranges = unreadRanges(doc, input.records.length, [...counted, ...counts]);
  const said = [
    ...input.warnings,
    ...cutEnumerations(doc, input.lists),
    ...unreadPlaceLines(doc, input),
    // "二、某类（6个）：…" read, "一、某类（8个）：…" above it not: that group's count is said.
    ...unreadGroupLines(doc, input.lists, input.warnings),
    // "一、…组织奖：…" read, "二、…实践奖：…" below it not: that line is said.
    ...unreadAwardLines(doc, input.lists),
    // "…基金会获…奖" read, "某某集团股份有限公司获…奖" beside it not (no place): that clause is said.
    ...unreadPrizedClauses(doc, input.lookup, input.lists),
    // "某省：甲县某镇、乙县某乡" lines read, one province's line (cut, or unread) not.
    ...unreadProvinceLines(doc, input.lists),
    ...members,
    ...counts,
    ...ranges,
    // "其中，黑龙江25个社区入选": a place's stated share, said only when no count was.
    ...unreadShares(
      doc,
      input.lookup,
      input.records.length,
      [...counted, ...counts, ...ranges],
      input.lists,
    ),
    ...unreadRuns(doc, input.lists, input.records),
    // "另，第一批…经专家评审，同意结项": an earlier batch's acceptance no unit of which was read.
    ...unreadBatchVerdicts(doc, [...input.records, ...(input.retold ?? [])]),
  ];
  // "“…”等10个案例获得…", "…十大案例": a stated total, said only when no count was.
  const totals = unreadTotals(doc, input.lists, input.records.length, said);
  out.push(...said.slice(input.warnings.length), ...totals);
  // "任丘希望田野现代农业园区" among placed entries: its county, written short, not read.
  out.push(...shortHeadedEntries(input.records, input.lookup));
  return out;
}

/** A township, street, village or community: a unit a list names, never a group heading. */
const UNIT_PLACE = /(镇|乡|街道|苏木|村|社区|嘎查|居委会)$/;

/**
 * A line that is one unit's name and nothing else ("潍坊市青州市邵庄镇"), that no layout read:
 * an entry of a list set out in a way nobody taught us (one name a line, its honour or its
 * theme on lines of their own). It is said, with where it is, never dropped in silence.
 * Province, city and county names alone are left out: they head groups.
 */
function unreadPlaceLines(doc: KeyedText, input: LossInput): NoticeWarning[] {
  const inList = (at: number): boolean => input.lists.some((l) => at >= l.start && at < l.end);
  // A unit named again on a line of its own after the sentence that listed it is read.
  const listed = input.records
    .map((r) => comparable(r.regionText ?? ''))
    .filter((k) => k.length >= 3);
  const isListed = (place: string): boolean => {
    const k = comparable(place);
    return listed.some((r) => r.endsWith(k) || k.endsWith(r));
  };
  const unreadLine = (line: Line): boolean => {
    if (line.trimmed === '' || line.index === input.titleLine) return false;
    if (input.listLines.has(line.index) || inList(line.trimmedStart)) return false;
    // "江西省两批共有430个村" counts units; it names none.
    return !/[0-9个共批有等]/.test(line.trimmed);
  };
  const places = doc.lines.filter((line) => {
    if (!unreadLine(line)) return false;
    const place = placeOf(line, input.lookup);
    return place !== null && UNIT_PLACE.test(toKey(place.place)) && !isListed(place.place);
  });
  // Organisations or facilities named after their place one a line ("某市保险行业协会"): a list
  // too, when there are several; one alone is a signer or a source.
  const bodies = doc.lines.filter(
    (line) => unreadLine(line) && namedBodyOf(line, input.lookup)?.place && !isListed(line.raw),
  );
  const unread = [...places, ...(bodies.length >= 2 ? bodies : [])].sort(
    (a, b) => a.index - b.index,
  );
  const first = unread[0];
  if (!first) return [];
  const names = unread.map((l) => l.raw.trim());
  return [
    {
      code: 'unread_list',
      message: `“${names.slice(0, 3).join('”“')}”${names.length > 3 ? `等${names.length}行` : ''}像是名单条目，但没有读作条目，请核对`,
      start: first.trimmedStart,
      end: unread[unread.length - 1]!.end,
    },
  ];
}

/**
 * A line of a list whose reading stopped short: after its last entry the line goes on with
 * more names ("…浩山乡小山村、某某场、黄岭乡建山村…" read only to the first). What was left
 * is said, with where it is, never dropped in silence.
 */
function cutEnumerations(doc: KeyedText, lists: ListDraft[]): NoticeWarning[] {
  const out: NoticeWarning[] = [];
  for (const list of lists) {
    // The last entry read on each line the list's entries lie on.
    const lastOnLine = new Map<number, number>();
    let at = 0;
    for (const it of [...list.items].sort((a, b) => a.start - b.start)) {
      while (at < doc.lines.length - 1 && doc.lines[at]!.end < it.start) at++;
      lastOnLine.set(at, Math.max(lastOnLine.get(at) ?? 0, it.end));
    }
    for (const [index, from] of lastOnLine) {
      const line = doc.lines[index];
      if (!line || from >= line.end) continue;
      const rest = doc.key.slice(from, line.end);
      if (!/^\s*[、，,]/.test(rest)) continue;
      const names = rest.split(/[、，,]/).filter((t) => looksLikePlace(t));
      if (names.length === 0) continue;
      out.push({
        code: 'unread_list',
        message: `“${doc.text
          .slice(from, line.end)
          .replace(/^\s*[、，,]/, '')
          .trim()
          .slice(0, 30)}”等名称没有读作条目（所在行的名单在此中断），请核对`,
        start: from,
        end: line.end,
      });
    }
  }
  return out;
}
