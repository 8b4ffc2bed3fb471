/**
 * Warnings about the text itself rather than one list: a paragraph printed twice
 * (a reprint that repeats its intro) and masked characters (****, ××).
 */
import type { NoticeWarning } from '../../../../shared/domain';
import type { KeyedText } from './text-key';

export const MASK = /\*{2,}|＊{2,}|×{2,}|Ｘ{2,}|□{2,}|■{2,}/;

export function duplicatePassages(doc: KeyedText): NoticeWarning[] {
  const seen = new Map<string, number>();
  const out: NoticeWarning[] = [];
  for (const line of doc.lines) {
    const norm = line.key.replace(/\s+/g, '');
    if (norm.length < 40 || line.raw.includes('\t')) continue;
    const first = seen.get(norm);
    if (first === undefined) {
      seen.set(norm, line.trimmedStart);
      continue;
    }
    out.push({
      code: 'duplicate_passage',
      message: `段落重复出现：“${line.raw.trim().slice(0, 20)}…”`,
      firstStart: first,
      start: line.trimmedStart,
      end: line.end,
    });
  }
  return out;
}
