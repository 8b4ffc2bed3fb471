/**
 * "我市某某社会工作服务中心《…》被评为…优秀社会工作案例": a story's own body, its place written as
 * the speaker's (我市, 我县, 我区), then its case title in book-title marks and the verb that
 * honours it. The body is the entry and the title its case; its place is the one the text writes
 * in front of the same body's name elsewhere ("某某市某某社会工作服务中心成立于…"), of the
 * speaker's level. A body the text never names with its place yields nothing: the speaker is
 * not guessed.
 */
import { sentenceList, type ItemDraft, type ListDraft } from './drafts';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

const SPEAKER = /(?:我|本)(市|县|区|旗)$/;
/** The body's name: a few words and the noun of what it is. */
const BODY =
  '[\\u4e00-\\u9fff]{2,20}?(?:中心|协会|学会|联合会|促进会|基金会|服务社|服务站|工作站|社工站|驿站|护理院|养老院|福利院)';
/** The speaker's body, its title in book-title marks, and the honouring verb right after. */
const PAIR = new RegExp(
  `(?:我|本)(?:市|县|区|旗)(${BODY})《([^《》\\n]{4,60})》(?=被评为|被评选为|被确定为|入选|荣获|获评)`,
  'g',
);

/** The place written right before `at` in the text, whole and of `level`, else null. */
function placeRightBefore(
  doc: KeyedText,
  at: number,
  level: string,
  lookup: RegionLookup,
): string | null {
  for (let s = Math.max(0, at - 12); s < at - 1; s++) {
    const text = doc.text.slice(s, at);
    const hit = lookup.splitPrefix(text, {});
    if (hit && hit.end === text.length && doc.key.slice(s, at).endsWith(level)) return text;
  }
  return null;
}

/** Where the text names `body` with its place, of the speaker's level, other than at `skip`. */
function placeOfBody(
  doc: KeyedText,
  body: string,
  skip: number,
  level: string,
  lookup: RegionLookup,
): string | null {
  for (let i = doc.key.indexOf(body); i >= 0; i = doc.key.indexOf(body, i + 1)) {
    if (i === skip) continue;
    const place = placeRightBefore(doc, i, level, lookup);
    if (place) return place;
  }
  return null;
}

export function detectOwnBodyTitles(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (consumed.has(line.index) || !line.key.includes('《')) continue;
    const items: ItemDraft[] = [];
    for (const m of line.key.matchAll(PAIR)) {
      const at = m.index ?? 0;
      const body = m[1]!;
      const bodyAt = line.start + at + 2;
      const level = SPEAKER.exec(line.key.slice(at, at + 2))?.[1];
      if (!level) continue;
      const place = placeOfBody(doc, body, bodyAt, level, lookup);
      if (!place) continue;
      const titleAt = at + 2 + body.length + 1;
      items.push({
        seq: null,
        start: line.start + at,
        end: line.start + at + m[0].length,
        regionText: place,
        unit: place + line.raw.slice(at + 2, at + 2 + body.length),
        title: line.raw.slice(titleAt, titleAt + m[2]!.length),
        warnings: [],
      });
    }
    const list = sentenceList(items);
    if (list) lists.push(list);
  }
  return lists;
}
