/**
 * Dated duties in one sentence: a one-off deadline ("于2008年1月15日前书面报…", "于2007年
 * 10月底前…", a 公示's "4月24日前反馈", a bare month's end "于6月底前", a month with its year and
 * no day "2024年6月前", a half year "2023年上半年"), a yearly date ("每年9月底前报省民政厅") and
 * whether that yearly date is an application deadline or the date of the annual plan and
 * summary ("每年1月底前报送上一年度实验工作总结和本年度实验计划" owes the summary of the
 * year before and the plan of the year, not an application), and how long a yearly
 * deadline recurs when the sentence says ("2020年至2022年，每年…", "实验期内每年…").
 */
import { CHINESE_NUMERAL_CHARS, parseNumber, parseYear } from './chinese-numerals';
import { isoDate, lastDay } from './dates';
import { stagedDates } from './staged-dates';
import { CLOSING, dutyWindowClose, statesClosing, windowClose } from './closing-dates';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
const YEAR = `((?:19|20)[0-9]{2}|[${CHINESE_NUMERAL_CHARS}]{4})`;
const ANNUAL = new RegExp(`每年(?:的)?${N}月(?:${N}日|底|末|份)?(?:前|之前|以前|底前)`);
/**
 * "于次年3月底前报送上一年度…总结": a yearly report due in the year after the one it covers, a
 * yearly date as 每年3月底前 is. 次年 after a year the sentence writes ("2023年启动，次年3月底前
 * 完成验收") is that one year's next, a one-off date, and so is one with no yearly report.
 */
const NEXT_YEAR = new RegExp(`次年(?:的)?${N}月(?:${N}日|底|末|份)?(?:前|之前|以前|底前)`);
const nextYearYearly = (key: string): RegExpExecArray | null => {
  const m = NEXT_YEAR.exec(key);
  if (!m || !/年度|每年/.test(key)) return null;
  return /(?:19|20)[0-9]{2}年/.test(key.slice(0, m.index)) ? null : m;
};
/**
 * The time of day may follow the day ("于2022年11月14日12:00前", "…17时前"), after the weekday
 * and the part of the day a notice writes there ("于2022年4月13日周三下午17:00前", "于11月8日中午
 * 12点前"): the date stays the day's, whatever hour closes it.
 */
const HOUR =
  '(?:\\s*[（(]?(?:星期|周)[一二三四五六日天][）)]?)?' +
  '(?:\\s*(?:上午|下午|中午|晚上|早上|凌晨))?' +
  '(?:\\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:[:：][0-9]{2}|时|点)(?:整|[0-9]{1,2}分)?)?';
const ONE_OFF = new RegExp(
  `(?:于|在|请于|务必于)?${YEAR}年${N}月(?:${N}日${HOUR}|底|末)(?:前|之前|以前)`,
);
const MONTH_DAY = new RegExp(`(?:于|在|请于|务必于)${N}月${N}日${HOUR}(?:前|之前|以前)`);
/** A bare month's end in the notice's year ("请各实验区于6月底前报送"): its last day. */
const MONTH_END = new RegExp(`(?:于|在|请于|务必于)${N}月(?:底|末)(?:前|之前|以前)`);
/**
 * A month written with its year and no day ("请于2024年6月前报送"): before the month begins, the
 * end of the month before it, as 今年10月前 is. "6月前后" is around the month, no due date; a
 * figure up to then (截至) or work already done by then is none either.
 */
const YEAR_MONTH_BEFORE = new RegExp(
  `(截至|截止|已)?(?:于|在)?${YEAR}年${N}月(?:前|之前|以前)(?!后)`,
);
/**
 * A cited document's title ("《关于2024年6月前完成…的通知》", or quoted as “关于…2023年5月10日前…
 * 的通知”) blanked to its length: a date in it names that document, no due date of this one. A
 * quote is a title when it reads as one (关于…, or ending in a document's noun); a quoted slogan
 * or programme name is left as written.
 */
const QUOTED = /“([^“”]{2,80})”/g;
const TITLE_WORDS = /关于|(?:通知|意见|办法|方案|决定|规定|规划|纲要|细则|标准|公告|通报|批复|函)$/;
const blank = (t: string): string => '□'.repeat(t.length);
const untitled = (key: string): string =>
  key
    .replace(/《[^》]*》/g, blank)
    .replace(QUOTED, (t, inner: string) => (TITLE_WORDS.test(inner) ? blank(t) : t));
/** A half year ("于2023年上半年完成验收"): its last day, 30 June or 31 December. */
const HALF_YEAR = new RegExp(`(截至|截止|已)?(?:于|在)?${YEAR}年(上|下)半年(?:前|之前|以前|内)?`);
/**
 * A due date in the year the notice is written ("督促各地在今年10月前完成…"): a figure up to then
 * ("截至今年10月底") is none, nor is what was already done by then ("已于今年10月前完成").
 */
