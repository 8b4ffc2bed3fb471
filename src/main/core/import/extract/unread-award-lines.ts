/**
 * Never silent: awards or honours written one a line, each an ordinal heading with its names
 * after a colon ("一、…最佳组织奖：塔山街道西咸欢社区…", "二、…最佳实践奖：…小分队…"), where one
 * line was read and a sibling line gave nothing (its names in a shape no layout reads). The
 * sibling is said, with where it is: the notice names more than it yields. A line that names
 * only persons ("…人气奖：诸妙茵", "优秀个人：张三、李四") lost nothing the ledger keeps, and one
 * whose heading names no award or honour ("二、工作要求：…") is no award line: neither is said,
 * for a false warning costs the clerk a check too.
 */
import type { NoticeWarning } from '../../../../shared/domain';
import type { ListDraft } from './drafts';
import type { KeyedText, Line } from './text-key';

/** An ordinal, the award's name, a colon, then what it was given to (no sentence). */
const AWARD_LINE =
  /^(?:[一二三四五六七八九十]+\s*[、.]|[0-9]+\s*[、.])\s*([^:：。]{2,40})[:：]\s*([^。；;]{2,})$/;
/** Words a heading of awards or honours carries. */
const HONOUR = /奖|称号|先进|优秀|示范|表彰|荣誉/;
/** A person's name, two to four characters; a unit's or a group's name ends in its kind. */
const PERSON = /^[\u4e00-\u9fff]{2,4}$/;
const UNIT_END =
  /(?:社区|村|镇|乡|街道|队|团|站|中心|会|所|院|校|局|委|办|部|组|室|馆|区|县|市|厂|司|家|园|苑|庄|屯)$/;

function namesPersons(names: string): boolean {
  const pieces = names.split(/[、，,\s\u3000]+/).filter((p) => p !== '');
  return pieces.length > 0 && pieces.every((p) => PERSON.test(p) && !UNIT_END.test(p));
}

function isAwardLine(text: string): boolean {
  const m = AWARD_LINE.exec(text);
  return !!m && HONOUR.test(m[1] ?? '') && !namesPersons(m[2] ?? '');
}

export function unreadAwardLines(doc: KeyedText, lists: readonly ListDraft[]): NoticeWarning[] {
  const awards = doc.lines.filter((l) => isAwardLine(l.trimmed));
  const readIn = (line: Line): boolean =>
    lists.some((l) => l.items.some((it) => it.start >= line.start && it.start < line.end));
  if (!awards.some(readIn)) return [];
  return awards
    .filter((line) => !readIn(line))
    .map((line) => ({
      code: 'unread_list',
      message: `“${line.raw.trim().slice(0, 30)}”中的名单没有读出条目（格式未能识别），请核对`,
      start: line.trimmedStart,
      end: line.end,
    }));
}
