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
/** The list introduced as the units that passed that check, right before its first unit. */
const PASSED_INTRO =
  /(?:将|把|对)?(?:顺利)?通过(?:了)?(?:评估|考核|结项|终期)?验收(?:的|合格的)[，,\s]*$/;
/** A decision on them closing the sentence after the list. */
const DECIDED = /^[^。；;]{0,40}?(?:确定为|命名为|认定为|评定为|列为|授予)/;
/** Still proposed or only planned: nothing decided. */
const NOT_DECIDED = /拟|公示|征求意见|如(?!下|期)|若|待|将于|将在/;

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
  if (!check || !PASSED_INTRO.test(sentence) || !DECIDED.test(after)) return null;
  if (NOT_DECIDED.test(sentence.slice(check.index ?? 0)) || NOT_DECIDED.test(after)) return null;
  return { outcome: { status: '已验收' }, programme: programmeIn(check[1], province) };
}

/** The pass and the decision on those passing, in one sentence after the check. */
const PASSED_DECIDED =
  /通过(?:了)?(?:评估|考核|结项|终期)?验收(?:的|合格的)[^。；;]{0,80}?(?:确定为|命名为|认定为|评定为|列为|授予)/;

/**
 * Whether a sentence tells an acceptance held and decided ("对…开展评估验收，将通过评估验收的…
 * 确定为…"): a past act reported, no acceptance the units still owe.
 */
export function tellsHeldCheck(sentence: string): boolean {
  const check = CHECK_HELD.exec(sentence);
  if (!check) return false;
  const rest = sentence.slice(check.index ?? 0);
  return PASSED_DECIDED.test(rest) && !NOT_DECIDED.test(rest);
}
