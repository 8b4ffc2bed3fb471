/**
 * Themes stated one place per sentence, as news reports and summaries write them:
 * "其中，嵩县的实验主题为“探索…”；" / "汝州市的主题是：…". Each such sentence is an item with
 * its title; a run of them is a list (the places were usually named once before, in prose,
 * and the two lists are the same one: the titled one is kept). Themes told clause by clause
 * in a news story are read by news-themes.
 */
import { LabelledRuns, type ListDraft } from './drafts';
import { detectNewsThemes } from './news-themes';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

const THEME =
  /^(?:其中|另外|此外)?[,，、]?\s*(.{2,24}?)的(?:实验|试点|创建|观察|创新)?(?:主题|题目|方向|任务)(?:为|是)[:：]?\s*/;
const QUOTED = /^[“"「『](.+)[”"」』]\s*[;；。,，]?\s*$/;

/** The theme a sentence gives its one unit after naming it ("安吉县成功申报…，实验主题为“…”"). */
const THEME_LATER = /^[^。；;]*?(?:实验|试点)主题(?:为|是)[:：]?\s*[“"「]([^”"」]{4,60})[”"」]/;

/** The quoted theme later in the sentence that `rest` continues, or null. */
export function themeLater(rest: string): string | null {
  return THEME_LATER.exec(rest)?.[1]?.trim() ?? null;
}

export function detectThemeLines(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const run = new LabelledRuns();
  for (const line of doc.lines) {
    if (line.trimmed === '') continue;
    const lead = line.trimmedStart - line.start;
    const m = consumed.has(line.index) ? null : THEME.exec(line.key.slice(lead));
    const placeAt = m ? lead + m[0].indexOf(m[1] ?? '') : -1;
    const place = m ? line.raw.slice(placeAt, placeAt + (m[1] ?? '').length) : '';
    const hit = m ? lookup.splitPrefix(place, {}) : null;
    if (!m || !hit || hit.end !== place.length) {
      if (!consumed.has(line.index) && run.items.length && line.trimmed.length < 8) continue;
      run.close();
      continue;
    }
    const rest = line.raw.slice(lead + m[0].length).trim();
    const quoted = QUOTED.exec(rest);
    const title = (quoted?.[1] ?? rest.replace(/[;；。]$/, '')).trim();
    if (title.length < 4) {
      run.close();
      continue;
    }
    run.items.push({
      seq: null,
      start: line.start + placeAt,
      end: line.end,
      regionText: hit.regionText,
      title,
      warnings: [],
    });
    run.lines.push(line.index);
  }
  run.close();
  // Themes told clause by clause in a news story, on lines the sentences above left alone.
  const taken = new Set([...consumed, ...run.lists.flatMap((l) => l.lineIndexes)]);
  return [...run.lists, ...detectNewsThemes(doc, lookup, taken)];
}
