/**
 * 典型案例汇编: a title, then per case a level-1 heading "一、<单位>：<案例名称>" in 3号黑体
 * and its write-up as 3号仿宋 body paragraphs, in official order.
 */
import type { LedgerRecord } from '../../../shared/domain';
import { chineseNumeral } from './chinese-numerals';
import { resolveFonts, type FontNames } from './fonts';
import type { PageOptions } from './page-setup';
import {
  blankLine,
  bodyParagraph,
  headingParagraph,
  splitParagraphs,
  titleParagraph,
} from './paragraphs';
import { orderRecords, unitText, type RecordOrder } from './record-order';
import { packOfficialDocument } from './word-document';
import type { FileChild } from 'docx';

export interface CaseCompilationOptions extends PageOptions {
  /** e.g. "2021年度全国基层治理创新典型案例汇编"; "\n" marks where a long title should wrap. */
  title: string;
  fonts?: Partial<FontNames>;
  order?: RecordOrder;
}

/** "北京市朝阳区：……" — the unit first, as case lists print it; either part may be missing. */
export function caseHeading(r: LedgerRecord, n: number): string {
  const unit = unitText(r);
  const title = r.title?.trim() ?? '';
  // Titles often already start with the unit ("南京市栖霞区马群街道——…"): do not repeat it.
  const text = unit && title && !title.startsWith(unit) ? `${unit}：${title}` : title || unit;
  return `${chineseNumeral(n)}、${text}`;
}

export async function buildCaseCompilation(
  records: readonly LedgerRecord[],
  opts: CaseCompilationOptions,
): Promise<Buffer> {
  const fonts = resolveFonts(opts.fonts);
  const children: FileChild[] = [titleParagraph(fonts, opts.title), blankLine()];
  orderRecords(records, opts.order).forEach((r, i) => {
    children.push(headingParagraph(fonts, caseHeading(r, i + 1)));
    for (const text of splitParagraphs(r.content)) children.push(bodyParagraph(fonts, text));
  });
  return packOfficialDocument(children, {
    title: opts.title.replace(/\s+/g, ''),
    fonts,
    pageNumberStart: opts.pageNumberStart,
  });
}
