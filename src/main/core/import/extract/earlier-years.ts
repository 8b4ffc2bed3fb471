/**
 * "推介A村等254个乡村为2021年中国美丽休闲乡村，将B村等532个乡村纳入2010—2017年中国美丽休闲乡村
 * 监测合格名单": a yearly honour's notice that also names the villages of its earlier years (a
 * monitoring list, a span of years before the notice's own). Those are the earlier years' units
 * retold, not entries of this year: like a unit retold from an earlier batch (retold-batches.ts)
 * each is kept as a mention of its earlier record, never a new one.
 *
 * A unit's year is the first year its own clause names after it (…纳入2010—2017年…), else the
 * nearest one written before it (a heading line, the sentence before a 其中 run). Only a span
 * of years counts as earlier, only when it ends before a single year that governs another unit
 * of the same notice, and only when both name the same programme next (中国美丽休闲乡村): a
 * notice whose units all fall under one period (2018—2020年度先进集体) keeps them all.
 */
import type { KeyedText } from './text-key';
import type { ExtractedRecord } from './types';

const YEAR = '(?:19|20)[0-9]{2}';
/** A span (2010—2017年, 2010至2017年) or one year that is no date (2021年, not 2021年11月). */
const YEARS = new RegExp(
  `(${YEAR})\\s*年?\\s*[-—–~～﹣至到]\\s*(${YEAR})\\s*年|(${YEAR})\\s*年(?!\\s*[0-9一二三四五六七八九十]{1,2}\\s*月)`,
  'g',
);
const CLAUSE_END = /[，,。；;！!？?\n]/;

interface Years {
  /** The last year of the span, or the one year. */
  end: number;
  span: string | null;
  /** The programme words after it (度 and spaces skipped), to tell one programme's years. */
  next: string;
}

/** Years with where they are written in the key. */
type PlacedYears = Years & { at: number; to: number };

function yearsIn(key: string): PlacedYears[] {
  return [...key.matchAll(YEARS)].map((m) => {
    const to = m.index + m[0].length;
    const next = key
      .slice(to, to + 12)
      .replace(/^[度\s]+/, '')
      .slice(0, 4);
    return m[3] !== undefined
      ? { end: Number(m[3]), span: null, next, at: m.index, to }
      : { end: Number(m[2]), span: m[0].replace(/\s+/g, ''), next, at: m.index, to };
  });
}

/** The first year the unit's own clause names after it (…纳入2010—2017年…). */
function yearAfter(key: string, all: PlacedYears[], end: number): PlacedYears | undefined {
  const stop = CLAUSE_END.exec(key.slice(end));
  const clauseEnd = stop ? end + stop.index : key.length;
  return all.find((y) => y.at >= end && y.to <= clauseEnd);
}

/**
 * A year a unit's own clause already took ("将B村等532个乡村纳入2010—2017年…名单，现予以公布。")
 * is that unit's: the lines after it (an attachment "中国美丽休闲乡村名单" naming no year) are
 * not its span's, only a run on its own line ("…名单，其中A村、B村").
 */
function governing(
  key: string,
  all: PlacedYears[],
  taken: Set<PlacedYears>,
  start: number,
  end: number,
) {
  const after = yearAfter(key, all, end);
  if (after) return after;
  const before = [...all].reverse().find((y) => y.to <= start) ?? null;
  if (before && taken.has(before) && key.slice(before.to, start).includes('\n')) return null;
  return before;
}

/** The records without those an earlier span of years governs, and those marked retold. */
export function withoutEarlierYears(
  doc: KeyedText,
  records: ExtractedRecord[],
): { records: ExtractedRecord[]; retold: ExtractedRecord[] } {
  const all = yearsIn(doc.key);
  if (!all.some((y) => y.span !== null)) return { records, retold: [] };
  const taken = new Set(records.flatMap((r) => yearAfter(doc.key, all, r.span.end) ?? []));
  const years = records.map((r) => governing(doc.key, all, taken, r.span.start, r.span.end));
  const own = years.filter((y): y is PlacedYears => y !== null && y.span === null);
  const earlier = (y: PlacedYears | null): y is PlacedYears =>
    y !== null &&
    y.span !== null &&
    y.next.length === 4 &&
    own.some((o) => o.end > y.end && o.next === y.next);
  // Only while the notice keeps entries of its own.
  if (!years.some((y) => !earlier(y))) return { records, retold: [] };
  const retold = records.flatMap((r, i) => {
    const y = years[i]!;
    if (!earlier(y)) return [];
    const { outcome: _told, ...rest } = r;
    return [{ ...rest, batch: y.span ?? undefined, year: null, retold: true as const }];
  });
  const kept = records.flatMap((r, i) => {
    const y = years[i]!;
    if (earlier(y)) return [];
    return [{ ...r, programme: ownProgramme(doc.key, r.programme, y, all.filter(earlier)) }];
  });
  return { records: kept, retold };
}

/**
 * "…入选2021年中国美丽休闲乡村，我州A村入选。B村入选2010至2017年中国美丽休闲乡村监测合格名单": a
 * run read with the span's unit takes its programme from the words after that span; the unit
 * of the notice's own year keeps as much of it as its own year names (中国美丽休闲乡村).
 */
function ownProgramme(
  key: string,
  programme: string | null,
  own: (Years & { to: number }) | null,
  spans: (Years & { to: number })[],
): string | null {
  if (!programme || !own || own.span !== null) return programme;
  if (!spans.some((y) => key.startsWith(programme, y.to))) return programme;
  let n = 0;
  while (n < programme.length && key[own.to + n] === programme[n]) n++;
  return n >= 4 && n < programme.length ? programme.slice(0, n) : programme;
}
