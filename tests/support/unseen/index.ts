/**
 * Turns a composed notice into the file staff would receive: .docx; .pdf, old binary .doc,
 * .rtf or .odt (LibreOffice from the .docx); .ofd (laid out from that PDF); .xlsx; old
 * binary .xls or .ods (LibreOffice from the .xlsx); .csv, .html, .mht or .txt in the spec's
 * encoding; in traditional characters when asked.
 */
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { buildDocx } from './build-docx';
import { convertAhead, converted, type Conversion } from './converted';
import { buildHtmlText } from './build-html';
import { buildMht } from './build-mht';
import { asGbkRtf } from './build-rtf';
import { pdfToOfd } from './build-ofd';
import { buildCsvText, buildXlsx } from './build-sheet';
import { buildPlainText } from './build-text';
import type { Encoding, NoticeSpec } from './spec';

export { loadUnseen, type UnseenNotice, type ExpectedRecord } from './spec';

let toTraditional: ((s: string) => string) | null = null;

function toTw(text: string): string {
  toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return toTraditional(text);
}

function traditional(spec: NoticeSpec): NoticeSpec {
  return JSON.parse(toTw(JSON.stringify(spec))) as NoticeSpec;
}

function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf-8') return new Uint8Array(Buffer.from(text, 'utf8'));
  if (encoding === 'utf-8-bom') return new Uint8Array(Buffer.from('\uFEFF' + text, 'utf8'));
  if (encoding === 'utf-16le')
    return new Uint8Array(
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]),
    );
  // No byte-order mark: a reader has to guess the encoding from the bytes themselves.
  if (encoding === 'utf-16le-nobom') return new Uint8Array(iconv.encode(text, 'utf-16le'));
  if (encoding === 'utf-16be-nobom') return new Uint8Array(iconv.encode(text, 'utf-16be'));
  if (encoding === 'utf-16be')
    return new Uint8Array(
      Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]),
    );
  return new Uint8Array(iconv.encode(text, encoding));
}

/** The LibreOffice conversion a notice's file is made by, if any (see `prepareNotices`). */
async function conversionOf(raw: NoticeSpec): Promise<Conversion | null> {
  const spec = raw.traditional ? traditional(raw) : raw;
  const fromDocx = { pdf: 'pdf', ofd: 'pdf', rtf: 'rtf', odt: 'odt', doc: 'doc' } as const;
  const fromXlsx = { ods: 'ods', xls: 'xls' } as const;
  const f = spec.format;
  if (f in fromDocx)
    return { bytes: await buildDocx(spec), from: 'docx', to: fromDocx[f as keyof typeof fromDocx] };
  if (f in fromXlsx)
    return { bytes: await buildXlsx(spec), from: 'xlsx', to: fromXlsx[f as keyof typeof fromXlsx] };
  return null;
}

/**
 * Converts ahead, in batches, every notice here that LibreOffice makes, so that `buildNotice`
 * finds them kept: a run over many notices starts LibreOffice a few times instead of per notice.
 */
export async function prepareNotices(specs: readonly NoticeSpec[]): Promise<void> {
  const files: Conversion[] = [];
  for (const spec of specs) {
    const c = await conversionOf(spec);
    if (c) files.push(c);
  }
  await convertAhead(files);
}

export async function buildNotice(
  id: string,
  raw: NoticeSpec,
): Promise<{ name: string; bytes: Uint8Array }> {
  const spec = raw.traditional ? traditional(raw) : raw;
  const enc = spec.encoding ?? 'utf-8';
  switch (spec.format) {
    case 'docx':
      return { name: `${id}.docx`, bytes: new Uint8Array(await buildDocx(spec)) };
    case 'pdf':
      return {
        name: `${id}.pdf`,
        bytes: new Uint8Array(await converted(await buildDocx(spec), 'docx', 'pdf')),
      };
    case 'ofd':
      return {
        name: `${id}.ofd`,
        bytes: new Uint8Array(
          await pdfToOfd(await converted(await buildDocx(spec), 'docx', 'pdf'), spec.title),
        ),
      };
    case 'rtf': {
      const rtf = await converted(await buildDocx(spec), 'docx', 'rtf');
      // encoding gbk: as Chinese Word/WPS write it (\ansicpg936, GBK bytes as \'hh).
      return { name: `${id}.rtf`, bytes: new Uint8Array(enc === 'gbk' ? asGbkRtf(rtf) : rtf) };
    }
    case 'odt':
      return {
        name: `${id}.odt`,
        bytes: new Uint8Array(await converted(await buildDocx(spec), 'docx', 'odt')),
      };
    case 'ods':
      return {
        name: `${id}.ods`,
        bytes: new Uint8Array(await converted(await buildXlsx(spec), 'xlsx', 'ods')),
      };
    case 'mht': {
      // A GBK page (encoding gbk/gb18030) or a UTF-8 one: the part header carries the charset.
      const charset = enc === 'gbk' || enc === 'gb18030' ? 'gbk' : 'utf-8';
      const html = buildHtmlText(spec, charset === 'gbk' ? 'gb2312' : 'utf-8');
      return {
        name: `${id}.mht`,
        bytes: buildMht(raw.traditional ? toTw(html) : html, charset, spec.title),
      };
    }
    case 'doc':
      return {
        name: `${id}.doc`,
        bytes: new Uint8Array(await converted(await buildDocx(spec), 'docx', 'doc')),
      };
    case 'xlsx':
      return { name: `${id}.xlsx`, bytes: new Uint8Array(await buildXlsx(spec)) };
    case 'xls':
      return {
        name: `${id}.xls`,
        bytes: new Uint8Array(await converted(await buildXlsx(spec), 'xlsx', 'xls')),
      };
    case 'csv':
      return { name: `${id}.csv`, bytes: encode(buildCsvText(spec), enc) };
    case 'html': {
      const html = buildHtmlText(
        spec,
        spec.declaredCharset ??
          (enc === 'gbk' || enc === 'gb18030' || enc === 'big5'
            ? enc
            : enc.startsWith('utf-16')
              ? 'utf-16'
              : 'utf-8'),
      );
      // A traditional-character site is traditional throughout, navigation and footer too.
      return { name: `${id}.html`, bytes: encode(raw.traditional ? toTw(html) : html, enc) };
    }
    case 'txt':
      return { name: `${id}.txt`, bytes: encode(buildPlainText(spec), enc) };
  }
}
