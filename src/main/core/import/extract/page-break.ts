/**
 * Page breaks a copy of a paginated notice carries in its text: the page-number line and the
 * running header (the notice's title printed again at the head of each page) land wherever
 * the page ended, often in the middle of a sentence or a list. Read as text they cut the
 * list in two, and the header reads as a heading of what follows.
 */
import { isPageNumberLine } from '../readers/pdf-lines';
import { readNumbering } from './numbering';

/** Sentence ends: a page break after one falls between paragraphs. */
const SENTENCE_END = /[。！？!?]$/;
/** A sentence or enumeration cut after one of its items or clauses. */
const CUT_AFTER_ITEM = /[，,、]$/;
/** Punctuation inside running text (a sentence or an enumeration). */
const RUNNING_TEXT = /[，,、；;。：:]/;

/** A list line headed by its label ("青禾县：…"): a new item, not the cut one going on. */
const LABEL_HEAD = /^[^，,、；;。：:\s]{1,12}[：:]/;

/** Han characters: a Chinese sentence has several, a spam site's junk line ("+ a1 I, f. h!") none. */
const HAN = /[\u4e00-\u9fff]/g;

const isRunningText = (t: string): boolean =>
  t.length >= 16 && RUNNING_TEXT.test(t) && (t.match(HAN)?.length ?? 0) >= 4;

const isBlank = (line: string | undefined): boolean => (line ?? '').trim() === '';

/** The line before `i` that is not itself page furniture (a page number). */
function lineBefore(lines: readonly string[], i: number): string | undefined {
  for (let k = i - 1; k >= 0; k--) if (!isPageNumberLine(lines[k] ?? '', false)) return lines[k];
  return undefined;
}

/**
 * The lines that repeat the notice's first line (its title) as a running header: equal to it,
 * or to its head as a header cut to the page's width prints it, where the text runs on across
 * the line (the line before is a list item, an enumeration or a sentence cut short, and a line
 * follows). A title repeated on purpose stands apart: at the head of the text, after a blank
 * line, a sentence's end (a story printed twice) or a short label ("附件"), and it is kept.
 */
export function runningHeaderLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  const firstAt = lines.findIndex((l) => !isBlank(l));
  const first = lines[firstAt]?.trim() ?? '';
  if (first.length < 6 || first.includes('\t')) return out;
  let bodyBegun = false;
  for (let i = firstAt + 1; i < lines.length; i++) {
    const t = (lines[i] ?? '').trim();
    const header = t === first || (t.length >= 10 && first.startsWith(t));
    if (header && bodyBegun && !isBlank(lines[i + 1])) {
      const prev = (lineBefore(lines, i) ?? '').trim();
      const runsOn =
        prev !== '' &&
        prev !== first &&
        // After a sentence's end it may head a story printed twice, and stays.
        !SENTENCE_END.test(prev) &&
        (CUT_AFTER_ITEM.test(prev) || readNumbering(prev) !== null || isRunningText(prev));
      if (runsOn) {
        out.add(i);
        continue;
      }
    }
    // The body begins with a sentence or clause, not a byline ("来源：… 字体：[大 中 小]").
    if (isRunningText(t) && /[。！？!?：:，,、；;]$/.test(t)) bodyBegun = true;
  }
  return out;
}

/**
 * The raw span a page-furniture line at `i` (starting at offset `start`) drops: the line with
 * its break, and, where the line before broke off after an item or a clause (…、 …，) and
 * the next goes on with neither a number nor a label of its own, that line's break too, so the sentence or the enumeration
 * reads on across the page as one.
 */
export function pageBreakSpan(
  raw: string,
  lines: readonly string[],
  i: number,
  start: number,
): { at: number; length: number } {
  const line = lines[i] ?? '';
  const end = Math.min(start + line.length + 1, raw.length);
  const prev = lines[i - 1];
  const next = lines[i + 1];
  const joins =
    prev !== undefined &&
    next !== undefined &&
    !isBlank(next) &&
    !prev.includes('\t') &&
    !next.includes('\t') &&
    CUT_AFTER_ITEM.test(prev.trim()) &&
    readNumbering(next.trim()) === null &&
    !LABEL_HEAD.test(next.trim());
  if (!joins) return { at: start, length: end - start };
  const at = start - 1 - (prev.length - prev.trimEnd().length);
  const lead = next.length - next.trimStart().length;
  return { at, length: end + lead - at };
}
