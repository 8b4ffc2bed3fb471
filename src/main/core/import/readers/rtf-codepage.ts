/**
 * RTF's byte text (\'hh and raw 8-bit bytes) → characters. The code page comes from the
 * font's \fcharset or the document's \ansicpg (936 = GBK in Chinese Word/WPS). A Western
 * code page over runs made only of high bytes is Chinese text mislabelled (WPS and
 * converters write \ansicpg1252 over GBK bytes): such a run is read as GB18030 when it
 * decodes cleanly.
 */
import iconv from 'iconv-lite';

/** \fcharset → Windows code page; 0 (ANSI) and 1 (default) follow the document. */
export const FONT_CHARSET_CODEPAGE: Record<number, number> = {
  128: 932,
  129: 949,
  134: 936,
  136: 950,
  161: 1253,
  162: 1254,
  177: 1255,
  178: 1256,
  186: 1257,
  204: 1251,
  222: 874,
  238: 1250,
};

function encodingOf(codepage: number): string {
  if (codepage === 936 || codepage === 54936) return 'gb18030';
  if (codepage === 950) return 'big5';
  if (codepage === 65001) return 'utf8';
  const name = `cp${codepage}`;
  return iconv.encodingExists(name) ? name : 'cp1252';
}

export function decodeRtfBytes(bytes: number[], codepage: number): string {
  const buf = Buffer.from(bytes);
  const enc = encodingOf(codepage);
  if (
    enc === 'cp1252' &&
    bytes.length >= 2 &&
    bytes.length % 2 === 0 &&
    bytes.every((b) => b >= 0x81)
  ) {
    const gb = iconv.decode(buf, 'gb18030');
    if (!gb.includes('\ufffd')) return gb;
  }
  return iconv.decode(buf, enc);
}
