/**
 * A dated one-off duty a notice sets (于2021年9月30日前完成…, 请于2020年12月15日前报送自评报告,
 * 务必于11月8日前报…) as milestones. Whose duty it is follows the sentence: when its subject is
 * the units the notice names (各试点镇…于…前完成, 各项目…前报送, 督促各地…前完成) and the notice
 * names some, each of those records owes it; otherwise the notice itself does (recordId null,
 * as a call's application deadline: 申报材料请于…前报送).
 *
 * Not every dated sentence is such a duty:
 * - a deadline to reply or object (…前反馈意见) is the public's, planned as the objection
 *   window it closes;
 * - a date before the notice's own date, or one said to be met already (已于…前完成), is one
 *   it retells, not one it sets;
 * - a news item sets no duty of its own: what it reports governs only the records it names
 *   and speaks of (as its cycle rules do, rule-set.ts), never a notice-level deadline; and
 *   what it retells from a document (根据《试点方案》，各试点要在2014年底前开始试点) is that
 *   document's term, not one the item reports being set (督促各地在今年10月前完成…); nor is
 *   a duty an official notice naming the same record already set it, on that day or with the
 *   same thing due (a mention of that duty: the notice's day governs).
 *
 * Kept or dropped once past, as the other notice-level deadlines are: a one-off date the
 * notice states outright is planned whatever its programme's state (unlike a yearly round,
 * which programme-end.ts stops because it would otherwise recur for ever); once past it is
 * overdue, and history (history.ts) when it fell a year before the ledger learned of it.
 * A record's own one-off duty closes with its acceptance or revocation (close-by-events.ts),
 * as its cycle duties do.
 */
import type { RuleRow, ScheduleSubject } from '../../../shared/schedule';
import { isIsoDate } from './dates';
import type { DesiredMilestone } from './desired';

/** The milestone kind and the part of the key that mark a one-off duty. */
export const ONE_OFF_KIND = 'other' as const;
export const ONE_OFF_KEY = ':one_off:';

/**
 * The units the notice names as the sentence's subject: 各试点(镇), 各实验区, 各项目(执行方),
 * 各社工站, 各乡镇/街道, 各地 — but not 各地民政部门 (the organs that pass a notice on, not
 * the units it lists) nor a 各 further on that is the duty's object (向各项目反馈).
 */
const UNITS_SUBJECT =
  /(?:^|[，,。；;：:、\s]|督促|要求|请|由)各(?:[^，,。；;：:、\s]{0,8}?(?:试点|实验区|实验单位|观察点|示范(?:点|单位|区)|创建单位|项目|社工站|站点|乡镇|镇|街道|社区|村)|地(?![^，,。；;]{0,4}民政))/;

/** Whether the sentence's subject is the units the notice names. */
export const unitsOwe = (text: string): boolean => UNITS_SUBJECT.test(text);

/** A term the sentence quotes from a document: 根据《…》, 《…》要求, 方案明确…. */
const FROM_DOCUMENT =
  /(?:根据|按照|依据|依照)《|《[^》]{1,40}》(?:明确|提出|要求|规定)|(?:方案|通知|意见|办法|规划)(?:明确|提出|要求|规定)/;

/** A news item's sentence that retells a document's term (see above). */
const retoldByNews = (r: RuleRow): boolean => r.noticeRole === 'news' && FROM_DOCUMENT.test(r.text);

/** The words right after the due date ("…10月前完成社工站阵地建设，…" → 完成社工站阵地建设). */
const AFTER_DUE = /(?:月|日|底|末|[0-9]|点|时|整)(?:之|以)?前([^，,。；;！!？?\n]*)/;

/**
 * A review so many years after building starts ("建设3年后，…将组织专家进行评估"): it names no
 * date, only the years and the review (relative-deadlines.ts counts the date).
 */
const REVIEW_AFTER =
  /(建设\s*(?:[0-9]+|[一二三四五六七八九十两]+)\s*(?:个)?(?:周年|年)(?:后|以后|之后))[^。；;]*?(考核|验收|评估|评定|复核|复查|测评)/;

/** A one-off duty's title, from its own words: what is due by the date. */
export function oneOffLabel(text: string | null | undefined): string {
  const what = (AFTER_DUE.exec(text ?? '')?.[1] ?? '').trim();
  const review = what === '' ? REVIEW_AFTER.exec(text ?? '') : null;
  if (review) return `${review[1]?.replace(/\s+/g, '')}${review[2]}`;
  if (what === '') return '限期完成事项';
  const sent = what.replace(HOW_SENT, '');
  // A clause that takes a paper (将自查报告报…) names it; one that takes anything else
  // (将问题整改到位) is itself what is due, whatever paper a later clause sends.
  const taken = TAKEN_FIRST.exec(sent)?.[1];
  const due = taken ? withoutMaker(taken) : TO_WHERE.test(sent) ? paperDue(text ?? '') : null;
  const label = due ? `报送${due}` : what;
  return `限期${label.length > 24 ? `${label.slice(0, 23)}…` : label}`;
}

