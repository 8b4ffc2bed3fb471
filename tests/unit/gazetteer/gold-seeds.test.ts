/**
 * Every region of the seed gold (../shared/gold/seeds.gold.json) must come out of its
 * regionText, resolved as of the notice's issue date with the notice's province as context.
 * Skipped where ../shared is not beside the clone: the gold is team material, not ours.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer/index';
import { hasShared, readGold, sharedMissingReason } from '../../support/shared';

interface GoldRecord {
  seq?: number;
  regionText?: string;
  regionCode6?: string;
  unitCode?: string;
  acceptCodes6?: string[];
  province?: string;
  sources?: string[];
}
interface GoldNotice {
  file: string;
  issuedOn?: string | null;
  province?: string | null;
}
interface Gold {
  notices: GoldNotice[];
  records: Record<string, GoldRecord[]>;
}

const gold = hasShared ? (readGold() as Gold) : null;
const rows = gold
  ? Object.entries(gold.records).flatMap(([group, recs]) =>
      recs.filter((r) => r.regionText && r.regionCode6).map((r) => ({ group, r })),
    )
  : [];

describe.skipIf(!hasShared)(
  `gold seeds: regionText → codes (${hasShared ? 'shared present' : sharedMissingReason})`,
  () => {
    it('has gold rows', () => expect(rows.length).toBeGreaterThan(0));
    for (const { group, r } of rows) {
      it(`${group} #${r.seq}: ${r.regionText}`, () => {
        const notice = gold!.notices.find((n) => r.sources?.some((s) => n.file.startsWith(s)));
        const res = resolveRegion(r.regionText!, {
          asOf: notice?.issuedOn ?? undefined,
          context: r.province ?? notice?.province ?? undefined,
        });
        const where = `${r.regionText} → ${res.code} (${res.note})`;
        expect(r.acceptCodes6 ?? [r.regionCode6], where).toContain(res.regionCode);
        if (r.unitCode) expect(res.code, where).toBe(r.unitCode);
      });
    }
  },
);
