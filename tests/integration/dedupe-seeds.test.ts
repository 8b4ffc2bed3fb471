/**
 * The five seed notices imported in order, against the gold: the same case in 000 and 004
 * becomes one record with both mentions (东莞's complete title from 004), the gold
 * non-duplicates are never grouped, the gold related pairs are linked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuplicateReport } from '../../src/shared/contract';
import type { LedgerRecord } from '../../src/shared/domain';
import { dispatch } from '../../src/main/api/dispatch';
import type { ApiContext } from '../../src/main/api/context';
import { importFiles } from '../../src/main/app/import/import-notices';
import { listRecords } from '../../src/main/db/queries/records';
import { hasShared, readGold, seedFiles, seedsDir, sharedMissingReason } from '../support/shared';
import { normaliseTitle } from '../support/normalise-title';
import { tempLedger } from '../support/temp-ledger';

interface GoldRecord {
  seq: number;
  title: string;
}
interface Gold {
  records: Record<string, GoldRecord[]>;
  duplicates: { same: string[] }[];
  notDuplicates: { pair: string[] }[];
  related: { pair: string[] }[];
}

/** Gold ids such as "case2021#18" → the notice that lists it and its 序号. */
const LISTS: Record<string, string> = { case2021: '000', zone2019: '001', observation2020: '002' };

describe.skipIf(!hasShared)(
  `seed duplicates against the gold${hasShared ? '' : ` (${sharedMissingReason})`}`,
  () => {
    let ctx: ApiContext;
    let cleanup: () => void;
    let records: LedgerRecord[];
    let report: DuplicateReport;
    const gold = (
      hasShared ? readGold() : { records: {}, duplicates: [], notDuplicates: [], related: [] }
    ) as Gold;

    const find = (goldId: string): LedgerRecord => {
      const [list, seq] = goldId.split('#') as [string, string];
      const file = LISTS[list]!;
      const r = records.find((x) =>
        x.mentions.some((m) => m.file.startsWith(file) && m.seq === Number(seq)),
      );
      if (!r) throw new Error(`${goldId} not found`);
      return r;
    };

    beforeAll(async () => {
      const t = await tempLedger();
      cleanup = t.cleanup;
      ctx = { ledger: t.ledger, door: 'cli' };
      const files = seedFiles().map((f) => ({
        name: f,
        bytes: new Uint8Array(readFileSync(path.join(seedsDir, f))),
      }));
      const outcome = await importFiles(t.ledger, files);
      expect(outcome.failures).toEqual([]);
      records = listRecords(t.ledger.db);
      const r = await dispatch('duplicates/list', {}, ctx);
      if (!r.ok) throw new Error(r.error.message);
      report = r.value as DuplicateReport;
    });
    afterAll(() => cleanup?.());

    it.each(hasShared ? [6, 16, 18] : [])(
      'case2021#%i and its 004 write-up are one record with both mentions',
      (seq) => {
        const r = find(`case2021#${seq}`);
        expect(r.mentions.map((m) => m.file.slice(0, 3)).sort()).toEqual(['000', '004']);
        expect(
          records.filter((x) => x.mentions.some((m) => m.file.startsWith('004'))),
        ).toHaveLength(3);
        expect((r.content ?? '').length).toBeGreaterThan(200); // the write-up's description came along
      },
    );

    it('东莞市 keeps the complete title from 004, not the cut one from 000', () => {
      const goldTitle = gold.records['case2021']!.find((x) => x.seq === 18)!.title;
      expect(normaliseTitle(find('case2021#18').title)).toBe(normaliseTitle(goldTitle));
    });

    it('no group is left in the review queue for the merged cases', () => {
      const ids = [6, 16, 18].map((s) => find(`case2021#${s}`).id);
      expect(report.groups.filter((g) => g.recordIds.some((id) => ids.includes(id)))).toEqual([]);
    });

    it.each(hasShared ? gold.notDuplicates.map((d) => d.pair) : [])(
      '%s and %s are never grouped',
      (a, b) => {
        const ra = find(a);
        const rb = find(b);
        expect(ra.id).not.toBe(rb.id);
        expect(
          report.groups.some((g) => g.recordIds.includes(ra.id) && g.recordIds.includes(rb.id)),
        ).toBe(false);
      },
    );

    it.each(hasShared ? gold.related.map((d) => d.pair) : [])(
      '%s and %s are linked as related',
      (a, b) => {
        const [x, y] = [find(a).id, find(b).id].sort((p, q) => p - q);
        expect(report.related.find((l) => l.a === x && l.b === y)?.relation).toBe(
          'same_place_other_programme',
        );
        const stored = ctx.ledger.db
          .prepare('SELECT relation FROM record_links WHERE record_a = ? AND record_b = ?')
          .all(x, y);
        expect(stored).toEqual([{ relation: 'same_place_other_programme' }]);
      },
    );

    it('every group and link carries reasons or a relation a person can read', () => {
      for (const g of report.groups) expect(g.reasons.length).toBeGreaterThan(0);
      for (const l of report.related)
        expect(['same_place_other_programme', 'renamed', 'parent_child']).toContain(l.relation);
    });
  },
);
