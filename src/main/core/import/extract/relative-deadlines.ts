/**
 * A due date counted from the notice's own day ("自印发之日起一年内完成…", "通知印发后3个月内报送
 * 实施方案"): the notice's date plus the years, months or days the sentence gives. Without the
 * notice's date nothing is guessed. A validity counted the same way ("自命名之日起三年内有效") is
 * a term, no due date; a request that runs from the day with no end ("请各地自公布之日起，按照…")
 * sets none. Nor does a time counted from a document the sentence cites ("自《意见》印发之日起
 * 一年内", "…《意见》提出，自印发之日起3年内"): its day is that document's, unknown here; only
 * this notice named as such (本通知印发后) is counted where the sentence cites another.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import { isoDate } from './dates';
import { STILL_TO_COME, TOLD_AS_DONE } from './rule-terms';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
const FROM_NOTICE =
  '(?:自|从)?\\s*(?:本?通知|本?文件|本?方案)?\\s*(?:印发|发布|公布|下发|下达)(?:之日)?\\s*(?:起|后)';
const AFTER_NOTICE = new RegExp(
  `${FROM_NOTICE}\\s*${N}\\s*(个月|年|日|天)\\s*(?:内|以内)([^。；;，,]{0,30})`,
);
/** What must be done within the time: a report, a plan, a start, a completion. */
const DUTY = /报|送|交|完成|制定|编制|建立|启动|开展|申请|申报|备案/;

/**
 * A review after so many years of building ("基地建设3年后，省林业局将组织专家进行评估"): one review,
 * due that many years from the notice's day (the units it names start building then), no term
 * with yearly duties (rule-terms.ts). A building term named as one (建设期满3年后) is a term; a
 * review told as done (…已通过评估) sets nothing.
 */
const BUILT_THEN_REVIEW = new RegExp(
  `建设(?!期)\\s*${N}\\s*(?:个)?(?:周年|年)(?:后|以后|之后)([^。；;！!？?]*)`,
);

export function reviewAfterBuilding(
  key: string,
  issuedOn: string | null | undefined,
): string | null {
  const m = issuedOn ? BUILT_THEN_REVIEW.exec(key) : null;
  const n = m ? parseNumber(m[1] ?? '') : null;
  const after = m?.[2] ?? '';
  if (!issuedOn || n === null || n < 1 || n > 10) return null;
  if (!STILL_TO_COME.test(after) || TOLD_AS_DONE.test(after)) return null;
  return plus(issuedOn, n, '年');
}

/** The due date a sentence counts from the notice's day (`issuedOn`, YYYY-MM-DD), or null. */
export function afterNoticeDate(key: string, issuedOn: string | null | undefined): string | null {
  if (!issuedOn) return null;
  const m = AFTER_NOTICE.exec(key);
  const n = m ? parseNumber(m[1] ?? '') : null;
  if (!m || n === null || n < 1) return null;
  if (!/本/.test(m[0]) && /》/.test(key.slice(0, m.index))) return null;
  const rest = m[3] ?? '';
  if (/有效/.test(rest) || !DUTY.test(rest)) return null;
  return plus(issuedOn, n, m[2] ?? '');
}

/** `issuedOn` and n years, months or days; a month's missing day is its last. */
function plus(issuedOn: string, n: number, unit: string): string | null {
  const [y, mo, d] = issuedOn.split('-').map(Number);
  if (!y || !mo || !d) return null;
  const at =
    unit === '年'
      ? new Date(Date.UTC(y + n, mo - 1, d))
      : unit === '个月'
        ? new Date(Date.UTC(y, mo - 1 + n, d))
        : new Date(Date.UTC(y, mo - 1, d + n));
  // A month with fewer days carries over ("1月31日起1个月" is 3月3日): its last day instead.
  if (unit !== '日' && unit !== '天' && at.getUTCDate() !== d) at.setUTCDate(0);
  return isoDate(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}
