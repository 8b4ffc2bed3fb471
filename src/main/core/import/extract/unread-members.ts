/**
 * "上海市菜篮子工程基地合兴村、横沙岛丰乐村、新村乡新乐村等21个行政村被评定为…": a sentence
 * that names a few places and states how many were chosen, where none of the names was read
 * as an entry and the notice yields fewer records than the count. The notice lists fewer than
 * it says (the rest may be nowhere in it), and the count is reported, never lost in silence.
 */
import type { NoticeWarning } from '../../../../shared/domain';
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import type { ListDraft } from './drafts';
import type { KeyedText } from './text-key';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
/** Names joined by 、 before "等N个…", then the verb that makes them members. */
const COUNTED = new RegExp(
  `[^。；;！!？?\\n]*、[^。；;！!？?\\n]*?等\\s*${N}\\s*个[^。；;，,、]{0,12}?(?:被|均|都)?(?:评定为|评为|确定为|命名为|认定为|确认为|列为|入选|入围|上榜|获评|荣获|成为)`,
  'y',
);
const SENTENCE_END = /[。；;！!？?\n]/g;

/**
 * COUNTED's matches, as a global search would find them, tried only where one can start.
 * A match starting inside a sentence means one from the sentence's start (its leading run
 * takes the characters between), so the leftmost match starts where the search resumes or
 * right after a sentence's end — tried there alone, a long sentence costs its length once,
 * not once per character.
 */
function* countedClauses(key: string): Generator<RegExpExecArray> {
  let at = 0;
  while (at < key.length) {
    COUNTED.lastIndex = at;
    const m = COUNTED.exec(key);
    if (m) {
      yield m;
      at = m.index + Math.max(m[0].length, 1);
      continue;
    }
    SENTENCE_END.lastIndex = at;
    if (!SENTENCE_END.exec(key)) return;
    at = SENTENCE_END.lastIndex;
  }
}

export function unreadMembers(
  doc: KeyedText,
  lists: ListDraft[],
  found: number,
  warnings: NoticeWarning[],
): NoticeWarning[] {
  if (warnings.some((w) => w.code === 'count_mismatch')) return [];
  for (const m of countedClauses(doc.key)) {
    const stated = parseNumber(m[1] ?? '');
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (stated === null || stated <= found || stated > 2000) continue;
    // An enumeration read as a list is checked against its own count elsewhere.
    if (lists.some((l) => l.items.some((it) => it.start >= start && it.start < end))) continue;
    // From the clause the names start in ("…审议，上海市…等21个"), not the sentence's start.
    const clause =
      Math.max(m[0].lastIndexOf('，'), m[0].lastIndexOf(','), m[0].lastIndexOf('：')) + 1;
    const head = doc.text
      .slice(start + clause, end)
      .trim()
      .slice(0, 24);
    return [
      {
        code: 'count_mismatch',
        message: `“${head}…”称共${stated}个，实际读到${found}个（其余未在通知中列出，或名称未能识别），请核对`,
        stated,
        found,
      },
    ];
  }
  return [];
}
