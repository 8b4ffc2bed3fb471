/**
 * A duty owed only if something changes ("任务书内容如有变更，牵头单位须于2018年4月18日前报…备案",
 * "实施方案确需调整的，须于…前报批"): most who read it owe nothing, so its date is no deadline to
 * track. The clause from the condition to the sentence's end is blanked; a date before it stays
 * ("须于4月20日前提交，如有变更请及时报告"). A condition of objecting (如有异议) is a window of its
 * own (objection-window.ts), and one of wishing (如有意向…报名) is the call's deadline: only a
 * change conditions a duty away.
 */
const CHANGE = '(?:变更|变化|调整|变动|更改)';
const ON_CHANGE = new RegExp(
  `(?:(?:如(?![期实下此])|若(?!干)|如果|倘若|假如)[^。；;，,]{0,12}?${CHANGE}|(?:发生|确需|需要?)${CHANGE}的)[^。；;]*`,
  'g',
);

/** The sentence with every duty owed only on a change blanked (offsets kept). */
export function withoutChangeDuty(key: string): string {
  return key.replace(ON_CHANGE, (m) => '□'.repeat(m.length));
}
