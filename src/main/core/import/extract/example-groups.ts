/**
 * "决定命名锦屏县大同乡章山村、贵阳市白云区都拉布依族乡冷水村等320个村寨为…，其中贵阳市有8个":
 * a news story cites the whole batch by a few examples, then lists its own share of it
 * elsewhere (a later sentence, a list under a heading). The examples are no entries of that
 * share: a clerk copies the share, not the lead that cites the batch. An enumeration whose
 * other groups are listed in full ("…3城区，…5街道，A社区等22社区") keeps its example, and so
 * does a story that names nothing else (its examples are all it names; the count check says
 * the rest is missing) or whose other list is no share of the batch (no "其中", nor the
 * outlet's own place: "我市A、B…入围…名单", then "确定了成都市…桃源村等100个村为…").
 * A share may also stand under a list's heading that names its city with the city's own count
 * ("…拟命名名单 汉中市（11个）" over its lines, or the name and "（湖南12个）" on two lines): a page
 * keeping one city's or province's part of a larger list.
 */
import type { ItemDraft, ListDraft } from './drafts';
import { programmeIn } from './programme';
import { provinceAt } from './provinces';
import type { KeyedText } from './text-key';

/** Words that mark a story's own share of a batch: "其中", or the outlet's place ("我市"). */
const SHARE = /其中|我(?:省|市|州|县|区|盟|旗)|本(?:省|市|州|县|区)/;

/**
 * A province's tally of the batch, closed by the words of being among ("福建省七村、七品上榜",
 * "甘肃省6地榜上有名"), on the line right above the lines it introduces: those are the
 * province's share, as after 其中.
 */
const TALLY =
  /(?:有|共有)?(?:\d+|[一二两三四五六七八九十]{1,3})(?:个|家|地|处)?[\u4e00-\u9fff、]{0,6}?(?:上榜|入选|榜上有名|在列)/g;

/** Whether the text tells a province's tally (TALLY right after the province's name). */
function provinceTally(text: string): boolean {
  for (const m of text.matchAll(TALLY)) {
    const tail = text.slice(Math.max(0, m.index - 8), m.index);
    for (let i = 0; i < tail.length; i++) {
      const hit = provinceAt(tail, i);
      if (hit && i + hit.length === tail.length) return true;
    }
  }
  return false;
}

/**
 * A list's heading that names one place's part of it by its count ("…名单 汉中市（11个）"): the
 * list's name, then the place and its tally. A group line of the list itself ("某区（3个）") is no
 * such heading.
 */
const PART_HEADING = /名单\s*[\u4e00-\u9fff]{1,8}(?:市|州|盟|地区)\s*\(\d+个\)/;

/**
 * The same part set as two lines: the list's name, then the place and its tally alone in
 * brackets ("2021年…名单" over "(湖南12个)"). A total ("(共计254个)", "(全国254个)") is the
 * whole list's count, no place's part.
 */
const PART_LINE = /^\(\s*(?!共|合计|总计|全国)[\u4e00-\u9fff]{2,8}\s*\d+\s*个\s*\)$/;

/** The list's name a share stands under (either form above), or null when it stands under none. */
function partHeading(doc: KeyedText, at: number): string | null {
  const above = lineAbove(doc, at).trim();
  if (PART_HEADING.test(above)) return above;
  if (!PART_LINE.test(above)) return null;
  const head = doc.key.slice(0, at).trimEnd();
  const name = lineAbove(doc, head.length - above.length).trim();
  return /名单$/.test(name) ? name : null;
}

/** The line right above `at` (the share's first entry), in key form. */
function lineAbove(doc: KeyedText, at: number): string {
  const head = doc.key.slice(0, at).trimEnd();
  return head.slice(head.lastIndexOf('\n') + 1);
}

/** The items of each group that closes with "等N个" over fewer names than N. */
function exampleItems(list: ListDraft): Set<ItemDraft> {
  const out = new Set<ItemDraft>();
  for (const c of list.categories ?? []) {
    if (!c.examples) continue;
    const at = list.items.findIndex((it) => it.start === c.start);
    if (at >= 0) for (const it of list.items.slice(at, at + c.found)) out.add(it);
  }
  return out;
}

/** A list made only of examples of larger counted batches. */
function examplesOnly(list: ListDraft): boolean {
  const examples = exampleItems(list);
  return examples.size > 0 && list.items.every((it) => examples.has(it));
}

