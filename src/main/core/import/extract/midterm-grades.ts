/**
 * A grade a mid-term check gives ("经中期评估，甲区、乙县评估结果为良好", "甲区中期评估良好"): how the
 * work stands halfway, never the acceptance at the term's end — it sets no 已验收 and closes
 * no final report or acceptance duty (the mid-term duty it answers is closed by its report,
 * app/schedule/close-by-reports.ts), and a poor grade (较差, 不合格) fails no acceptance.
 * The check is named by the unit's own sentence, the line leading into its list, or the
 * notice's title. An acceptance named there (验收, 结项, 终期, 期满: "中期评估后通过终期验收") is
 * the term's end and keeps its outcome.
 * A supervision's grade (督导评估, 督导检查, 督查: "…督导评估结果的通报", "评估等次为良好") is
 * the same: how a unit's work is kept, no acceptance. For some programmes the supervision is the
 * recognition itself (通过…督导评估认定, 命名): a recognition named there keeps the outcome.
 */
import { sentenceAt } from './sentence-at';
import type { KeyedText } from './text-key';
import type { ExtractedRecord } from './types';
import { sentenceLead } from './yearly-check';

/** A mid-term or stage check (中期评估, 期中检查, 阶段性考核), as role-titles.ts names one. */
const MIDTERM_CHECK = /(?:中期|期中|阶段性?)(?:绩效)?(?:评估|考核|评价|检查|督查)/;
/** A supervision of the work (督导评估, 督导检查, 督查); 督导 alone may name an office (督导委员会). */
const SUPERVISION = /督导(?:评估|检查|考核|评价)|督查/;
/**
 * The review at the term's end, or a recognition (认定, 命名, 授予); a pre-check (预验收) is none,
 * nor are the rules a recognition follows (认定标准, 认定办法).
 */
const TERM_END = /(?<!预)验收|结项|终期|期满|(?:认定|命名|授予)(?!标准|办法|条件|程序)/;

/**
 * Which check the words name: the term's end, a mid-term check, a supervision, or none. A
 * mid-term check is a stage of its own; a supervision may be the way an acceptance is made
 * (经督查 under a title telling the 验收), so it grades none only where no end is named at all.
 */
function checkNamed(text: string): 'end' | 'midterm' | 'supervision' | null {
  if (TERM_END.test(text)) return 'end';
  if (MIDTERM_CHECK.test(text)) return 'midterm';
  return SUPERVISION.test(text) ? 'supervision' : null;
}

/** The records with no acceptance passed or failed where a mid-term check or a supervision graded them. */
export function withoutMidtermVerdicts(
  doc: KeyedText,
  title: string | null,
  records: ExtractedRecord[],
): ExtractedRecord[] {
  const byTitle = checkNamed(title ?? '');
  return records.map((r) => {
    const status = r.outcome?.status;
    if (status !== '已验收' && status !== '未通过') return r;
    const own = sentenceAt(doc.key, r.span.start);
    const texts = [checkNamed(own.text), checkNamed(sentenceLead(doc.key, own.start)), byTitle];
    const named = texts.find((c) => c !== null) ?? null;
    if (named === 'end' || named === null) return r;
    if (named === 'supervision' && texts.includes('end')) return r;
    const { outcome: _graded, ...rest } = r;
    return rest;
  });
}
