/**
 * "另，第一批…实验区经专家评审，同意结项": a notice on one batch that also tells the acceptance of an
 * earlier batch. The acceptance is an event of that batch's records (domain: 结项验收 is an event
 * on each named record), yet the sentence names no unit, or names units no list was read from:
 * nothing the notice reads carries it. It is never dropped in silence: the notice says which
 * batch's outcome it tells and that the ledger took none of it, for staff to record it on the
 * batch's records. An acceptance of a whole batch is not spread over every record of the batch
 * by guess — a batch may pass but for some units the sentence does not name.
 *
 * Where the sentence names the units after the batch ("第一批…实验区中，A、B经专家评审，准予结项"),
 * they are read (acceptedEarlierRuns) as that batch's units retold with the acceptance kept: the
 * import joins each to the batch's record with the event, or, with no record, creates none and
 * says so (retold-batches.ts, app/import/notice-changes.ts).
 *
 * No such warning or run for an acceptance told as past (已于…通过验收, 此前…同意结项), planned or to come
 * (将…结项验收, 拟同意结项, 开展…验收), as a condition (如通过验收), or of units the notice read in
 * that sentence (their records carry it).
 */
import type { NoticeWarning } from '../../../../shared/domain';
import type { ItemDraft, ListDraft } from './drafts';
import type { KeyedText } from './text-key';
import type { ExtractedRecord, RegionLookup } from './types';

/** A batch named: 首批, 第一批, 第3批. */
const BATCH = /首批|第[0-9一二三四五六七八九十]+批/g;
/** The acceptance done now: 准予结项, 同意结项, 通过(结项)验收, 验收合格. */
const ACCEPTED =
  /(?:准予|同意|予以)(?:其)?(?:结项|验收)|通过了?(?:结项|终期)?验收|(?:结项|验收)合格/;
/** Told as past, planned, to come or as a condition: no act of this notice. */
const NOT_NOW =
  /已于|已经|曾|此前|早在|先前|去年|前年|[将拟待应须]|要(?!求)|如(?!期|下)|若(?!干)|争取|力争|开展|组织|进行|申请|(?:已|均已)(?:通过|完成)/;

/** The warnings for earlier batches' acceptances the notice tells with no unit read. */
export function unreadBatchVerdicts(
  doc: KeyedText,
  records: readonly ExtractedRecord[],
): NoticeWarning[] {
  const own = new Set(records.filter((r) => !r.retold).flatMap((r) => (r.batch ? [r.batch] : [])));
  if (own.size === 0) return [];
  return verdictSentences(doc, (b) => !own.has(b))
    .filter((s) => !records.some((r) => r.span.start >= s.start && r.span.start < s.end))
    .map((s) => ({
      code: 'unread_list' as const,
      message: `通知述及${s.batch}的验收结果（“${doc.key.slice(s.start, s.end).trim().slice(0, 40)}”），未读到其中的单位，台账未记入验收事件，请核对后在该批记录上补记`,
      start: s.start,
      end: s.end,
    }));
}

/** The batch's clause closed before its units: "第一批…实验区中，", "在首批试点里，". */
const BATCH_CLAUSE_END = /(?:中|里|当中|之中)[，,]\s*/g;
/** Where the run of units ends: its count, a 均/都, or the check it passed (经, 通过). */
const RUN_END =
  /(?:等[0-9一二三四五六七八九十]+个[^，,。；;]{0,12}?)?(?:均|都|已)?(?:经|通过|[，,]|$)/;
const RUN_SEP = /、|和|及|与/;

/** The sentences telling an earlier batch's acceptance now: the batch and where its lead ends. */
function verdictSentences(
  doc: KeyedText,
  isEarlier: (batch: string) => boolean,
): { batch: string; batchEnd: number; leadEnd: number; start: number; end: number }[] {
  const out = [];
  for (const m of doc.key.matchAll(/[^。；;！!\n]+/g)) {
    const text = m[0];
    const verdict = ACCEPTED.exec(text);
    if (!verdict || /^[的后者]/.test(text.slice(verdict.index + verdict[0].length))) continue;
    const lead = text.slice(0, verdict.index);
    if (NOT_NOW.test(lead)) continue;
    const batch = [...lead.matchAll(BATCH)].find((b) => isEarlier(b[0]));
    if (!batch) continue;
    out.push({
      batch: batch[0],
      batchEnd: m.index + batch.index + batch[0].length,
      leadEnd: m.index + verdict.index,
      start: m.index,
      end: m.index + text.length,
    });
  }
  return out;
}

