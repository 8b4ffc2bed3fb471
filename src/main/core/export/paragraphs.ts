/**
 * The paragraph kinds of an official document (GB/T 9704 §7.3): 附件 label, title, level-1
 * heading, body paragraph, blank line. Each sits on the 28.95 pt line grid with exact
 * spacing, so what Word, WPS and LibreOffice lay out is the same number of lines.
 */
import { AlignmentType, Bookmark, LineRuleType, Paragraph, TextRun } from 'docx';
import { charTwips, halfPoints, HAO, runFont, type FontNames } from './fonts';
import { LINE_PITCH } from './page-setup';
import { breakTitle } from './title-lines';

/** One grid line, exact: never taller than the grid, never snapped to two lines. */
const ONE_LINE = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

/*
 * No negative letter spacing: −0.25 pt would fit the standard's 28 characters per line, but
 * LibreOffice then drops line-end punctuation; 27 characters per line is the lesser evil.
 */

/** 两字 indent of body paragraphs and headings: two 三号 characters. */
const TWO_CHARS = charTwips(HAO.san) * 2;

export function blankLine(): Paragraph {
  return new Paragraph({ spacing: ONE_LINE, children: [] });
}

/** "附件" or "附件2" in 3号黑体, flush left on line 1 of the text block, no colon (§7.3.7). */
export function attachmentLabel(fonts: FontNames, text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: ONE_LINE,
    // No automatic gap between 附件 and its number (Word/LibreOffice add one by default).
    autoSpaceEastAsianText: false,
    children: [
      new TextRun({ text, font: runFont(fonts, 'heiti', true), size: halfPoints(HAO.san) }),
    ],
  });
}

/**
 * Title in 2号小标宋, centred. A long title wraps onto further lines of the grid; the
 * caller should break it by meaning (the standard asks for whole words per line), so an
 * explicit "\n" in the title becomes a line break.
 */
export function titleParagraph(fonts: FontNames, title: string): Paragraph {
  const lines = title.includes('\n') ? title.split(/\r?\n/) : breakTitle(title);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: ONE_LINE,
    children: lines.map(
      (text, i) =>
        new TextRun({
          text,
          break: i > 0 ? 1 : 0,
          font: runFont(fonts, 'xiaobiaosong'),
          size: halfPoints(HAO.er),
        }),
    ),
  });
}

/**
 * Level-1 heading "一、……" in 3号黑体, indented two characters like the body (§7.3.3), never
 * split over two pages. `keepNext` only when a paragraph of its own follows: a run of
 * headings each kept with the next would move to the next page as one block. `bookmark`
 * names the heading for a table of contents' page reference. A "\n" in `text` is a line
 * break the caller chose (list-groups.ts keeps a count in brackets whole).
 */
export function headingParagraph(
  fonts: FontNames,
  text: string,
  opts: { keepNext?: boolean; bookmark?: string } = {},
): Paragraph {
  const runs = text.split('\n').map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : 0,
        font: runFont(fonts, 'heiti'),
        size: halfPoints(HAO.san),
      }),
  );
  return new Paragraph({
    // justified, a line ended by a break would be spread over the whole width
    alignment: runs.length > 1 ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    indent: { firstLine: TWO_CHARS },
    spacing: ONE_LINE,
    keepNext: opts.keepNext ?? true,
    keepLines: true,
    children: opts.bookmark ? [new Bookmark({ id: opts.bookmark, children: runs })] : runs,
  });
}

/** Body paragraph in 3号仿宋, first line indented two characters, wrapped lines flush left. */
export function bodyParagraph(fonts: FontNames, text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: TWO_CHARS },
    spacing: ONE_LINE,
    children: [new TextRun({ text, font: runFont(fonts, 'fangsong'), size: halfPoints(HAO.san) })],
  });
}

/** Splits stored content into paragraphs: one per non-empty line, surrounding spaces dropped. */
export function splitParagraphs(content: string | null): string[] {
  if (!content) return [];
  return content
    .split(/\r?\n+/)
    .map((p) => p.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((p) => p.length > 0);
}
