/**
 * A date a notice moves something to ("有效期延长至2019年12月31日", "网上申报审核时间延迟至2022年11月
 * 11日23:59") or a term it lengthens by years ("实验期延长一年"). What is moved decides the rule:
 * a term (有效期, 试点期限, 实验期…) ends later, an extension; a window to apply or hand in (申报,
 * 报送, 审核, 截止…) closes later, a deadline. A move told as made before (已延长至…, 曾推迟至…)
 * or named inside a cited title sets nothing in this notice.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber, parseYear } from './chinese-numerals';
import { isoDate, lastDay } from './dates';
import { LENGTHENED_TO } from './lengthened-term';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
const YEAR = `((?:19|20)[0-9]{2}|[${CHINESE_NUMERAL_CHARS}]{4})`;
const MOVE = '(?:延长|延迟|推迟|顺延|延期|延后)(?:到|至)';
const MOVED_TO = new RegExp(`${MOVE}\\s*${YEAR}年${N}月(?:${N}日|(底|末))?`, 'g');
/**
 * A day moved to with no year ("网络提名截止时间由…2022年3月31日截止延期至4月30日截止", "纸质材料也由
 * 4月15日延期至4月30日前报送"): the notice's year, the old day it replaces owing nothing.
 */
const MOVED_TO_DAY = new RegExp(`${MOVE}\\s*${N}月${N}日`, 'g');
const YEAR_WRITTEN = new RegExp(`${YEAR}年`, 'g');
const HANDED_AFTER = /^\s*(?:前|之前)?\s*(?:报送|提交|上报|报名|申报|截止)/;
/** "实验期延长一年", "试点期限延长1年": the term's end moves by whole years. */
const LONGER_BY = new RegExp(`延长\\s*${N}\\s*年(?!度)`, 'g');
/** "项目实施期自动延长6个月": by months. */
const LONGER_BY_MONTHS = new RegExp(`延长\\s*${N}\\s*个月`, 'g');

/** What a term is called: its end is what moves. */
const TERM =
  /有效期|期限|试点期|实验期|试验期|创建期|建设期|培育期|观察期|实施期|周期|(?:试点|实验|试验|创建)(?:工作)?时间/;
/** A window to apply, hand in or review: its close is what moves. */
const WINDOW = /申报|报送|提交|报名|审核|截止|受理|征集|推荐|上报/;
/**
 * A term that is a policy's, a subsidy's or a contract's ("补贴政策有效期", "《…若干政策》有效期",
 * "聘用合同期限", "运营补助期限"): no term of the units the programme names.
 */
const OTHERS_TERM =
  /(?:政策|措施|补贴|补助|奖补|优惠|减免|合同|协议|贷款|租赁|证书|执照|许可)》?(?:的)?$/;
/** A meeting or an event put off ("申报培训会延期至…", "推荐工作座谈会推迟至…"): no window's close. */
const EVENT = /(?:(?<!社)会议?|培训班?|活动|仪式|论坛|观摩)(?:的)?(?:时间|日期)?$/;

export type MovedDate =
  | { kind: 'extension'; params: { until: string } | { months: number } }
  | { kind: 'deadline'; date: string; endOfMonth: boolean };

const num = (s: string | undefined): number | null => (s === undefined ? null : parseNumber(s));

/** The clause before the verb: the subject that moves ("…网上申报审核时间" of "…延迟至"). */
function subjectBefore(key: string, at: number): string {
  return (
    key
      .slice(0, at)
      .split(/[。；;，,]/)
      .pop() ?? ''
  );
}

/**
 * "对评估合格的，认定有效期延长3年", "考核优秀的，实验期延长一年": a term moved for the units that
 * meet a condition, a rule for them, not a move granted to named ones.
 */
function onCondition(key: string, at: number): boolean {
  return /的\s*$/.test(
    key
      .slice(0, at)
      .split(/[。；;，,]/)
      .slice(-2, -1)[0] ?? '',
  );
}

/**
 * Whether the subject names a term of units: a term's word not owned by a policy, a subsidy or a
 * contract. The words before it are read in the sentence as written, a cited title's included.
 */
function unitsTerm(sentence: string, subjectEnd: number, subject: string): boolean {
  const m = TERM.exec(subject);
  if (!m) return false;
  const at = subjectEnd - subject.length + m.index;
  return !OTHERS_TERM.test(sentence.slice(Math.max(0, at - 8), at));
}

/** 已延长至, 曾推迟至, 此前已延期至: a move made before, retold. */
const TOLD = /(?:已|曾)(?:经)?\s*$/;
/**
 * 可延长一年, 可以延长至…, 最多延长1年: a move a rule allows, none granted here; so is one the units
 * may ask for ("试点单位可申请将实施期延长6个月").
 */
const MAY = /(?:可|可以|能|最多|最长|至多)\s*$|(?:可|可以|能|允许)[^。；;，,]{0,12}?申请/;

/**
 * issuedOn: the notice's day. A term's new end already past on it is a move retold (2019年，…试点期限
 * 延长至2020年12月31日 in a notice of 2022), no extension this notice grants.
 */