/** How the paper goes, before the verb (（以邮戳为准）, 书面, 一并): not what is due. */
const HOW_SENT = /^(?:[（(][^）)]{0,30}[）)])?(?:书面|一并|统一|及时)?/;

/**
 * Words after the date that only say where a paper goes (发送至邮箱…, 报区民政局, 报送省民政厅,
 * 寄送至…中心, 报民政部…司): staff scanning 期限 need what is due, which such a sentence names
 * elsewhere.
 */
const TO_WHERE =
  /^(?:发送|报送|上报|提交|寄送|送交|报|送|交|寄)(?:至|到|给)?(?:(?:电子)?邮箱|[^，,。；;]{0,12}(?:局|厅|处|科|办|室|中心|部门|委员会|小组|协会|司|部(?!分)))/;

// Paper words run on (总结材料, 情况报告): the paper ends at the last, not inside the name.
const PAPER = '(?:材料|报告|方案|总结|计划|名单|清单|表|书|情况)+';
/**
 * 将/把 and the paper, before the date (将自评报告(汇总后)于…前报) or after it (前将相关材料送交…).
 */
const TAKEN = new RegExp(
  `(?:将|把)([^，,。；;：:\\s将把于在]{2,20}?${PAPER})(?=[^，,。；;]{0,6}?(?:[，,]?(?:于|在|请|须)|书面|一并|报|送|交|寄|发|提交))`,
);
/** 将/把 and the paper at a clause's start (将自查报告报市民政局). */
const TAKEN_FIRST = new RegExp(`^${TAKEN.source}`);
/** The paper a clause names before its date: 申报材料请于…, 形成…总结材料，于…. */
const BEFORE = new RegExp(
  `([^，,。；;：:\\s请将把并]{2,18}?${PAPER})[，,]?(?:请|须|需|应|务必)?(?:于|在)`,
);

/** The paper such a sentence names: a 《document》, else the paper it sends (see above). */
function paperDue(text: string): string | null {
  const quoted = /《[^》]{2,30}》/.exec(text);
  if (quoted) return quoted[0];
  const paper = TAKEN.exec(text)?.[1] ?? BEFORE.exec(text)?.[1];
  return paper ? withoutMaker(paper) : null;
}

/** Without who makes it and how (各试点形成…): the paper is what the clerk looks for. */
const withoutMaker = (paper: string): string =>
  paper.replace(/^.*(?:形成|撰写|填写|填报|编制)的?(?=.{2})/, '');

/**
 * A document's title or the views that guide the work (落实《…指导意见》情况, 根据专家评审意见…):
 * the notice's reader is asked for no views there.
 */
const NAMED_VIEWS = /《[^》]*》|(?:根据|按照|依据|结合)[^，,。；;]{0,12}?意见/g;

/**
 * A deadline to give views (如有意见，请于…前反馈): the public's reply, no one's duty. The rule
 * is flagged a reply wherever its sentence writes 意见 or 反馈, so the sentence is read again
 * without the 意见 that only names a document or the work's basis (请各试点根据评审意见，
 * 于…前完成整改 is a duty).
 */
const asksReply = (r: RuleRow): boolean =>
  r.params.reply === true && /反馈|意见/.test(r.text.replace(NAMED_VIEWS, ''));

/** A date the sentence says was already met (各地已于…前完成申报): retold, not set. */
const ALREADY_MET = /已(?:于|在)[^，,。；;]{0,16}?(?:之|以)?前/;

interface OneOff {
  rule: RuleRow;
  due: string;
  /** The duty's identity in a key: its notice and sentence, and its place among the dates there. */
  part: string;
}

/** A rule's sentence: its notice and where the sentence starts. */
const sentenceOf = (r: RuleRow | undefined): string => `${r?.noticeId}:${r?.spanStart}`;

const sentencesOf = (rules: readonly RuleRow[], kind: string): Set<string> =>
  new Set(rules.filter((r) => r.kind === kind && r.spanStart !== null).map(sentenceOf));

/**
 * A final report's one date (务必于…前提交所有总结报告) is the deadline of its sentence as well,
 * though the sentence states it as the report's rule only (no second rule beside it): it is
 * planned as a one-off where no record's cycle plans that report (see the planners below).
 */
const reportDate = (r: RuleRow, deadlines: ReadonlySet<string>): boolean =>
  r.kind === 'final_report' && isIsoDate(r.params.date) && !deadlines.has(sentenceOf(r));

/**
 * The one-off duties each notice sets, by notice: a dated deadline rule (see above), not the
 * reply that closes an objection window stated in the same sentence. One sentence may set
 * several dates (截止日期分别为4月17日和8月31日): the second and later are numbered.
 */
