/**
 * Opt-in report (DEDUPE_CORPUS=1): the duplicate check and linker on real notices. Every corpus
 * notice and then every series notice, in order, is imported into ONE ledger (as staff import a
 * ministry's list, the province's repost and a city's news), and every pair of gold items of two
 * notices is judged against the golds (tests/support/corpus/dedupe-truth.ts): precision and
 * recall of the joins and automatic merges made at import, of the review queue and of the
 * links. Skipped in `npm test`: it imports the whole corpus (~1,300 notices, several minutes on
 * two cores) and measures rather than holds a floor. DEDUPE_CORPUS_ONLY=<id part> narrows it;
 * DEDUPE_CORPUS_OUT=<file> writes every pair that is not right as JSON lines.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../support/corpus/load';
import { importCorpusIntoOne, judgePairs, type PairRow } from '../support/corpus/dedupe-truth';
import { tempLedger } from '../support/temp-ledger';

const pct = (a: number, b: number): string => (b ? `${((a / b) * 100).toFixed(1)}%` : '—');

const show = (r: PairRow) => ({
  truth: r.truth,
  got: r.got,
  why: r.why,
  a: [r.a.notice, r.a.programme, r.a.gold.code, r.a.gold.region, r.a.gold.title],
  b: [r.b.notice, r.b.programme, r.b.gold.code, r.b.gold.region, r.b.gold.title],
});

describe.skipIf(!process.env.DEDUPE_CORPUS)('duplicates on the real corpus (report)', () => {
  it('reports merges, the review queue and links against the golds', async () => {
    const only = process.env.DEDUPE_CORPUS_ONLY ?? '';
    const notices = loadCorpus().filter((n) => n.id.includes(only));
    const t = await tempLedger();
    try {
      const { items, unmatched, skipped } = await importCorpusIntoOne(t.ledger, notices);
      const rows = judgePairs(t.ledger, items).filter((r) => r.truth !== 'unjudged');
      const n = (f: (r: PairRow) => boolean) => rows.filter(f).length;
      const one = (r: PairRow) => r.got === 'joined' || r.got === 'merged';
      const same = (r: PairRow) => r.truth === 'same';
      // Links the untitled-unit rule makes (score.ts): the rest is what the linker linked before.
      const byTheme = (r: PairRow) =>
        r.got === 'linked' && !(r.why ?? []).some((w) => w.startsWith('双方均无标题'));
      const line = (name: string, got: (r: PairRow) => boolean, want: (r: PairRow) => boolean) =>
        `| ${name} | ${n(got)} | ${n((r) => got(r) && want(r))} (${pct(
          n((r) => got(r) && want(r)),
          n(got),
        )}) | ${pct(
          n((r) => got(r) && want(r)),
          n(want),
        )} of ${n(want)} |`;
      const table = [
        `items found ${items.length} (gold items not found ${unmatched}, notices skipped ${skipped})`,
        '| what | pairs | right (precision) | recall |',
        '|---|---|---|---|',
        line('joined at import', (r) => r.got === 'joined', same),
        line('merged automatically', (r) => r.got === 'merged', same),
        line('one record (joined or merged)', one, same),
        line('one record or proposed', (r) => one(r) || r.got === 'queued', same),
        line(
          'linked',
          (r) => r.got === 'linked',
          (r) => r.truth === 'link',
        ),
        line('linked by a theme', byTheme, (r) => r.truth === 'link'),
        `wrong in one record: ${n((r) => one(r) && r.truth === 'link')} other programme, ${n(
          (r) => one(r) && r.truth === 'neither',
        )} other unit`,
      ];
      console.log(table.join('\n'));
      if (process.env.DEDUPE_CORPUS_OUT)
        writeFileSync(
          process.env.DEDUPE_CORPUS_OUT,
          rows
            .filter(
              (r) => !(r.truth === 'same' && one(r)) && !(r.truth === 'link' && r.got === 'linked'),
            )
            .map((r) => JSON.stringify(show(r)))
            .join('\n') + '\n',
        );
      expect(items.length).toBeGreaterThan(0);
    } finally {
      t.cleanup();
    }
  }, 3_600_000);
});