export function movedDates(sentence: string, issuedOn: string | null = null): MovedDate[] {
  // Dates and words inside a cited title are that document's.
  const key = sentence.replace(/《[^》]*》/g, (t) => '□'.repeat(t.length));
  if (!/延|推迟/.test(key)) return [];
  const out: MovedDate[] = [];
  for (const m of key.matchAll(MOVED_TO)) {
    const at = m.index ?? 0;
    const subject = subjectBefore(key, at);
    if (TOLD.test(subject) || MAY.test(subject)) continue;
    const y = parseYear(m[1] ?? '');
    const mo = num(m[2]);
    if (!y || !mo || mo > 12) continue;
    const d = num(m[3]);
    const date = isoDate(y, mo, d ?? lastDay(y, mo));
    if (!date) continue;
    // A window's word wins over a bare 期限 (申报期限延长至…: the applications close later).
    if (WINDOW.test(subject)) {
      if (!EVENT.test(subject)) out.push({ kind: 'deadline', date, endOfMonth: d === null });
    } else if (
      unitsTerm(sentence, at, subject) &&
      !onCondition(key, at) &&
      !(issuedOn !== null && date < issuedOn)
    )
      out.push({ kind: 'extension', params: { until: date } });
  }
  // A bare day moved to closes a window in the year the sentence gives the day it replaces (由2022年
  // 3月31日…延期至4月30日), else the notice's; one of a year before the notice's is a past round
  // retold. A term's end needs its year written.
  const year = issuedOn ? Number(issuedOn.slice(0, 4)) : null;
  for (const m of year === null ? [] : key.matchAll(MOVED_TO_DAY)) {
    const at = m.index ?? 0;
    const subject = subjectBefore(key, at);
    // What is handed in may follow the day instead (由4月15日延期至4月30日前报送).
    const handedIn = WINDOW.test(subject) || HANDED_AFTER.test(key.slice(at + m[0].length));
    if (TOLD.test(subject) || MAY.test(subject) || !handedIn || EVENT.test(subject)) continue;
    const stated = [...key.slice(0, at).matchAll(YEAR_WRITTEN)].pop();
    const y = (stated ? parseYear(stated[1] ?? '') : null) ?? year!;
    if (y < year!) continue;
    const date = isoDate(y, num(m[1]) ?? 0, num(m[2]) ?? 0);
    if (date) out.push({ kind: 'deadline', date, endOfMonth: false });
  }
  for (const m of key.matchAll(LONGER_BY)) {
    const at = m.index ?? 0;
    const subject = subjectBefore(key, at);
    const years = num(m[1]);
    if (!years || years > 5 || TOLD.test(subject) || MAY.test(subject) || WINDOW.test(subject))
      continue;
    if (!unitsTerm(sentence, at, subject) || onCondition(key, at)) continue;
    out.push({ kind: 'extension', params: { months: years * 12 } });
  }
  for (const m of key.matchAll(LONGER_BY_MONTHS)) {
    const at = m.index ?? 0;
    const subject = subjectBefore(key, at);
    const months = num(m[1]);
    if (!months || months > 36 || TOLD.test(subject) || MAY.test(subject) || WINDOW.test(subject))
      continue;
    if (!unitsTerm(sentence, at, subject) || onCondition(key, at)) continue;
    out.push({ kind: 'extension', params: { months } });
  }
  return out;
}

/** The moved dates that are deadlines the sentence's other dates do not already hold. */
export function newDeadlines(
  moved: readonly MovedDate[],
  dates: readonly { date: string }[],
): { date: string; endOfMonth: boolean }[] {
  // Two things moved to one day (the online and the paper filing) are one deadline.
  return moved.flatMap((m, i) =>
    m.kind === 'deadline' &&
    !dates.some((d) => d.date === m.date) &&
    moved.findIndex((n) => n.kind === 'deadline' && n.date === m.date) === i
      ? [{ date: m.date, endOfMonth: m.endOfMonth }]
      : [],
  );
}

/**
 * The extension a sentence states: the new end or the added years where it moves a term, else
 * (with no date) a request for one or a lengthened term ("延期申请", "延长实验周期").
 */
export function extensionOf(
  key: string,
  moved: readonly MovedDate[],
): { until: string } | { months: number } | Record<string, never> | null {
  const ext = moved.find((m) => m.kind === 'extension');
  if (ext?.kind === 'extension') return ext.params;
  // A term lengthened to a new cycle ("由两年延长为三年"): the new cycle gives its end. A request
  // the units may make ("如受影响较为严重，可根据实际需要提出延期申请") grants none: a rule allowing it.
  if (/(?:可|可以)[^。；;，,]{0,12}(?:提出|申请)[^。；;，,]{0,4}延期|可(?:以)?申请延期/.test(key))
    return null;
  return /延期申请|延长(实验|试点)?(周期|期限|时间)|申请延期/.test(key) || LENGTHENED_TO.test(key)
    ? {}
    : null;
}
