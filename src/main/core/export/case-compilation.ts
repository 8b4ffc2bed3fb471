/**
 * 典型案例汇编: the title, optionally a table of contents (目录, page numbers from Word's
 * PAGEREF fields), then per case a level-1 heading "一、<单位>：<案例名称>" in 3号黑体 and its
 * write-up in 3号仿宋, in official order. Page 1 holds the first case, not the title alone.
 * Cases without a write-up are marked （材料待补） or left out. A heading is kept with what
 * follows it, never a run of headings with each other, so no page is left half empty.
 */
import {
  AlignmentType,
  LeaderType,
  LineRuleType,
  PageReference,
  Paragraph,
  TabStopType,
  TextRun,
  type FileChild,
} from 'docx';
import type { LedgerRecord } from '../../../shared/domain';
import { chineseNumeral } from './chinese-numerals';
import { toChinesePunctuation } from './chinese-punctuation';
import { halfPoints, HAO, resolveFonts, runFont, type FontNames } from './fonts';
import { officialUnit } from './official-unit';
import { LINE_PITCH, TEXT_WIDTH, type PageOptions } from './page-setup';
import {
  attachmentLabel,
  blankLine,
  bodyParagraph,
  headingParagraph,
  splitParagraphs,
  titleParagraph,
} from './paragraphs';
import { orderRecords, type RecordOrder } from './record-order';
import { packOfficialDocument } from './word-document';
import type { Imprint } from './imprint';
import { isRevoked, REVOKED_MARK } from './revoked';

export interface CaseCompilationOptions extends PageOptions {
  /** e.g. "2021年度全国基层治理创新典型案例汇编"; "\n" marks where a long title should wrap. */
  title: string;
  /** 印发机关 and 印发日期 for the 版记 (imprint.ts). */
  imprint?: Imprint;
  /** "附件", "附件2" when the compilation is an attachment; none by default. */
  label?: string;
  /** Cases without a write-up: marked （材料待补） (default) or left out. */
  missingWriteups?: 'mark' | 'omit';
  /** A 目录 of the case headings with page numbers after the title. */
  contents?: boolean;
  fonts?: Partial<FontNames>;
  order?: RecordOrder;
}

export const MISSING_WRITEUP = '（材料待补）';

/**
 * "北京市朝阳区：……" — the unit first, as case lists print it; either part may be missing; a
 * revoked one ends in （已撤销）.
 */
export function caseHeading(r: LedgerRecord, n: number): string {
  const unit = officialUnit(r).text;
  const title = toChinesePunctuation(r.title?.trim() ?? '');
  const written = r.regionText?.trim() ?? '';
  // Titles often already start with the unit ("南京市栖霞区马群街道——…"): do not repeat it.
  const repeats = title.startsWith(unit) || (written !== '' && title.startsWith(written));
  const text = unit && title && !repeats ? `${unit}：${title}` : title || unit;
  // A revoked case is not read as current (revoked.ts).
  return `${chineseNumeral(n)}、${text}${isRevoked(r) ? REVOKED_MARK : ''}`;
}

export const hasWriteup = (r: LedgerRecord): boolean => splitParagraphs(r.content).length > 0;

function contentsLine(fonts: FontNames, text: string, bookmark: string): Paragraph {
  return new Paragraph({
    // Wrapped lines hang under the text after "一、"; the page number sits flush right.
    indent: { left: HAO.san * 20 * 2, hanging: HAO.san * 20 * 2 },
    spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }],
    children: [
      new TextRun({ text, font: runFont(fonts, 'fangsong'), size: halfPoints(HAO.san) }),
      new TextRun({ text: '\t', size: halfPoints(HAO.san) }),
      new PageReference(bookmark),
    ],
  });
}

export async function buildCaseCompilation(
  records: readonly LedgerRecord[],
  opts: CaseCompilationOptions,
): Promise<Buffer> {
  const fonts = resolveFonts(opts.fonts);
  const title = toChinesePunctuation(opts.title);
  const cases = orderRecords(records, opts.order).filter(
    (r) => opts.missingWriteups !== 'omit' || hasWriteup(r),
  );
  const headings = cases.map((r, i) => caseHeading(r, i + 1));
  const children: FileChild[] = [];
  if (opts.label) children.push(attachmentLabel(fonts, opts.label), blankLine());
  children.push(titleParagraph(fonts, title), blankLine());
  if (opts.contents) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [new TextRun({ text: '目　录', font: runFont(fonts, 'heiti'), size: 32 })],
      }),
      ...headings.map((h, i) => contentsLine(fonts, h, `case${i + 1}`)),
      blankLine(),
    );
  }
  cases.forEach((r, i) => {
    // Always followed by its write-up or the mark, so keeping it with the next is safe.
    const bookmark = opts.contents ? `case${i + 1}` : undefined;
    children.push(headingParagraph(fonts, headings[i] ?? '', { keepNext: true, bookmark }));
    const paragraphs = splitParagraphs(r.content).map(toChinesePunctuation);
    if (paragraphs.length === 0) paragraphs.push(MISSING_WRITEUP);
    for (const text of paragraphs) children.push(bodyParagraph(fonts, text));
  });
  return packOfficialDocument(children, {
    title: title.replace(/\s+/g, ''),
    fonts,
    pageNumberStart: opts.pageNumberStart,
    estimatePages: opts.contents === true,
    imprint: opts.imprint,
  });
}
