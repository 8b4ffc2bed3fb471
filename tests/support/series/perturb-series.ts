/**
 * A perturbation harness for notice series (seeded, pure): each series' first notice stays
 * as it is and the later notices name the same units the way real follow-ups do — short,
 * with or without their province and city, by an old name soon after a rename, a case's
 * title with or without its marks, the unit before or after the title, the batch and the
 * programme cited another way, the items in another order. One family at a time, so a
 * loss of joins can be traced to one way of writing. The expected ledger stays as it is:
 * every rewrite names the same entities.
 */
import { mulberry32 } from '../generate/prng';
import type { Block, CellSpec, NoticeSpec } from '../unseen/spec';
import type { ExpectedSeries } from './series-expected';
import type { SeriesNotice } from './series-files';
import {
  oldUnit,
  prefixedUnit,
  recitedBatch,
  relayoutCases,
  reorderedList,
  requoteTitles,
  rewriteUnits,
  shortProgrammes,
  shortUnit,
  shuffle,
  unitForms,
  type Random,
  type SeriesEntity,
} from './perturb-text';

export const FAMILIES = [
  'short-unit',
  'prefix',
  'old-name',
  'title-marks',
  'title-layout',
  'batch',
  'programme-short',
  'order',
] as const;
export type Family = (typeof FAMILIES)[number];

type Rewrite = (text: string) => string;

/**
 * A table row whose own column gives the unit's city or province (市（州）| 实验区) keeps its
 * unit cell as it is: the column already says what a prefix would.
 */
type RowGuard = (row: readonly CellSpec[]) => boolean;

function mapBlock(
  b: Block,
  f: Rewrite,
  rows: (t: CellSpec[][]) => CellSpec[][],
  keep: RowGuard = () => false,
): Block {
  if ('p' in b) return { p: f(b.p) };
  if ('h' in b) return { h: f(b.h) };
  if ('ol' in b) return { ol: b.ol.map(f) };
  if ('table' in b)
    return {
      table: rows(b.table).map((r) =>
        keep(r) ? r : r.map((c) => (typeof c === 'string' ? f(c) : { ...c, t: f(c.t) })),
      ),
    };
  if ('layout' in b) return { layout: b.layout.map((x) => mapBlock(x, f, rows, keep)) };
  return {
    ...b,
    ...(b.title ? { title: f(b.title) } : {}),
    blocks: b.blocks.map((x) => mapBlock(x, f, rows, keep)),
  };
}

/**
 * A table's body rows in another order: the header row stays, spanned tables stay whole,
 * and a first column of serial numbers keeps counting from the top.
 */
function shuffledRows(table: CellSpec[][], rnd: Random): CellSpec[][] {
  if (table.length < 4 || table.some((r) => r.some((c) => typeof c !== 'string'))) return table;
  const [head, ...body] = table;
  const serial = body.every((r) => /^\d+$/.test(String(r[0] ?? '')));
  const moved = shuffle(body, rnd);
  return [head!, ...moved.map((r, i) => (serial ? [body[i]![0]!, ...r.slice(1)] : r))];
}

const UNIT_FAMILIES = new Set<Family>(['short-unit', 'prefix', 'old-name']);

function rowGuard(entities: readonly SeriesEntity[], day: string): RowGuard {
  const above = new Set<string>();
  for (const f of unitForms(entities, day)) {
    for (const n of [f.names.city, f.names.cityShort, f.names.province]) if (n) above.add(n);
    // A city-level record's city is its own column's name (鄂州市 | 鄂州市).
    if (!f.names.city && /[市州盟]$/.test(f.names.own)) above.add(f.names.own);
  }
  const text = (c: CellSpec) => (typeof c === 'string' ? c : c.t).trim();
  return (row) => row.some((c) => above.has(text(c)) || /[州盟]$/.test(text(c)));
}

function entitiesOf(expected: ExpectedSeries): SeriesEntity[] {
  return expected.records.map((r) => ({
    kind: r.kind,
    code: r.code,
    region: (r as { region?: string }).region ?? '',
    acceptCodes: r.acceptCodes,
    title: r.title,
    programme: r.programme,
  }));
}

function rewriterFor(
  family: Family,
  entities: readonly SeriesEntity[],
  day: string,
  rnd: Random,
): Rewrite {
  const forms = unitForms(entities, day);
  const cases = entities.filter((e) => e.kind === 'case' && e.title);
  switch (family) {
    case 'short-unit':
      return (t) => rewriteUnits(t, forms, (f) => shortUnit(f, rnd));
    case 'prefix':
      return (t) =>
        rewriteUnits(t, forms, (f) =>
          prefixedUnit(
            f,
            rnd,
            forms.some((x) => x.names === f.names && x.prefix === ''),
          ),
        );
    case 'old-name':
      return (t) => rewriteUnits(t, forms, (f) => oldUnit(f, day, rnd));
    case 'title-marks':
      return (t) =>
        requoteTitles(
          t,
          cases.map((c) => c.title),
          rnd,
        );
    case 'title-layout':
      return (t) =>
        relayoutCases(
          t,
          cases.map((c) => ({
            title: c.title,
            units: forms
              .filter((f) => c.region.endsWith(f.names.own) || c.region.includes(f.text))
              .map((f) => f.text),
          })),
          rnd,
        );
    case 'batch':
      return (t) => recitedBatch(t, rnd);
    case 'programme-short':
      return (t) => shortProgrammes(t, [...new Set(entities.map((e) => e.programme))], rnd);
    case 'order':
      return (t) => reorderedList(t, rnd);
  }
}

/** The series' notices with the later ones rewritten by one family (the first stays). */
export function perturbSeries(
  notices: readonly SeriesNotice[],
  expected: ExpectedSeries,
  family: Family,
  seed: number,
): SeriesNotice[] {
  const entities = entitiesOf(expected);
  let lastDay = '';
  return notices.map((n, i) => {
    const day = n.day || lastDay;
    lastDay = day;
    if (i === 0) return n;
    const rnd = mulberry32(seed * 7919 + i);
    const f = rewriterFor(family, entities, day, rnd);
    const rows = (t: CellSpec[][]) => (family === 'order' ? shuffledRows(t, rnd) : t);
    const keep = UNIT_FAMILIES.has(family) ? rowGuard(entities, day) : undefined;
    const spec: NoticeSpec = {
      ...n.spec,
      title: family === 'programme-short' || family === 'batch' ? f(n.spec.title) : n.spec.title,
      blocks: n.spec.blocks.map((b) => mapBlock(b, f, rows, keep)),
    };
    return { ...n, spec };
  });
}
