/**
 * The 版记 of a Word export (GB/T 9704 §7.4): the 印发机关 and 印发日期 line, 4号仿宋, the
 * office one character in from the left, the date (Arabic numerals, then 印发) one character
 * in from the right, between the thick (0.35 mm) first and last separator lines, the last on
 * the bottom edge of the 版心 of the last page (§7.4.1): the line is a frame held to the foot
 * of the text block, not a line after the body, which left it mid-page under a short list.
 * Printed when the clerk gives the office (the export page's 填报单位); with none there is no 版记, and the
 * export page says so before the file is made.
 */
import {
  AlignmentType,
  BorderStyle,
  FrameAnchorType,
  FrameWrap,
  HorizontalPositionAlign,
  LineRuleType,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  VerticalPositionAlign,
} from 'docx';
import { charTwips, halfPoints, HAO, runFont, type FontNames } from './fonts';
import { LINE_PITCH, TEXT_WIDTH } from './page-setup';

export interface Imprint {
  /** 印发机关: the office issuing the document. */
  unit: string;
  /** 印发日期, ISO (2026-12-06): printed 2026年12月6日印发. */
  date: string;
}

/** 0.35 mm in eighths of a point (docx border size): 0.35 mm ≈ 1 pt = 8. */
const THICK = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 4 } as const;

/** "2026年12月6日印发": Arabic numerals, no leading zeros (§7.4.3). */
export function imprintDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日印发`;
}

/**
 * The 版记 paragraphs: the 印发 line between its two rules, framed at the foot of the page the
 * body ends on (the next page when the body leaves it no room), then the document's closing
 * empty line. Text wraps around the frame: kept off it (notBeside), LibreOffice moved a
 * one-page table that ended at the foot onto the next page, leaving page 1 its title only.
 */
export function imprintParagraphs(fonts: FontNames, imprint: Imprint): Paragraph[] {
  const oneChar = charTwips(HAO.si);
  const run = (text: string, tabBefore = false) =>
    new TextRun({
      children: tabBefore ? [new Tab(), text] : [text],
      font: runFont(fonts, 'fangsong'),
      size: halfPoints(HAO.si),
    });
  const exact = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
  return [
    new Paragraph({
      frame: {
        // the text block's foot, whatever page the body ends on
        type: 'alignment',
        alignment: { x: HorizontalPositionAlign.LEFT, y: VerticalPositionAlign.BOTTOM },
        anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
        width: TEXT_WIDTH,
        wrap: FrameWrap.AROUND,
      },
      alignment: AlignmentType.LEFT,
      spacing: exact,
      keepLines: true,
      indent: { left: oneChar, right: oneChar },
      // the date's right edge one character in from the text block's
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - oneChar }],
      border: { top: THICK, bottom: THICK },
      children: [run(imprint.unit), run(imprintDate(imprint.date), true)],
    }),
    // an ordinary last paragraph: the body does not end in a frame
    new Paragraph({ spacing: exact, children: [] }),
  ];
}
