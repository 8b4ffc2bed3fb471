/**
 * .docx: the zip is checked against bomb limits, the main part is found through
 * _rels/.rels (not assumed to be word/document.xml), inflated with a size cap and parsed
 * by docx-body.ts. Core properties give title/date/author hints.
 */
import type JSZip from 'jszip';
import { ReadError, type SourceDocument } from '../source-document';
import { ReadBudget } from './budget';
import { DocBuilder, type Hints } from './doc-builder';
import { parseDocumentXml } from './docx-body';
import { emptyError } from './errors';
import { inflateLimited, openOfficeZip } from './zip-guard';

export function corruptDocx(detail = ''): ReadError {
  return new ReadError(
    'corrupt_docx',
    `Word 文件已损坏或不完整${detail}，无法打开。请用 Word 或 WPS 打开后重新保存为 .docx 再导入`,
  );
}

export async function readDocx(
  bytes: Uint8Array,
  budget: ReadBudget = new ReadBudget(),
): Promise<SourceDocument> {
  const zip = await openOfficeZip(bytes, () => corruptDocx());
  const mainPath = (await mainPartPath(zip)) ?? 'word/document.xml';
  const main = zip.file(mainPath);
  if (!main) throw corruptDocx('（缺少正文部分 word/document.xml，可能不是 Word 文档）');

  let nodes;
  try {
    nodes = parseDocumentXml(await inflateLimited(main, budget), budget);
  } catch (e) {
    throw e instanceof ReadError ? e : corruptDocx('（正文解压或解析失败）');
  }
  const b = new DocBuilder(budget);
  b.flow(nodes);
  if (b.isEmpty) throw emptyError();
  return b.build('docx', { hints: await coreHints(zip) });
}

/** The officeDocument relationship target; WPS and some converters don't use document.xml. */
async function mainPartPath(zip: JSZip): Promise<string | undefined> {
  const rels = zip.file('_rels/.rels');
  if (!rels) return undefined;
  try {
    const xml = await inflateLimited(rels);
    const m = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(xml);
    const target = m ? /Target="([^"]+)"/.exec(m[0])?.[1] : undefined;
    return target?.replace(/^\//, '');
  } catch {
    return undefined;
  }
}

/** docProps/core.xml: dc:title, dcterms:created (as YYYY-MM-DD), dc:creator. Best effort. */
async function coreHints(zip: JSZip): Promise<Hints | undefined> {
  const core = zip.file('docProps/core.xml');
  if (!core) return undefined;
  try {
    const xml = await inflateLimited(core);
    const tag = (name: string): string | undefined => {
      const m = new RegExp(`<${name}\\b[^>]*>([^<]*)</${name}>`).exec(xml);
      return m?.[1] ? decodeXmlEntities(m[1]) : undefined;
    };
    const created = tag('dcterms:created');
    return { title: tag('dc:title'), date: created?.slice(0, 10), author: tag('dc:creator') };
  } catch {
    // Properties are hints only: a damaged core.xml must not fail a readable body.
    return undefined;
  }
}

function decodeXmlEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => safeCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => safeCodePoint(parseInt(d, 10)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function safeCodePoint(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
}
