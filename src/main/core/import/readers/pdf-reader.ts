/**
 * .pdf with a text layer, via pdf.js (legacy build: the one that runs in Node). CJK
 * fonts need the CMaps shipped inside pdfjs-dist; the directory is resolved through the
 * module system, never a machine path. Pages are separated by a blank line; lines come
 * from pdf-lines.ts. No OCR: a scan without a text layer is a ReadError saying so.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { ReadError, type SourceDocument } from '../source-document';
import { ReadBudget } from './budget';
import { DocBuilder } from './doc-builder';
import { keepingNativeBuiltins } from './native-builtins';
import {
  dropPageFurniture,
  foldKangxiRadicals,
  itemsToLines,
  runOnLines,
  textBlockRight,
  type PdfItem,
  type PdfLine,
} from './pdf-lines';
import { joinCutCellsAcrossPages } from './pdf-page-join';
import { pageLayout, type PdfColumn } from './pdf-table';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsPromise: Promise<PdfJs> | undefined;

/**
 * pdf.js is ESM-only and large: loaded on the first PDF, then reused. In Node it reads in a
 * fake worker on this thread, whose module it would import on the first document; it is
 * loaded here with the library (it sets `globalThis.pdfjsWorker`, which pdf.js then uses), so
 * the built-ins both modules' polyfills replace are put back once (native-builtins.ts).
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= keepingNativeBuiltins(async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return pdfjs;
  });
  return pdfjsPromise;
}

/** Directories of pdf.js's CMaps and standard fonts, with the trailing slash pdf.js expects. */
export function pdfjsAssetDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  // `require` exists in the CommonJS main bundle; under ESM (tests) build one.
  const req = typeof require === 'function' ? require : createRequire(import.meta.url);
  const root = path.dirname(req.resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: path.join(root, 'cmaps') + path.sep,
    standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep,
  };
}

export async function readPdf(
  bytes: Uint8Array,
  budget: ReadBudget = new ReadBudget(),
): Promise<SourceDocument> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    ...pdfjsAssetDirs(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (e) {
      throw openError(e);
    }
    // The page count is known at once: a 10,000-page file is refused before any page is read.
    budget.pages(doc.numPages);
    const pages: PdfLine[][] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      budget.checkClock();
      const { page, content } = await readPage(doc, p);
      budget.pdfItems(content.items.length);
      const items: PdfItem[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const [, , c = 0, d = 0, x = 0, y = 0] = it.transform as number[];
        items.push({ str: it.str, x, y, width: it.width, size: Math.hypot(c, d) || it.height });
      }
      pages.push(itemsToLines(items));
      page.cleanup();
    }
    if (!pages.some((lines) => lines.some((l) => l.text.trim() !== ''))) {
      throw new ReadError('pdf_no_text', '该 PDF 没有文字层（可能是扫描件），请先做文字识别');
    }
    return laidOutPages(pages, budget).build('pdf', { hints: await pdfHints(doc) });
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/**
 * The lines of positioned pages (PDF, OFD) without page furniture, one blank line between
 * pages, tables where lines stand in the same columns (a cell cut at a page's foot joined
 * to its row).
 */
export function laidOutPages(pages: PdfLine[][], budget: ReadBudget): DocBuilder {
  const b = new DocBuilder(budget);
  // A table running to a page's foot hands its columns to the next page's first lines.
  let above: PdfColumn[] | null = null;
  const laid = joinCutCellsAcrossPages(dropPageFurniture(pages));
  const documentRight = textBlockRight(laid.flat());
  for (const lines of laid) {
    b.blank();
    above = emitPageLines(b, lines, above, documentRight);
  }
  return b;
}

/**
 * A page's tables (lines standing in the same columns, pdf-table.ts) and its other lines as
 * paragraphs, each saying whether the layout runs it on into the next; returns the columns
 * of the table the page ends in.
 */
function emitPageLines(
  b: DocBuilder,
  lines: PdfLine[],
  above: PdfColumn[] | null,
  documentRight: number | undefined,
): PdfColumn[] | null {
  const runsOn = runOnLines(lines, documentRight);
  const { parts, foot } = pageLayout(lines, above);
  for (const part of parts) {
    if ('table' in part) b.table(part.table.map((r) => r.map(foldKangxiRadicals)));
    else if ('text' in part) b.paragraph(foldKangxiRadicals(part.text), { runsOn: false });
    else {
      const line = lines[part.line]!;
      b.paragraph(foldKangxiRadicals(line.text), {
        runsOn: !line.text.includes('\t') && runsOn[part.line] === true,
      });
    }
  }
  return foot;
}

async function pdfHints(doc: {
  getMetadata(): Promise<{ info: unknown }>;
}): Promise<SourceDocument['hints']> {
  try {
    const info = (await doc.getMetadata()).info as Record<string, unknown>;
    const str = (v: unknown): string | undefined =>
      typeof v === 'string' && v.trim() ? v : undefined;
    const created = str(info.CreationDate);
    const m = created ? /^D:(\d{4})(\d{2})(\d{2})/.exec(created) : null;
    return {
      title: str(info.Title),
      author: str(info.Author),
      date: m ? `${m[1]}-${m[2]}-${m[3]}` : undefined,
    };
  } catch {
    return undefined;
  }
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/**
 * One page and its text. A file that opens can still be broken inside (a page tree that
 * holds itself, a page object that is not one): pdf.js says so in English, which staff
 * cannot act on; it is the damaged-file message, naming the page.
 */
async function readPage(doc: PdfDocument, p: number) {
  try {
    const page = await doc.getPage(p);
    return { page, content: await page.getTextContent() };
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(
      'corrupt_pdf',
      `PDF 文件已损坏（第 ${p} 页无法读取），请用 PDF 阅读器打开后另存，或重新下载后再导入`,
    );
  }
}

function openError(e: unknown): ReadError {
  const name = e instanceof Error ? e.name : '';
  if (name === 'PasswordException') {
    return new ReadError('pdf_encrypted', '该 PDF 设有打开密码，无法读取。请先解除密码再导入');
  }
  return new ReadError('corrupt_pdf', 'PDF 文件已损坏或不完整，无法打开。请重新下载或另存后再导入');
}
