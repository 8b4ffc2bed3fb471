/**
 * The words around an enumeration in running text that say what it is: a list's announcement
 * before it, a tally of where entries lie or a study's sample after it, a visit's stops. Kept
 * apart from the sentence-list reader that weighs them.
 */
import type { KeyedText } from './text-key';
import type { Building } from './sentence-building';

export const SENTENCE_END = /[。；;！!？?]/;
/** Words before an enumeration that announce a list ("名单如下：", "…的乡镇是："). */
export const INTRO =
  /(同意|确认|命名|认定|确定|授予|公布|批复|撤销|取消|名单|如下|包括|分别是|分别为|是|为|将|拥有|共有)\s*$/;
/**
 * Words after an enumeration that make it where the entries are ("…均有…上榜", "…各有2个村"),
 * also past its last names joined by 和/及/与 that the enumeration did not take ("、宁德和泉州各有").
 * Being among the list just named ("…A、B都在其中") is membership, not where entries lie.
 */
export const DISTRIBUTION =
  /^(?:\s*(?:[、，,和及与]|以及)\s*[\u4e00-\u9fff]{1,8}?)*\s*(?:[均都皆](?:有|已|在(?!其中))|各有|各\s*(?:[0-9]+|[一二两三四五六七八九十]+)\s*[个名家])/;
/** Words before an enumeration that make it a visit's stops or a passing mention. */
export const PASSING = /(调研|考察|走访|视察|陪同|参观|来到|深入到|先后到)/;
/**
 * Words after an enumeration that make it the sample of a study ("以A、B的部分社区为调研对象"):
 * the places a report looked at, not entries of a list.
 */
export const STUDIED =
  /^[^。；;]{0,16}?(?:为|作为)(?:调研|研究|调查|考察|观察|分析|访谈)(?:对象|样本|个案)/;

/**
 * Words after an enumeration that count the group and make it the applicants ("北京等19个省（区、
 * 市）卫生厅局49个县（市、区）申报…", "A、B等5个市参加评选"): who put themselves forward, told
 * before the decision that names its own entries. Not what they applied for (申报的项目), which a
 * verdict may follow.
 */
export const APPLICANTS =
  /^\s*(?:等|共)\s*[0-9一二两三四五六七八九十百]+\s*个[^。；;，,]{0,24}?(?:申报|报名|参评|参加(?:评选|评审|评比|考评|创建))(?![^。；;，,]*的)/;

/**
 * An intro whose own verb picks the run (拟推荐A、B等8个社区申报…): the places the notice puts forward
 * to apply are its entries, not applicants it counts.
 */
export const PICKED_LEAD = /(?:推荐|确定|认定|同意|遴选|选定|评定)[^。；;，,]{0,6}$/;

/**
 * Words after an enumeration opened by 在 that make it the ground an act stood on ("在A、B等5个
 * 试点单位申报的基础上，…认定…"): the applicants or pilots a decision built on, not its entries.
 */
export const GROUNDS = /^[^。；;，,]{0,24}?基础上/;
export const GROUNDS_LEAD = /在[^。；;，,]*$/;

/** A visit's enumeration whose group and sentence closed before `at`. */
export function closedVisit(b: Building, doc: KeyedText, at: number): boolean {
  const last = b.items[b.items.length - 1];
  return (
    !b.labelled &&
    !b.assessed &&
    b.open.items.length === 0 &&
    !!last &&
    PASSING.test(b.intro) &&
    SENTENCE_END.test(doc.key.slice(last.end, at))
  );
}
