/**
 * Chinese text takes full-width punctuation (GB/T 15834): text copied from web pages brings
 * half-width marks ("积分制”全民参与,实现…") that a reader sees as typos. A mark becomes
 * full-width when it stands in Chinese text: next to a Chinese character or mark. Marks
 * between Latin letters or digits (1,000 · 10:30 · 3.5 · http://) stay as they are.
 */

/** Han characters, CJK and full-width punctuation, Chinese quotes, dashes and ellipses. */
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’…—]/;
const isCjk = (c: string | undefined): boolean => c !== undefined && CJK.test(c);
const isAsciiWord = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);

const SIMPLE: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

/** The nearest character that is not a space, looking left (-1) or right (+1). */
function neighbour(chars: readonly string[], i: number, step: -1 | 1): string | undefined {
  for (let j = i + step; j >= 0 && j < chars.length; j += step) {
    const c = chars[j];
    if (c !== ' ' && c !== '\t') return c;
  }
  return undefined;
}

/** Half-width ( ) become （ ） as a pair when either bracket or the text inside is Chinese. */
function convertBrackets(chars: string[]): void {
  const open: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '(') open.push(i);
    else if (chars[i] === ')' && open.length > 0) {
      const start = open.pop() as number;
      const inside = chars.slice(start + 1, i);
      const chinese =
        inside.some(isCjk) || isCjk(neighbour(chars, start, -1)) || isCjk(neighbour(chars, i, 1));
      if (chinese) {
        chars[start] = '（';
        chars[i] = '）';
      }
    }
  }
}

/** Straight quotes around Chinese text become “ ” (and ' ' → ‘ ’), alternating open/close. */
function convertQuotes(text: string): string {
  return text
    .replace(/"([^"\n]*)"/g, (m, inner: string) => ([...inner].some(isCjk) ? `“${inner}”` : m))
    .replace(/'([^'\n]*)'/g, (m, inner: string) => ([...inner].some(isCjk) ? `‘${inner}’` : m));
}

export function toChinesePunctuation(text: string): string {
  if (!/[,;:?!().'"]/.test(text)) return text;
  const chars = [
    ...convertQuotes(text).replace(/\.{3,}|(?<!…)…(?!…)/g, (m, off: number, s: string) =>
      isCjk(s[off - 1]) || isCjk(s[off + m.length]) ? '……' : m,
    ),
  ];
  convertBrackets(chars);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    const prev = neighbour(chars, i, -1);
    const next = neighbour(chars, i, 1);
    if (isAsciiWord(chars[i - 1]) && isAsciiWord(chars[i + 1])) continue; // 1,000 · 10:30 · 3.5
    if (c in SIMPLE) {
      if (isCjk(prev) || isCjk(next)) chars[i] = SIMPLE[c] as string;
    } else if (c === '.') {
      // A full stop after Chinese at the end of a sentence; never "1." numbering or decimals.
      if (isCjk(chars[i - 1]) && (next === undefined || isCjk(next))) chars[i] = '。';
    }
  }
  // Spaces a web page put around its commas mean nothing beside full-width marks. (A space
  // after a closing quote may separate two phrases of a title: it stays.)
  return chars.join('').replace(/[ \t]*([，；：？！。])[ \t]*/g, '$1');
}
