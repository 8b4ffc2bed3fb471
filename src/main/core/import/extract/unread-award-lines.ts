/**
 * Never silent: awards or honours written one a line, each an ordinal heading with its names
 * after a colon ("一、…最佳组织奖：塔山街道西咸欢社区…", "二、…最佳实践奖：…小分队…"), where one
 * line was read and a sibling line gave nothing (its names in a shape no layout reads, or
 * persons). The sibling is said, with where it is: the notice names more than it yields.
 */
import type { NoticeWarning } from '../../../../shared/domain';
import type { ListDraft } from './drafts';
import type { KeyedText, Line } from './text-key';

/** An ordinal, the award's name, a colon, then what it was given to (no sentence). */
const AWARD_LINE =
  /^(?:[一二三四五六七八九十]+\s*[、.]|[0-9]+\s*[、.])\s*[^:：。]{2,40}[:：]\s*([^。；;]{2,})$/;

export function unreadAwardLines(doc: KeyedText, lists: readonly ListDraft[]): NoticeWarning[] {
  const awards = doc.lines.filter((l) => AWARD_LINE.test(l.trimmed));
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
