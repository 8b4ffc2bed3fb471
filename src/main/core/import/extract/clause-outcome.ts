/**
 * The outcome a unit's own clause states ("某镇“社区暖心事”成为国家第三批…试点评估合格项目"):
 * what befell the unit named right before it. A condition or a plan states none yet ("验收合格后
 * 授牌", "将于…进行验收", "拟…"), nor does news that an evaluation began ("启动…评估").
 */
import { outcomeIn, type Outcome } from './outcomes';
import { toKey } from './text-key';

/**
 * A pass or grade only as a condition, a plan, an aim or a round just begun ("力争年底前通过验收",
 * "计划…通过验收", "有望通过验收": what is hoped for is not what befell it; 如期 is on time).
 */
const NOT_YET =
  /(?:合格|通过|验收|评估|达标)后|将(?:于|在|对|组织|开展|进行)|拟|待[^。；;，,]{0,6}?(?:验收|评估)|(?:启动|开始|正在|即将)[^。；;，,]{0,8}?(?:验收|评估|考核)|(?:计划|力争|争取|确保|有望|预计|准备|如(?!期)|若|需|须)[^。；;，,]{0,10}?(?:通过|验收|评估|合格|达标)/;

/** The words only hope for, plan or begin what they name: no outcome yet. */
export function notYet(clause: string): boolean {
  return NOT_YET.test(toKey(clause));
}

/** The outcome the words after a unit state, to their sentence's end; null for none. */
export function clauseOutcome(clause: string): Outcome | null {
  const key = toKey(clause);
  if (NOT_YET.test(key)) return null;
  return outcomeIn(key);
}
