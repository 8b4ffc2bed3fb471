/**
 * A zone that failed its acceptance review (未通过/不合格) is not finished: it keeps its
 * outstanding duties and owes a new review once it has rectified (整改后重新验收). The
 * rectification period is the one the notice states ("限期一年整改", "整改期为六个月");
 * where it states none, one year — the usual period in such notices — from the failed
 * review, so the duty shows up in the lists instead of being forgotten.
 */
import type { FailedReview } from '../../../shared/schedule';
import { parseNumber } from '../import/extract/chinese-numerals';
import { addMonths } from './dates';
import type { DesiredMilestone } from './desired';

const DEFAULT_MONTHS = 12;
const N = '([0-9]{1,2}|[一二两三四五六七八九十]{1,3})';
const PERIOD = [
  new RegExp(`整改(?:期|期限|时间)?(?:为|限)?${N}(个月|月|年)`),
  new RegExp(`限期${N}(个月|月|年)(?:内)?(?:进行)?整改`),
  new RegExp(`${N}(个月|月|年)(?:内)?(?:完成)?整改`),
];

/** Months of rectification the sentence states, or null. */
export function rectificationMonths(sentence: string): number | null {
  for (const re of PERIOD) {
    const m = re.exec(sentence);
    if (!m) continue;
    const n = parseNumber(m[1]!.replace('两', '二'));
    if (!n || n <= 0) continue;
    const months = m[2] === '年' ? n * 12 : n;
    if (months <= 120) return months;
  }
  return null;
}

/** The re-acceptance duty a failed review leaves, or null when nothing dates it. */
export function reAcceptance(recordId: number, failed: FailedReview): DesiredMilestone | null {
  if (!failed.occurredOn) return null;
  const months =
    rectificationMonths(failed.sentence) ??
    rectificationMonths(failed.noticeText) ??
    DEFAULT_MONTHS;
  return {
    key: `rec:${recordId}:re_acceptance`,
    recordId,
    noticeId: failed.noticeId,
    ruleId: null,
    kind: 're_acceptance',
    dueOn: addMonths(failed.occurredOn, months),
    endOn: null,
    initialStatus: 'pending',
  };
}
