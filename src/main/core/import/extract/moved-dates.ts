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
/** "实验期延长一年", "试点期限延长1年": the term's end moves by whole years. */
const LONGER_BY = new RegExp(`延长\\s*${N}\\s*年(?!度)`, 'g');

/** What a term is called: its end is what moves. */
const TERM =
  /有效期|期限|试点期|实验期|试验期|创建期|建设期|培育期|观察期|周期|(?:试点|实验|试验|创建)(?:工作)?时间/;
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
/** 可延长一年, 可以延长至…, 最多延长1年: a move a rule allows, none granted here. */
const MAY = /(?:可|可以|能|最多|最长|至多)\s*$/;

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
  for (const m of key.matchAll(LONGER_BY)) {
    const at = m.index ?? 0;
    const subject = subjectBefore(key, at);
    const years = num(m[1]);
    if (!years || years > 5 || TOLD.test(subject) || MAY.test(subject) || WINDOW.test(subject))
      continue;
    if (!unitsTerm(sentence, at, subject) || onCondition(key, at)) continue;
    out.push({ kind: 'extension', params: { months: years * 12 } });
  }
  return out;
}

/** The moved dates that are deadlines the sentence's other dates do not already hold. */
export function newDeadlines(
  moved: readonly MovedDate[],
  dates: readonly { date: string }[],
): { date: string; endOfMonth: boolean }[] {
  return moved.flatMap((m) =>
    m.kind === 'deadline' && !dates.some((d) => d.date === m.date)
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
  // A term lengthened to a new cycle ("由两年延长为三年"): the new cycle gives its end.
  return /延期申请|延长(实验|试点)?(周期|期限|时间)|申请延期/.test(key) || LENGTHENED_TO.test(key)
    ? {}
    : null;
}
