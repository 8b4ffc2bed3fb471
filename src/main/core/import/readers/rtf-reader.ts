/**
 * .rtf as Word and WPS save it (and as sites serve it under ".doc"): a token scan with an
 * explicit group stack, so deep nesting cannot overflow the call stack. Text comes from
 * plain characters, \'hh bytes (decoded by the font's charset, else the document's
 * \ansicpg, e.g. 936 for GBK) and \uN escapes (then \ucN fallback characters skipped).
 * Destinations that are not body text are skipped: font/colour/style tables, document
 * info, pictures, headers/footers, field instructions and every \* group.
 * Tables: \cellx closes a cell's definition (its right edge, and \clvmrg/\clmrg merges),
 * \cell ends a cell and \row a row; rows sharing edges make one grid (rtf-table.ts).
 */
import { ReadError, type SourceDocument } from '../source-document';
import { ReadBudget } from './budget';
import { DocBuilder } from './doc-builder';
import { assertTextLike } from './decode-text';
import { emptyError } from './errors';
import { RtfTable } from './rtf-table';
import { decodeRtfBytes, FONT_CHARSET_CODEPAGE } from './rtf-codepage';
import type { FlowNode } from './table-grid';

interface Group {
  skip: boolean;
  uc: number;
  font: number | undefined;
  /** Inside the font table: the font whose charset the next \fcharset names. */
  fontTable: boolean;
}

const SKIPPED = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'info',
  'pict',
  'objdata',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'footnote',
  'listtable',
  'listoverridetable',
  'revtbl',
  'rsidtbl',
  'fldinst',
  'themedata',
  'colorschememapping',
  'latentstyles',
  'datastore',
  'xmlnstbl',
  'filetbl',
  'nonshppict',
  'sp',
  'bkmkstart',
  'bkmkend',
]);

const SYMBOLS: Record<string, string> = {
  line: '\n',
  tab: '\t',
  emdash: '—',
  endash: '–',
  emspace: ' ',
  enspace: ' ',
  qmspace: ' ',
  bullet: '•',
  lquote: '‘',
  rquote: '’',
  ldblquote: '“',
  rdblquote: '”',
  nestcell: ' ',
};

