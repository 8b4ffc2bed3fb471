/**
 * RTF as Chinese Word and WPS save it: LibreOffice writes every CJK character as \uN with a
 * "?" fallback; Word/WPS on a Chinese system declare \ansicpg936 and write the GBK bytes as
 * \'hh pairs instead. This turns the first into the second (characters GBK cannot hold stay \uN).
 */
import iconv from 'iconv-lite';

export function asGbkRtf(rtf: Buffer): Buffer {
  const text = rtf.toString('latin1');
  const gbk = text
    .replace(/^\{\\rtf1\\ansi(?!cpg)/, '{\\rtf1\\ansi\\ansicpg936')
    .replace(/\\u(-?\d+)(?:\\'3f|\?) ?/g, (whole, n: string) => {
      const code = Number(n) < 0 ? Number(n) + 65536 : Number(n);
      const ch = String.fromCharCode(code);
      const bytes = iconv.encode(ch, 'gbk');
      if (code < 0x80 || iconv.decode(bytes, 'gbk') !== ch) return whole;
      return [...bytes].map((b) => `\\'${b.toString(16).padStart(2, '0')}`).join('');
    });
  return Buffer.from(gbk, 'latin1');
}