function oneOffRules(rules: readonly RuleRow[]): Map<number, OneOff[]> {
  const windows = sentencesOf(rules, 'objection_window');
  const deadlines = sentencesOf(rules, 'deadline');
  const out = new Map<number, OneOff[]>();
  const seen = new Map<string, number>();
  for (const r of [...rules].sort((a, b) => a.id - b.id)) {
    const dated = r.kind === 'deadline' || reportDate(r, deadlines);
    if (!dated || r.noticeId === null || asksReply(r)) continue;
    if (windows.has(`${r.noticeId}:${r.spanStart}`)) continue;
    const due = r.params.date;
    // Retold: before the notice's own date, or, when it has none, said to be met already.
    if (!isIsoDate(due) || (r.noticeIssuedOn && due < r.noticeIssuedOn)) continue;
    if (ALREADY_MET.test(r.text)) continue;
    const sentence = `${r.noticeId}:${r.spanStart ?? `r${r.id}`}`;
    const n = (seen.get(sentence) ?? 0) + 1;
    seen.set(sentence, n);
    const part = `${ONE_OFF_KEY}${sentence}${n === 1 ? '' : `#${n}`}`;
    out.set(r.noticeId, [...(out.get(r.noticeId) ?? []), { rule: r, due, part }]);
  }
  return out;
}

interface SortedOneOffs {
  byNotice: Map<number, OneOff[]>;
  byId: Map<number, RuleRow>;
}

/**
 * By frozen rule list (the rules kept between regenerations, db/queries/kept-rules.ts):
 * every imported notice plans its records over the same rules until one changes, and
 * sorting and reading every rule's sentence again for each notice grew with the ledger.
 */
const sortedByRules = new WeakMap<readonly RuleRow[], SortedOneOffs>();

function sortedOneOffs(rules: readonly RuleRow[]): SortedOneOffs {
  const known = sortedByRules.get(rules);
  if (known) return known;
  const sorted = { byNotice: oneOffRules(rules), byId: new Map(rules.map((r) => [r.id, r])) };
  // a list that may still change is worked out each time
  if (Object.isFrozen(rules)) sortedByRules.set(rules, sorted);
  return sorted;
}

const milestone = (o: OneOff, recordId: number | null): DesiredMilestone => ({
  key: `${recordId === null ? 'notice' : `rec:${recordId}`}${o.part}`,
  recordId,
  noticeId: o.rule.noticeId,
  ruleId: o.rule.id,
  kind: ONE_OFF_KIND,
  dueOn: o.due,
  endOn: null,
  initialStatus: 'pending',
});

/**
 * A planner of records' one-off duties over these rules: a record owes those the notices
 * naming it set for their units. The rules are sorted by notice once, not per record.
 * `planned`: the record's cycle duties; a dated sentence that also states one of them
 * (请各实验区于…前报送中期评估报告) is that duty, planned by the cycle, not a second deadline.
 */
export function recordOneOffs(
  rules: readonly RuleRow[],
): (s: ScheduleSubject, planned: readonly DesiredMilestone[]) => DesiredMilestone[] {
  const { byNotice, byId } = sortedOneOffs(rules);
  return (s, planned) => {
    const notices = [...new Set(s.mentions.map((m) => m.noticeId))];
    if (!notices.some((n) => byNotice.has(n))) return [];
    const duties = new Set(
      planned.map((d) => (d.ruleId === null ? '' : sentenceOf(byId.get(d.ruleId)))),
    );
    // A final report rule's date is the record's final report wherever its cycle plans one.
    const reporting = planned.some((d) => d.kind === 'final_report');
    const owed = notices.flatMap((n) =>
      (byNotice.get(n) ?? []).filter(
        ({ rule }) =>
          unitsOwe(rule.text) &&
          !retoldByNews(rule) &&
          !duties.has(sentenceOf(rule)) &&
          !(reporting && rule.kind === 'final_report'),
      ),
    );
    // A story naming a duty an official notice already set the record (the same day, or the
    // same thing due on another day) is a mention of that duty, not a second one with the story
    // as its basis: the notice's day governs, whichever came first.
    const official = owed.filter((o) => o.rule.noticeRole !== 'news');
    const days = new Set(official.map((o) => o.due));
    const named = new Set(official.map((o) => oneOffLabel(o.rule.text)));
    named.delete(oneOffLabel(null));
    const mentioned = (o: OneOff) => days.has(o.due) || named.has(oneOffLabel(o.rule.text));
    return owed
      .filter((o) => o.rule.noticeRole !== 'news' || !mentioned(o))
      .map((o) => milestone(o, s.id));
  };
}

/**
 * A notice's own one-off duties: those whose sentence does not put them on units it names
 * (`namesRecords`: the notices that name live records). None for a news item. A final report's
 * date is the notice's own only where no record it names plans a final report (`reporting`:
 * the notices naming a record whose cycle does): zones named with no period (a centre's
 * request for its demonstration areas' summary reports by a date) still see the date due.
 */
export function noticeOneOffs(
  rules: readonly RuleRow[],
  namesRecords: ReadonlySet<number>,
  reporting: ReadonlySet<number> = new Set(),
): DesiredMilestone[] {
  const out: DesiredMilestone[] = [];
  for (const [noticeId, list] of oneOffRules(rules))
    for (const o of list) {
      if (o.rule.noticeRole === 'news') continue;
      if (namesRecords.has(noticeId) && unitsOwe(o.rule.text)) continue;
      if (reporting.has(noticeId) && o.rule.kind === 'final_report') continue;
      out.push(milestone(o, null));
    }
  return out;
}
