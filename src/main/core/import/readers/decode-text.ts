/**
 * Turns the bytes of a plain-text file (txt, csv, html body) into a string and names
 * the encoding. Order: BOM → BOM-less UTF-16 (NUL pattern, or Chinese text without any
 * ASCII) → strict UTF-8 → the GB family, decoded as gb18030 (gbk/gb2312 decoders garble
 * 4-byte characters found in rare place names) → Big5 when the byte statistics say
 * traditional text. Anything else is a ReadError rather than a guess, because a wrongly
 * decoded notice poisons every record.
 */
import iconv from 'iconv-lite';
import { ReadError } from '../source-document';
import { binaryError } from './errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** The BOM at the start of `bytes`, if any, and its length. */
export function sniffBom(
  bytes: Uint8Array,
): { encoding: TextEncoding; length: number } | undefined {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** Decodes with a known encoding (BOM or declared charset), dropping a matching BOM. */
export function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  const bom = sniffBom(bytes);
  const body = bom && bom.encoding === encoding ? bytes.subarray(bom.length) : bytes;
  const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  // iconv-lite never throws on bad input: it substitutes U+FFFD, which the checks below see.
  return iconv.decode(buf, encoding, { stripBOM: false });
}

/** Detects the encoding of unlabelled text and decodes it; line endings are left alone. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = sniffBom(bytes);
  if (bom) return checked(decodeAs(bytes, bom.encoding), bom.encoding);

  const utf16 = bomlessUtf16(bytes);
  if (utf16) return checked(decodeAs(bytes, utf16), utf16);

  const utf8 = bytes.includes(0) ? undefined : strictUtf8(bytes);
  if (utf8 !== undefined) return checked(utf8, 'utf-8');
  // Only bytes that are not UTF-8: plain English would read as CJK units too.
  const chinese16 = chineseUtf16(bytes);
  if (chinese16) return checked(decodeAs(bytes, chinese16), chinese16);
  if (bytes.includes(0)) throw binaryError();

  const family = doubleByteFamily(bytes);
  if (family) return checked(decodeAs(bytes, family), family);
  throw new ReadError(
    'unknown_encoding',
    '无法识别文件的文字编码（不是 UTF-8、UTF-16、GB18030/GBK 或 Big5）。请用记事本或 WPS 打开后另存为 UTF-8 再导入',
  );
}

/**
 * Which double-byte Chinese encoding the bytes are in, read from the bytes alone: Big5 when
 * many pairs have a trail byte below A1 and Big5 reads them all, GB18030 when most pairs fall in
 * GB2312's range and it reads them (one damaged byte in a long GBK file is let pass).
 * `big5Share`: the share of low-trail pairs that makes it Big5 (higher where a meta says GB).
 * `fewest`: the fewest characters the guess is made from (more where it overrules a meta).
 */
export function doubleByteFamily(
  bytes: Uint8Array,
  big5Share = 0.15,
  fewest = 1,
): 'big5' | 'gb18030' | undefined {
  const stats = doubleByteStats(bytes);
  if (stats.pairs + stats.quads < fewest) return undefined;
  if (stats.invalid === 0 && stats.pairs > 0 && stats.lowTrail / stats.pairs >= big5Share) {
    if (!decodeAs(bytes, 'big5').includes('\ufffd')) return 'big5';
  }
  if (stats.pairs + stats.quads > 0 && stats.gb2312 / Math.max(1, stats.pairs) >= 0.5) {
    const bad = countOf(decodeAs(bytes, 'gb18030'), '\ufffd');
    if (bad <= Math.floor((stats.pairs + stats.quads) / 1000)) return 'gb18030';
  }
  return undefined;
}

/** Rejects decoded text that is really binary (control characters a text file never holds). */
export function assertTextLike(text: string): void {
  const n = Math.min(text.length, 1 << 20);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // TAB, LF, VT (Word's manual line break), FF (page breaks) and CR are ordinary in notices.
    if ((c < 0x20 && (c < 9 || c > 13)) || c === 0x7f) control++;
  }
  // Binary decoded as text is ~10% control characters; a pasted notice has a few strays.
  if (n > 0 && (text.includes('\u0000') || control / n > 0.05)) throw binaryError();
}

