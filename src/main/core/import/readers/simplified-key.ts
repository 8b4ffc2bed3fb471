/**
 * A comparison key in simplified characters (實驗區 → 实验区), for matchers that must
 * find a traditional-character notice's places in the simplified gazetteer. Readers never
 * apply it to `text`: the raw text stays exactly as the notice wrote it.
 *
 * The opencc converter loads large dictionaries (~10 ms), so it is built only when a text
 * may change at all: a process that only ever meets simplified text never builds it (the
 * first import's identity check on a connection paid for it, at any ledger size).
 */
import * as OpenCC from 'opencc-js';

let convert: ((s: string) => string) | undefined;

/**
 * Where the converter can change a text at all: the first character of each one-character
 * key, and the first two of each longer key, over every dictionary it applies. The
 * converter only rewrites a run of text that a key matches from its start, so a text
 * offering no such start at any position comes back as it went in — and almost every
 * text does (titles read again at every duplicate check at a large ledger spent most of
 * their normalising in the converter's walk). Null: the dictionaries are not laid out as
 * expected, so every text goes through the converter.
 */
interface KeyStarts {
  /** per code point: ONE when it is a key by itself, LONGER when a longer key starts with it */
  flags: Uint8Array;
  two: Set<number>;
}
const ONE = 1;
const LONGER = 2;
let starts: KeyStarts | null | undefined;

/** Two code points as one number (both below 0x110000, so the product stays exact). */
const pairOf = (a: number, b: number) => a * 0x110000 + b;

const BAR = 0x7c; // '|' between a dictionary's entries
const SPACE = 0x20; // ' ' between an entry's key and its values

/**
 * Notes the starts of every key of a dictionary written as one string ("key value|key
 * value|…"), read in place: splitting it made a string per entry and per key, ~23k of
 * them, most of the table's cost.
 */
function noteStringKeys(dict: string, out: KeyStarts) {
  let at = 0;
  while (at < dict.length) {
    let end = at;
    let c = dict.charCodeAt(end);
    while (end < dict.length && c !== BAR && c !== SPACE) c = dict.charCodeAt(++end);
    if (end > at) {
      const first = dict.codePointAt(at)!;
      const next = at + (first > 0xffff ? 2 : 1);
      if (next >= end) out.flags[first]! |= ONE;
      else {
        out.flags[first]! |= LONGER;
        out.two.add(pairOf(first, dict.codePointAt(next)!));
      }
    }
    const bar = dict.indexOf('|', end);
    if (bar < 0) break;
    at = bar + 1;
  }
}

/** Keys of a dictionary given as [key, value] pairs (no such layout today; kept for safety). */
function noteListedKeys(dict: unknown[], out: KeyStarts) {
  for (const e of dict) {
    const k = Array.isArray(e) && typeof e[0] === 'string' ? e[0] : '';
    const cps = Array.from(k, (ch) => ch.codePointAt(0)!);
    if (cps.length === 1) out.flags[cps[0]!]! |= ONE;
    else if (cps.length > 1) {
      out.flags[cps[0]!]! |= LONGER;
      out.two.add(pairOf(cps[0]!, cps[1]!));
    }
  }
}

function keyStarts(): KeyStarts | null {
  // Converter({ from: 't', to: 'cn' }) is the library's t2s configuration: a normalising
  // chain, then its conversion chain, each a list of dictionary groups.
  const config = (OpenCC.Locale.configs as Record<string, Record<string, unknown>>)['t2s'];
  if (!config) return null;
  const known = new Set(['normalizationChain', 'conversionChain', 'segmentation']);
  if (Object.keys(config).some((k) => !known.has(k))) return null;
  const out: KeyStarts = { flags: new Uint8Array(0x110000), two: new Set() };
  for (const chain of [config['normalizationChain'] ?? [], config['conversionChain']]) {
    if (!Array.isArray(chain)) return null;
    for (const group of chain as unknown[]) {
      if (!Array.isArray(group)) return null;
      for (const dict of group as unknown[]) {
        if (typeof dict === 'string') noteStringKeys(dict, out);
        else if (Array.isArray(dict)) noteListedKeys(dict, out);
        else return null;
      }
    }
  }
  return out;
}

/** Whether a key of the converter's dictionaries can match anywhere in `text`. */
function mayConvert(text: string, s: KeyStarts): boolean {
  let i = 0;
  let cp = text.codePointAt(0);
  while (cp !== undefined) {
    const f = s.flags[cp]!;
    if (f & ONE) return true;
    i += cp > 0xffff ? 2 : 1;
    const next = text.codePointAt(i);
    if (f & LONGER && next !== undefined && s.two.has(pairOf(cp, next))) return true;
    cp = next;
  }
  return false;
}

export function simplifiedKey(text: string): string {
  if (starts === undefined) starts = keyStarts();
  if (starts && !mayConvert(text, starts)) return text;
  convert ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return convert(text);
}