/**
 * The units an earlier batch's acceptance names after the batch's clause ("第一批…中，A、B经专家
 * 评审，准予结项") or before the batch ("同意A、B等第一批…实验区结项"), each placed whole, as a list
 * retelling that batch whose items keep the acceptance (`ownBatch`: the notice's batch; without
 * one no batch is told earlier).
 */
export function acceptedEarlierRuns(
  doc: KeyedText,
  lookup: RegionLookup,
  ownBatch: string | null,
): ListDraft[] {
  if (!ownBatch) return [];
  const runs: { batch: string; from: number; to: number }[] = [];
  for (const s of verdictSentences(doc, (b) => b !== ownBatch)) {
    const after = doc.key.slice(s.batchEnd, s.leadEnd);
    const close = [...after.matchAll(BATCH_CLAUSE_END)][0];
    if (!close) continue;
    const from = s.batchEnd + close.index + close[0].length;
    const stop = RUN_END.exec(doc.key.slice(from, s.leadEnd));
    if (stop) runs.push({ batch: s.batch, from, to: from + stop.index });
  }
  for (const m of doc.key.matchAll(/[^。；;！!\n]+/g)) {
    const named = NAMED_BEFORE_BATCH.exec(m[0]);
    if (!named || named[2] === ownBatch || NOT_NOW.test(m[0].slice(0, named.index))) continue;
    // "…通过验收后命名", "…结项的": a condition, no acceptance now.
    if (/^[的后者]/.test(m[0].slice(named.index + named[0].length))) continue;
    const from = m.index + named.index + named[0].indexOf(named[1]!, 2);
    runs.push({ batch: named[2]!, from, to: from + named[1]!.length });
  }
  return runs.flatMap((run) => {
    const items = placedRun(doc, lookup, run.from, run.to);
    if (items.length === 0) return [];
    const line = doc.lines.find((l) => l.start <= run.from && run.from < l.end);
    return [
      {
        layout: 'sentence' as const,
        items,
        start: items[0]!.start,
        end: items[items.length - 1]!.end,
        lineIndexes: line ? [line.index] : [],
        retold: run.batch,
        acceptedNow: true as const,
      },
    ];
  });
}

/** "同意A、B等2个第一批…实验区结项": the units (1) written before the batch (2) they are accepted of. */
const NAMED_BEFORE_BATCH =
  /(?:同意|准予|批准)([^，,。；;]{2,200}?)(?:等(?:[0-9一二三四五六七八九十]+个)?)?(首批|第[0-9一二三四五六七八九十]+批)[^，,。；;]{0,40}?(?:结项|通过(?:结项|终期)?验收)/;

/** The units of a run (`from`–`to`), each a place written whole; none when any piece is not. */
function placedRun(doc: KeyedText, lookup: RegionLookup, from: number, to: number): ItemDraft[] {
  const items: ItemDraft[] = [];
  let at = from;
  for (const piece of doc.key.slice(from, to).split(RUN_SEP)) {
    const name = piece.trim();
    const start = at + piece.indexOf(name);
    at += piece.length + 1;
    const placed = name ? lookup.splitPrefix(name, {}) : null;
    // Every piece a place written whole: anything else is no run of units.
    if (!placed || placed.end < name.length) return [];
    items.push({
      seq: null,
      start,
      end: start + name.length,
      regionText: doc.text.slice(start, start + name.length),
      title: '',
      warnings: [],
      outcome: { status: '已验收' },
    });
  }
  return items;
}

/** The lists without the items the runs (`runs`) read as an earlier batch's, empty lists left out. */
export function withoutRunsOf(lists: ListDraft[], runs: readonly ListDraft[]): ListDraft[] {
  if (runs.length === 0) return lists;
  const inRun = (at: number): boolean => runs.some((r) => at >= r.start && at < r.end);
  return lists.flatMap((list) => {
    const items = list.items.filter((it) => !inRun(it.start));
    if (items.length === list.items.length) return [list];
    return items.length === 0 ? [] : [{ ...list, items, end: items[items.length - 1]!.end }];
  });
}
