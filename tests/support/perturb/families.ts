/**
 * Perturbations of a composed notice's text the way real copies mangle it: a PDF or WeChat
 * copy wraps lines at its width, PDF extraction spaces out CJK characters, a retyped copy
 * flips punctuation width, list markers, separators, blank lines and bracket styles, and a
 * copied PDF drags page furniture into the middle of a list. Each family is a pure, seeded
 * function of the notice spec that keeps the gold valid: text the gold compares literally
 * (the listed titles, `keep`) is never rewritten by a family that would change it beyond
 * width and spacing, and table structure is left alone by the families that would break it.
 * A family returns null when it changes nothing in the notice.
 */
import { mulberry32 } from '../generate/prng';
import type { Block, CellSpec, NoticeSpec } from '../unseen/spec';

export const FAMILIES = [
  'wrap',
  'cjk-space',
  'width',
  'markers',
  'separators',
  'furniture',
  'blank-lines',
  'brackets',
] as const;
export type Family = (typeof FAMILIES)[number];

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const between = (rng: Rng, lo: number, hi: number): number =>
  lo + Math.floor(rng() * (hi - lo + 1));

const CJK = /[\u3400-\u9fff]/;

/**
 * (a) Hard line breaks at a copy's width (18–40 characters), wherever they fall, also inside
 * a name: every line of one copy wraps at the same width.
 */
export function wrapLine(line: string, width: number): string {
  const out: string[] = [];
  for (let i = 0; i < line.length; i += width) out.push(line.slice(i, i + width));
  return out.join('\n');
}

/** (b) PDF text extraction: a space between every two CJK characters of the line. */
export function spaceCjk(line: string): string {
  // A real gap between words comes out wider than the gap between justified characters.
  return line
    .replace(/(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '  ')
    .replace(/(?<=[\u3400-\u9fff])(?=[\u3400-\u9fff])/g, ' ');
}

/** (c) Every digit, capital letter and the common punctuation flipped to the other width. */
const WIDTH_PAIRS: readonly (readonly [string, string])[] = [
  ['(', '（'],
  [')', '）'],
  [':', '：'],
  [',', '，'],
  [';', '；'],
];
export function flipWidth(line: string): string {
  return [...line]
    .map((ch) => {
      const pair = WIDTH_PAIRS.find(([h, f]) => ch === h || ch === f);
      if (pair) return ch === pair[0] ? pair[1] : pair[0];
      const c = ch.codePointAt(0)!;
      // Lower-case Latin stays: in these notices it is converter pinyin, never typed by width.
      if (/[0-9A-Z]/.test(ch)) return String.fromCodePoint(c + 0xfee0);
      if (/[０-９Ａ-Ｚ]/.test(ch)) return String.fromCodePoint(c - 0xfee0);
      return ch;
    })
    .join('');
}

/** (d) A list marker for item n in one style. */
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const CN_DIGITS = '零一二三四五六七八九';
function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
}
const MARKER_STYLES = [
  'dot',
  'comma',
  'full-paren',
  'half-paren',
  'circled',
  'chinese',
  'none',
] as const;
type MarkerStyle = (typeof MARKER_STYLES)[number];
function marker(style: MarkerStyle, n: number): string {
  switch (style) {
    case 'dot':
      return `${n}.`;
    case 'comma':
      return `${n}、`;
    case 'full-paren':
      return `（${n}）`;
    case 'half-paren':
      return `(${n})`;
    case 'circled':
      return n <= 20 ? CIRCLED[n - 1]! : `${n}.`;
    case 'chinese':
      return `${chineseNumber(n)}、`;
    case 'none':
      return '';
  }
}

/** The value of a small Chinese numeral (一 … 九十九). */
function chineseValue(s: string): number {
  const digit = (d: string | undefined): number => (d ? CN_DIGITS.indexOf(d) : 0);
  if (!s.includes('十')) return digit(s);
  const [tens, ones] = s.split('十');
  return (tens ? digit(tens) : 1) * 10 + digit(ones);
}

/**
 * A list marker at the start of a line or after a separator, before a CJK item: 1. 1、 （1）
 * (1) ① in the text, or 一、 （一） at a line's start.
 */
