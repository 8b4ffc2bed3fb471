/**
 * The one entry point of the readers: bytes of an imported notice → SourceDocument.
 * Guards (size, empty), then the format chosen by content sniffing (sniff.ts), then the
 * format's reader. Whatever goes wrong surfaces as a ReadError with a Chinese message;
 * nothing else escapes, so the import pipeline can show it as is.
 */
import { ReadError, type SourceDocument } from '../source-document';
import { ReadBudget, type ReadLimits } from './budget';
import { readCsv } from './csv-reader';
import { readDoc } from './doc-reader';
import { readDocx } from './docx-reader';
import {
  MAX_IMPORT_FILE_BYTES,
  MAX_PLAIN_TEXT_BYTES,
  plainTextTooLarge,
} from '../../../../shared/import-limits';
import { asReadError, emptyError, tooLargeError } from './errors';
import { readHtml } from './html-reader';
import { readMhtml } from './mhtml-reader';
import { readOdf } from './odf-reader';
import { readOfd } from './ofd-reader';
import { readPdf } from './pdf-reader';
import { readRtf } from './rtf-reader';
import { sniffKind } from './sniff';
import { readTxt } from './txt-reader';
import { readXls } from './xls-reader';
import { readXlsx } from './xlsx-reader';

export { READ_LIMITS, type ReadLimits } from './budget';

export const DEFAULT_MAX_BYTES = MAX_IMPORT_FILE_BYTES;

export interface ReadNoticeOptions {
  /** Larger files are refused before any parsing (default 60 MB). */
  maxBytes?: number;
  /** Overrides of the reading budget's limits (cells, pages, time…; see budget.ts). */
  limits?: Partial<ReadLimits>;
  /** Cancels the read (checked wherever the budget counts). */
  signal?: AbortSignal;
}

export async function readNotice(
  fileName: string,
  bytes: Uint8Array,
  opts: ReadNoticeOptions = {},
): Promise<SourceDocument> {
  try {
    if (!(bytes instanceof Uint8Array))
      throw new ReadError('read_failed', '没有收到文件内容，无法读取');
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    if (bytes.length === 0) throw emptyError();
    if (bytes.length > maxBytes) throw tooLargeError(bytes.length, maxBytes);
    const budget = new ReadBudget(opts.limits, opts.signal);
    const doc = await readByKind(String(fileName ?? ''), bytes, budget);
    if (doc.text.trim() === '') throw emptyError();
    return doc;
  } catch (e) {
    throw asReadError(e, 'read_failed', '读取文件时出错，文件可能已损坏或格式不受支持');
  }
}

async function readByKind(
  fileName: string,
  bytes: Uint8Array,
  budget: ReadBudget,
): Promise<SourceDocument> {
  const kind = sniffKind(fileName, bytes, budget);
  // Too long to be a notice whatever its encoding: refused before it is decoded.
  if ((kind === 'txt' || kind === 'csv' || kind === 'tsv') && bytes.length > MAX_PLAIN_TEXT_BYTES)
    throw new ReadError('notice_too_long', plainTextTooLarge(bytes.length));
  switch (kind) {
    case 'docx':
      return readDocx(bytes, budget);
    case 'xlsx':
      return readXlsx(bytes, budget);
    case 'doc':
      return readDoc(bytes, budget);
    case 'xls':
      return readXls(bytes, budget);
    case 'pdf':
      return readPdf(bytes, budget);
    case 'odt':
    case 'ods':
      return readOdf(bytes, kind, budget);
    case 'rtf':
      return readRtf(bytes, budget);
    case 'ofd':
      return readOfd(bytes, budget);
    case 'html':
      return readHtml(bytes, budget);
    case 'mhtml':
      return readMhtml(bytes, budget);
    case 'csv':
      return readCsv(bytes, false, budget);
    case 'tsv':
      return readCsv(bytes, true, budget);
    case 'txt':
      return readTxt(bytes);
  }
}
