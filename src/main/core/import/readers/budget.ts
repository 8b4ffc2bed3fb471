/**
 * What reading one file may cost. A few KB of zip, XML or HTML can describe millions of
 * cells (a far-away cell, a 1000-column span merged to the end of the table, a lying zip
 * size); every reader counts what it expands against these limits and stops with a
 * Chinese message naming the limit, long before memory runs out. The clock is checked at
 * the same counting points, so a file that is slow without being big stops too.
 *
 * The limits are far above any real notice: a notice's tables have hundreds of rows and
 * tens of columns, a notice PDF tens of pages.
 */
import { ReadError } from '../source-document';

export interface ReadLimits {
  /** Cells of all tables after merged cells are expanded into a full grid. */
  maxGridCells: number;
  /** Steps spent placing spanning cells (rowspan=0 revisits rows: work ≠ cells). */
  maxGridWork: number;
  /** Columns of one table or sheet, counted from the cells present, not a claimed size. */
  maxColumns: number;
  /** Characters of the text a structured file (Word, HTML, sheet, PDF) expands into. */
  maxTextChars: number;
  /** Pages of a PDF. */
  maxPdfPages: number;
  /** Text pieces of a PDF (pdf.js items), all pages together. */
  maxPdfTextItems: number;
  /** Bytes of all zip entries together once inflated, whatever sizes the zip declares. */
  maxInflatedBytes: number;
  /** Depth of nested elements (Word XML, HTML). */
  maxDepth: number;
  /** Wall-clock time for the whole file. */
  maxMillis: number;
}

export const READ_LIMITS: ReadLimits = {
  maxGridCells: 1_000_000,
  maxGridWork: 5_000_000,
  maxColumns: 1_000,
  maxTextChars: 20_000_000,
  maxPdfPages: 1_000,
  maxPdfTextItems: 2_000_000,
  maxInflatedBytes: 200 * 1024 * 1024,
  maxDepth: 20_000,
  maxMillis: 90_000,
};

const wan = (n: number) => (n >= 10_000 ? `${n / 10_000} 万` : `${n} `);

export function limitError(code: string, what: string, advice = '请确认文件是否正确'): ReadError {
  return new ReadError(code, `${what}，文件异常或过大，已停止读取。${advice}。`);
}

/** Counts one file's reading against the limits; create one per file. */
export class ReadBudget {
  readonly limits: ReadLimits;
  private readonly deadline: number;
  private gridCells = 0;
  private gridWork = 0;
  private textChars = 0;
  private pdfItemCount = 0;
  private inflated = 0;
  private sinceClock = 0;

  constructor(
    limits: Partial<ReadLimits> = {},
    private readonly signal?: AbortSignal,
  ) {
    this.limits = { ...READ_LIMITS, ...limits };
    this.deadline = Date.now() + this.limits.maxMillis;
  }

  /** Throws when the time is up or the caller cancelled; cheap enough for inner loops. */
  tick(steps = 1): void {
    this.sinceClock += steps;
    if (this.sinceClock < 4096) return;
    this.sinceClock = 0;
    this.checkClock();
  }

  checkClock(): void {
    if (this.signal?.aborted) throw new ReadError('read_cancelled', '读取已取消。');
    if (Date.now() > this.deadline)
      throw limitError(
        'read_timeout',
        `读取用时超过 ${Math.round(this.limits.maxMillis / 1000)} 秒（每个文件的上限）`,
        '请确认文件是否正确，或拆分后再导入',
      );
  }

  cells(n: number): void {
    this.gridCells += n;
    if (this.gridCells > this.limits.maxGridCells)
      throw limitError(
        'too_many_cells',
        `表格展开合并单元格后超过 ${wan(this.limits.maxGridCells)}个单元格（上限）`,
        '请检查表格中的合并单元格是否异常，或拆分后再导入',
      );
    this.tick(n);
  }

  work(n: number): void {
    this.gridWork += n;
    if (this.gridWork > this.limits.maxGridWork)
      throw limitError(
        'too_many_cells',
        `表格的跨行跨列合并过多（展开超过 ${wan(this.limits.maxGridWork)}步，上限）`,
        '请检查表格中的合并单元格是否异常',
      );
    this.tick(n);
  }

  /** `sheet`: a worksheet's name (the advice then speaks of Excel's cells). */
  columns(n: number, sheet?: string): void {
    if (n > this.limits.maxColumns)
      throw limitError(
        'too_many_columns',
        `${sheet ? `工作表“${sheet}”` : '表格'}有 ${n} 列，超过 ${this.limits.maxColumns} 列的上限`,
        sheet
          ? '请删除远处多余的单元格（按 Ctrl+End 可找到最后一个单元格）后再导入'
          : '请检查表格中的合并单元格（跨列）是否异常',
      );
  }

  text(n: number): void {
    this.textChars += n;
    if (this.textChars > this.limits.maxTextChars)
      throw limitError(
        'text_too_long',
        `正文超过 ${wan(this.limits.maxTextChars)}字（上限）`,
        '请确认文件是否选错，或拆分后再导入',
      );
    this.tick(n >> 6);
  }

  /** `format`: the page-description format named in the message (PDF, OFD). */
  pages(n: number, format = 'PDF'): void {
    if (n > this.limits.maxPdfPages)
      throw limitError(
        'too_many_pages',
        `${format} 共 ${n} 页，超过 ${this.limits.maxPdfPages} 页的上限`,
        '请只导出通知本身的页面后再导入',
      );
  }

  pdfItems(n: number): void {
    this.pdfItemCount += n;
    if (this.pdfItemCount > this.limits.maxPdfTextItems)
      throw limitError(
        'too_many_items',
        `PDF 的文字片段超过 ${wan(this.limits.maxPdfTextItems)}个（上限）`,
      );
    this.tick(n);
  }

  inflatedBytes(n: number): void {
    this.inflated += n;
    if (this.inflated > this.limits.maxInflatedBytes)
      throw limitError(
        'zip_too_large',
        `压缩包解压后超过 ${Math.round(this.limits.maxInflatedBytes / 1048576)} MB（上限），疑似“压缩炸弹”`,
        '请用 Word、Excel 或 WPS 打开后重新保存再导入',
      );
    this.tick(n >> 10);
  }

  depth(n: number, what = '文件结构'): void {
    if (n > this.limits.maxDepth)
      throw limitError(
        'too_deep',
        `${what}嵌套超过 ${wan(this.limits.maxDepth)}层（上限）`,
        '请用原软件打开后另存再导入',
      );
  }
}
