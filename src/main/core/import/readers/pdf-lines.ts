/**
 * Positioned text items of PDF pages → lines of text, without page furniture. Pure
 * functions (no pdf.js) so the layout rules are tested on their own.
 *
 * - Whitespace-only items are ignored: their geometry, not their text, says where gaps are.
 * - Items whose baselines lie within half a glyph height form one line, read left to right.
 * - Between items: a gap wider than two glyphs is a column gap (TAB, so table rows keep
 *   the extractor's TAB convention); a smaller visible gap is a space, except between
 *   two CJK characters where it is justification, not a word break, and between CJK and
 *   Latin only when wider than autospacing.
 * - Page furniture: page-number lines ("— 3 —", "- 3 -", "第3页", "3/12") and lines that
 *   repeat at the top or bottom of most pages (running headers/footers) are dropped.
 */

export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Glyph size (font size in user space). */
  size: number;
}

export interface PdfLine {
  text: string;
  y: number;
  /** Where the line's ink starts and ends, and its largest glyph size (for run-on lines). */
  left?: number;
  right?: number;
  size?: number;
  /** The line's TAB-separated cells with where each stands (for tables). */
  cells?: { text: string; left: number; right: number }[];
  /**
   * The line's pieces between every visible gap, a space's too, with where each stands:
   * given only when a space-wide gap splits a cell, so a table can still part two cells that
   * stood too close for a TAB by where the next column starts, not by counting characters.
   */
  words?: { text: string; left: number; right: number }[];
}

const CJK_CHAR = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

