/**
 * A web page saved "as a single file" (.mht/.mhtml) the way browsers write it: MIME headers,
 * a multipart/related body, the page part in its own charset (gb2312 pages stay GBK bytes)
 * and quoted-printable, and an image part after it as base64.
 */
import iconv from 'iconv-lite';

const BOUNDARY = '----MultipartBoundary--8fKx2WqZ7cTnR0aYvL4jHmE1sGdUoP3i----';

/** Quoted-printable: bytes ≥ 0x80, "=" and line ends encoded, lines soft-broken at 76. */
export function quotedPrintable(bytes: Uint8Array): string {
  let out = '';
  let line = '';
  for (const b of bytes) {
    if (b === 0x0a) {
      out += `${line}\r\n`;
      line = '';
      continue;
    }
    if (b === 0x0d) continue;
    const piece =
      b >= 0x80 || b === 0x3d || b < 0x20
        ? `=${b.toString(16).toUpperCase().padStart(2, '0')}`
        : String.fromCharCode(b);
    if (line.length + piece.length > 75) {
      out += `${line}=\r\n`;
      line = '';
    }
    line += piece;
  }
  return out + line;
}

/** `charset`: the encoding the page's bytes are in (its part header says so). */
export function buildMht(html: string, charset: 'gbk' | 'utf-8', title: string): Uint8Array {
  // Pages labelled gb2312 are GBK (GB18030 for rare characters) in fact.
  const bytes = charset === 'gbk' ? iconv.encode(html, 'gb18030') : Buffer.from(html, 'utf8');
  const location = 'http://www.example.gov.cn/xxgk/tzgg/202301/t20230105_1.html';
  const encodedTitle = `=?utf-8?B?${Buffer.from(title, 'utf8').toString('base64')}?=`;
  const pixel = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
  const text = [
    'From: <Saved by Blink>',
    `Snapshot-Content-Location: ${location}`,
    `Subject: ${encodedTitle}`,
    'Date: Thu, 5 Jan 2023 09:30:00 +0800',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${BOUNDARY}"`,
    '',
    '',
    `--${BOUNDARY}`,
    `Content-Type: text/html; charset="${charset === 'gbk' ? 'gb2312' : 'utf-8'}"`,
    'Content-ID: <frame-5C1E0F2A9B7D4E3F8A6C>',
    'Content-Transfer-Encoding: quoted-printable',
    `Content-Location: ${location}`,
    '',
    quotedPrintable(bytes),
    '',
    `--${BOUNDARY}`,
    'Content-Type: image/gif',
    'Content-Transfer-Encoding: base64',
    'Content-Location: http://www.example.gov.cn/images/logo.gif',
    '',
    pixel.toString('base64'),
    '',
    `--${BOUNDARY}--`,
    '',
  ].join('\r\n');
  return new Uint8Array(Buffer.from(text, 'latin1'));
}
