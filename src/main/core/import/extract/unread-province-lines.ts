/**
 * Never silent: a list written one province a line, the province's name, a colon, then its
 * units ("某省：甲县某镇、乙县某乡"), where sibling lines were read and one line gave nothing —
 * its names in a shape no layout reads, or the page cut inside its first name ("某省：某某族自治").
 * The line is said, with where it is; the notice yields fewer entries than it lists.
 */
import type { NoticeWarning } from '../../../../shared/domain';
import type { ListDraft } from './drafts';
import { provinceAt } from './provinces';
import type { KeyedText, Line } from './text-key';

/** What follows the province's colon: names, nothing that reads as a sentence. */
const NAMES = /^[^。；;！？!?]{2,}$/;

/** The line's names after "某省：", or null when the line is no province's group line. */
function provinceNames(line: Line): string | null {
  const t = line.trimmed;
  const hit = provinceAt(t);
  if (!hit) return null;
  const rest = /^\s*[:：]\s*(.*)$/.exec(t.slice(hit.length))?.[1] ?? '';
  return NAMES.test(rest) ? rest : null;
}

export function unreadProvinceLines(doc: KeyedText, lists: readonly ListDraft[]): NoticeWarning[] {
  const groups = doc.lines.filter((line) => provinceNames(line) !== null);
  const readIn = (line: Line): boolean =>
    lists.some((l) => l.items.some((it) => it.start >= line.start && it.start < line.end));
  // Only beside sibling lines that were read: one such line alone may be anything.
  if (groups.filter(readIn).length < 2) return [];
  return groups
    .filter((line) => !readIn(line))
    .map((line) => ({
      code: 'unread_list' as const,
      message: `“${line.raw.trim().slice(0, 30)}”一行像是名单中一个省份的条目，但没有读到其中的条目（可能在此中断，或格式未能识别），请核对`,
      start: line.trimmedStart,
      end: line.end,
    }));
}