export function itemsToLines(items: PdfItem[]): PdfLine[] {
  const sorted = items
    .filter((i) => i.str.trim() !== '' && Number.isFinite(i.x) && Number.isFinite(i.y))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  let current: PdfItem[] = [];
  let baseline = Number.NaN;
  for (const it of sorted) {
    const tolerance = 0.5 * Math.max(it.size, current[0]?.size ?? 0, 1);
    if (current.length > 0 && Math.abs(it.y - baseline) <= tolerance) {
      current.push(it);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [it];
    baseline = it.y;
  }
  if (current.length > 0) groups.push(current);

  const lines: PdfLine[] = [];
  for (const g of groups) {
    g.sort((a, b) => a.x - b.x);
    let text = '';
    let prev: PdfItem | undefined;
    const spans: { left: number; right: number }[] = [];
    const words: { text: string; left: number; right: number }[] = [];
    for (const it of g) {
      const sep = prev ? separator(prev, it, text) : '\t';
      if (sep === '\t') spans.push({ left: it.x, right: it.x + it.width });
      else
        spans[spans.length - 1]!.right = Math.max(spans[spans.length - 1]!.right, it.x + it.width);
      if (!prev || sep !== '' || (/\s$/.test(text) && it.x - (prev.x + prev.width) > 0.2 * it.size))
        words.push({ text: it.str, left: it.x, right: it.x + it.width });
      else {
        const w = words[words.length - 1]!;
        w.text += it.str;
        w.right = Math.max(w.right, it.x + it.width);
      }
      if (prev) text += sep;
      text += it.str;
      prev = it;
    }
    const trimmed = dropAutospace(text).replace(/\s+$/, '').replace(/^\s+/, '');
    const texts = dropAutospace(text).split('\t');
    if (trimmed !== '')
      lines.push({
        text: trimmed,
        // The baseline of the line's widest piece: a cell of digits only may sit a little
        // higher in its row (another font's ascent), and its row must not seem closer.
        y: g.reduce((a, b) => (b.width > a.width ? b : a)).y,
        left: g[0]?.x ?? 0,
        right: Math.max(...g.map((i) => i.x + i.width)),
        size: Math.max(...g.map((i) => i.size)),
        ...(texts.length === spans.length && spans.length >= 2
          ? { cells: spans.map((sp, k) => ({ text: texts[k]!.trim(), ...sp })) }
          : {}),
        ...(words.length > spans.length
          ? { words: words.map((w) => ({ ...w, text: dropAutospace(w.text).trim() })) }
          : {}),
      });
  }
  return lines;
}

function separator(prev: PdfItem, next: PdfItem, textSoFar: string): string {
  const size = Math.max(prev.size, next.size, 1);
  const gap = next.x - (prev.x + prev.width);
  if (gap > 2 * size) return '\t';
  if (/\s$/.test(textSoFar) || /^\s/.test(next.str)) return '';
  const before = textSoFar.slice(-1);
  const after = next.str.slice(0, 1);
  if (CJK_CHAR.test(before) && CJK_CHAR.test(after)) return gap > 0.9 * size ? ' ' : '';
  // Word/LibreOffice "autospace" puts ~1/4 em between CJK and Latin/digits ("第 1 项"): not a space.
  if (CJK_CHAR.test(before) || CJK_CHAR.test(after)) return gap > 0.6 * size ? ' ' : '';
  return gap > 0.2 * size ? ' ' : '';
}

// pdf.js writes the CJK–Latin autospace of Word/WPS/LibreOffice as a real space inside
// an item's text ("第 1 项", "2023 年"); Chinese text has no space there.
const AUTOSPACE_BEFORE = /(?<=[\u3400-\u9fff])[ \u00a0](?=[A-Za-z0-9])/g;
const AUTOSPACE_AFTER = /(?<=[A-Za-z0-9])[ \u00a0](?=[\u3400-\u9fff])/g;

function dropAutospace(line: string): string {
  return line.replace(AUTOSPACE_BEFORE, '').replace(AUTOSPACE_AFTER, '');
}

const PAGE_NUMBER_PATTERNS: RegExp[] = [
  /^[-—–－‒―~～·•_\s]+[0-9０-９]{1,4}[-—–－‒―~～·•_\s]+$/, // — 3 —, - 3 -, －3－
  /^第\s*[0-9０-９一二三四五六七八九十百]+\s*[页頁](\s*[,，/／、]?\s*共\s*[0-9０-９]+\s*[页頁])?$/,
  /^(共\s*[0-9０-９]+\s*[页頁]\s*[,，]?\s*)?第\s*[0-9０-９]+\s*[页頁]$/,
  /^[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4}$/,
  /^page\s*\d+(\s*(of|\/)\s*\d+)?$/i,
];
const BARE_NUMBER = /^[0-9０-９]{1,4}$/;
/** How many lines at each end of a page count as header or footer territory. */
const EDGE = 2;

export function isPageNumberLine(text: string, atEdge: boolean): boolean {
  const t = text.trim();
  if (PAGE_NUMBER_PATTERNS.some((re) => re.test(t))) return true;
  return atEdge && BARE_NUMBER.test(t);
}

/** Drops page numbers and running headers/footers; returns each page's remaining lines. */
export function dropPageFurniture<L extends PdfLine>(pages: L[][]): L[][] {
  // Short lines compare with digits masked ("第3页 民政厅" ~ "第4页 民政厅"); longer lines
  // must repeat exactly, or every page starting "第31项：…" / "第62项：…" would look alike.
  const edgeKey = (t: string): string => {
    const compact = t.replace(/\s+/g, '');
    return compact.length <= 20 ? compact.replace(/[0-9０-９]+/g, '#') : compact;
  };
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set<string>();
    lines.forEach((l, i) => {
      if (i < EDGE || i >= lines.length - EDGE) seen.add(edgeKey(l.text));
    });
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeatAt = Math.max(2, Math.ceil(pages.length * 0.6));
  return pages.map((lines) =>
    lines.filter((l, i) => {
      const atEdge = i < EDGE || i >= lines.length - EDGE;
      if (isPageNumberLine(l.text, atEdge)) return false;
      // Table rows (TAB) are kept: a header row repeated on each page is content, not furniture.
      if (l.text.includes('\t')) return true;
      return !(atEdge && pages.length >= 2 && (counts.get(edgeKey(l.text)) ?? 0) >= repeatAt);
    }),
  );
}

/** How far short of the text block's right edge a wrapped line may stop (the next glyph did not fit). */
const EDGE_SLACK = 2.5;

/**
 * The right edge of a text block: the edge most long prose lines reach (a line with Latin or
 * digits may stick out past it), or undefined when fewer than two prose lines are positioned.
 */
export function textBlockRight(lines: readonly PdfLine[]): number | undefined {
  const prose = lines.filter((l) => !l.text.includes('\t') && l.right !== undefined);
  if (prose.length < 2) return undefined;
  const longest = Math.max(...prose.map((l) => l.right ?? 0));
  const size0 = Math.max(...prose.map((l) => l.size ?? 0));
  const long = prose
    .map((l) => l.right ?? 0)
    .filter((r) => r >= longest - 2 * size0)
    .sort((a, b) => a - b);
  return long[Math.floor(long.length / 2)] ?? longest;
}

/**
 * Which lines of one page run on into the next by the page's layout: a prose line that
 * reaches the right edge of the page's text block, followed by a prose line of the same
 * size that starts at the block's left edge (not indented) one line-step below. A name or a
 * theme cut at the edge ("…岳西县菖" / "蒲镇水畈村") then reads whole again, whatever the
 * characters count; a line that stops short, or an indented one below it, is a real break.
 * `documentRight` is the text block's edge over the whole document (textBlockRight of all
 * pages' lines).
 */
export function runOnLines(lines: readonly PdfLine[], documentRight?: number): boolean[] {
  const prose = lines.filter((l) => !l.text.includes('\t') && l.right !== undefined);
  const pageRight = textBlockRight(lines);
  if (pageRight === undefined) return lines.map(() => false);
  // A page holding only a list's short lines (the rest of a list after a page break) has its
  // own lines for its widest: its edge is the document's text block, never the page's own.
  const rightEdge = Math.max(pageRight, documentRight ?? 0);
  const leftEdge = Math.min(...prose.map((l) => l.left ?? 0));
  const steps = lines
    .slice(1)
    .map((l, i) => (lines[i]?.y ?? 0) - l.y)
    .filter((d) => d > 0)
    .sort((a, b) => a - b);
  const step = steps[Math.floor(steps.length / 2)] ?? 0;
  return lines.map((l, i) => {
    const next = lines[i + 1];
    if (!next || l.text.includes('\t') || next.text.includes('\t')) return false;
    const size = l.size ?? 0;
    if (l.right === undefined || next.left === undefined || size <= 0) return false;
    const gap = l.y - next.y;
    return (
      l.right >= rightEdge - EDGE_SLACK * size &&
      next.left <= leftEdge + 0.5 * size &&
      Math.abs((next.size ?? 0) - size) <= 0.25 * size &&
      gap > 0 &&
      gap <= 1.5 * step
    );
  });
}

/** Kangxi radicals (⾏⼯) that PDF fonts map instead of the ideographs (行工). */
export function foldKangxiRadicals(text: string): string {
  return text.replace(/[\u2f00-\u2fdf]/g, (c) => c.normalize('NFKC'));
}
