/**
 * Region text → lookup key. Notices arrive in traditional characters (長寧縣), with
 * pinyin junk from converters (長(cháng)寧縣), full-width forms and stray spaces. The key
 * is what every gazetteer name is indexed by, so both sides go through the same
 * simplification (OpenCC t→cn). `origin[i]` maps key position i back to the original
 * text, which the prefix splitter needs to cut the original string.
 */
import * as OpenCC from 'opencc-js';
import { withCurrentNames } from './variant-names';

let toSimplified: ((s: string) => string) | null = null;

export function simplify(text: string): string {
  if (!mayConvert(text)) return text;
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return toSimplified(text);
}

/**
 * The entries of the dictionaries the t→cn converter uses (its `t2s` chain) that change
 * what they match, by the UTF-16 unit they begin with. OpenCC only ever replaces an entry
 * found in the text (the longest at each place), so a text in which no changing entry is
 * found anywhere comes out as it went in: most region strings asked, already in simplified
 * characters, skip the conversion. Null (convert everything) if the dictionaries cannot be read.
 */
let changingEntries: Map<number, string[]> | null | undefined;

function mayConvert(text: string): boolean {
  changingEntries ??= changingDictionaryEntries();
  if (!changingEntries) return true;
  for (let i = 0; i < text.length; i++) {
    const keys = changingEntries.get(text.charCodeAt(i));
    if (keys?.some((key) => text.startsWith(key, i))) return true;
  }
  return false;
}

/** Exported for its test: the converter's changing entries by their first unit, or null. */
export function changingDictionaryEntries(): Map<number, string[]> | null {
  const config = OpenCC.Locale.configs?.t2s as
    { normalizationChain?: unknown; conversionChain?: unknown } | undefined;
  const byStart = new Map<number, string[]>();
  const add = (key: unknown, value: unknown) => {
    if (typeof key !== 'string' || key === '' || key === value) return;
    const code = key.charCodeAt(0);
    const keys = byStart.get(code);
    if (keys) keys.push(key);
    else byStart.set(code, [key]);
  };
  // A chain is a list of groups, a group a list of dictionaries, a dictionary either text
  // ("key value|key value") or [key, value] pairs. (Segmenting changes no character.)
  const dictionary = (d: unknown) => {
    if (typeof d === 'string')
      for (const entry of d.split('|')) {
        const [key, value] = entry.split(' ');
        add(key, value);
      }
    else if (Array.isArray(d)) for (const pair of d) if (Array.isArray(pair)) add(pair[0], pair[1]);
  };
  for (const chain of [config?.normalizationChain, config?.conversionChain])
    for (const group of Array.isArray(chain) ? chain : [])
      for (const d of Array.isArray(group) ? group : []) dictionary(d);
  return byStart.size > 0 ? byStart : null;
}

export interface NormalizedText {
  key: string;
  origin: number[];
  /**
   * OpenCC's conversion of the whole text, as the key was made from: the zone reader looks
   * for a traditional zone's suffix in it (dev-zone-fallback.ts) instead of converting the
   * same text again.
   */
  simplified: string;
}

const PINYIN_JUNK = /^[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ\s]*[)）]/;

function isDropped(code: number): boolean {
  // whitespace (incl. full-width space, NBSP) and zero-width characters
  return (
    code <= 0x20 ||
    code === 0x3000 ||
    code === 0xa0 ||
    (code >= 0x200b && code <= 0x200f) ||
    code === 0xfeff
  );
}

const JOINERS = '-－‐–—·・';

function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** Full-width ASCII → half-width, so （ ） ， match their ASCII forms. */
function halfWidth(code: number): number {
  return code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
}

/**
 * The same strings are normalized many times over (a list item split, then asked its
 * province, then resolved with its date and the previous item; the zone and context
 * fallbacks again): their keys are kept, and shared — callers only read them.
 */
const normalized = new Map<string, NormalizedText>();

export function normalizeRegionText(text: string): NormalizedText {
  let hit = normalized.get(text);
  if (hit) return hit;
  hit = normalizeOnce(text);
  if (normalized.size > 20_000) normalized.clear();
  normalized.set(text, hit);
  return hit;
}

function normalizeOnce(text: string): NormalizedText {
  const simplified = simplify(text);
  let simple = simplified;
  // OpenCC is character-for-character for these texts; where it is not (a surrogate pair
  // appears or vanishes), convert per character so offsets stay exact.
  let perChar = false;
  if (simple.length !== text.length) {
    perChar = true;
    simple = text;
  }
  const out: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < simple.length; i++) {
    const c = simple.charCodeAt(i);
    if (isDropped(c)) continue;
    // A censor's mask set apart by spaces inside a name (宁夏 *** 自治区): a gap, not a boundary.
    const gap = maskedGap(simple, i);
    if (gap > 0) {
      i += gap - 1;
      continue;
    }
    // A hyphen or middle dot between two Chinese characters joins one name (蜀冈-瘦西湖风景名胜区),
    // it does not separate two places.
    if (
      JOINERS.includes(simple[i]!) &&
      isHan(simple.charCodeAt(i - 1)) &&
      isHan(simple.charCodeAt(i + 1))
    )
      continue;
    if (c === 0x28 || c === 0xff08) {
      const m = PINYIN_JUNK.exec(simple.slice(i, i + 16));
      if (m && /[a-zA-Z]/.test(m[0])) {
        i += m[0].length - 1;
        continue;
      }
    }
    let ch = String.fromCharCode(halfWidth(c));
    if (perChar && c >= 0x3400) ch = simplify(ch).charAt(0) || ch;
    out.push(ch);
    origin.push(i);
  }
  origin.push(text.length);
  return { key: withCurrentNames(out.join('')), origin, simplified };
}

/**
 * The length of a run of two or more asterisks starting at i with a space on both sides
 * (a site masking part of a name: 新疆 *** 尔自治区), else 0. What is left of the masked word up
 * to 自治区 goes with it: the region's short name before the mask names it (新疆 …头屯河区). A
 * mask with no spaces around it (达到****件) stays, so the text is still seen as masked.
 */
function maskedGap(text: string, i: number): number {
  if (!'*＊'.includes(text[i] ?? '-') || !/\s/.test(text[i - 1] ?? '')) return 0;
  let j = i;
  while ('*＊'.includes(text[j] ?? '-')) j++;
  if (j - i < 2 || !/\s/.test(text[j] ?? '')) return 0;
  const rest = /^\s*[\u4e00-\u9fff]{0,3}?自治区(?=[\u4e00-\u9fff])/.exec(text.slice(j));
  return j - i + (rest ? rest[0].length : 0);
}

/** Punctuation that ends a region mention in running text or a list. */
export function isBoundary(ch: string | undefined): boolean {
  return (
    ch === undefined ||
    '、,，;；。.:：/|()（）[]【】「」“”"\'-—–_·•~!！?？《》<>'.includes(ch) ||
    /[0-9a-zA-Z]/.test(ch)
  );
}
