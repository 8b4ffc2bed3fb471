/**
 * A group of an enumeration closed by its count or membership phrase ("A、B等3个区为…实验区",
 * "…等5地"): the count is checked against the places found, a phrase naming a programme names
 * the list, and an outcome written after the group (…为优秀, 撤销…) belongs to all its places.
 */
import { keepsTitle, outcomeIn } from './outcomes';
import type { PlacePiece } from './place-piece';
import type { Building } from './sentence-building';
import { respectiveGrades } from './respective-grades';
import { namesProgramme } from './sentence-pieces';
import { toKey, type KeyedText } from './text-key';

/** Closes the open group of `b` at the place `p` whose rest closes it; `tail` is the clause after. */
export function closeGroup(doc: KeyedText, b: Building, p: PlacePiece, tail: string): void {
  const group = b.open.items;
  const noun = p.count !== undefined ? /[\u4e00-\u9fff]+$/.exec(p.phrase ?? '')?.[0] : undefined;
  if (p.count !== undefined || p.phrase) {
    const name = p.phrase ?? noun ?? '';
    b.categories.push({
      name,
      stated: p.count ?? null,
      found: group.length,
      start: group[0]?.start ?? p.start,
      ...(p.example && (p.count ?? 0) > group.length ? { examples: true } : {}),
    });
  }
  // Only a phrase naming a programme names the list ("…为优秀" states a grade).
  if (p.phrase && namesProgramme(p.phrase)) {
    b.phrase = p.phrase;
    b.phrased.push({ phrase: p.phrase, items: group });
  }
  // A verdict keeping the group's title leaves it no outcome from the clauses after it.
  const kept = keepsTitle(doc.key.slice(p.restAt, p.restAt + 80));
  const outcome = p.outcome ?? (kept ? null : outcomeIn(toKey(tail)));
  if (outcome) for (const it of group) it.outcome = outcome;
  // A pass whose grades the sentence hands out one by one (…等次分别为优秀、合格).
  if (outcome?.status === '已验收') {
    const end = doc.key.slice(p.restAt).search(/[。；;]/);
    const sentence = doc.key.slice(p.restAt, end < 0 ? undefined : p.restAt + end);
    const grades = respectiveGrades(sentence, group.length);
    group.forEach((it, i) => {
      const grade = grades?.[i];
      if (!grade) return;
      it.outcome = grade === '不合格' ? { status: '未通过' } : { status: '已验收', grade };
    });
  }
  // A bare "…等地" closes the group but says nothing of membership.
  if (p.rest !== 'etc' || p.phrase || p.outcome) b.signal = true;
  b.open = { items: [] };
}
