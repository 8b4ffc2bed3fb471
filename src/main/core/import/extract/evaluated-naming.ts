/**
 * Units an evaluation of their building ends in their title ("对第六批建设的…示范区进行评估。经材料
 * 审核和现场评估，确定北京市大兴区等93个县（市、区）为国家慢性病综合防控示范区", "经过…现场考评和
 * 综合评审等程序，认定…，决定授予“…示范区”称号"): the evaluation is the close of the building, as an
 * acceptance is of an experiment, so the units named by it have passed (已验收) — the
 * domain's 评估结果 is an acceptance event.
 *
 * None of these states an outcome: a mid-term or stage evaluation (how the work goes halfway), a
 * creation or building list (确定…为…创建单位: they start building), a selection among applicants
 * reviewed (经专家评审，确定…: 评审 chooses, it closes nothing), a title promised to whoever passes
 * (评估合格的，授予…), a plan (拟确定), a person's honour, and an evaluation retold from before
 * (此前经评估被确定为…: the earlier round's outcome, not this notice's), nor a review of a
 * period that tells the building only as that period's work ("“十二五”期间，全省…积极开展了创建…
 * 工作。经…检查验收，授予…为…示范市": a summary of years, no evaluation round of its own).
 */
import type { Outcome } from './outcomes';

/** An evaluation the decision follows (经…现场评估, 经过…考评…等程序, 根据评估结果). */
const EVALUATED =
  /经过?[^。；;!！\n]{0,60}?(?:评估|考评|验收)|根据[^。；;!！\n]{0,30}?(?:评估|考评|验收)结果/;
/** A mid-term or stage check: how the work goes, no close (midterm-grades.ts). */
const MIDTERM = /中期|期中|阶段性?(?:评估|考评|考核|检查)/;
/** The decision naming the units: 确定…为, 认定…为, 命名…为, 授予…称号. */
const DECISION = /(?:确定|认定|命名|授予)(?!工作|办法|标准|条件|程序|后)/;
/** The title the decision confers: a demonstration unit's, or a title (称号). */
const CONFERRED = /为[^。；;!！\n]{0,40}?示范(?:区|县|市|园|基地|单位|社区|村|乡镇|镇|点)|称号/;
/** Named to build, create or try out still: a creation list or a pilot, no close. */
const STILL_BUILDING = /(?:创建|建设|培育)(?:单位|名单|对象|资格|试点)|试点/;
/** The notice tells the units built or created toward the title before this evaluation. */
const BUILT =
  /(?:创建|建设)(?:工作|成效|过程|期|周期|任务|评估)|(?:建设|创建)的[^。；;!！\n]{0,30}?示范/;
/** A past period reviewed (“十二五”期间, 近年来): its work and outcomes are that period's story. */
const PERIOD_REVIEWED =
  /^[^，,]{0,12}?(?:[“"]?十[一二三四五六七八九]?五[”"]?(?:期间|时期|以来)|近(?:几|些)?年来?|多年来|这些年)/;

/**
 * Whether the notice tells the units' building other than in a paragraph reviewing a period (a
 * round evaluated, a batch built): a summary of years retells its namings, it holds no evaluation.
 */
function tellsBuilding(notice: string): boolean {
  return notice
    .split('\n')
    .some((paragraph) => BUILT.test(paragraph) && !PERIOD_REVIEWED.test(paragraph.trim()));
}

/** Not decided yet, or promised to whoever passes (对评估合格的，授予…). */
const NOT_DECIDED =
  /拟|(?:合格|达标|通过)(?:的|后|者)|(?:如|若|凡|待)[^。；;!！\n]{0,20}?(?:评估|考评|验收)/;
/** An outcome of an earlier round retold (此前经评估, 去年被确定为). */
const RETOLD = /曾|此前|早在|先前|去年|前年|已于|之前|先后|历年/;
/** A person honoured, not a unit. */
const PERSON = /同志|先生|女士|个人/;

/**
 * The outcome an evaluation's decision before or around a list (`around`, the list starting at
 * `listAt`) gives its units in a notice (`notice`) that tells of their building: 已验收, or null.
 * The decision is the last sentence before the list's end that names the units' title.
 */
export function evaluatedNamingOutcome(
  around: string,
  notice: string,
  listAt: number,
): Outcome | null {
  if (!tellsBuilding(notice)) return null;
  // The sentences up to the one the list opens in (its lead: 认定北京市朝阳区等39个…为…).
  const listEnd = around.slice(listAt).search(/[。；;!！\n]/);
  const upTo = listEnd < 0 ? around : around.slice(0, listAt + listEnd);
  const sentences = upTo.split(/[。；;!！\n]/);
  for (let i = sentences.length - 1; i >= 0; i--) {
    const sentence = sentences[i]!;
    const decision = DECISION.exec(sentence);
    if (!decision) continue;
    const lead = sentence.slice(0, decision.index);
    const named = sentence.slice(decision.index);
    if (!CONFERRED.test(named)) continue;
    const evaluated = EVALUATED.exec(lead);
    if (!evaluated) return null;
    if (MIDTERM.test(lead) || STILL_BUILDING.test(named) || PERSON.test(named)) return null;
    if (NOT_DECIDED.test(sentence) || RETOLD.test(sentence)) return null;
    return { status: '已验收' };
  }
  return null;
}