const THIS_YEAR = new RegExp(
  `(截至|截止|已)?(?:于|在|请于|务必于)?今年${N}月(?:${N}日${HOUR}|底|末)?(?:前|之前|以前)`,
  'g',
);
/** What follows a date in its clause telling the work already done by then (已完成, 均已建成). */
const DONE_BY = /^[^。；]{0,16}?已(?:经)?/;
/**
 * A year's end with no month ("将于2015年底前启动", "在2016年年底前启动试点"): 31 December. A start
 * already made ("已于2014年底前启动") or a figure up to then ("截至2015年底前…") is no due date.
 */
const YEAR_END = new RegExp(
  `(已经?|截至|截止)?(?:于|在)?${YEAR}年(?:年)?(?:底|末)(?:前|之前|以前)`,
);
/**
 * Due dates a sentence names after 截止 ("申报截止日期分别为2023年4月17日和8月31日", "截止申报时间
 * 为…"): each date is a deadline; a bare month-day takes the year of the date before it. A
 * closing so stated needs no verb of sending beside it (closing-dates.ts).
 */
const CUTOFF_DATE = new RegExp(`(?:${YEAR}年)?${N}月${N}日`, 'g');
const YEARS_SPAN = new RegExp(`${YEAR}年?(?:至|到|—|-|~)${YEAR}年`);
/**
 * What must be done by the date; "确保…前…" makes the date one whatever is to be done. A start
 * is a duty too ("试点将于2015年底前启动", "各试点要在2014年底前开始试点"), and so are formalities
 * to go through ("于2025年9月15日前依法办理注销登记手续"; 办理了…手续 tells them gone through).
 */
const DUTY_VERB =
  /报|送|交|反馈|反映|提出|提供|完成|授|上传|备案|申请|申报|确保|启动|开始|办理(?!了)[^。；;，,]{0,10}手续/;

const num = (s: string | undefined): number | null => (s === undefined ? null : parseNumber(s));

/** "10月前" with no day: before the month begins, the last day of the month before it. */
function dayBeforeMonth(year: number, month: number): string | null {
  return month === 1
    ? isoDate(year - 1, 12, 31)
    : isoDate(year, month - 1, lastDay(year, month - 1));
}

export interface YearlyDate {
  month: number;
  day: number | null;
  endOfMonth: boolean;
  /** The sentence is about applications, not the yearly plan and summary. */
  application: boolean;
  /** Last year it recurs, when the sentence bounds it. */
  lastYear: number | null;
  /** It recurs only during the experiment ("实验期内"). */
  withinCycle: boolean;
}

export function yearlyDate(key: string): YearlyDate | null {
  const m = ANNUAL.exec(key) ?? nextYearYearly(key);
  const month = m ? num(m[1]) : null;
  if (!m || month === null || month < 1 || month > 12) return null;
  const day = num(m[2]);
  const span = YEARS_SPAN.exec(key);
  const lastYear = span ? parseYear(span[2] ?? '') : /至((?:19|20)\d{2})年/.exec(key)?.[1];
  return {
    month,
    day: day !== null && day <= 31 ? day : null,
    endOfMonth: day === null,
    application: /申报|申请|推荐|报名/.test(key) && !/总结|计划/.test(key),
    lastYear: typeof lastYear === 'number' ? lastYear : lastYear ? Number(lastYear) : null,
    withinCycle: /实验期内|试点期内|创建期内|实验期间/.test(key),
  };
}

/**
 * A month written with no year falls in the notice's year, unless that day is over a month
 * before the notice's own (`issuedOn`): a notice of December asking for reports "于6月底前" or
 * "1月10日前" means the next year's. A date the sentence tells as met (已…, …了) stays in the
 * notice's year, a retold date the planner leaves alone; so does one a few days before the
 * notice's date (a page dated by its publishing, after the day it set).
 */
function bareMonthDate(
  year: number,
  month: number,
  day: number | null,
  issuedOn: string | null,
  told: boolean,
): string | null {
  const inYear = isoDate(year, month, day ?? lastDay(year, month));
  if (!inYear || !issuedOn || told || Number(issuedOn.slice(0, 4)) !== year) return inYear;
  // The same day a month before the notice's (the month's last day where it has fewer days).
  const m = Number(issuedOn.slice(5, 7)) - 1;
  const monthBefore =
    m < 1 ? null : isoDate(year, m, Math.min(Number(issuedOn.slice(8, 10)), lastDay(year, m)));
  const over = monthBefore !== null && inYear < monthBefore;
  // The next year's only within the coming eight months: "6月底前" in a notice of September is
  // a date it retells (各地要在6月30日前完成…，目前进展顺利), not one ten months on.
  const soon = month + 12 - m - 1 <= 8;
  return over && soon ? isoDate(year + 1, month, day ?? lastDay(year + 1, month)) : inYear;
}

