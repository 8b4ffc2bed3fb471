/**
 * A case named by the unit that put it forward, in a story's sentence: "铜陵市委市政府申报的
 * 《“铜陵模式”开启…新篇章》荣获最佳案例奖", "太仓市申报的“政社互动”开创…新格局项目名列…之首",
 * "由酒泉市肃州区综治中心申报的“…”等十大案例入围". The unit's place is the entry's place and
 * the named work its title. One such pair is an award told in passing unless the story is
 * about it: its headline names the unit's place, or the pair is the example of a counted list
 * (等N个…). Several pairs joined by 、 ("我市报送的《…》、某区推荐的《…》入选…") are a run,
 * taken when it opens with the notice's own place or the headline names one of its places. The
 * same case retold later ("…申报了《…》社区治理案例") is no second entry.
 */
import type { ItemDraft, ListDraft } from './drafts';
import { readPlaces } from './prose-piece';
import { toKey, type KeyedText } from './text-key';
import type { RegionLookup } from './types';

/**
 * The applicant's verb, then the work in book-title marks or quotation marks, or written bare
 * as the example of a counted list ("某区民政局申报的某某模式等10个项目").
 */
const APPLIED = /(?:申报|报送|推荐|选送|推送)的\s*(?:(?:案例|项目)(?=\s*[《“"]))?\s*/g;
/** A title in book-title marks: its own quotes inside. */
const BOOK_TITLE = /^《([^《》\n]{4,60})》/;
/**
 * A title opening with a quoted phrase: the quote alone ("“…”等十大案例"), or the quote and the
 * words after it up to the noun of what was put forward ("“政社互动”开创…新格局项目").
 */
const QUOTED_TITLE =
  /^([“"][^“”"\n]{2,60}[”"])([^，。；,;:：、《》“”"\n]{0,24}?)(?=项目|案例|经验|做法|工作法|成果|等)/;
/** A quoted title right before what befell it ("“…”成功入围候选案例"): the quote is the whole title. */
const QUOTE_BEFORE_CHOSEN =
  /^([“"][^“”"\n]{2,60}[”"])(?=\s*(?:成功|顺利|光荣)?(?:荣获|获评|入选|入围|名列|位列|被评为|被确定为|摘得|荣膺))/;
/**
 * What befell the work is a stage still to be decided ("入围初评，尚待专家终审"): no outcome yet,
 * so no entry.
 */
const PENDING = /^[^。；;！!？?\n]{0,30}?(?:尚待|尚需|有待|待定|等待|待专家)/;
/** A bare title: a short name right before 等N个, with no punctuation or quotes in it. */
const BARE_COUNTED_TITLE =
  /^([^，。；,;:：、《》“”"\s]{4,30}?)(?=等\s*(?:[0-9]+|[一二两三四五六七八九十百]+)\s*(?:个|项|份|大))/;
/** What befell the work: chosen, ranked or awarded, or the example of a counted list. */
const CHOSEN =
  /^(?:项目|案例|经验|做法|工作法|成果)?\s*(?:成功|顺利|光荣)?(?:荣获|获评|获得|入选|入围|名列|位列|被评为|被确定为|摘得|荣膺|等\s*(?:[0-9]+|[一二两三四五六七八九十百]+)\s*(?:个|项|份|大)?)/;

export function detectApplicantCases(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const headline = doc.lines.find((l) => l.trimmed !== '')?.key ?? '';
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (consumed.has(line.index)) continue;
    const run = readRun(line, headline, lookup);
    if (!run) continue;
    lists.push({
      layout: 'sentence',
      items: run,
      start: run[0]!.start,
      end: run[run.length - 1]!.end,
      lineIndexes: [line.index],
    });
  }
  return lists;
}

interface Pair {
  item: ItemDraft;
  /** Where the pair's unit starts and its title ends, in the line. */
  from: number;
  to: number;
  /** The unit is the notice's own place (我市…), read from the headline's organ. */
  own: boolean;
}

/**
 * The line's first run of cases: one pair, or several joined by 、 ("我市报送的《…》、某区
 * 报送的《…》入选…"), then what befell them. One pair is an award told in passing unless the
 * headline names its place or a counted list follows; a run is the story's own when it opens
 * with the notice's own place or the headline names one of its places.
 */
function readRun(
  line: KeyedText['lines'][number],
  headline: string,
  lookup: RegionLookup,
): ItemDraft[] | null {
  let run: Pair[] = [];
  for (const m of line.key.matchAll(APPLIED)) {
    const pair = readPair(line, m.index ?? 0, m[0].length, headline, lookup);
    const last = run[run.length - 1];
    // A pair joined to the one before by 、 goes on its run; any other starts a new one.
    if (!pair) {
      run = [];
      continue;
    }
    if (!last || !/^\s*、\s*$/.test(line.key.slice(last.to, pair.from))) run = [];
    run.push(pair);
    const chosen = CHOSEN.exec(line.key.slice(pair.to));
    if (!chosen || PENDING.test(line.key.slice(pair.to + chosen[0].length))) continue;
    const counted = /等/.test(chosen[0]);
    const taken =
      run.length === 1
        ? !pair.own && (counted || namesPlace(headline, pair.item))
        : run[0]!.own || counted || run.some((p) => !p.own && namesPlace(headline, p.item));
    if (taken) return run.map((p) => p.item);
    run = [];
  }
  return null;
}

/** The unit and the work it put forward, at an applicant's verb. */
function readPair(
  line: KeyedText['lines'][number],
  verbAt: number,
  verbLength: number,
  headline: string,
  lookup: RegionLookup,
): Pair | null {
  const at = verbAt + verbLength;
  const rest = line.key.slice(at);
  const book = BOOK_TITLE.exec(rest);
  const quoted = book ? null : (QUOTE_BEFORE_CHOSEN.exec(rest) ?? QUOTED_TITLE.exec(rest));
  const bare = book || quoted ? null : BARE_COUNTED_TITLE.exec(rest);
  const titleKey = book ? book[1]! : quoted ? quoted[1]! + (quoted[2] ?? '') : (bare?.[1] ?? null);
  if (!titleKey) return null;
  const titleEnd = at + (book ? book[0].length : titleKey.length);
  const own = ownPlace(line, verbAt, headline, lookup);
  const unit = own ?? unitBefore(line, verbAt, lookup);
  if (!unit) return null;
  // A title that is the quote alone is what the quotes hold; one going on after its
  // quoted phrase keeps the phrase's quotes ("“政社互动”开创…").
  const inner = book !== null || (quoted !== null && (quoted[2] ?? '').trim() === '');
  const title = line.raw.slice(inner ? at + 1 : at, inner ? titleEnd - 1 : titleEnd).trim();
  return {
    item: {
      seq: null,
      start: line.start + unit.start,
      end: line.start + titleEnd,
      regionText: unit.regionText,
      title,
      warnings: [],
    },
    from: unit.start,
    to: titleEnd,
    own: own !== null,
  };
}

/** Words naming the notice's own place right before the verb, and the level each means. */
const OWN_WORDS = /(?:我|本)(市|县|区)$/;

/**
 * "我市报送的…": the notice's own city, which an organ's headline opens with ("某市民政局
 * 关于…"). Only a place of the level the words say (市 for 我市).
 */
function ownPlace(
  line: KeyedText['lines'][number],
  verbAt: number,
  headline: string,
  lookup: RegionLookup,
): { regionText: string; start: number } | null {
  const words = OWN_WORDS.exec(line.key.slice(0, verbAt));
  if (!words) return null;
  const organ = lookup.splitPrefix(headline, {});
  if (!organ || !organ.regionText.endsWith(words[1]!)) return null;
  if (!/^(?:民政局|人民政府|政府|委员会|办公室)/.test(headline.slice(organ.end))) return null;
  return { regionText: organ.regionText, start: words.index };
}

/** The place of the unit written in the clause before the applicant's verb. */
function unitBefore(
  line: KeyedText['lines'][number],
  verbAt: number,
  lookup: RegionLookup,
): { regionText: string; start: number } | null {
  const before = line.key.slice(0, verbAt);
  const clause = Math.max(...[',', '。', ';', ':', '、'].map((c) => before.lastIndexOf(c))) + 1;
  // "由某区综治中心申报的…": the unit follows the preposition.
  const from = clause + (/^\s*由/.exec(before.slice(clause))?.[0].length ?? 0);
  const piece = { text: line.raw.slice(from, verbAt), start: from };
  const found = readPlaces(piece, lookup, { leadIn: true })[0];
  return found ? { regionText: found.regionText, start: found.start } : null;
}

/** The headline names the place (in full, or without its level word: 太仓 for 太仓市). */
function namesPlace(headline: string, unit: { regionText: string | null }): boolean {
  const name = toKey(unit.regionText ?? '').replace(/\s+/g, '');
  const stem = name.replace(/(省|市|县|区|旗|自治州|州|盟)$/, '');
  return headline.includes(name) || (stem.length >= 2 && headline.includes(stem));
}
