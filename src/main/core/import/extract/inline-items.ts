/**
 * A list run together into one paragraph, as a reprint or a copied web page leaves it:
 * "…分别是： 一、某某品牌（某市民政局） 二、某某模式（某区民政局） 三、…（某某院） 希望各地…".
 * Numbered 一、二、三… (or （一）（二）…, 1、2、3、…, 1. 2. 3.) in order from one, each number after a space
 * or a colon, the items are lines of their own again, so the readers see the list a Word copy
 * would have shown; and where every item closes with its bracket, the sentence the paragraph
 * goes on with after the last one is a line of its own too. Prose enumerating "一是…二是…" or
 * "一、二等奖" has no space before its numbers and stays as it is.
 */
import { parseNumber } from './chinese-numerals';
import { editLines, type EditedText, type LineEdit } from './line-edits';

/**
 * A number opening an item, after a space run, a colon or a full stop (group 1). A copied
 * attachment may number its items 1. 2. 3. and end each with a semicolon ("1.浙江省三门县，命名为
 * “…”;2.安徽省…"): a digit with a dot, never one of a decimal (1.5亿).
 */
const MARKER =
  /(^|[ \u3000\t]+|(?<=[：:。；;]))(?:([一二三四五六七八九十]{1,3})、|[(（]([一二三四五六七八九十]{1,3})[)）]|([1-9][0-9]?)、|([1-9][0-9]?)[.．](?![0-9]))/g;

interface Marker {
  /** Where the number starts. */
  at: number;
  /** The space run before it (empty after a colon or at the line's start). */
  gap: number;
  style: 'cn' | 'cn_paren' | 'arabic' | 'arabic_dot';
  seq: number;
}

function markersOf(line: string): Marker[] {
  const out: Marker[] = [];
  for (const m of line.matchAll(MARKER)) {
    const style = m[2] ? 'cn' : m[3] ? 'cn_paren' : m[4] ? 'arabic' : 'arabic_dot';
    const seq = parseNumber(m[2] ?? m[3] ?? m[4] ?? m[5] ?? '');
    if (seq === null) continue;
    const gap = m[1]?.length ?? 0;
    out.push({ at: (m.index ?? 0) + gap, gap, style, seq });
  }
  return out;
}

/** The longest run 1, 2, 3… of one style in the line, each item some words long. */
function chainOf(line: string, markers: Marker[]): Marker[] {
  let best: Marker[] = [];
  for (const first of markers) {
    if (first.seq !== 1) continue;
    const chain = [first];
    for (const m of markers) {
      const prev = chain[chain.length - 1];
      if (prev && m.at > prev.at && m.style === first.style && m.seq === prev.seq + 1)
        chain.push(m);
    }
    if (chain.length > best.length) best = chain;
  }
  const longEnough = best.every((m, i) => {
    const next = best[i + 1];
    return (next ? next.at - next.gap : line.length) - m.at >= 6;
  });
  // Three items at least, two of them inside the line: a line already one item is left.
  return best.length >= 3 && best.filter((m) => m.at > 0).length >= 2 && longEnough ? best : [];
}

/** Where the sentence after the last item starts: after its closing bracket and a space. */
function tailAfter(line: string, chain: Marker[]): number | null {
  const items = chain.map((m, i) =>
    line.slice(m.at, (chain[i + 1]?.at ?? line.length) - (chain[i + 1]?.gap ?? 0)),
  );
  if (!items.slice(0, -1).every((t) => /[)）]\s*$/.test(t))) return null;
  const last = chain[chain.length - 1];
  if (!last) return null;
  const m = /[)）]([ \u3000]+)(?=\S{8})/.exec(line.slice(last.at));
  return m ? last.at + m.index + 1 : null;
}

/** The text with each inline list's items on lines of their own. */
export function itemsOnTheirLines(text: string): EditedText {
  return editLines(text, (line) => {
    const chain = chainOf(line, markersOf(line));
    // Break points: the first space before each inline number (turned into the break), or
    // the number itself when a colon stands right before it (a break put in).
    const breaks = new Map<number, LineEdit>();
    for (const m of chain) {
      if (m.at === 0) continue;
      breaks.set(m.gap > 0 ? m.at - m.gap : m.at, { mark: '\n', replace: m.gap > 0 });
    }
    const tail = chain.length > 0 ? tailAfter(line, chain) : null;
    if (tail !== null) breaks.set(tail, { mark: '\n', replace: true });
    return breaks;
  });
}
