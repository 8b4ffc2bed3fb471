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

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
const FROM_NOTICE =
  '(?:自|从)?\\s*(?:本?通知|本?文件|本?方案)?\\s*(?:印发|发布|公布|下发|下达)(?:之日)?\\s*(?:起|后)';
const AFTER_NOTICE = new RegExp(
  `${FROM_NOTICE}\\s*${N}\\s*(个月|年|日|天)\\s*(?:内|以内)([^。；;，,]{0,30})`,
);
/** What must be done within the time: a report, a plan, a start, a completion. */
const DUTY = /报|送|交|完成|制定|编制|建立|启动|开展|申请|申报|备案/;

/** The due date a sentence counts from the notice's day (`issuedOn`, YYYY-MM-DD), or null. */
export function afterNoticeDate(key: string, issuedOn: string | null | undefined): string | null {
  if (!issuedOn) return null;
  const m = AFTER_NOTICE.exec(key);
  const n = m ? parseNumber(m[1] ?? '') : null;
  if (!m || n === null || n < 1) return null;
  if (!/本/.test(m[0]) && /》/.test(key.slice(0, m.index))) return null;
  const rest = m[3] ?? '';
  if (/有效/.test(rest) || !DUTY.test(rest)) return null;
  const [y, mo, d] = issuedOn.split('-').map(Number);
  if (!y || !mo || !d) return null;
  const unit = m[2];
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
