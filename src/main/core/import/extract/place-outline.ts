/**
 * A place's own document quoted inside a page ("（一）某区婚俗改革试点方案" over "1.某区试点地区",
 * "2.某区试点内容", each with its paragraph) is numbered by its sections: every numbered line
 * repeats the place its heading names and goes on with the section's subject. Entries of one
 * list are distinct units; lines that all name the very place of the heading above them are
 * that place's outline, and nothing of the list the page gives elsewhere.
 */
import type { ListDraft } from './drafts';
import { readNumbering } from './numbering';
import { toKey, type KeyedText } from './text-key';

/** The nearest written line above the list's first line, with its numbering read. */
function headingAbove(doc: KeyedText, list: ListDraft): { key: string; style: string } | null {
  const first = Math.min(...list.lineIndexes);
  for (let i = first - 1; i >= 0; i--) {
    const line = doc.lines[i];
    if (!line || line.trimmed === '') continue;
    const n = readNumbering(line.trimmed);
    return n ? { key: toKey(line.trimmed.slice(n.length)), style: n.style } : null;
  }
  return null;
}

export function isPlaceOutline(doc: KeyedText, list: ListDraft): boolean {
  if (list.layout !== 'numbered' || list.items.length < 2 || list.lineIndexes.length === 0)
    return false;
  const places = new Set(list.items.map((it) => toKey(it.regionText ?? '')));
  const [place] = [...places];
  if (places.size !== 1 || !place) return false;
  // Several sections each say something different of the place (their subjects differ).
  if (new Set(list.items.map((it) => it.title)).size !== list.items.length) return false;
  const heading = headingAbove(doc, list);
  const itemStyle = readNumbering(doc.lines[Math.min(...list.lineIndexes)]?.trimmed ?? '')?.style;
  return !!heading && heading.style !== itemStyle && heading.key.startsWith(place);
}