/** Words that ask for what follows (请, 要, 应, 须, 务必): the date they govern is still due. */
const ASKED = /请|要|应|须|需|务必|必须/;

/** Before the date (已于, 已在) or after it (…已完成, …了): the date is told as met. */
const toldAsMet = (key: string, at: number, length: number): boolean =>
  /已(?:经)?(?:于|在)?$/.test(key.slice(Math.max(0, at - 4), at)) ||
  // "各地于3月底前报送的材料中…": the date qualifies what was sent, asked by no one.
  (!ASKED.test(key.slice(0, at)) && /^[^，,。；;]{1,6}?的/.test(key.slice(at + length))) ||
  DONE_BY.test(key.slice(at + length)) ||
  // 了 of a deed done, not of 了解 (请于…前报送了解情况) or 为了.
  /^[^。；，,]{0,24}?(?<![为除])了(?!解)/.test(key.slice(at + length));

/**
 * One-off dates a sentence sets ("于2008年1月15日前…"); a bare month-day takes `year` (the next
 * year's when that day is long before `issuedOn`, bareMonthDate), and 今年 takes `thisYear`
 * (the notice's year, else the year its text last wrote). A caller that knows what the sentence
 * requires (`dutyKnown`: a rectification, "…前整改到位") needs no duty verb in it. Dates and duty
 * words inside a cited document's title are that document's (untitled).
 */
export function oneOffDates(
  sentence: string,
  year: number | null,
  dutyKnown = false,
  thisYear: number | null = year,
  issuedOn: string | null = null,
): { date: string; endOfMonth: boolean }[] {
  const key = untitled(sentence);
  const closing = statesClosing(key);
  const window = windowClose(key) ?? dutyWindowClose(key);
  if (ANNUAL.test(key) || !(dutyKnown || closing || window || DUTY_VERB.test(key))) return [];
  const out: { date: string; endOfMonth: boolean }[] = [];
  // An application window's last day: with the year the window writes, else the notice's.
  const closes = window
    ? window.year !== null
      ? isoDate(window.year, window.month, window.day)
      : year !== null
        ? bareMonthDate(year, window.month, window.day, issuedOn, false)
        : null
    : null;
  if (closes) out.push({ date: closes, endOfMonth: false });
  for (const m of key.matchAll(THIS_YEAR)) {
    const mo = num(m[2]);
    if (m[1] || thisYear === null || !mo || mo > 12) continue;
    // "今年6月以前，全县已完成…": what was done by then is a fact told, no due date.
    if (DONE_BY.test(key.slice((m.index ?? 0) + m[0].length))) continue;
    const d = num(m[3]);
    // "今年10月前" with no 底: before the month begins, the end of the month before it.
    const bare = d === null && !/[底末]/.test(m[0]);
    const date = bare
      ? dayBeforeMonth(thisYear, mo)
      : isoDate(thisYear, mo, d ?? lastDay(thisYear, mo));
    if (date) out.push({ date, endOfMonth: d === null });
  }
  for (const m of key.matchAll(new RegExp(ONE_OFF, 'g'))) {
    // "该协会已于2024年1月15日前办理注销登记手续": a day told as met is due no more.
    if (/已(?:经)?$/.test(key.slice(0, m.index ?? 0))) continue;
    const y = parseYear(m[1] ?? '');
    const mo = num(m[2]);
    if (!y || !mo || mo > 12) continue;
    const d = num(m[3]);
    const date = isoDate(y, mo, d ?? lastDay(y, mo));
    if (date) out.push({ date, endOfMonth: d === null });
  }
  out.push(...stagedDates(key));
  for (const m of key.matchAll(new RegExp(YEAR_END, 'g'))) {
    if (m[1]) continue;
    const y = parseYear(m[2] ?? '');
    const date = y ? isoDate(y, 12, 31) : null;
    if (date) out.push({ date, endOfMonth: true });
  }
  for (const m of key.matchAll(new RegExp(YEAR_MONTH_BEFORE, 'g'))) {
    const y = parseYear(m[2] ?? '');
    const mo = num(m[3]);
    if (m[1] || !y || !mo || mo > 12) continue;
    if (DONE_BY.test(key.slice((m.index ?? 0) + m[0].length))) continue;
    const date = dayBeforeMonth(y, mo);
    if (date) out.push({ date, endOfMonth: true });
  }
  for (const m of key.matchAll(new RegExp(HALF_YEAR, 'g'))) {
    const y = parseYear(m[2] ?? '');
    if (m[1] || !y || DONE_BY.test(key.slice((m.index ?? 0) + m[0].length))) continue;
    // "2023年上半年，全省共完成…" tells a figure: a due half year is set by 于/在 or 前/内.
    if (!/^(?:于|在)/.test(m[0]) && !/[前内]$/.test(m[0])) continue;
    const date = m[3] === '上' ? isoDate(y, 6, 30) : isoDate(y, 12, 31);
    if (date) out.push({ date, endOfMonth: true });
  }
  const cutoff = out.length === 0 && closing ? CLOSING.exec(key) : null;
  if (cutoff) {
    let y = year;
    for (const m of key.slice(cutoff.index + cutoff[0].length).matchAll(CUTOFF_DATE)) {
      const stated = m[1] ? parseYear(m[1]) : null;
      const mo = num(m[2]) ?? 0;
      const d = num(m[3]) ?? 0;
      // A month-day with no year before it in the sentence is the notice's year's, or the next.
      const date =
        stated !== null
          ? isoDate(stated, mo, d)
          : y === year && y !== null && mo >= 1 && mo <= 12
            ? bareMonthDate(y, mo, d, issuedOn, false)
            : y
              ? isoDate(y, mo, d)
              : null;
      y = stated ?? y;
      if (date) out.push({ date, endOfMonth: false });
    }
  }
  if (out.length === 0 && year !== null) {
    for (const m of key.matchAll(new RegExp(MONTH_DAY, 'g'))) {
      const mo = num(m[1]) ?? 0;
      const d = num(m[2]) ?? 0;
      const told = toldAsMet(key, m.index ?? 0, m[0].length);
      const date =
        mo >= 1 && mo <= 12 && d >= 1 ? bareMonthDate(year, mo, d, issuedOn, told) : null;
      if (date) out.push({ date, endOfMonth: false });
    }
    for (const m of key.matchAll(new RegExp(MONTH_END, 'g'))) {
      const mo = num(m[1]);
      const told = toldAsMet(key, m.index ?? 0, m[0].length);
      const date = mo && mo <= 12 ? bareMonthDate(year, mo, null, issuedOn, told) : null;
      if (date) out.push({ date, endOfMonth: true });
    }
  }
  // "申报时间为3月1日至3月31日前": the window's close read twice is one date.
  return out.filter((d, i) => out.findIndex((e) => e.date === d.date) === i);
}

