/**
 * How much a title's words the rest of the text repeats: a real title's topic recurs in its
 * body, a heading spliced on top does not; and whether the body has prose to echo it at all.
 */
import { splitRegionKey } from './region-heuristic';
import { toKey, type KeyedText } from './text-key';
import type { TitlePick } from './title-line';

const GENERIC =
  /关于|通知|批复|通报|决定|意见|公告|公示|名单|方案|办法|工作|全面|推进|进一步|开展|加强|有关|事项|实施/g;

/**
 * The character pairs of each run of Chinese text: a pair across punctuation or a number
 * ("名单！秭归", "5个") is no word the body could repeat.
 */
function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.split(/[^\u4e00-\u9fff]+/))
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return out;
}

/**
 * Share of the title's content words the rest of the text repeats. A real title's
 * topic recurs in its body; an unrelated heading spliced on top (another document's
 * title) shares little beyond generic words.
 */
export function titleRelatedness(doc: KeyedText, pick: TitlePick): number {
  const key = pick.end > pick.start ? doc.key.slice(pick.start, pick.end) : toKey(pick.title);
  const body = doc.key.slice(0, pick.start) + doc.key.slice(pick.end);
  const whole = echoed(key, body) ?? 1;
  // A headline shouting in clauses ("某部批复！某省5地入选！快看有你家乡吗？") is about its
  // body when one of its clauses is: the others are the page's calls to read on.
  const clauses = key.split(/[!?]+/).filter((c) => /[\u4e00-\u9fff]{2}/.test(c));
  if (clauses.length < 2) return whole;
  const each = clauses.map((c) => echoed(c, body)).filter((r): r is number => r !== null);
  return Math.max(whole, ...each);
}

/** The share of a title's content pairs the body repeats; null when it has none. */
function echoed(title: string, body: string): number | null {
  let key = title.replace(GENERIC, ' ');
  const region = splitRegionKey(key.trim());
  if (region) key = key.trim().slice(region.end);
  const grams = bigrams(key);
  if (grams.size === 0) return null;
  let hit = 0;
  for (const g of grams) if (body.includes(g)) hit++;
  return hit / grams.size;
}

/** The body has prose to echo a title: a list under its title (a table, a sheet) has not. */
export function proseChars(doc: KeyedText, pick: TitlePick): number {
  let chars = 0;
  for (const line of doc.lines) {
    if (line.index === pick.line || line.raw.includes('\t')) continue;
    if (/[。，；]/.test(line.trimmed)) chars += line.trimmed.length;
  }
  return chars;
}
