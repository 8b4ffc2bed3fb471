/**
 * Where a notice's body starts: its first sentence paragraph. A title sits above it; a list
 * heading further down is not the notice's title.
 */
import { isSummaryLine } from './summary-line';
import { isFurnitureLine } from './info-line-stamp';
import type { KeyedText } from './text-key';

/** How long a headline that ends in ！ or ？ may be ("福建这15个地方太牛了！又添一项“国字号”荣誉！"). */
const HEADLINE_CHARS = 40;

/**
 * The first line of the body: a sentence paragraph (ending 。！？, or introducing with ：).
 * A short exclamation or question with no full stop in it is a story's headline, not its
 * first sentence.
 */
export function bodyStart(doc: KeyedText): number {
  let summary: number | null = null;
  for (const line of doc.lines) {
    const t = line.trimmed;
    if (t.length < 20 || !/[。！？!?:：]$/.test(t) || line.raw.includes('\t')) continue;
    if (isFurnitureLine(t)) continue;
    if (/[！？!?]$/.test(t) && t.length <= HEADLINE_CHARS && !/[。；]/.test(t)) continue;
    if (summary === null && isSummaryLine(t)) {
      summary = line.index;
      continue;
    }
    return summary === null || storyOpensBelow(doc, summary, line.index) ? line.index : summary;
  }
  return summary ?? doc.lines.length;
}

/** The most lines (a byline, a dateline, a source) a story opens below its labelled summary. */
const SUMMARY_TO_STORY = 3;

/**
 * Whether the sentence at `at` is the story opening under the summary at `summary`, only its
 * byline lines between: a summary with no story under it (an organ's 摘要-led paragraph over its
 * list) is the body itself, and a sentence far below it is no opening.
 */
function storyOpensBelow(doc: KeyedText, summary: number, at: number): boolean {
  const between = doc.lines.slice(summary + 1, at).filter((l) => l.trimmed !== '');
  return between.length <= SUMMARY_TO_STORY;
}
