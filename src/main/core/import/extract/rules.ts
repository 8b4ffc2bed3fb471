/**
 * Rules a notice states about cycles and deadlines, one sentence at a time: cycle
 * length (实验时间为期两年, 实验周期一般不超过3年), explicit ranges (从2015年7月至2018年6月),
 * annual deadlines (每年的9月底前), objection windows (公示期为…至…), and the duties
 * that become milestones (annual plan/summary, final report, acceptance, extension).
 */
import { tellsCheckHeld } from './told-check';
import { CHINESE_NUMERAL_CHARS, parseNumber, parseYear } from './chinese-numerals';
import type { KeyedText } from './text-key';
import { programmeIn } from './programme';
import { OBJECTION, statesWindow, windowIn, withoutObjection } from './objection-window';
import { oneOffDates, yearlessDates, yearlyDate } from './rule-deadlines';
import { withoutWindow } from './closing-dates';
import { withoutChangeDuty } from './change-duty';
import { reportsPast, withoutOutcomes } from './reported-acts';
import { afterNoticeDate, reviewAfterBuilding } from './relative-deadlines';
import { termByReview } from './rule-terms';
import { changedTermYears, lengthensTerm } from './lengthened-term';
import { extensionOf, movedDates, newDeadlines } from './moved-dates';
import type { NoticeRule, RuleKind, RuleScope } from './types';
import { withoutHeldCheck } from './held-check';

function lastDayOf(month: number): number {
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
}

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
const YEAR = `((?:19|20)[0-9]{2}|[${CHINESE_NUMERAL_CHARS}]{4})`;
// A page may set the number apart with spaces ("实验周期一般不超过 2 年"). A title held for a
// term ("有效期为三年，期满后须重新申报命名") runs a cycle too: it ends, and is applied for again.
// A grade or title held N years must be earned again ("获得评估等级满5年的社会组织…须重新参加评估"):
// its term, as a 有效期 is; one that only allows a new application after N years ("满2年的…均可
// 申请参加评估") sets none, and so does a certificate held N years ("获得社工证书满3年的…须重新参加
// 培训"): only a grade or a title held runs out.
const CYCLE = new RegExp(
  `(?:实验|试点|创建|建设)?(?:时间|周期|期限|期)?[^。；，]{0,6}?为期\\s*${N}\\s*年|(?:实验|试点|创建|建设)(?:工作)?(?:周期|期限|时间|期(?=为|是|一般|原则上|不))[^。；]{0,8}?(不超过|不少于|原则上|一般)?[^。；0-9${CHINESE_NUMERAL_CHARS}]{0,4}${N}\\s*年|有效期限?(?:为|是)?\\s*${N}\\s*年|(?:获得|取得|授予)[^。；，]{0,10}?(?:等级|称号|命名|星级)[^。；，]{0,4}?满\\s*${N}\\s*年[^。；]{0,24}?须重新(?:参加|申报|申请|认定|评估|命名)`,
  'g',
);
// "自2021年9月起至2024年9月止", "从2021年4月7日开始至…": the start may be marked before the dash.
const RANGE = new RegExp(
  `${YEAR}年${N}月(?:${N}日)?\\s*(?:起|开始)?\\s*(?:至|到|—|-|~|－)\\s*${YEAR}年${N}月(?:${N}日)?`,
);
/**
 * A term that starts on the notice's own day and ends in a named month ("创建期限为即日起至2022年
 * 12月底", "自公布之日起至2025年6月"): the range runs from the notice's month.
 */
/**
 * A term from the notice's day, named as a term ("创建期限为即日起至…", "实验期限自公布之日起至…")
 * or running from a confirmation ("自命名之日起至…"); a window to apply or a date to finish by
 * ("申报时间为即日起至…", "于即日起至6月底前完成…") is none.
 */
