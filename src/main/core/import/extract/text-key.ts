/**
 * A matching key for the notice text, aligned character by character with the raw
 * text: traditional characters become simplified (opencc t→cn, one character at a
 * time so offsets never shift) and full-width ASCII becomes half-width. Rules match on
 * the key; values are cut from the raw text at the same offsets, so 「單位」 is found by
 * the keyword 单位 but stored as written.
 */
import { Converter } from 'opencc-js/t2cn';

const toSimplified = Converter({ from: 't', to: 'cn' });

function simplifyChar(ch: string): string {
  try {
    const converted = toSimplified(ch);
    if (converted.length === ch.length) return converted;
  } catch {
    // not convertible: kept as written
  }
  return ch;
}

/**
 * Variant forms OpenCC leaves alone that clerks type for a common character of place names: 嘠
 * for 嘎 (嘠查, the village of Inner Mongolia's banners), 査 (the Japanese form) for 查. Each is
 * one character for one, so offsets into the text stay exact.
 */
const VARIANT_CHARS: Readonly<Record<string, string>> = { 嘠: '嘎', 査: '查' };

function normaliseCode(code: number, ch: string): string {
  const variant = VARIANT_CHARS[ch];
  if (variant) return variant;
  // Full-width ASCII block → ASCII; ideographic and no-break spaces → space.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000 || code === 0x00a0) return ' ';
  if (code < 0x2e80) return ch;
  return simplifyChar(ch);
}

/**
 * Each UTF-16 unit's key, filled in on first sight (0 = not yet): keys are cut for every
 * line, cell and piece many times over, and an array read is far cheaper than converting
 * or looking up a one-character string each time.
 */
const keyCodes = new Uint16Array(0x10000);

function keyCode(code: number): number {
  const known = keyCodes[code]!;
  if (known !== 0) return known;
  const out = normaliseCode(code, String.fromCharCode(code)).charCodeAt(0);
  keyCodes[code] = out;
  return out;
}

/** Same length as `text`; index i of the key describes index i of the text. */
export function toKey(text: string): string {
  // Most text is its own key: only the characters that change are spliced in.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Surrogate pairs are copied unchanged (two UTF-16 units stay two units).
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const key = keyCode(code);
    if (key === code) continue;
    out += text.slice(from, i) + String.fromCharCode(key);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Key form of a short string (titles, keywords): also drops whitespace. */
export function keyOf(text: string): string {
  return toKey(text).replace(/\s+/g, '');
}

export interface Line {
  index: number;
  start: number;
  end: number;
  /** Raw text of the line without its line break. */
  raw: string;
  /** Key of the line (same length as raw). */
  key: string;
  /** Key with surrounding whitespace trimmed. */
  trimmed: string;
  /** Offset of `trimmed` inside the document. */
  trimmedStart: number;
}

export interface KeyedText {
  text: string;
  key: string;
  lines: Line[];
}

export function keyText(text: string): KeyedText {
  const key = toKey(text);
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const rawEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    const raw = text.slice(start, rawEnd);
    const lineKey = key.slice(start, rawEnd);
    const lead = lineKey.length - lineKey.trimStart().length;
    lines.push({
      index: index++,
      start,
      end: rawEnd,
      raw,
      key: lineKey,
      trimmed: lineKey.trim(),
      trimmedStart: start + lead,
    });
    if (end >= text.length) break;
    start = end + 1;
  }
  return { text, key, lines };
}

/** Comparison form: key without whitespace and punctuation width differences. */
export function comparable(text: string): string {
  return keyOf(text).replace(/[“”"'‘’「」『』《》<>()[\]【】〔〕,，、;；:：.。·•!！?？\-—–_]/g, '');
}