function checked(text: string, encoding: TextEncoding): DecodedText {
  assertTextLike(text);
  return { text, encoding };
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * UTF-16 without a BOM shows NUL bytes on one parity only (the high byte of ASCII
 * characters). Pure-CJK UTF-16 without a BOM has no such signal and is not attempted:
 * Windows tools always write the BOM.
 */
function bomlessUtf16(bytes: Uint8Array): TextEncoding | undefined {
  const n = Math.min(bytes.length, 1 << 16) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const units = n / 2;
  if (odd / units > 0.1 && even / units < 0.01) return 'utf-16le';
  if (even / units > 0.1 && odd / units < 0.01) return 'utf-16be';
  return undefined;
}

/** Code units a Chinese notice is made of: CJK, CJK and full-width punctuation, ASCII. */
function textUnit(u: number): boolean {
  return (
    (u >= 0x4e00 && u <= 0x9fff) ||
    (u >= 0x3000 && u <= 0x303f) ||
    (u >= 0xff00 && u <= 0xffef) ||
    (u >= 0x2000 && u <= 0x206f) || // general punctuation: “ ” — …
    (u >= 0x20 && u <= 0x7e) ||
    u === 0x09 ||
    u === 0x0a ||
    u === 0x0d
  );
}

/**
 * UTF-16 without a BOM and without the NUL pattern: pure Chinese text (a notice with no
 * ASCII at all). Read as UTF-16, nearly every unit is a CJK character or punctuation;
 * GB18030 and Big5 bytes read that way land mostly outside those blocks (their trail
 * bytes make units above U+A000), so a high share decides it.
 */
function chineseUtf16(bytes: Uint8Array): TextEncoding | undefined {
  if (bytes.length % 2 !== 0 || bytes.length < 8) return undefined;
  const n = Math.min(bytes.length, 1 << 16);
  const share = (be: boolean) => {
    let good = 0;
    for (let i = 0; i + 1 < n; i += 2) {
      const u = be ? (bytes[i]! << 8) | bytes[i + 1]! : (bytes[i + 1]! << 8) | bytes[i]!;
      if (textUnit(u)) good++;
    }
    return good / (n / 2);
  };
  const le = share(false);
  const be = share(true);
  if (le >= 0.95 && be < 0.5) return 'utf-16le';
  if (be >= 0.95 && le < 0.5) return 'utf-16be';
  return undefined;
}

interface DoubleByteStats {
  pairs: number;
  quads: number;
  /** Pairs inside GB2312 (lead A1–F7, trail A1–FE): nearly all of real simplified text. */
  gb2312: number;
  /** Pairs whose trail byte is below A1: rare in GBK text, about half of Big5 text. */
  lowTrail: number;
  invalid: number;
}

/** Walks the bytes with the GBK/GB18030 structure; a cheap, byte-level language model. */
function doubleByteStats(bytes: Uint8Array): DoubleByteStats {
  const s: DoubleByteStats = { pairs: 0, quads: 0, gb2312: 0, lowTrail: 0, invalid: 0 };
  const n = Math.min(bytes.length, 1 << 20);
  let i = 0;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const t = bytes[i + 1] ?? 0;
    if (b >= 0x81 && b <= 0xfe && t >= 0x30 && t <= 0x39) {
      s.quads++;
      i += 4;
    } else if (b >= 0x81 && b <= 0xfe && t >= 0x40 && t <= 0xfe && t !== 0x7f) {
      s.pairs++;
      if (b >= 0xa1 && b <= 0xf7 && t >= 0xa1) s.gb2312++;
      if (t < 0xa1) s.lowTrail++;
      i += 2;
    } else {
      s.invalid++;
      i++;
    }
  }
  return s;
}

function countOf(s: string, ch: string): number {
  let k = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) k++;
  return k;
}
