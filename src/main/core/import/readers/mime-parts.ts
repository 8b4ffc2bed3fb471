/**
 * A web page saved as one file (.mht/.mhtml, "网页，单个文件"): a MIME message whose parts
 * are the page and its images. Browsers (Chrome, Edge, old IE) and Word write it the same
 * way: headers, a multipart/related body split by a boundary, each part with its own
 * Content-Type (charset there, often gb2312/gbk), Content-Transfer-Encoding (quoted-printable
 * or base64) and Content-Location. Only the page part matters; images are never decoded.
 */
import { ReadError } from '../source-document';
import type { ReadBudget } from './budget';

export interface MimePart {
  /** Lower-cased header names, unfolded values. */
  headers: Map<string, string>;
  /** The part's body bytes, transfer encoding undone. */
  body: Uint8Array;
}

/** Multipart inside multipart (alternative inside related) goes this deep at most. */
const MAX_NESTING = 4;

/** Whether bytes start like a saved MIME web page: header lines with a MIME-Version. */
export function looksLikeMhtml(head: string): boolean {
  const text = head.replace(/^\ufeff/, '');
  const end = /\r?\n\r?\n/.exec(text);
  const block = end ? text.slice(0, end.index) : text;
  if (!/^[A-Za-z][\w-]*:/.test(block)) return false;
  return /^mime-version\s*:/im.test(block) && /^content-type\s*:/im.test(text);
}

/** The part holding the page: the first text/html part (the main frame), else text/plain. */
export function mainTextPart(bytes: Uint8Array, budget: ReadBudget): MimePart {
  const top = splitHeaders(bytes, 0);
  const parts = leafParts(top, bytes, 0, budget);
  const page =
    parts.find((p) => mediaType(p) === 'text/html') ??
    parts.find((p) => mediaType(p) === 'text/plain');
  if (!page) {
    throw new ReadError(
      'corrupt_mhtml',
      '这个单文件网页（.mht/.mhtml）里找不到网页正文，文件可能已损坏。请在浏览器中打开后另存为“网页，仅 HTML”（.html）再导入',
    );
  }
  return page;
}

export function mediaType(p: MimePart): string {
  return (p.headers.get('content-type') ?? 'text/plain').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** A parameter of a header value (charset="gb2312", boundary=…). */
export function headerParam(value: string | undefined, name: string): string | undefined {
  if (!value) return undefined;
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return (m?.[1] ?? m?.[2])?.trim();
}

interface RawPart {
  headers: Map<string, string>;
  bodyStart: number;
  bodyEnd: number;
}

function leafParts(
  part: RawPart,
  bytes: Uint8Array,
  depth: number,
  budget: ReadBudget,
): MimePart[] {
  budget.checkClock();
  const type = part.headers.get('content-type') ?? '';
  const boundary = headerParam(type, 'boundary');
  if (!/^\s*multipart\//i.test(type) || !boundary) {
    return [{ headers: part.headers, body: decodeTransfer(part, bytes) }];
  }
  if (depth >= MAX_NESTING) {
    throw new ReadError(
      'too_deep',
      '单文件网页（.mht/.mhtml）的分段嵌套过深，文件异常，已停止读取。请在浏览器中打开后另存为 .html 再导入',
    );
  }
  const out: MimePart[] = [];
  for (const raw of splitByBoundary(bytes, part.bodyStart, part.bodyEnd, boundary)) {
    for (const leaf of leafParts(raw, bytes, depth + 1, budget)) out.push(leaf);
  }
  return out;
}

/** Parts between "--boundary" lines; the closing "--boundary--" ends the list. */
function splitByBoundary(bytes: Uint8Array, from: number, to: number, boundary: string): RawPart[] {
  const text = latin1(bytes, from, to);
  const marker = `--${boundary}`;
  const starts: number[] = [];
  let at = text.indexOf(marker);
  while (at >= 0) {
    // A boundary counts only at a line start.
    if (at === 0 || text[at - 1] === '\n') starts.push(at);
    at = text.indexOf(marker, at + marker.length);
  }
  const parts: RawPart[] = [];
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] as number;
    if (text.startsWith(`${marker}--`, s)) break;
    const lineEnd = text.indexOf('\n', s);
    if (lineEnd < 0) break;
    let end = starts[k + 1] ?? text.length;
    // The line break before the next boundary belongs to the boundary.
    if (text[end - 1] === '\n') end--;
    if (text[end - 1] === '\r') end--;
    parts.push(splitHeaders(bytes, from + lineEnd + 1, from + Math.max(end, lineEnd + 1)));
  }
  return parts;
}

/** Header block (unfolded) and where the body starts, for the bytes [from, to). */
function splitHeaders(bytes: Uint8Array, from: number, to = bytes.length): RawPart {
  const text = latin1(bytes, from, Math.min(to, from + 64 * 1024));
  const m = /\r?\n\r?\n/.exec(text);
  const headerText = m ? text.slice(0, m.index) : text;
  const bodyStart = m ? from + m.index + m[0].length : to;
  const headers = new Map<string, string>();
  for (const line of headerText.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const h = /^([^:\s]+)\s*:\s*(.*)$/.exec(line);
    if (h?.[1] && !headers.has(h[1].toLowerCase())) headers.set(h[1].toLowerCase(), h[2] ?? '');
  }
  return { headers, bodyStart, bodyEnd: Math.max(bodyStart, to) };
}

function decodeTransfer(part: RawPart, bytes: Uint8Array): Uint8Array {
  const body = bytes.subarray(part.bodyStart, part.bodyEnd);
  const cte = (part.headers.get('content-transfer-encoding') ?? '').trim().toLowerCase();
  if (cte === 'base64') {
    const text = latin1(body, 0, body.length).replace(/[^A-Za-z0-9+/=]/g, '');
    return new Uint8Array(Buffer.from(text, 'base64'));
  }
  if (cte === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}

/** =XX is a byte, "=" at a line end a soft break; everything else is itself. */
export function decodeQuotedPrintable(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length);
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as number;
    if (c !== 0x3d) {
      out[n++] = c;
      continue;
    }
    const a = body[i + 1];
    const b = body[i + 2];
    if (a === 0x0d && b === 0x0a) {
      i += 2;
      continue;
    }
    if (a === 0x0a) {
      i += 1;
      continue;
    }
    const hex = a !== undefined && b !== undefined ? String.fromCharCode(a, b) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out[n++] = parseInt(hex, 16);
      i += 2;
    } else out[n++] = c;
  }
  return out.subarray(0, n);
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, to - from)).toString(
    'latin1',
  );
}
