/**
 * Which reader a file needs: content first, extension second. Users rename files and
 * sites serve HTML as ".doc", so the bytes decide whenever they can: zip → docx/xlsx/OFD/
 * OpenDocument by the entries inside, %PDF → pdf, OLE2 → .doc/.xls by the streams inside
 * (WPS's .wps/.et are the same containers), {\rtf → rtf (Word and WPS save it as ".doc"
 * too), image and archive magics → refused, MIME headers → a page saved as one file
 * (.mht), markup → html; only plain text falls back to the extension (.csv/.tsv vs .txt).
 */
import { ReadError } from '../source-document';
import type { ReadBudget } from './budget';
import { binaryError } from './errors';
import { inspectOle } from './ole-guard';
import { looksLikeMhtml } from './mime-parts';
import { listZipEntries } from './zip-guard';

export type ReaderKind =
  | 'docx'
  | 'xlsx'
  | 'doc'
  | 'xls'
  | 'pdf'
  | 'ofd'
  | 'odt'
  | 'ods'
  | 'rtf'
  | 'html'
  | 'mhtml'
  | 'csv'
  | 'tsv'
  | 'txt';

export function extensionOf(fileName: string): string {
  return /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
}

export function sniffKind(fileName: string, bytes: Uint8Array, budget: ReadBudget): ReaderKind {
  const ext = extensionOf(fileName);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return zipKind(bytes, ext);
  }
  if (latin1(bytes, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return oleKind(bytes, budget);
  }
  if (isImage(bytes)) {
    throw new ReadError(
      'image_file',
      '这是图片文件，没有可读取的文字。请先做文字识别，或导入原始的 Word/PDF 文件',
    );
  }
  if (isArchive(bytes)) throw binaryError();
  if (/^(\ufeff|\xef\xbb\xbf)?\s*\{\\rtf/.test(latin1(bytes, 64))) return 'rtf';
  if (looksLikeMhtml(prefixText(bytes, 8192))) return 'mhtml';
  const html = looksLikeHtml(bytes);
  if (Object.hasOwn(CONTAINER_NAMES, ext)) throw wrongExtension(ext, html);
  if (html) return 'html';
  if (['html', 'htm', 'shtml', 'xhtml', 'asp', 'aspx', 'jsp', 'php'].includes(ext)) return 'html';
  if (ext === 'csv') return 'csv';
  if (ext === 'tsv') return 'tsv';
  return 'txt';
}

/**
 * Names that promise a container format. Bytes that are neither zip nor PDF under such a
 * name are a wrong file (a saved error page, a renamed text), not a notice to guess at:
 * reading it as text would store an empty or meaningless notice.
 */
const CONTAINER_NAMES: Record<string, string> = {
  docx: 'Word（.docx）',
  xlsx: 'Excel（.xlsx）',
  xlsm: 'Excel（.xlsm）',
  pdf: 'PDF',
  ofd: 'OFD',
  odt: 'OpenDocument 文本（.odt）',
  ods: 'OpenDocument 表格（.ods）',
};

/**
 * A format's name inside a Chinese sentence: a space only beside Latin letters ("不是 PDF 文件"),
 * none beside a full-width bracket ("不是 Word（.docx）文件"), which already sets it apart.
 */
function formatInSentence(name: string): string {
  const before = /^[A-Za-z0-9.]/.test(name) ? ' ' : '';
  const after = /[A-Za-z0-9.)]$/.test(name) ? ' ' : '';
  return `${before}${name}${after}`;
}

function wrongExtension(ext: string, html: boolean): ReadError {
  return new ReadError(
    'wrong_extension',
    `文件名是 .${ext}，但内容不是${formatInSentence(CONTAINER_NAMES[ext] ?? ext)}文件（看起来是${html ? '网页' : '纯文本或其他格式'}）。请确认选对了文件；若它本来就是${html ? '网页，请改为 .html' : '文本，请改为 .txt'} 后再导入`,
  );
}

