/**
 * .ofd (GB/T 33190, the layout format government sites publish beside or instead of PDF):
 * a zip whose OFD.xml names the document root (Doc_0/Document.xml), which lists the pages
 * in order (Pages/Page_N/Content.xml) and the template pages they draw on. Each page's text
 * objects become positioned items (ofd-page.ts) and then lines exactly as a PDF page's do
 * (pdf-lines.ts): same gaps, tables, run-on lines and page furniture.
 */
import type JSZip from 'jszip';
import { ReadError, type SourceDocument } from '../source-document';
import { ReadBudget } from './budget';
import type { Hints } from './doc-builder';
import { readOfdPage } from './ofd-page';
import { itemsToLines, type PdfItem, type PdfLine } from './pdf-lines';
import { laidOutPages } from './pdf-reader';
import { inflateLimited, openOfficeZip } from './zip-guard';

function corruptOfd(detail = ''): ReadError {
  return new ReadError(
    'corrupt_ofd',
    `OFD 文件已损坏或不完整${detail}，无法打开。请用 OFD 阅读器打开后另存，或导出为 PDF 再导入`,
  );
}

export async function readOfd(
  bytes: Uint8Array,
  budget: ReadBudget = new ReadBudget(),
): Promise<SourceDocument> {
  const zip = await openOfficeZip(bytes, () => corruptOfd());
  const files = new Map<string, JSZip.JSZipObject>();
  zip.forEach((name, f) => files.set(normalise(name), f));
  const text = async (p: string): Promise<string | undefined> => {
    const f = files.get(normalise(p));
    return f ? inflateLimited(f, budget) : undefined;
  };

  const ofdXml = await text('OFD.xml');
  const rootPath = ofdXml ? tagText(ofdXml, 'DocRoot') : undefined;
  const docXml = rootPath ? await text(rootPath) : undefined;
  if (!rootPath || !docXml) throw corruptOfd('（找不到文档根 Document.xml）');
  const base = dirOf(normalise(rootPath));

  const templates = new Map<string, string>();
  for (const m of docXml.matchAll(/<(?:\w+:)?TemplatePage\b[^>]*>/g)) {
    const id = attr(m[0], 'ID');
    const loc = attr(m[0], 'BaseLoc');
    if (id && loc) templates.set(id, resolve(base, loc));
  }
  const pagePaths = [...docXml.matchAll(/<(?:\w+:)?Page\b[^>]*>/g)]
    .map((m) => attr(m[0], 'BaseLoc'))
    .filter((loc): loc is string => loc !== undefined)
    .map((loc) => resolve(base, loc));
  budget.pages(pagePaths.length, 'OFD');

  const pages: PdfLine[][] = [];
  let glyphOnly = 0;
  for (const pagePath of pagePaths) {
    budget.checkClock();
    const xml = await text(pagePath);
    if (xml === undefined) throw corruptOfd(`（缺少页面 ${pagePath}）`);
    const items: PdfItem[] = [];
    // A template (the red masthead, a running footer) is drawn under the page's own content.
    const used = [...xml.matchAll(/<(?:\w+:)?Template\b[^>]*>/g)]
      .map((m) => attr(m[0], 'TemplateID'))
      .map((id) => (id ? templates.get(id) : undefined));
    for (const tplPath of [...used, pagePath]) {
      const content = tplPath === pagePath ? xml : tplPath ? await text(tplPath) : undefined;
      if (content === undefined) continue;
      const page = readOfdPage(content, budget);
      for (const it of page.items) items.push(it);
      glyphOnly += page.glyphOnly;
    }
    pages.push(itemsToLines(items));
  }
  if (!pages.some((lines) => lines.length > 0)) {
    throw glyphOnly > 0
      ? new ReadError(
          'ofd_glyphs_only',
          'OFD 文件中的文字只以字形编号保存，没有对应的文字编码，无法读取。请用 OFD 阅读器导出为带文字的 PDF 或 Word 后再导入',
        )
      : new ReadError('ofd_no_text', '该 OFD 文件没有文字（可能是扫描件），请先做文字识别');
  }
  return laidOutPages(pages, budget).build('ofd', { hints: docInfo(ofdXml ?? '') });
}

/** OFD.xml's DocInfo: Title, Author, CreationDate. */
function docInfo(xml: string): Hints {
  const date = tagText(xml, 'CreationDate');
  return {
    title: tagText(xml, 'Title'),
    author: tagText(xml, 'Author'),
    date: date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : undefined,
  };
}

function tagText(xml: string, name: string): string | undefined {
  const m = new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>([^<]*)</(?:\\w+:)?${name}>`).exec(xml);
  return m?.[1] ? unescapeXml(m[1].trim()) : undefined;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Paths inside the package compare without a leading slash, "./" or "..", and without case. */
function normalise(p: string): string {
  const out: string[] = [];
  for (const seg of p.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/').toLowerCase();
}

function dirOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i >= 0 ? p.slice(0, i) : '';
}

/** BaseLoc is relative to the document's directory unless it starts at the package root. */
function resolve(base: string, loc: string): string {
  return loc.startsWith('/') ? normalise(loc) : normalise(`${base}/${loc}`);
}