export function readRtf(bytes: Uint8Array, budget: ReadBudget = new ReadBudget()): SourceDocument {
  const src = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const nodes: FlowNode[] = [];
  const table = new RtfTable(budget);
  const fontCodepage = new Map<number, number>();
  let codepage = 1252;
  let text = '';
  let pendingBytes: number[] = [];
  let inTable = false;
  let skipChars = 0;
  const stack: Group[] = [];
  let g: Group = { skip: false, uc: 1, font: undefined, fontTable: false };

  const flushBytes = (): void => {
    if (pendingBytes.length === 0) return;
    const cp = (g.font !== undefined ? fontCodepage.get(g.font) : undefined) ?? codepage;
    text += decodeRtfBytes(pendingBytes, cp);
    pendingBytes = [];
  };
  const emit = (s: string): void => {
    if (g.skip) return;
    flushBytes();
    text += s;
  };
  const endParagraph = (): void => {
    flushBytes();
    if (inTable) table.paragraph(text);
    else {
      for (const n of table.finish()) nodes.push(n);
      nodes.push(text.trim() === '' ? { kind: 'blank' } : { kind: 'para', text });
    }
    text = '';
  };

  let i = 0;
  const n = src.length;
  while (i < n) {
    budget.tick();
    const c = src[i] as string;
    if (c === '{') {
      flushBytes();
      stack.push(g);
      budget.depth(stack.length, 'RTF 文档的结构');
      g = { ...g };
      i++;
      // {\*\dest …}: an ignorable destination, never text.
      if (src.startsWith('\\*', i)) g.skip = true;
      continue;
    }
    if (c === '}') {
      flushBytes();
      g = stack.pop() ?? g;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      i++;
      continue;
    }
    if (c !== '\\') {
      if (skipChars > 0) skipChars--;
      else if (!g.skip) {
        const code = c.charCodeAt(0);
        // Raw 8-bit bytes in the body are characters of the current code page, like \'hh.
        if (code >= 0x80) pendingBytes.push(code);
        else emit(c);
      }
      i++;
      continue;
    }
    // A control symbol or word.
    const next = src[i + 1] ?? '';
    if (next === "'") {
      const byte = parseInt(src.slice(i + 2, i + 4), 16);
      i += 4;
      if (skipChars > 0) skipChars--;
      else if (!g.skip && Number.isFinite(byte)) pendingBytes.push(byte);
      continue;
    }
    if (!/[a-z]/i.test(next)) {
      i += 2;
      if (skipChars > 0) {
        skipChars--;
        continue;
      }
      if (next === '\\' || next === '{' || next === '}') emit(next);
      else if (next === '~') emit(' ');
      else if (next === '_') emit('-');
      else if (next === '\r' || next === '\n') {
        if (!g.skip) endParagraph();
      }
      continue;
    }
    const m = /^([a-z]{1,32})(-?\d{1,10})? ?/i.exec(src.slice(i + 1, i + 48));
    const word = m?.[1] ?? '';
    const param = m?.[2] !== undefined ? Number(m[2]) : undefined;
    i += 1 + (m?.[0].length ?? 1);
    skipChars = 0;
    // \binN: N raw bytes follow (picture data), braces among them included.
    if (word === 'bin') {
      i += Math.max(0, param ?? 0);
      continue;
    }

    if (g.fontTable) {
      if (word === 'f' && param !== undefined) g.font = param;
      else if (word === 'fcharset' && param !== undefined && g.font !== undefined) {
        const cp = FONT_CHARSET_CODEPAGE[param];
        if (cp !== undefined) fontCodepage.set(g.font, cp);
      }
      continue;
    }
    if (word === 'fonttbl') {
      g.skip = true;
      g.fontTable = true;
      continue;
    }
    if (SKIPPED.has(word)) {
      g.skip = true;
      continue;
    }
    if (g.skip) continue;
    switch (word) {
      case 'ansicpg':
        if (param !== undefined && param > 0) codepage = param;
        break;
      case 'uc':
        g.uc = Math.max(0, Math.min(param ?? 1, 10));
        break;
      case 'u':
        if (param !== undefined) emit(String.fromCharCode(param < 0 ? param + 65536 : param));
        skipChars = g.uc;
        break;
      case 'f':
        flushBytes();
        g.font = param;
        break;
      case 'par':
      case 'sect':
      case 'page':
        endParagraph();
        break;
      case 'pard':
        inTable = false;
        break;
      case 'intbl':
        inTable = true;
        break;
      case 'cell':
        flushBytes();
        table.paragraph(text);
        text = '';
        table.endCell();
        inTable = true;
        break;
      case 'nestrow':
        emit(' ');
        break;
      case 'row':
        flushBytes();
        table.endRow();
        break;
      case 'trowd':
        table.newRowDefinition();
        break;
      case 'cellx':
        table.cellEdge(param ?? 0);
        break;
      case 'clvmgf':
      case 'clvmrg':
      case 'clmgf':
      case 'clmrg':
        table.merge(word);
        break;
      default: {
        const s = SYMBOLS[word];
        if (s !== undefined) emit(s);
      }
    }
  }
  flushBytes();
  if (text.trim() !== '') endParagraph();
  else for (const t of table.finish()) nodes.push(t);

  const b = new DocBuilder(budget);
  b.flow(nodes);
  if (b.isEmpty) throw emptyError();
  const doc = b.build('rtf');
  assertTextLike(doc.text);
  if (badCharacters(doc.text)) {
    throw new ReadError(
      'unknown_encoding',
      'RTF 文件的文字编码与其声明的不符，读出的是乱码。请用 Word 或 WPS 打开后另存为 .docx 再导入',
    );
  }
  return doc;
}

/** Text that came out as replacement characters or Latin-1 mojibake of Chinese bytes. */
function badCharacters(text: string): boolean {
  const sample = text.slice(0, 100_000);
  const bad = (sample.match(/[\ufffd\u00c0-\u00ff]/g) ?? []).length;
  const cjk = (sample.match(/[\u3400-\u9fff]/g) ?? []).length;
  return bad > 20 && bad > cjk;
}
