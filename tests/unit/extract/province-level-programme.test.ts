/**
 * A programme whose unit is a province (全国医养结合示范省): the province a story names for it is
 * its unit, made a record like any other, while a province a story names beside a programme of
 * lower units stays a passing mention. Composed from the shape of a real health-commission item.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/main/app/import/import-notices';
import type { Ledger } from '../../../src/main/db/ledger';
import { tempLedger } from '../../support/temp-ledger';

let ledger: Ledger;
let cleanup: () => void;

beforeEach(async () => {
  const t = await tempLedger();
  ledger = t.ledger;
  cleanup = t.cleanup;
});
afterEach(() => cleanup());

const codes = async (text: string) => {
  const o = await importFiles(ledger, [{ name: 'n.txt', bytes: Buffer.from(text) }], {
    dryRun: true,
  });
  return o.records.map((r) => r.regionCode);
};

describe('a province a story names', () => {
  it('is the unit of a programme of provinces', async () => {
    const story = [
      '国家卫健委命名全国医养结合示范省、示范县（市、区）和示范机构',
      '本报讯 近日，国家卫健委印发《关于命名山东省为全国医养结合示范省的通知》，命名山东省为全国医养结合示范省，命名北京市海淀区等100个县（市、区）为全国医养结合示范县（市、区）。',
    ].join('\n');
    expect(await codes(story)).toEqual(['370000']);
  });

  it('is a passing mention beside a programme of lower units', async () => {
    const story = [
      '我省3地入选全国医养结合示范县',
      '本报讯 近日，国家卫健委命名北京市海淀区等100个县（市、区）为全国医养结合示范县，山东省济南市历下区、青岛市市南区入选，山东省数量居全国前列。',
    ].join('\n');
    expect(await codes(story)).not.toContain('370000');
  });
});
