/**
 * Never silent: a list written one group a line, each line a heading with its own count and
 * the names after a colon ("一、历史城镇名（8个）：昆明、大理、…", "二、历史政区名（6个）：晋宁、…"),
 * where one line was read and a sibling line gave nothing (its names bare, in a shape no layout
 * reads). The sibling's count is said with its heading: the notice yields fewer entries than
 * its own groups state, and the total the lead gives may well be the sum of the lines.
 */
import type { NoticeWarning } from '../../../../shared/domain';
import { parseNumber } from './chinese-numerals';
import type { ListDraft } from './drafts';
import type { KeyedText, Line } from './text-key';

/** An optional ordinal, the group's name, its count in brackets, a colon, then its names. */
const GROUP_LINE =
  /^(?:[一二三四五六七八九十]+\s*[、.]|[0-9]+\s*[、.])?\s*([^\s(（:：、]{1,16}?)\s*[(（]\s*共?\s*([0-9]+|[一二两三四五六七八九十百]+)\s*个\s*[)）]\s*[:：](.+)$/;

export interface GroupLine {
  line: Line;
  name: string;
  stated: number;
}

function groupLine(line: Line): GroupLine | null {
  const m = GROUP_LINE.exec(line.trimmed);
  if (!m) return null;
  const stated = parseNumber(m[2] ?? '');
  // The names after the colon: two or more, joined by 、 (a sentence after a colon is no list).
  const names = (m[3] ?? '').split('、').filter((s) => s.trim() !== '');
  if (stated === null || stated < 2 || names.length < 2) return null;
  return { line, name: (m[1] ?? '').trim(), stated };
}

/** The group lines that gave nothing while a sibling line was read. */
export function unreadGroupLinesOf(doc: KeyedText, lists: readonly ListDraft[]): GroupLine[] {
  const groups = doc.lines.map(groupLine).filter((g): g is GroupLine => g !== null);
  const readIn = (g: GroupLine): boolean =>
    lists.some((l) => l.items.some((it) => it.start >= g.line.start && it.start < g.line.end));
  if (!groups.some(readIn)) return [];
  return groups.filter((g) => !readIn(g));
}

export function unreadGroupLines(
  doc: KeyedText,
  lists: ListDraft[],
  warnings: NoticeWarning[],
): NoticeWarning[] {
  return unreadGroupLinesOf(doc, lists)
    .filter((g) => !warnings.some((w) => w.code === 'count_mismatch' && w.category === g.name))
    .map((g) => ({
      code: 'count_mismatch' as const,
      message: `“${g.name}”注明${g.stated}个，但没有读到其中的条目（名称未能识别），请核对`,
      category: g.name,
      stated: g.stated,
      found: 0,
    }));
}