const FROM_NOTICE_DAY = new RegExp(
  `(?:(?:期限|周期|实验期|试点期|创建期|建设期|观察期|培育期|有效期)\\s*(?:为|是|[：:])?\\s*自?\\s*(?:即日|(?:发文|印发|公布|确认|批复|命名|认定)之日)|自(?:发文|印发|公布|确认|批复|命名|认定)之日)\\s*(?:起|开始)?\\s*(?:至|到)\\s*${YEAR}年${N}月([^。；;，,]{0,6})`,
);
/**
 * The words right before a range that make it a list's objection window (公示期为2015年4月2日—
 * 4月9日, 公示时间：…至…): the days to object, no term of the units (windowIn reads them).
 */
const OBJECTION_PERIOD = /公示(?:期|时间|日期)?(?:为|是|自|从)?[:：]?\s*$/;

/** A window to apply or report, or a duty to finish by the date: no term. */
const NOT_A_TERM = /申报|报送|完成|报名|提交/;

interface Sentence {
  text: string;
  key: string;
  start: number;
  end: number;
}

/** A section heading naming the window ("一、公示时间"): the line below it gives the dates. */
const WINDOW_HEADING =
  /^(?:[一二三四五六七八九十]+[、.．]|[0-9]+[、.．])?\s*(?:公示时间|公示期|异议期)[:：]?$/;

function sentences(doc: KeyedText): Sentence[] {
  const out: Sentence[] = [];
  // A copy that lost a dash between two dates shows it as ? (2016年4月25日?2016年5月1日): no
  // question ends there.
  const re = /(?:[^。；;！!？?\n]|(?<=[日月年])[?？](?=[0-9]))+[。；;！!？?]?/g;
  let heading: Sentence | null = null;
  for (const m of doc.key.matchAll(re)) {
    const start = m.index ?? 0;
    const raw = doc.text.slice(start, start + m[0].length);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text.length < 4) continue;
    const s = { text, key: m[0].trim(), start: start + lead, end: start + lead + text.length };
    // The heading and its line are one sentence: "一、公示时间 2020年11月18日至24日。".
    if (heading) {
      out.push({
        text: `${heading.text} ${s.text}`,
        key: `${heading.key} ${s.key}`,
        start: heading.start,
        end: s.end,
      });
      heading = null;
      continue;
    }
    heading = WINDOW_HEADING.test(s.key) ? s : null;
    out.push(s);
  }
  return out;
}

/**
 * A year and its month. Compiled once: it is asked of every sentence. Only matchAll and a
 * global match use it, which start from the front and leave it there.
 */
const YEAR_MONTH = new RegExp(`${YEAR}年${N}月`, 'g');

/** How many year-month dates a sentence writes ("分别于2020年11月和2021年12月底前" writes two). */
const monthsIn = (key: string): number =>
  key.includes('年') ? (key.match(YEAR_MONTH)?.length ?? 0) : 0;

/** The last year a sentence writes with its month ("2021年9月1日", "2021年3月启动"). */
const lastYearIn = (key: string): number | null => {
  // Most sentences write no 年: the scan, which tries every position, is skipped for them.
  if (!key.includes('年')) return null;
  const all = [...key.matchAll(YEAR_MONTH)];
  return all.length ? parseYear(all[all.length - 1]?.[1] ?? '') : null;
};

function num(s: string | undefined): number | null {
  return s === undefined ? null : parseNumber(s);
}

/**
 * "不合格的…限期一年整改后重新申请验收": the failed units' review after rectification (its own
 * milestone, from the failed review), not an acceptance every unit owes.
 */
const CITED = /《[^》]*》/g;

const RE_ACCEPTANCE = /整改[^。；;]{0,8}重新(申请|组织|进行)?(评估)?验收/;

/**
 * "民政部、财政部将适时组织开展…评估验收": an acceptance the organs will hold when they see fit sets
 * no time the units can be held to, so no milestone; nor one they will hold then (届时, after
 * the report the sentence asks for) or arrange apart (另行): the units owe the report, the
 * organs the review.
 */
const AT_ORGANS_CHOICE = /(?:适时|届时|另行)[^。；;，,]{0,16}验收/;

