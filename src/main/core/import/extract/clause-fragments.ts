/**
 * A stretch of a sentence that merely ends in a programme's word is no programme: a clause
 * whose verb takes that word as its object ("结合实际加大试点示范工作力度", "检验试点项目服务
 * 成效") or whose subject, an organ, acts on it ("我市相关部门结合美丽乡村试点村建设工作").
 * A name states what units are; it never opens with a verb on work nor holds an organ acting.
 */

/**
 * Verbs that take a programme's work as their object: they open a clause, never a name. 检验检测
 * is a trade that names open with ("检验检测认证机构诚信示范单位"), not a verb on work.
 */
const WORK_VERB = '结合|加大|检验(?!检测)';
const VERB_OPENING = new RegExp(`^(?:${WORK_VERB})`);
/**
 * An organ or a modal before such a verb ("相关部门结合…", "各地要结合…"): someone acts, the
 * words after are the work.
 */
const ORGAN_ACTING = new RegExp(`(?:部门|单位|各地|要|应|须)(?:${WORK_VERB})`);

/** Whether a cleaned programme phrase is a clause's fragment rather than a name. */
export function isClauseFragment(phrase: string): boolean {
  return VERB_OPENING.test(phrase) || ORGAN_ACTING.test(phrase);
}