const LIST_MARKER =
  /(^|[\s；;。，,])(?:(\d{1,3})[.．、](?!\d)|[（(](\d{1,3})[)）]|([①-⑳]))(?=\s*[\u3400-\u9fff“"《])|^()(?:([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[)）])(?=[\u3400-\u9fff])/g;
export function swapMarkers(line: string, style: MarkerStyle): string {
  return line.replace(LIST_MARKER, (...m: (string | undefined)[]) => {
    const [, lead, a, b, c, lead2, d, e] = m;
    const n = c ? CIRCLED.indexOf(c) + 1 : a || b ? Number(a ?? b) : chineseValue(d ?? e ?? '');
    return (lead ?? lead2 ?? '') + marker(style, n);
  });
}

/** A copied auto-numbered list: its numbers become text, in one style. */
function numberItems(items: string[], style: MarkerStyle): string[] {
  return style === 'none' ? items : items.map((t, i) => marker(style, i + 1) + t);
}

/** Spans of a line no family may rewrite: the listed titles and bracketed asides. */
function protectedAt(line: string, keep: readonly string[]): boolean[] {
  const mask = new Array<boolean>(line.length).fill(false);
  for (const k of keep) {
    if (k.length < 2) continue;
    for (let i = line.indexOf(k); i >= 0; i = line.indexOf(k, i + 1))
      for (let j = i; j < i + k.length; j++) mask[j] = true;
  }
  for (const m of line.matchAll(/[（(][^（()）]*[)）]|《[^《》]*》/g))
    for (let j = m.index; j < m.index + m[0].length; j++) mask[j] = true;
  return mask;
}

/** (e) The separator between enumerated names (、 or ；, twice or more) swapped. */
export function swapSeparators(line: string, to: string, keep: readonly string[]): string {
  const mask = protectedAt(line, keep);
  for (const from of ['、', '；']) {
    if (from === to) continue;
    const at = [...line].flatMap((ch, i) => (ch === from && !mask[i] ? [i] : []));
    if (at.length < 2) continue;
    const chars = [...line];
    for (const i of at) chars[i] = to;
    return chars.join('');
  }
  return line;
}

/** (h) Issue-number brackets and quotes in another style, outside the listed titles. */
export function swapBrackets(line: string, rng: Rng, keep: readonly string[]): string {
  const mask = protectedAt(line, []);
  const titles = protectedAt(line, keep).map((p, i) => p && !mask[i]);
  const [open, close] = pick(rng, [
    ['【', '】'],
    ['[', ']'],
    ['(', ')'],
  ] as const);
  const [qo, qc] = pick(rng, [
    ['「', '」'],
    ['"', '"'],
  ] as const);
  return [...line]
    .map((ch, i) => {
      if (titles[i]) return ch;
      if (ch === '〔') return open;
      if (ch === '〕') return close;
      if (ch === '“') return qo;
      if (ch === '”') return qc;
      return ch;
    })
    .join('');
}

/** Page furniture a copied PDF keeps: a page number, a page count, a running header. */
function furnitureLine(rng: Rng, title: string): string {
  const page = between(rng, 2, 9);
  return pick(rng, [
    `— ${page} —`,
    `- ${page} -`,
    `第${page}页 共${page + between(rng, 0, 4)}页`,
    title.slice(0, Math.min(title.length, 24)),
  ]);
}

/** Maps every text line of the notice's paragraphs, headings and list items. */
function mapLines(blocks: Block[], f: (line: string) => string): Block[] {
  return blocks.map((b): Block => {
    if ('p' in b) return { p: f(b.p) };
    if ('h' in b) return { h: f(b.h) };
    if ('ol' in b) return { ol: b.ol.map(f) };
    if ('layout' in b) return { layout: mapLines(b.layout, f) };
    if ('sheet' in b) return { ...b, blocks: mapLines(b.blocks, f) };
    return b;
  });
}

/** The same over table cells too (families that keep a table's rows and columns). */
function mapAll(blocks: Block[], f: (line: string) => string): Block[] {
  return mapLines(blocks, f).map((b): Block => {
    if (!('table' in b)) return b;
    const cell = (c: CellSpec): CellSpec => (typeof c === 'string' ? f(c) : { ...c, t: f(c.t) });
    return { table: b.table.map((row) => row.map(cell)) };
  });
}

/** (f) Furniture lines between two paragraphs or list items in the middle of the notice. */
function insertFurniture(blocks: Block[], rng: Rng, title: string): Block[] {
  const out = [...blocks];
  const lists = out
    .map((b, i) => ({ b, i }))
    .filter(({ b }) => ('ol' in b && b.ol.length >= 3) || ('p' in b && b.p.length >= 40));
  if (lists.length === 0) return out;
  const { b, i } = lists.reduce((x, y) =>
    ('ol' in y.b ? y.b.ol.join('') : 'p' in y.b ? y.b.p : '').length >
    ('ol' in x.b ? x.b.ol.join('') : 'p' in x.b ? x.b.p : '').length
      ? y
      : x,
  );
  const furniture: Block = { p: furnitureLine(rng, title) };
  if ('ol' in b) {
    const at = between(rng, 1, b.ol.length - 1);
    out.splice(i, 1, { ol: b.ol.slice(0, at) }, furniture, { ol: b.ol.slice(at) });
  } else if ('p' in b) {
    // A page break inside a listing paragraph, after one of its names: the list runs on after
    // the furniture. (Inside a name it breaks only a wrapped copy, which family wrap covers.)
    const cuts = [...b.p.matchAll(/[、，,；;]/g)]
      .map((m) => m.index + 1)
      .filter((k) => k >= 10 && k <= b.p.length - 10);
    if (cuts.length > 0) {
      const at = pick(rng, cuts);
      out.splice(i, 1, { p: b.p.slice(0, at) }, furniture, { p: b.p.slice(at) });
    }
  }
  // A list over several paragraphs: the page also breaks between two of them.
  const paras = out.map((x, j) => ('p' in x ? j : -1)).filter((j) => j > 0);
  if (paras.length >= 4) out.splice(pick(rng, paras), 0, { p: furnitureLine(rng, title) });
  return out;
}

const differs = (a: NoticeSpec, b: NoticeSpec): boolean =>
  JSON.stringify(a.blocks) !== JSON.stringify(b.blocks);

/**
 * The notice with one family of perturbation applied (seeded), or null when the family
 * changes nothing in it. `keep` are the texts the gold compares literally (record titles).
 */
export function perturbNotice(
  spec: NoticeSpec,
  family: Family,
  seed: number,
  keep: readonly string[] = [],
): NoticeSpec | null {
  // the generator's own PRNG, so a perturbed notice is the same on every run
  const rng = mulberry32(seed);
  let blocks: Block[];
  switch (family) {
    case 'wrap': {
      const width = between(rng, 18, 40);
      blocks = mapLines(spec.blocks, (l) => wrapLine(l, width));
      break;
    }
    case 'cjk-space':
      // Some lines only, as a PDF extraction spaces out the lines it justified.
      blocks = mapAll(spec.blocks, (l) => (rng() < 0.5 && CJK.test(l) ? spaceCjk(l) : l));
      break;
    case 'width':
      blocks = mapAll(spec.blocks, flipWidth);
      break;
    case 'markers': {
      const style = pick(rng, MARKER_STYLES);
      blocks = mapLines(spec.blocks, (l) => swapMarkers(l, style)).map((b) =>
        'ol' in b && !b.ol.some((t) => swapMarkers(t, 'none') !== t)
          ? { ol: numberItems(b.ol, style) }
          : b,
      );
      break;
    }
    case 'separators': {
      const to = pick(rng, ['，', '；', ' ', '、']);
      blocks = mapAll(spec.blocks, (l) => swapSeparators(l, to, keep));
      break;
    }
    case 'furniture':
      blocks = insertFurniture(spec.blocks, rng, spec.title);
      break;
    case 'blank-lines':
      // Doubled: an empty line after every paragraph and heading (paragraph spacing typed out).
      blocks = spec.blocks.flatMap((b): Block[] =>
        'p' in b && b.p.trim() === '' ? [] : 'p' in b || 'h' in b ? [b, { p: '' }] : [b],
      );
      break;
    case 'brackets':
      blocks = mapAll(spec.blocks, (l) => swapBrackets(l, rng, keep));
      break;
  }
  const out = { ...spec, blocks };
  return differs(spec, out) ? out : null;
}