/**
 * "首次公示命名将于2022年5月底前完成": the organs' own schedule for an act only they perform (a
 * naming, a 公示, a publication), told in the future; no unit or applicant owes anything by the
 * date. A sentence that also asks something of others (报送, 申报, …) keeps its deadline.
 */
const ORGANS_SCHEDULE =
  /(?:公示|命名|公布|认定|评定|授牌|表彰)(?:工作)?\s*将(?:于|在)[^。；;，,]{0,24}?完成/;
const OTHERS_DUTY = /报|送|交|反馈|反映|提出|提供|上传|备案|申请|申报|确保/;
const organsSchedule = (key: string): boolean => {
  const m = ORGANS_SCHEDULE.exec(key);
  return m !== null && !OTHERS_DUTY.test(key.replace(m[0], ''));
};

/**
 * "…撤销其…资格，此前确定的年度总结、终期报告和结项验收等事项不再进行": duties the sentence
 * calls off are owed no more, so it states none.
 */
const CALLED_OFF = /(?:事项|工作|任务)不再(?:进行|开展|报送|提交|组织|执行)/;

export interface RuleFrame {
  /** The year a bare month-day (4月24日前) falls in: the notice's. */
  year: number | null;
  /** The notice's own programme and batch: the scope of a rule that names none. */
  programme: string | null;
  batch: string | null;
  province: string | null;
  /** The notice's date, where a term starts on it (即日起至…). */
  issuedOn?: string | null;
}

const BATCH = new RegExp(`第[0-9${CHINESE_NUMERAL_CHARS}]+批|首批`);

/** A date with its 前 ("2014年底前", "2016年12月31日前"): no part of a programme's name. */
const DATED =
  /(?:19|20)[0-9]{2}年(?:年?(?:底|末)|[0-9]{1,2}月(?:[0-9]{1,2}日|底|末)?)?(?:之前|以前|前)?/g;

const NUMBERED =
  /^\s*(?:[（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十]+、|[0-9]+[、.．])/;

const DOING = /^(?:开始|启动|开展|进行|推进|推动|做好|抓好|组织)/;

/**
 * A rule belongs to the programme and batch its sentence names, else to its notice's. The
 * notice's programme written short in the sentence ("第二批新型城镇化综合试点将于…" in a notice
 * of the 国家新型城镇化综合试点) is the notice's programme, named by its full name.
 */
function scopeOf(key: string, frame: RuleFrame): RuleScope {
  // A clause's number ("三、试点期为…") is the notice's numbering, no programme's first words.
  const read = programmeIn(key.replace(NUMBERED, '').replace(DATED, '，'), frame.province);
  // "各试点要在…开始试点": a verb before 试点 says what is done, no programme's name; what
  // follows the verb may still name one ("启动农村某某改革试点": that programme, not the notice's).
  const found =
    read && DOING.test(read.name)
      ? programmeIn(read.name.replace(DOING, ''), frame.province)
      : read;
  const named =
    found &&
    frame.programme &&
    frame.programme !== found.name &&
    frame.programme.endsWith(found.name)
      ? { ...found, name: frame.programme }
      : found;
  const batch = BATCH.exec(key)?.[0] ?? null;
  if (named)
    return { programme: named.name, batch: named.batch ?? batch ?? frame.batch, named: true };
  return { programme: frame.programme, batch: batch ?? frame.batch, named: batch !== null };
}