/**
 * The month and day a sentence sets with no year written (可于4月18日前…申报, 申报时间从即日起至
 * 11月15日), for a notice that gives no year either: a deadline staff can read, which no planner
 * can date. A date told as met is none (toldAsMet), nor is one in a sentence setting no duty.
 */
export function yearlessDates(sentence: string): YearlessDeadline[] {
  const reply = /反馈|意见/.test(sentence);
  return yearlessDays(sentence).map((d) => ({
    date: null,
    ...d,
    endOfMonth: d.day === null,
    reply,
  }));
}

type YearlessDeadline = {
  date: null;
  month: number;
  day: number | null;
  endOfMonth: boolean;
  reply: boolean;
};

function yearlessDays(sentence: string): { month: number; day: number | null }[] {
  const key = untitled(sentence);
  if (ANNUAL.test(key) || new RegExp(YEAR).test(key)) return [];
  const window = windowClose(key);
  if (window) return [{ month: window.month, day: window.day }];
  const closing = statesClosing(key);
  if (!(closing || DUTY_VERB.test(key))) return [];
  const out: { month: number; day: number | null }[] = [];
  const cutoff = closing ? CLOSING.exec(key) : null;
  for (const m of cutoff ? key.slice(cutoff.index + cutoff[0].length).matchAll(CUTOFF_DATE) : []) {
    const mo = num(m[2]) ?? 0;
    const d = num(m[3]) ?? 0;
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) out.push({ month: mo, day: d });
  }
  if (out.length > 0) return out;
  for (const m of key.matchAll(new RegExp(MONTH_DAY, 'g'))) {
    const mo = num(m[1]) ?? 0;
    const d = num(m[2]) ?? 0;
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && !toldAsMet(key, m.index ?? 0, m[0].length))
      out.push({ month: mo, day: d });
  }
  for (const m of key.matchAll(new RegExp(MONTH_END, 'g'))) {
    const mo = num(m[1]) ?? 0;
    if (mo >= 1 && mo <= 12 && !toldAsMet(key, m.index ?? 0, m[0].length))
      out.push({ month: mo, day: null });
  }
  return out;
}
