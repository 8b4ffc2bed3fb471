/**
 * A case named by the unit that put it forward, in a story's sentence: "铜陵市委市政府申报的
 * 《“铜陵模式”开启…新篇章》荣获最佳案例奖", "太仓市申报的“政社互动”开创…新格局项目名列…之首",
 * "由酒泉市肃州区综治中心申报的“…”等十大案例入围". The unit's place is the entry's place and
 * the named work its title. One such pair is an award told in passing unless the story is
 * about it: its headline names the unit's place, or the pair is the example of a counted list
 * (等N个…). The same case retold later ("…申报了《…》社区治理案例") is no second entry.
 */
import type { ItemDraft, ListDraft } from './drafts';
import { readPlaces } from './prose-piece';
import { toKey, type KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** The applicant's verb, then the work in book-title marks or quotation marks. */
const APPLIED = /(?:申报|报送|推荐|选送)的\s*(?=[《“"])/g;
/** A title in book-title marks: its own quotes inside. */
const BOOK_TITLE = /^《([^《》\n]{4,60})》/;
/**
 * A title opening with a quoted phrase: the quote alone ("“…”等十大案例"), or the quote and the
 * words after it up to the noun of what was put forward ("“政社互动”开创…新格局项目").
 */
const QUOTED_TITLE =
  /^([“"][^“”"\n]{2,60}[”"])([^，。；,;:：、《》“”"\n]{0,24}?)(?=项目|案例|经验|做法|工作法|成果|等)/;
/** What befell the work: chosen, ranked or awarded, or the example of a counted list. */
const CHOSEN =
  /^(?:项目|案例|经验|做法|工作法|成果)?\s*(?:荣获|获评|获得|入选|入围|名列|位列|被评为|被确定为|摘得|荣膺|等\s*(?:[0-9]+|[一二两三四五六七八九十百]+)\s*(?:个|项|份|大)?)/;

export function detectApplicantCases(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const headline = doc.lines.find((l) => l.trimmed !== '')?.key ?? '';
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (consumed.has(line.index)) continue;
    for (const m of line.key.matchAll(APPLIED)) {
      const at = (m.index ?? 0) + m[0].length;
      const rest = line.key.slice(at);
      const book = BOOK_TITLE.exec(rest);
      const quoted = book ? null : QUOTED_TITLE.exec(rest);
      const titleKey = book ? book[1]! : quoted ? quoted[1]! + quoted[2]! : null;
      if (!titleKey) continue;
      const titleEnd = at + (book ? book[0].length : titleKey.length);
      const chosen = CHOSEN.exec(line.key.slice(titleEnd));
      if (!chosen) continue;
      const unit = unitBefore(line, m.index ?? 0, lookup);
      if (!unit) continue;
      const counted = /等/.test(chosen[0]);
      if (!counted && !namesPlace(headline, unit)) continue;
      // A title that is the quote alone is what the quotes hold; one going on after its
      // quoted phrase keeps the phrase's quotes ("“政社互动”开创…").
      const inner = book !== null || quoted![2]!.trim() === '';
      const title = line.raw.slice(inner ? at + 1 : at, inner ? titleEnd - 1 : titleEnd).trim();
      const item: ItemDraft = {
        seq: null,
        start: line.start + unit.start,
        end: line.start + titleEnd,
        regionText: unit.regionText,
        title,
        warnings: [],
      };
      lists.push({
        layout: 'sentence',
        items: [item],
        start: item.start,
        end: item.end,
        lineIndexes: [line.index],
      });
      break;
    }
  }
  return lists;
}

/** The place of the unit written in the clause before the applicant's verb. */
function unitBefore(
  line: KeyedText['lines'][number],
  verbAt: number,
  lookup: RegionLookup,
): { regionText: string; start: number } | null {
  const before = line.key.slice(0, verbAt);
  const clause = Math.max(...[',', '。', ';', ':'].map((c) => before.lastIndexOf(c))) + 1;
  // "由某区综治中心申报的…": the unit follows the preposition.
  const from = clause + (/^\s*由/.exec(before.slice(clause))?.[0].length ?? 0);
  const piece = { text: line.raw.slice(from, verbAt), start: from };
  const found = readPlaces(piece, lookup, { leadIn: true })[0];
  return found ? { regionText: found.regionText, start: found.start } : null;
}

/** The headline names the place (in full, or without its level word: 太仓 for 太仓市). */
function namesPlace(headline: string, unit: { regionText: string }): boolean {
  const name = toKey(unit.regionText).replace(/\s+/g, '');
  const stem = name.replace(/(省|市|县|区|旗|自治州|州|盟)$/, '');
  return headline.includes(name) || (stem.length >= 2 && headline.includes(stem));
}
