/**
 * A zone that failed its acceptance review (未通过/不合格) is not finished: it keeps its
 * outstanding duties and owes a new review once it has rectified (整改后重新验收). The
 * rectification period is the one the notice states ("限期一年整改", "整改期为六个月");
 * where it states none, one year — the usual period in such notices — from the failed
 * review, so the duty shows up in the lists instead of being forgotten. A date the notice
 * sets for the rectification itself ("整改期为一年，请于2027年6月30日前完成整改并申请重新验收")
 * wins over a period counted from the review: it is what the units are held to, and the
 * period only approximates it from a date the notice may not even bear.
 */
import type { FailedReview } from '../../../shared/schedule';
import { parseNumber } from '../import/extract/chinese-numerals';
import { oneOffDates } from '../import/extract/rule-deadlines';
import { addMonths, parts } from './dates';
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

/** A sentence about the rectification or the review after it, not about another duty. */
const RECTIFICATION = /整改|重新[^。；;，,]{0,8}验收/;

/**
 * The last day the text sets for the rectification, in a sentence about it ("请于2027年6月30日前
 * 完成整改", "整改后于2027年6月底前申请重新验收"); a bare month-day takes the review's year. Only a
 * date after the failed review: one before it is the review's own history, not a deadline.
 */
export function rectificationDeadline(text: string, reviewedOn: string): string | null {
  const year = parts(reviewedOn).y;
  const dates = text
    .split(/[。！!\n]/)
    .filter((s) => RECTIFICATION.test(s))
    // The rectification is the duty: "2027年6月30日前整改到位" needs no 完成 or 报送.
    .flatMap((s) => oneOffDates(s, year, true).map((d) => d.date))
    .filter((d) => d > reviewedOn)
    .sort();
  return dates.at(-1) ?? null;
}

/** The re-acceptance duty a failed review leaves, or null when nothing dates it. */
export function reAcceptance(recordId: number, failed: FailedReview): DesiredMilestone | null {
  if (!failed.occurredOn) return null;
  const on = failed.occurredOn;
  const period = (text: string) => {
    const months = rectificationMonths(text);
    return months === null ? null : addMonths(on, months);
  };
  // Nearest first: what the item's own sentence says, then the notice; in each, a date the
  // text sets outranks a period counted from the review.
  const dueOn =
    rectificationDeadline(failed.sentence, on) ??
    period(failed.sentence) ??
    rectificationDeadline(failed.noticeText, on) ??
    period(failed.noticeText) ??
    addMonths(on, DEFAULT_MONTHS);
  return {
    key: `rec:${recordId}:re_acceptance`,
    recordId,
    noticeId: failed.noticeId,
    ruleId: null,
    kind: 're_acceptance',
    dueOn,
    endOn: null,
    initialStatus: 'pending',
  };
}
