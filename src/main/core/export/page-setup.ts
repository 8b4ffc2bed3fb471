/**
 * GB/T 9704 §5 page: A4, 天头 37 mm, 订口 28 mm, text block 156 × 225 mm, hence bottom
 * 35 mm and right 26 mm; 22 lines of 28 characters.
 */
import { DocumentGridType, type ISectionPropertiesOptions } from 'docx';

/**
 * docx's own convertMillimetersToTwip floors (A4 would come out 11905 × 16837, not Word's
 * 11906 × 16838), so round here.
 */
export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);

export const A4 = { width: mmToTwips(210), height: mmToTwips(297) } as const;

export const MARGINS = {
  top: mmToTwips(37),
  bottom: mmToTwips(35),
  left: mmToTwips(28),
  right: mmToTwips(26),
} as const;

/** The 版心 (text block) width: 156 mm = 8844 twips. Tables are sized to it. */
export const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;

/**
 * 225 mm ÷ 22 lines, rounded down to whole twips (579 = 28.95 pt): 22 × 580 would overshoot
 * the text block by 4 twips, so Word could drop to 21 lines.
 */
export const LINE_PITCH = 579;

/**
 * Footer distance from the page edge. The page number's dash belongs 7 mm below the text
 * block, i.e. about 28 mm above the page edge; the footer line box (single-spaced 4号)
 * starts at this distance, so its middle lands near 28 mm. Calibrated in LibreOffice.
 */
export const FOOTER_DISTANCE = mmToTwips(25);

export interface PageOptions {
  /** First page number of the section: an attachment bound after a body continues its numbering. */
  pageNumberStart?: number;
}

/**
 * Section properties shared by every Word export. The grid is "lines" only: the 28-characters
 * part is achieved by a −0.25 pt run spacing on body text (see paragraphs.ts), because
 * Word's charSpace formula is not honoured by LibreOffice (it laid out 18 characters).
 */
export function sectionProperties(opts: PageOptions = {}): ISectionPropertiesOptions {
  return {
    page: {
      size: { width: A4.width, height: A4.height },
      margin: { ...MARGINS, header: mmToTwips(15), footer: FOOTER_DISTANCE, gutter: 0 },
      ...(opts.pageNumberStart !== undefined
        ? { pageNumbers: { start: opts.pageNumberStart } }
        : {}),
    },
    grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
  };
}
