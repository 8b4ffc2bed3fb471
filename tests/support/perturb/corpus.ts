/**
 * The corpus under perturbation: the text notices (txt, and HTML whose list is text) of the
 * sets named below, each copied the way one family of real copies mangles it, scored against
 * the same gold, and compared with the same notices unperturbed.
 */
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import type { CorpusNotice } from '../corpus/load';
import { runCorpus } from '../corpus/run';
import type { NoticeResult } from '../corpus/score';
import { FAMILIES, type Family, perturbNotice } from './families';

/** The sets whose text notices are perturbed (national, provincial and held-out lists). */
export const PERTURBED_SETS = ['n', 'p', 's', 't', 'u', 'y', 'h', 'e'];

let toTw: ((s: string) => string) | null = null;

/** A stable seed per notice and family, so every run perturbs a notice the same way. */
function seedOf(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

const isTextNotice = (n: CorpusNotice): boolean =>
  ['txt', 'html'].includes(n.spec.format) &&
  PERTURBED_SETS.some((s) => new RegExp(`^${s}\\d`).test(n.id));

/** A Big5 notice whose perturbed text Big5 cannot carry (①, 〔) is written in UTF-8 instead. */
function encodable(spec: CorpusNotice['spec']): CorpusNotice['spec'] {
  if (spec.encoding !== 'big5') return spec;
  const text = JSON.stringify(spec.blocks);
  const round = iconv.decode(iconv.encode(text, 'big5'), 'big5');
  return round === text ? spec : { ...spec, encoding: 'utf-8' };
}

/** The corpus variant for one family (null: the text notices unperturbed). */
export function perturbedVariant(family: Family | null): (n: CorpusNotice) => CorpusNotice | null {
  return (n) => {
    if (!isTextNotice(n) || !n.gold) return null;
    if (family === null) return n;
    toTw ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
    const titles = n.gold.records.map((r) => r.title).filter((t) => t.length >= 2);
    const keep = [...titles, ...titles.map(toTw)];
    const spec = perturbNotice(n.spec, family, seedOf(`${family}:${n.id}`), keep);
    return spec ? { ...n, spec: encodable(spec) } : null;
  };
}

export interface FamilyRow {
  family: Family;
  notices: number;
  expected: number;
  before: { right: number; invented: number };
  after: { right: number; invented: number };
  /** Notices that lost records under the family, with right before → after. */
  losers: string[];
}

/** Records right per family against the same notices unperturbed. */
export async function perturbReport(
  only: string | null,
  families: readonly Family[] = FAMILIES,
  onNotice?: (id: string) => void,
): Promise<FamilyRow[]> {
  const base = await runCorpus(only, onNotice, perturbedVariant(null));
  const baseOf = new Map<string, NoticeResult>(base.results.map((r) => [r.id, r]));
  const rows: FamilyRow[] = [];
  for (const family of families) {
    const run = await runCorpus(only, onNotice, perturbedVariant(family));
    const pairs = run.results.flatMap((r) => {
      const b = baseOf.get(r.id);
      return b ? [{ r, b }] : [];
    });
    const sum = (f: (x: NoticeResult) => number, xs: NoticeResult[]) =>
      xs.reduce((a, x) => a + f(x), 0);
    const afters = pairs.map((p) => p.r);
    const befores = pairs.map((p) => p.b);
    rows.push({
      family,
      notices: pairs.length,
      expected: sum((x) => x.records.expected, befores),
      before: {
        right: sum((x) => x.records.right, befores),
        invented: sum((x) => x.records.invented, befores),
      },
      after: {
        right: sum((x) => x.records.right, afters),
        invented: sum((x) => x.records.invented, afters),
      },
      losers: pairs
        .filter(
          (p) =>
            p.r.records.right < p.b.records.right || p.r.records.invented > p.b.records.invented,
        )
        .map(
          (p) =>
            `${p.r.id} right ${p.b.records.right}→${p.r.records.right} inv ${p.b.records.invented}→${p.r.records.invented}`,
        ),
    });
  }
  return rows;
}
