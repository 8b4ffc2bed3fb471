/**
 * "另，第一批…实验区经专家评审，同意结项": a notice on one batch that also tells the acceptance of an
 * earlier batch. The acceptance is an event of that batch's records (domain: 结项验收 is an event
 * on each named record), yet the sentence names no unit, or names units no list was read from:
 * nothing the notice reads carries it. It is never dropped in silence: the notice says which
 * batch's outcome it tells and that the ledger took none of it, for staff to record it on the
 * batch's records. An acceptance of a whole batch is not spread over every record of the batch
 * by guess — a batch may pass but for some units the sentence does not name.
 *
 * No such warning for an acceptance told as past (已于…通过验收, 此前…同意结项), planned or to come
 * (将…结项验收, 拟同意结项, 开展…验收), as a condition (如通过验收), or of units the notice read in
 * that sentence (their records carry it).
 */
import type { NoticeWarning } from '../../../../shared/domain';
import type { KeyedText } from './text-key';
import type { ExtractedRecord } from './types';

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
  const own = new Set(records.map((r) => r.batch).filter((b): b is string => !!b));
  const out: NoticeWarning[] = [];
  const sentences = /[^。；;！!\n]+/g;
  for (const m of doc.key.matchAll(sentences)) {
    const text = m[0];
    const verdict = ACCEPTED.exec(text);
    // "…验收合格的单位", "通过验收后": an attribute or a condition, no act.
    if (!verdict || /^[的后者]/.test(text.slice(verdict.index + verdict[0].length))) continue;
    const lead = text.slice(0, verdict.index);
    const batch = [...lead.matchAll(BATCH)].map((b) => b[0]).find((b) => !own.has(b));
    if (!batch || own.size === 0) continue;
    if (NOT_NOW.test(lead)) continue;
    const start = m.index;
    const end = start + text.length;
    if (records.some((r) => r.span.start >= start && r.span.start < end)) continue;
    out.push({
      code: 'unread_list',
      message: `通知述及${batch}的验收结果（“${text.trim().slice(0, 40)}”），未读到其中的单位，台账未记入验收事件，请核对后在该批记录上补记`,
      start,
      end,
    });
  }
  return out;
}
