/**
 * Names of one kind run together with no separator between them, as a copy that lost its
 * line breaks or its 、 leaves a list: "林州淇淅河国家湿地公园淅川丹阳湖国家湿地公园邓州湍河国家湿地公园…".
 * Each name ends in the same designation (国家湿地公园), and what stands between one ending and
 * the next is a short name and nothing else. Three names at least in such a chain, the glued
 * ones get their 、 back (and a count glued to the last one, 共10家, its ，), so the readers of
 * separated lists see them; a chain already
 * separated throughout, or with one name only glued to the next, is left as it is. Prose repeating a designation has words around it
 * (的, 了, numbers, punctuation), so its pieces are no names and it stays whole.
 */
import { editLines, type EditedText, type LineEdit } from './line-edits';

/** The shortest designation worth reading as a list's common ending. */
const MIN_ENDING = 4;
const MAX_ENDING = 8;
/** A name between two endings: a short place and name, nothing but CJK characters. */
const NAME = /^[\u4e00-\u9fff]{2,12}$/;
/** Words of a sentence, never inside one of these names. */
const PROSE_WORD = /[的了是等]/;
/** A conjunction or a verb opening what follows a name: the sentence goes on, no name starts. */
const CLAUSE_START = /^[和与及并被将在为对把从向获]/;
const SEPARATOR = /^[、，,；;]/;
/**
 * The last character of a designation a name closes with (公园, 委员会, 办事处, 实验区, 基地…).
 * A phrase prose repeats closes otherwise (社区治理, 养老服务, 社会组织), so its pieces are no names.
 */
const NAME_CLOSERS = new Set(
  '园園区區馆館站院所村会會处處心校点點社镇鎮乡鄉街道宫宮场場城市地室队隊团團组組局厂廠庄莊苑寺',
);
/** A paragraph longer than any list line is prose; reading it for chains would cost much. */
const MAX_LINE = 4000;

interface Chain {
  /** Where each glued name starts (a 、 goes in before it). */
  glued: number[];
  length: number;
  /** Where the chain's last name ends. */
  end: number;
}

/** A count closing the list right after its last name ("…公园共10家试点单位"). */
const COUNT_AFTER = /^共[0-9一二三四五六七八九十两百]+[个家处座所项]/;

/** Every start of `ending` in `line`, left to right, not overlapping. */
function startsOf(line: string, ending: string): number[] {
  const out: number[] = [];
  for (let i = line.indexOf(ending); i >= 0; i = line.indexOf(ending, i + ending.length))
    out.push(i);
  return out;
}

/** The longest chain of names closing with `ending`, each after the last one's end. */
function chainOf(line: string, ending: string): Chain {
  const at = startsOf(line, ending);
  let best: Chain = { glued: [], length: 0, end: 0 };
  let cur: Chain = { glued: [], length: 1, end: (at[0] ?? 0) + ending.length };
  // A list names each entry once; a spammed line repeats the same words.
  const names = new Set<string>();
  for (let i = 0; i + 1 < at.length; i++) {
    const from = (at[i] ?? 0) + ending.length;
    const gap = line.slice(from, at[i + 1]);
    const separated = SEPARATOR.test(gap);
    const name = separated ? gap.slice(1) : gap;
    const fresh = !names.has(name);
    names.add(name);
    if (NAME.test(name) && !PROSE_WORD.test(name) && !CLAUSE_START.test(name) && fresh) {
      cur = {
        glued: separated ? cur.glued : [...cur.glued, from],
        length: cur.length + 1,
        end: (at[i + 1] ?? 0) + ending.length,
      };
    } else {
      cur = { glued: [], length: 1, end: (at[i + 1] ?? 0) + ending.length };
      names.clear();
    }
    if (cur.length > best.length) best = cur;
  }
  return best;
}

/**
 * The piece is a designation's whole end, not its head (家村村民委员 before 会 every time): the
 * character after it differs between its places, or it closes the line once.
 */
function wholeEnding(line: string, ending: string): boolean {
  const after = new Set(startsOf(line, ending).map((i) => line[i + ending.length] ?? ''));
  return after.size > 1;
}

/** The length of the run of CJK characters (U+4E00–U+9FFF) ending at each offset of `line`. */
function cjkRunLengths(line: string): Uint16Array {
  const runs = new Uint16Array(line.length);
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    runs[i] = c >= 0x4e00 && c <= 0x9fff ? (i > 0 ? runs[i - 1]! : 0) + 1 : 0;
  }
  return runs;
}

/**
 * The `k` characters ending at `last` may be a designation: all of them CJK, the last one a
 * character a designation closes with.
 */
function endingAt(line: string, runs: Uint16Array, last: number, k: number): boolean {
  return runs[last]! >= k && NAME_CLOSERS.has(line[last]!);
}

/**
 * Where a separator goes back into one line: a 、 before each glued name of its longest
 * ending's chain, a ， before a count glued to the chain's last name.
 */
function gluedStarts(line: string): Map<number, string> {
  const out = new Map<number, string>();
  if (line.length > MAX_LINE) return out;
  const runs = cjkRunLengths(line);
  for (let k = MAX_ENDING; k >= MIN_ENDING; k--) {
    // Only pieces that could be an ending are counted: whether one can depends on its
    // characters alone, so each such piece is counted at every place it stands, in the order
    // it first appears, as when every piece was counted and the others skipped after.
    const counts = new Map<string, number>();
    for (let i = 0; i + k <= line.length; i++) {
      if (!endingAt(line, runs, i + k - 1, k)) continue;
      const piece = line.slice(i, i + k);
      counts.set(piece, (counts.get(piece) ?? 0) + 1);
    }
    for (const [ending, n] of counts) {
      if (n < 3) continue;
      if (!wholeEnding(line, ending)) continue;
      const chain = chainOf(line, ending);
      if (chain.length < 3 || chain.glued.length < 2) continue;
      for (const at of chain.glued) out.set(at, '、');
      if (COUNT_AFTER.test(line.slice(chain.end))) out.set(chain.end, '，');
      return out;
    }
  }
  return out;
}

/** The text with the 、 (and a count's ，) of names glued together put back. */
export function gluedNamesApart(text: string): EditedText {
  return editLines(text, (line) => {
    const edits = new Map<number, LineEdit>();
    for (const [at, mark] of gluedStarts(line)) edits.set(at, { mark, replace: false });
    return edits;
  });
}
