/**
 * A title too long for one line is broken by us, not by the word processor: GB/T 9704 §7.3.1
 * asks that wrapped title lines keep words whole and form a trapezoid or diamond. We break
 * at a word boundary near the middle, the upper line the longer, after words that end a
 * phrase (的, 和, 、, 年度 …) and never inside a number or before 名单/汇编.
 */
import { ems } from './text-measure';

/** 2号 (22 pt) characters on a 156 mm line. */
export const TITLE_LINE_EMS = 20;

/** Positions after which a break reads naturally, best first. */
const AFTER = ['关于', '的', '年度', '年', '和', '及', '与', '、', '暨', '为', '等'];
/** Words a line must not start with (they close the title). */
const NOT_BEFORE = /^(名单|汇编|汇总表|的|和|及|与|、)/;

/**
 * Where the title's words end (the ICU word segmenter's boundaries). A title with none of
 * AFTER's words in reach was broken wherever the lines came out even (社区治｜理实验区):
 * a cut inside a word now weighs more than the imbalance it would save.
 */
const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });
function wordEnds(title: string): Set<number> {
  return new Set([...WORDS.segment(title)].map((s) => s.index + s.segment.length));
}

/** A break after a phrase-ending word; any other word's end; inside a word. */
const WEIGHT = { phrase: 0, minor: 1, word: 3, inside: 8 } as const;

type Candidate = { at: number; weight: number };

function candidates(title: string): Candidate[] {
  const out: Candidate[] = [];
  const ends = wordEnds(title);
  for (let i = 1; i < title.length; i++) {
    const before = title.slice(0, i);
    const after = title.slice(i);
    if (/\d$/.test(before) && /^\d/.test(after)) continue;
    if (NOT_BEFORE.test(after)) continue;
    const word = AFTER.findIndex((w) => before.endsWith(w));
    const weight =
      word >= 0
        ? word < 3
          ? WEIGHT.phrase
          : WEIGHT.minor
        : ends.has(i)
          ? WEIGHT.word
          : WEIGHT.inside;
    out.push({ at: i, weight });
  }
  return out;
}

/** Every way to cut `text` into `n` lines of at most `width` ems, at candidate positions. */
function splits(
  text: string,
  cands: readonly Candidate[],
  n: number,
  width: number,
  from = 0,
): number[][] {
  if (n === 1) return ems(text.slice(from)) <= width ? [[]] : [];
  const out: number[][] = [];
  for (const c of cands) {
    if (c.at <= from) continue;
    if (ems(text.slice(from, c.at)) > width) break;
    for (const rest of splits(text, cands, n - 1, width, c.at)) out.push([c.at, ...rest]);
  }
  return out;
}

function score(
  text: string,
  weights: ReadonlyMap<number, number>,
  cuts: readonly number[],
): number {
  const bounds = [0, ...cuts, text.length];
  const lens = bounds.slice(1).map((b, i) => ems(text.slice(bounds[i], b)));
  const avg = lens.reduce((a, b) => a + b, 0) / lens.length;
  let s = cuts.reduce((a, c) => a + (weights.get(c) ?? WEIGHT.inside) * 2, 0);
  lens.forEach((l, i) => {
    s += Math.abs(l - avg) * 0.5;
    // Upper lines the longer: a trapezoid (or a diamond around a long middle line).
    if (i > 0 && l > (lens[i - 1] ?? 0) + 1 && i === lens.length - 1) s += 3;
  });
  return s + lens.length * 2;
}

/** The title as lines, each fitting `width` ems. */
export function breakTitle(title: string, width = TITLE_LINE_EMS): string[] {
  const text = title.trim();
  if (ems(text) <= width) return [text];
  const fewest = Math.ceil(ems(text) / width);
  // Segmenting the title once: every split and its score read the same candidates.
  const cands = candidates(text);
  const weights = new Map(cands.map((c) => [c.at, c.weight]));
  let best: { cuts: number[]; score: number } | null = null;
  // One more line than strictly needed may buy a break between words.
  for (const n of [fewest, fewest + 1]) {
    if (text.length > 80 && n > fewest) break;
    for (const cuts of splits(text, cands, n, width)) {
      const sc = score(text, weights, cuts);
      if (!best || sc < best.score) best = { cuts, score: sc };
    }
  }
  if (!best) return [text];
  const bounds = [0, ...best.cuts, text.length];
  return bounds.slice(1).map((b, i) => text.slice(bounds[i], b));
}
