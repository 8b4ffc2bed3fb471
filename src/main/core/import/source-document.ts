/**
 * What every reader (txt, docx/rtf/odt, html/mhtml, xlsx/ods/csv, pdf/ofd) produces and the extractor reads.
 *
 * One linear `text` is the notice's stored raw text and the coordinate system of
 * provenance: every mention's [start, end) points into it. Tables are linearised one
 * row per line with cells joined by TAB, so the extractor's tab-separated-table rule
 * serves Word, HTML and Excel tables alike; `blocks` keep the structure for readers'
 * consumers that want it (merged cells already expanded into a full grid).
 */
import { AppError } from '../../../shared/app-error';

export type SourceFormat =
  | 'txt'
  | 'docx'
  | 'doc'
  | 'html'
  | 'mhtml'
  | 'xlsx'
  | 'xls'
  | 'csv'
  | 'pdf'
  | 'ofd'
  | 'rtf'
  | 'odt'
  | 'ods';

export interface ParagraphBlock {
  type: 'paragraph';
  start: number;
  end: number;
  /**
   * PDF only: the page's layout carries this line on into the next one (it reaches the
   * text block's right edge and the next starts at its left edge). Absent where no layout
   * is known.
   */
  runsOn?: boolean;
}

export interface TableBlock {
  type: 'table';
  start: number;
  end: number;
  /** Full grid, merged cells repeated into every cell they cover. */
  rows: string[][];
}

export type SourceBlock = ParagraphBlock | TableBlock;

export interface SourceDocument {
  format: SourceFormat;
  /** Encoding the bytes were decoded from (text formats), e.g. 'utf-8', 'gb18030', 'utf-16le'. */
  encoding?: string;
  text: string;
  blocks: SourceBlock[];
  /** Hints a container gives besides the body (HTML <title>, docx core properties). */
  hints?: { title?: string; date?: string; author?: string };
}

/** A reader failure people can act on: the message says, in Chinese, what is wrong with the file. */
export class ReadError extends AppError {
  constructor(code: string, message: string) {
    super(code, message);
    this.name = 'ReadError';
  }
}