export function extractRules(
  doc: KeyedText,
  frame: RuleFrame = { year: null, programme: null, batch: null, province: null },
): NoticeRule[] {
  const rules: NoticeRule[] = [];
  const all = sentences(doc);
  const windowStated = all.some((s) => statesWindow(s.key));
  // A story with no date of its own is told in the year its text last wrote: its 今年 is that.
  let toldYear: number | null = null;
  for (const s of all) {
    const k = s.key;
    if (CALLED_OFF.test(k)) continue;
    // Most sentences carry no rule: their scope (a programme search) is read on the first one.
    let scope: RuleScope | undefined;
    const add = (kind: RuleKind, params: NoticeRule['params']): void => {
      scope ??= scopeOf(k, frame);
      rules.push({ kind, text: s.text, span: { start: s.start, end: s.end }, params, scope });
    };
    // Every cycle writes its years (…年): a sentence without 年 is not scanned for one.
    let cycled = false;
    for (const cycle of k.includes('年') ? k.matchAll(CYCLE) : []) {
      // "实验时间从2023年…" also matches the pattern; a cycle is a small number of years.
      const changed = changedTermYears(k, cycle[0], (cycle.index ?? 0) + cycle[0].length);
      const years = num(changed ?? cycle[1] ?? cycle[3] ?? cycle[4] ?? cycle[5]);
      if (lengthensTerm(cycle[0])) continue;
      if (years !== null && years > 0 && years <= 10) {
        add('cycle', {
          years,
          atMost: /不超过|最长|以内/.test(cycle[0]),
          atLeast: /不少于|至少/.test(cycle[0]),
        });
        cycled = true;
        break;
      }
    }
    // "试点1年后…将组织…考核", "每三年评估一次": a term stated by the review that ends it.
    const byReview = cycled ? null : termByReview(k);
    if (byReview !== null) add('cycle', { years: byReview, atMost: false, atLeast: false });
    // A window to apply (接受推荐的起止时间为…至…) is no term: its last day is a deadline. A
    // term stated beside it (…，试点期限为…至…) still is.
    const termed = withoutWindow(k);
    const range = RANGE.exec(termed);
    if (
      range &&
      /实验|试点|创建|观察|周期|时间|期限|期为/.test(termed) &&
      !OBJECTION_PERIOD.test(termed.slice(0, range.index))
    ) {
      const y1 = parseYear(range[1] ?? '');
      const m1 = num(range[2]);
      const y2 = parseYear(range[4] ?? '');
      const m2 = num(range[5]);
      if (y1 && m1 && y2 && m2 && m1 <= 12 && m2 <= 12) {
        add('range', {
          from: `${y1}-${String(m1).padStart(2, '0')}`,
          to: `${y2}-${String(m2).padStart(2, '0')}`,
        });
      }
    }
    const fromDay = range ? null : FROM_NOTICE_DAY.exec(k);
    if (
      fromDay &&
      frame.issuedOn &&
      /实验|试点|创建|观察|周期|期限/.test(k) &&
      !NOT_A_TERM.test(k) &&
      !/前/.test(fromDay[3] ?? '')
    ) {
      const y2 = parseYear(fromDay[1] ?? '');
      const m2 = num(fromDay[2]);
      const from = frame.issuedOn.slice(0, 7);
      const to = y2 && m2 && m2 <= 12 ? `${y2}-${String(m2).padStart(2, '0')}` : null;
      if (to && to > from) add('range', { from, to });
    }
    const yearly = yearlyDate(k);
    if (yearly?.application)
      add('annual_deadline', {
        month: yearly.month,
        day: yearly.day,
        endOfMonth: yearly.endOfMonth,
        ...(yearly.lastYear ? { lastYear: yearly.lastYear } : {}),
        ...(yearly.withinCycle ? { withinCycle: true } : {}),
      });
    // "每年1月底前报送上一年度…总结和本年度…计划": the yearly date is when plan and summary are due.
    const due = yearly && !yearly.application ? yearly : null;
    const dueParams: NoticeRule['params'] = due
      ? { month: due.month, day: due.day ?? lastDayOf(due.month) }
      : {};
    const plan = /年度(?:实验|工作|创建|试点)*计划|实验计划/.test(k);
    const summary = /年度(?:实验|工作|创建|试点)*总结|计划和总结|计划与总结|计划、总结/.test(k);
    if (plan && !reportsPast(k, /计划/)) add('annual_plan', { every: 'year', ...dueParams });
    if (summary && !reportsPast(k, /总结/))
      add('annual_summary', {
        every: 'year',
        ...dueParams,
        // Due early in a year, it reports on the year before ("上一年度").
        ...(due && (/上一?年度|前一年/.test(k) || due.month <= 6) ? { yearOffset: 1 } : {}),
      });
    // "于每年3月31日前向业务主管单位报送年检材料": a yearly filing, neither an application nor the
    // plan and summary, is a yearly date all the same (filing: the planner's yearly round is an
    // application's, so notice-milestones.ts plans none from it).
    if (due && !plan && !summary && /报送|提交|上报|报至|报到|备案/.test(k))
      add('annual_deadline', {
        month: due.month,
        day: due.day,
        endOfMonth: due.endOfMonth,
        filing: true,
      });
    const finalReport =
      /终期报告|结项报告|总结报告|期末报告/.test(k) && /提交|报送|上报|形成|撰写/.test(k);
    // "如有异议，请于8月4日前…反映" in a notice stating no window: the date closes the window
    // for objections (still a deadline to reply by, as where a window is stated too). Where the
    // notice states the window, the date closes that window: the public's, no staff deadline.
    const objects = !windowStated && OBJECTION.test(k);
    // (A duty owed only on a change dates nothing to track: change-duty.ts.)
    const dated = withoutChangeDuty(windowStated ? withoutObjection(k) : k);
    const dates = organsSchedule(k)
      ? []
      : oneOffDates(dated, frame.year, false, frame.year ?? toldYear, frame.issuedOn ?? null);
    // "自印发之日起一年内完成…": a due date counted from the notice's own day; "建设3年后…将组织
    // 评估": the one review so many years on.
    const counted =
      dates.length === 0
        ? (afterNoticeDate(dated, frame.issuedOn) ?? reviewAfterBuilding(dated, frame.issuedOn))
        : null;
    if (counted) dates.push({ date: counted, endOfMonth: false });
    const moved = movedDates(k, frame.issuedOn ?? null);
    dates.push(...newDeadlines(moved, dates));
    toldYear = lastYearIn(k) ?? toldYear;
    // "于2022年12月31日前报送实验工作终期报告": the one date is the final report's due date, a
    // duty of the zones the notice speaks to, no second deadline beside it (two dates for two
    // reports stay deadlines). Where no zone's cycle plans that report, the planner shows the
    // date as a deadline all the same (one-off-deadlines.ts).
    const reportDate =
      finalReport && dates.length === 1 && monthsIn(k) === 1 && !objects ? dates[0] : undefined;
    for (const d of reportDate ? [] : dates) {
      add('deadline', { date: d.date, endOfMonth: d.endOfMonth, reply: /反馈|意见/.test(dated) });
      if (objects) add('objection_window', { from: null, to: d.date });
    }
    // A day with no year in a notice that gives none (可于4月18日前…申报): shown, never dated.
    const dateable = dates.length > 0 || frame.year !== null || objects || organsSchedule(k);
    for (const params of dateable ? [] : yearlessDates(dated)) add('deadline', params);
    const window = windowIn(k, frame.year);
    if (window) add('objection_window', window);
    if (finalReport) add('final_report', reportDate ? { date: reportDate.date } : {});
    // "依据《…验收标准》": a cited document's name is no act of this notice.
    // A check told held and decided is reported, not owed (held-check.ts).
    const duty = withoutOutcomes(withoutHeldCheck(k).replace(CITED, ''));
    if (
      /验收/.test(duty) &&
      !reportsPast(duty, /验收/) &&
      !RE_ACCEPTANCE.test(duty) &&
      !AT_ORGANS_CHOICE.test(duty) &&
      !tellsCheckHeld(k) &&
      /组织|进行|开展|接受|申请|评审|评估|须|应/.test(duty)
    )
      add('acceptance', {});
    const extended = extensionOf(k, moved);
    if (extended) add('extension', extended);
    if (/中期(评估|检查|报告)/.test(k)) add('other', { milestone: 'midterm' });
  }
  return rules;
}