/** The lists one sentence names together are one enumeration: only examples if all are. */
function onlyExamples(list: ListDraft, lists: ListDraft[]): boolean {
  if (list.sibling === undefined) return examplesOnly(list);
  return lists.filter((l) => l.sibling === list.sibling).every(examplesOnly);
}

/**
 * `story`: the page is told as a story, where any "其中" before the share marks it; in a page
 * in no clear voice (a post of short lines) the share must be introduced by "其中" itself,
 * right before its first entry.
 */
export function withoutCitedExamples(
  doc: KeyedText,
  lists: ListDraft[],
  story = true,
): ListDraft[] {
  const shares = lists.filter((l) => !onlyExamples(l, lists));
  const listed = shares.reduce((n, l) => n + l.items.length, 0);
  // One stray mention elsewhere is no list of its own.
  const share = shares[0];
  const before = story ? doc.key.slice(0, share?.start ?? 0) : leadOf(doc, share?.start ?? 0);
  const heading = partHeading(doc, share?.start ?? 0);
  // A province's tally is read on the line right above the share, in any voice.
  const tally = !!share && provinceTally(lineAbove(doc, share.start));
  if (!share || listed < 2 || !(SHARE.test(before) || tally || heading)) return lists;
  const another = (l: ListDraft): boolean => ofAnotherBatch(doc, l, shares, heading);
  // The share belongs to the batch the lead names: its programme is the lead's phrase.
  const phrase = lists.find((l) => onlyExamples(l, lists) && l.phrase && !another(l))?.phrase;
  return lists
    .filter((l) => shares.includes(l) || another(l))
    .map((l) => (l.phrase || !phrase || another(l) ? l : { ...l, phrase }));
}

/**
 * "包括我市A、B 4个村在内的全国803个村为第七批全国…，同时…包括C、D等17个村在内的全省205个村为
 * 第八批全省…", "…我市甲村荣获“十佳民主法治村”称号…另外，A、B等10个社区被授予“十佳民主法治社
 * 区”称号": examples told of another programme or batch than every share's sentence names cite
 * nothing the share belongs to; they are the entries that other list names in the story. A
 * share whose sentence names no programme, or names theirs among others, belongs to the batch the
 * examples cite.
 */
function ofAnotherBatch(
  doc: KeyedText,
  list: ListDraft,
  shares: ListDraft[],
  heading: string | null,
): boolean {
  const own = batchOf(list.phrase);
  return (
    own !== null &&
    shares.every((s, i) => {
      // Lines under a list's name are told by that name (read whole: 中国美丽休闲乡村 is no
      // programme the reader knows by its words), not by a sentence of their own.
      if (i === 0 && heading && !s.phrase) return !squashed(heading).includes(own);
      const told = s.phrase ?? sentenceAround(doc, s);
      const theirs = batchOf(told);
      return theirs !== null && theirs !== own && !squashed(told).includes(own);
    })
  );
}

/**
 * A programme's batch and name the words name, without punctuation: the programme the text
 * reads, else a quoted list name ("评选出10个村为首届全省“十佳民主法治村”").
 */
function batchOf(text: string | undefined): string | null {
  const p = text ? programmeIn(text, null) : null;
  const name = p ? `${p.batch ?? ''}${p.name}` : (QUOTED_LIST.exec(text ?? '')?.[1] ?? null);
  return name ? squashed(name) : null;
}

/** Text without punctuation and spacing, for comparing names. */
const squashed = (text: string): string => text.replace(/[\s“”"'‘’()（）《》、，,。]/g, '');

/** A quoted name of a list of units (…村, …社区, …单位, …实验区). */
const QUOTED_LIST = /[“"]([^“”"]{2,30}?(?:村|社区|单位|实验区|示范区|试点|案例))[”"]/;

/** The sentence a list stands in, from the stop before its first entry to the one after it. */
function sentenceAround(doc: KeyedText, list: ListDraft): string {
  const head = doc.key.slice(0, list.start);
  const from = Math.max(...['。', '！', '？', '\n'].map((c) => head.lastIndexOf(c))) + 1;
  const stop = doc.key.slice(list.end).search(/[。！？\n]/);
  return doc.key.slice(from, stop < 0 ? doc.key.length : list.end + stop);
}

/** The few characters right before `at`: "其中，" or a line "其中" above the first entry. */
function leadOf(doc: KeyedText, at: number): string {
  return doc.key.slice(Math.max(0, at - 6), at);
}
