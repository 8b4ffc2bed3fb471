/**
 * 解除关联 is remembered: a later import whose records meet the same pair (a record it adds
 * merged into one of them, or the pair among its own) finds the same relation again, and its
 * linker must leave the pair apart. The control: a pair never taken apart is linked by the
 * same linker run, and 撤销 of the unlink takes the memory back with the link.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/main/app/import/import-notices';
import { dedupeAfterImport } from '../../../src/main/app/dedupe/ledger-dedupe';
import { withOperation } from '../../../src/main/db/write/with-operation';
import { linkRecords } from '../../../src/main/app/dedupe/link-records';
import { unlinkRecords } from '../../../src/main/app/dedupe/unlink-records';
import { undo } from '../../../src/main/app/history/history';
import { listLinks, refusedLinks } from '../../../src/main/db/queries/links';
import { mergeRecords } from '../../../src/main/app/dedupe/merge-records';
import { listRecords } from '../../../src/main/db/queries/records';
import { tempLedger } from '../../support/temp-ledger';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

const ZONES = file(
  'zones-2019.txt',
  [
    '民政部关于确认全国社区治理和服务创新实验区的通知',
    '经研究，确认以下单位为全国社区治理和服务创新实验区：',
    '1.北京市石景山区——深化社区议事协商机制',
    '2.天津市和平区——推进社区养老服务精细化',
    '民政部',
    '2019年6月30日',
  ].join('\n'),
);
/** The same places' cases in another programme: related, not duplicates. */
const caseList = (name: string, date: string) =>
  file(
    name,
    [
      '民政部办公厅关于公布2021年度全国基层治理创新典型案例的通知',
      '经评审，确定以下案例为2021年度全国基层治理创新典型案例：',
      '1.北京市石景山区——社区议事协商机制的创新实践',
      '2.天津市和平区——社区养老服务精细化的探索',
      '民政部办公厅',
      date,
    ].join('\n'),
  );

let done: (() => void) | undefined;
afterEach(() => done?.());

async function ledgerWithLinks() {
  const t = await tempLedger();
  done = t.cleanup;
  const first = await importFiles(t.ledger, [ZONES, caseList('cases-a.txt', '2021年12月1日')]);
  expect(first.failures).toEqual([]);
  const records = listRecords(t.ledger.db);
  const idOf = (kind: string, place: string) =>
    records.find((r) => r.kind === kind && (r.regionText ?? '').includes(place))!.id;
  const pair = (place: string) => [idOf('zone', place), idOf('case', place)] as const;
  const linked = (a: number, b: number) =>
    listLinks(t.ledger.db).some((l) => (l.a === a && l.b === b) || (l.a === b && l.b === a));
  return { ledger: t.ledger, pair, linked };
}

describe('解除关联 survives a later import', () => {
  it('the linker does not link a pair a person took apart; the untouched pair is linked', async () => {
    const { ledger, pair, linked } = await ledgerWithLinks();
    const [zone, kase] = pair('石景山');
    const [zone2, case2] = pair('和平');
    expect(linked(zone, kase)).toBe(true);
    expect(linked(zone2, case2)).toBe(true);
    unlinkRecords(ledger, zone, kase);
    // The control pair's link goes too, by a raw delete no person made: the linker restores it.
    ledger.db
      .prepare('DELETE FROM record_links WHERE record_a = ? OR record_b = ?')
      .run(zone2, zone2);
    // The linker as an import runs it on the records the import wrote (or merged into).
    withOperation(ledger, { kind: 'import', summary: '导入' }, (tx) =>
      dedupeAfterImport(tx, [kase, case2]),
    );
    expect(linked(zone, kase)).toBe(false);
    expect(linked(zone2, case2)).toBe(true);
  });

  it('撤销 of the unlink takes the refusal back with the link; linking by hand clears it', async () => {
    const { ledger, pair, linked } = await ledgerWithLinks();
    const [zone, kase] = pair('石景山');
    unlinkRecords(ledger, zone, kase);
    expect(ledger.db.prepare('SELECT COUNT(*) AS n FROM link_refusals').get()).toEqual({ n: 1 });
    await undo(ledger);
    expect(linked(zone, kase)).toBe(true);
    expect(ledger.db.prepare('SELECT COUNT(*) AS n FROM link_refusals').get()).toEqual({ n: 0 });
    unlinkRecords(ledger, zone, kase);
    linkRecords(ledger, [zone, kase], 'same_place_other_programme');
    expect(ledger.db.prepare('SELECT COUNT(*) AS n FROM link_refusals').get()).toEqual({ n: 0 });
  });
});

describe('a refused pair merged away and back', () => {
  it('linking by hand the records the pair became clears the refusal; merge undo keeps it apart', async () => {
    const { ledger, pair, linked } = await ledgerWithLinks();
    const [zone, kase] = pair('石景山');
    // The refused case is merged into another (a person judged the two one case).
    const survivor = pair('和平')[1];
    unlinkRecords(ledger, zone, kase);
    ledger.db
      .prepare('DELETE FROM record_links WHERE record_a = ? OR record_b = ?')
      .run(zone, zone);
    mergeRecords(ledger, { ids: [kase, survivor], survivorId: survivor });
    expect(refusedLinks(ledger.db)(zone, survivor)).toBe(true);
    linkRecords(ledger, [zone, survivor], 'same_place_other_programme');
    expect(linked(zone, survivor)).toBe(true);
    expect(refusedLinks(ledger.db)(zone, survivor)).toBe(false);
    // Control: 撤销 of the link, then of the merge: the case is apart from the zone again.
    await undo(ledger);
    expect(refusedLinks(ledger.db)(zone, survivor)).toBe(true);
    await undo(ledger);
    expect(refusedLinks(ledger.db)(zone, kase)).toBe(true);
    expect(refusedLinks(ledger.db)(zone, survivor)).toBe(false);
  });
});