function zipKind(bytes: Uint8Array, ext: string): ReaderKind {
  const entries = listZipEntries(bytes);
  // Truncated zip: no directory to look into, so the name decides which "damaged" message.
  if (!entries) return ext === 'xlsx' || ext === 'xlsm' ? 'xlsx' : 'docx';
  const names = new Set(entries.map((e) => e.name));
  if (names.has('word/document.xml') || [...names].some((n) => /^word\/document\d*\.xml$/.test(n)))
    return 'docx';
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('OFD.xml')) return 'ofd';
  const odf = openDocumentKind(bytes, names, ext);
  if (odf) return odf;
  if (ext === 'docx') return 'docx';
  if (ext === 'xlsx') return 'xlsx';
  throw new ReadError(
    'unsupported_format',
    '这是压缩包（zip），不是 Word(.docx) 或 Excel(.xlsx) 文件。请解压后分别导入其中的通知文件',
  );
}

/**
 * OpenDocument (LibreOffice, WPS): the uncompressed "mimetype" entry names the kind; a
 * file without it still has content.xml, and its name then says text or spreadsheet.
 */
function openDocumentKind(
  bytes: Uint8Array,
  names: Set<string>,
  ext: string,
): ReaderKind | undefined {
  if (!names.has('content.xml')) return undefined;
  // The mimetype entry is stored first and uncompressed, so its text is in the bytes as is.
  const head = latin1(bytes, 256);
  if (head.includes('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  if (head.includes('application/vnd.oasis.opendocument.text')) return 'odt';
  if (head.includes('application/vnd.oasis.opendocument')) {
    throw new ReadError(
      'unsupported_format',
      '这是 OpenDocument 演示文稿或图形文件，暂不支持。请另存为 PDF、Word 或 Excel 后再导入',
    );
  }
  return ext === 'ods' ? 'ods' : ext === 'odt' ? 'odt' : undefined;
}

/** An OLE2 container is a Word or Excel file by the streams it holds, whatever its name. */
function oleKind(bytes: Uint8Array, budget: ReadBudget): ReaderKind {
  const { streams } = inspectOle(bytes, budget);
  if (streams.has('EncryptedPackage') || streams.has('EncryptionInfo')) {
    throw new ReadError(
      'encrypted_file',
      '这个 Office 文件设置了打开密码，无法读取。请用 Word、Excel 或 WPS 打开并取消密码后另存，再导入',
    );
  }
  if (streams.has('WordDocument')) return 'doc';
  if (streams.has('Workbook') || streams.has('Book')) return 'xls';
  throw new ReadError(
    'unsupported_format',
    streams.has('PowerPoint Document')
      ? '这是旧版 PowerPoint 演示文稿（.ppt），暂不支持。请另存为 PDF 后再导入'
      : '这是旧版 Office 格式的文件，但既不是 Word 文档也不是 Excel 表格，无法读取。请用原软件打开后另存为 .docx、.xlsx 或 PDF 再导入',
  );
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = prefixText(bytes, 2048)
    .replace(/^[\s\ufeff]+/, '')
    .toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  return /<(html|head|body)[\s>]|<meta\s[^>]*charset/.test(head);
}

/** The first bytes as text good enough for markup detection (UTF-16 aware). */
function prefixText(bytes: Uint8Array, n: number): string {
  const slice = bytes.subarray(0, n);
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(slice);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(slice);
  return latin1(bytes, n);
}

function isImage(b: Uint8Array): boolean {
  return (
    startsWith(b, [0x89, 0x50, 0x4e, 0x47]) || // PNG
    startsWith(b, [0xff, 0xd8, 0xff]) || // JPEG
    startsWith(b, [0x47, 0x49, 0x46, 0x38]) || // GIF8
    startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || // TIFF
    startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])
  );
}

function isArchive(b: Uint8Array): boolean {
  return (
    startsWith(b, [0x52, 0x61, 0x72, 0x21]) || // Rar!
    startsWith(b, [0x37, 0x7a, 0xbc, 0xaf]) || // 7z
    startsWith(b, [0x1f, 0x8b]) // gzip
  );
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((m, i) => bytes[i] === m);
}

function latin1(bytes: Uint8Array, n: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(n, bytes.byteLength)).toString(
    'latin1',
  );
}
