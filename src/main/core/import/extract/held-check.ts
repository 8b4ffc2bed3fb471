/**
 * An acceptance this notice tells was held, and the units that passed it: "省民政厅对“某某”试点
 * 地区开展评估验收，将通过评估验收的南京市浦口区等15个试点地区，确定为省级“某某”先行区". The
 * sentence names the check and its object before the list, the list is introduced as those that
 * passed (通过…验收的), and a decision on them closes the sentence (确定为, 命名为, 认定为…): each
 * unit passed (已验收), and it passed in the programme the check was held on, whatever title the
 * decision then gives (the forerunner title is what passing brings, not another list they joined).
 *
 * A past pass told as a description ("已通过结项验收的徐汇区…以新的实验主题开展实验") names no
 * check held here and no decision; a proposal (拟…, 公示) decides nothing yet.
 */
import type { Outcome } from './outcomes';
import { programmeIn, type Programme } from './programme';

/** The check held on a named object, in the list's sentence: 对…开展评估验收. */
const CHECK_HELD =
  /对([^。；;]{2,40}?)(?:开展|组织|进行)了?(?:[^。；;，,]{0,6}?)(?:评估验收|考核验收|结项验收|终期验收|终期评估|验收)/;
/**
 * The units that passed that check (通过评估验收的…); not those that did not pass it
 * (未通过验收的…), named in the same sentence for what befalls them.
 */
const PASSED = '(?<!未|不|没|未能|没能|不能)通过(?:了)?(?:评估|考核|结项|终期)?验收(?:的|合格的)';
/** The decision on those passing: the title they are given. */
const DECIDING = '(?:确定为|命名为|认定为|评定为|列为|授予)';
/** The list introduced as the units that passed, right before its first unit. */
const PASSED_INTRO = new RegExp(`(?:将|把|对)?(?:顺利)?${PASSED}[，,\\s]*$`);
/** A decision on them closing the sentence after the list. */
const DECIDED = new RegExp(`^[^。；;]{0,40}?${DECIDING}`);
/** Put out for comment: nothing decided yet, wherever the sentence says so. */
const PROPOSED = /拟|公示|征求意见/;
/**
 * Only planned or conditional, up to the decision ("将于…验收", "如…"): nothing decided. What
 * the sentence adds after the decision (a later check of the new title, "期满后将于…验收") does
 * not undo it.
 */
const NOT_DECIDED = /如(?!下|期)|若|待|将于|将在/;
/**
 * The check itself still to come, told before it ("省民政厅将对…开展评估验收", "试点期满后，
 * 对…开展评估验收", a scheme's plan): nothing was held yet. A check told with 了 was held.
 */
const PLANNED = /将|拟|计划|适时|届时|期满|届满|到期|结束后|完成后/;

/** Whether the sentence plans the check it names rather than telling it held. */
function planned(sentence: string, check: RegExpExecArray): boolean {
  if (/了/.test(check[0])) return false;
  return PLANNED.test(sentence.slice(0, check.index).replace(/《[^》]*》/g, ''));
}

export interface HeldCheck {
  outcome: Outcome;
  /** The programme the check was held on, when its object names one. */
  programme: Programme | null;
}

/**
 * The pass a list's sentence states for its units, with the programme checked, or null.
 * `before` is the key up to the list's start, `after` the key from its end to the sentence's end.
 */
export function heldCheck(
  before: string,
  after: string,
  province: string | null,
): HeldCheck | null {
  const from = Math.max(
    before.lastIndexOf('。'),
    before.lastIndexOf('；'),
    before.lastIndexOf(';'),
  );
  const sentence = before.slice(from + 1);
  const check = CHECK_HELD.exec(sentence);
  const decided = DECIDED.exec(after);
  if (!check || !PASSED_INTRO.test(sentence) || !decided || planned(sentence, check)) return null;
  const told = sentence.slice(check.index ?? 0);
  if (PROPOSED.test(told) || PROPOSED.test(after)) return null;
  if (NOT_DECIDED.test(told) || NOT_DECIDED.test(decided[0])) return null;
  return { outcome: { status: '已验收' }, programme: programmeIn(check[1], province) };
}

/**
 * The words after the units a decision names, to their sentence's end: after the run of units
 * the list opens with, up to the first that states an outcome of its own (the sentence goes on
 * "…确定为省级先行区，C列为限期整改地区，D暂缓通过": C and D failed, the decision is on those
 * before them). A list read on past its sentence's end (a signature line's province) is cut there.
 */
export function afterPassingUnits(
  key: string,
  items: readonly { end: number; outcome?: Outcome | null }[],
  listEnd: number,
): string {
  const own = items.findIndex((it) => !!it.outcome);
  const last = (own < 0 ? items : items.slice(0, own)).at(-1);
  const from = last?.end ?? listEnd;
  const close = key.indexOf('。', from);
  return key.slice(from, close < 0 ? from + 120 : Math.min(close, from + 120));
}

/** The pass and the decision on those passing, to the end of the decision's clause. */
const PASSED_DECIDED = new RegExp(`${PASSED}[^。；;]{0,80}?${DECIDING}[^，,。；;]*`);

/**
 * A sentence without the acceptance it tells held and decided ("对…开展评估验收，将通过评估验收
 * 的…确定为…"): that is a past act reported, no acceptance the units still owe; what the
 * sentence says beyond it (a later check of the new title) is left to be read.
 */
export function withoutHeldCheck(sentence: string): string {
  const check = CHECK_HELD.exec(sentence);
  if (!check || planned(sentence, check)) return sentence;
  const at = check.index ?? 0;
  const told = PASSED_DECIDED.exec(sentence.slice(at));
  if (!told || PROPOSED.test(sentence.slice(at))) return sentence;
  const end = at + (told.index ?? 0) + told[0].length;
  if (NOT_DECIDED.test(sentence.slice(at, end))) return sentence;
  return sentence.slice(0, at) + sentence.slice(end);
}
