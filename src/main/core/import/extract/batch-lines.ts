/**
 * A line that is only a year or a batch ("2017年", "2016年度：", "第二批", "2015年（3个）"),
 * between the lines of a list of places: the round the names below it were honoured in. It
 * heads a group of the list, never an entry, and never ends the list, as a line of prose does;
 * it is the batch (and the year) of the names below it.
 */
import { CHINESE_NUMERAL_CHARS } from './chinese-numerals';
import type { CategoryDraft } from './drafts';
import type { Building } from './sentence-building';
import type { KeyedText, Line } from './text-key';

const ROUND = `(?:(?:19|20)[0-9]{2}\\s*年(?:度|份)?(?:\\s*第(?:[0-9]+|[${CHINESE_NUMERAL_CHARS}]+)批)?|首批|第(?:[0-9]+|[${CHINESE_NUMERAL_CHARS}]+)批)`;
const BATCH_LINE = new RegExp(
  `^[（(]?(${ROUND})[）)]?\\s*(?:[（(]\\s*(?:[0-9]+|[${CHINESE_NUMERAL_CHARS}]+)\\s*[个家项]?\\s*[）)])?\\s*[:：]?$`,
);

/** The round a bare year or batch line names ("2017年"), or null for any other line. */
export function batchLine(trimmedKey: string): string | null {
  const m = BATCH_LINE.exec(trimmedKey);
  return m ? m[1]!.replace(/\s+/g, '') : null;
}

/** Each entry of the list so far on a line of its own: a list of lines, not prose. */
function oneALine(doc: KeyedText, b: Building): boolean {
  const lines = new Set(b.items.map((it) => lineAt(doc, it.start)));
  return b.items.length > 0 && lines.size === b.items.length;
}

function lineAt(doc: KeyedText, offset: number): number {
  return doc.lines.find((l) => l.start <= offset && offset <= l.end)?.index ?? -1;
}

/** The non-empty line above a line, if any. */
function lineAbove(doc: KeyedText, index: number): Line | undefined {
  for (let i = index - 1; i >= 0; i--) if (doc.lines[i]!.trimmed !== '') return doc.lines[i];
  return undefined;
}

/**
 * The group a round line opens in a list of lines being built, or null when the line is no
 * round or the list is no list of lines. The first round line stood above the list's first
 * entry: once a second round follows, that first group is labelled as well, and the list is
 * one list grouped by round (each group may hold a single name).
 */
export function roundGroup(doc: KeyedText, b: Building, line: Line): CategoryDraft | null {
  const round = batchLine(line.trimmed);
  if (!round || !oneALine(doc, b)) return null;
  if (b.categories.length === 0) {
    const above = lineAbove(doc, lineAt(doc, b.items[0]!.start));
    const first = above ? batchLine(above.trimmed) : null;
    if (first && above) {
      b.categories.push({
        name: first,
        stated: null,
        found: b.items.length,
        start: above.trimmedStart,
      });
      for (const it of b.items) it.category ??= first;
      b.labelled = true;
    }
  }
  b.lines.push(line.index);
  const group = { name: round, stated: null, found: 0, start: line.trimmedStart };
  b.categories.push(group);
  return group;
}
