/**
 * GB/T 9704 §7.5 page numbers: "— N —" in 4号 half-width 宋体, odd pages flush right and
 * even pages flush left, each one character in from the edge of the text block, so that
 * in two-sided printing the number is always on the outer edge.
 *
 * Word shows the `default` footer on odd pages and the `even` one on even pages only when
 * the document sets evenAndOddHeaderAndFooters (w:evenAndOddHeaders in settings.xml).
 */
import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import { charTwips, halfPoints, HAO, runFont, type FontNames } from './fonts';

function pageNumberFooter(fonts: FontNames, odd: boolean): Footer {
  const oneChar = charTwips(HAO.si);
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: oneChar } : { left: oneChar },
        // Explicit single spacing: inheriting the body's exact 28.95 pt would move the number.
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        children: [
          new TextRun({
            // 宋体 for the digits as well: the standard asks for 宋体 Arabic numerals.
            font: runFont(fonts, 'songti', true),
            size: halfPoints(HAO.si),
            // U+2014 em dashes (一字线), not Word's "-1-" hyphen format.
            children: ['— ', PageNumber.CURRENT, ' —'],
          }),
        ],
      }),
    ],
  });
}

export function pageNumberFooters(fonts: FontNames): { default: Footer; even: Footer } {
  return { default: pageNumberFooter(fonts, true), even: pageNumberFooter(fonts, false) };
}
