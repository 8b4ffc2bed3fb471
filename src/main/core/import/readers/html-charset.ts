/**
 * Which encoding an HTML file's bytes are in. Order: BOM; then the declared charset
 * (<meta charset>, http-equiv content, <?xml encoding?>) in the first 4 KB; then the
 * same sniffing as plain text. gb2312/gbk/gb18030 are all decoded as gb18030.
 *
 * One override: bytes that are valid UTF-8 and contain non-ASCII are UTF-8 whatever the
 * page declares. Saved pages often keep a stale "gb2312" meta after being re-saved as
 * UTF-8, and real GBK text is practically never valid UTF-8.
 */
import {
  decodeAs,
  decodeText,
  doubleByteFamily,
  sniffBom,
  type DecodedText,
  type TextEncoding,
} from './decode-text';
import { assertTextLike } from './decode-text';
import { binaryError } from './errors';

const ALIASES: Record<string, TextEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'euc-cn': 'gb18030',
  'windows-936': 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  cp950: 'big5',
  'x-x-big5': 'big5',
};

/** The charset a page declares, normalised to one we decode, if any. */
export function declaredCharset(bytes: Uint8Array): TextEncoding | undefined {
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, 4096),
  ).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  return charsetByName(m?.[1]);
}

/** A charset label (from a meta or a MIME header) as one we decode, if we know it. */
export function charsetByName(name: string | undefined): TextEncoding | undefined {
  return name ? ALIASES[name.trim().toLowerCase()] : undefined;
}

/**
 * `outerCharset`: what the container says about the page (a saved web page's MIME part
 * header), which beats the page's own meta; the same UTF-8 override applies.
 */
export function decodeHtml(bytes: Uint8Array, outerCharset?: string): DecodedText {
  const bom = sniffBom(bytes);
  if (bom) return checked(decodeAs(bytes, bom.encoding), bom.encoding);
  const declared = charsetByName(outerCharset) ?? declaredCharset(bytes);
  if (declared && declared !== 'utf-8' && !isUtf8WithNonAscii(bytes)) {
    if (bytes.includes(0)) throw binaryError();
    const actual = otherFamily(bytes, declared);
    return checked(decodeAs(bytes, actual), actual);
  }
  // Declared UTF-8, or nothing usable declared: sniff as for plain text (a page that
  // says utf-8 but is GBK is common on old government sites).
  return decodeText(bytes);
}

/**
 * A page saved in one double-byte family under a meta naming the other (Big5 bytes under
 * "gb2312", GBK bytes under "big5"): read as declared, every character is another. When the
 * bytes clearly show the other family they are read as what they are.
 */
function otherFamily(bytes: Uint8Array, declared: TextEncoding): TextEncoding {
  if (declared !== 'gb18030' && declared !== 'big5') return declared;
  // GB18030 reads any pair, so a GB meta gives way only to bytes plainly Big5: low trail bytes
  // in a good share of pairs (about half in Big5 text, next to none in GBK's GB2312 range).
  const share = declared === 'gb18030' ? BIG5_UNDER_GB : undefined;
  const family = doubleByteFamily(bytes, share, OVERRULING_CHARACTERS);
  return family && family !== declared ? family : declared;
}

/** The share of low-trail pairs that makes a page declared GB Big5 after all. */
const BIG5_UNDER_GB = 0.3;
/**
 * The fewest Chinese characters that overrule a page's meta: a few read either way ("社區" in
 * Big5 has GB2312's byte shape, the GBK of a name "祎玥" Big5's), so a short text keeps its meta.
 */
const OVERRULING_CHARACTERS = 24;

function checked(text: string, encoding: TextEncoding): DecodedText {
  assertTextLike(text);
  return { text, encoding };
}

function isUtf8WithNonAscii(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
